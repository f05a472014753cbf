// What every step of the wizard receives: the form, one way to change it, and its problems.
import type { WizardForm } from '../../../src/domain/budget/draft';
import type { FigureTable } from '../../../src/domain/figure-table';

export interface StepProps {
  form: WizardForm;
  /** Changes the form; `path` is the field the user touched, so its problem shows at once. */
  edit: (path: string, change: (form: WizardForm) => void) => void;
  /** The problem to show for a field, once the user has touched it or tried to move on. */
  error: (path: string) => string | undefined;
  /** Problems of a list's items ("project.deliverables.2"), for one message under the list. */
  errorsUnder: (prefix: string) => { index: number; message: string }[];
  /** The figures in use: built in, or with the spreadsheet's rate card laid over. */
  table: FigureTable;
}

const money = new Intl.NumberFormat('en-US', { style: 'currency', currency: 'USD', maximumFractionDigits: 0 });
export const usd = (n: number) => money.format(n);
export const span = (low: number, high: number, unit = '') => `${usd(low)}–${usd(high)}${unit}`;
export const months = (n: number) => `${Math.round(n * 10) / 10}`;
