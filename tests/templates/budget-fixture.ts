// Shared by the budget's template and formula tests: an emulated spreadsheet with the add-on
// loaded (strict lock mode), wizard payloads, and a budget sheet read back the way a person reads
// it: by the labels in column A, never by hard-coded cell addresses.
import { CONTRACTOR_ROWS, HIRE_ROW_LABELS } from '../../src/domain/budget/comparison';
import { BUDGET_LINES, TOTAL_LINES, TYPICAL_LINE, type BudgetLineId } from '../../src/domain/budget/estimate';
import { HIRE_TYPES, type HireType } from '../../src/domain/budget/choices';
import type { Triple } from '../../src/domain/budget/team-cost';
import type { Addon } from '../../playground/emulator';
import { call } from '../support/emulator';
import type { BudgetSheetResult } from '../../src/endpoints/registry';

export { call, newAddon } from '../support/emulator';
/** The budget every template test and the self-test's budget row start from (one source). */
export { budgetFixture as scenario } from '../../src/server/self-test/fixtures';

export const createBudget = (addon: Addon, input: unknown) => call<BudgetSheetResult>(addon, 'createBudgetSheet', input);

export function sheetNamed(addon: Addon, name: string) {
  const sheet = addon.spreadsheet.getSheetByName(name);
  if (!sheet) throw new Error(`no sheet "${name}"`);
  return sheet;
}

/** Row number (1-based) of the first row at or after `from` whose column A reads `label` (or matches it). */
export function rowLabelled(addon: Addon, sheetName: string, label: string | RegExp, from = 1): number {
  const sheet = sheetNamed(addon, sheetName);
  const labels = sheet
    .getRange(1, 1, sheet.getLastRow(), 1)
    .getValues()
    .map((r) => r[0]);
  const index = labels.findIndex((v, i) => i + 1 >= from && (typeof label === 'string' ? v === label : label.test(String(v))));
  if (index < 0) throw new Error(`no row "${label}" on ${sheetName}`);
  return index + 1;
}

const tripleAt = (addon: Addon, sheetName: string, row: number): Triple => {
  const [low, mid, high] = sheetNamed(addon, sheetName).getRange(row, 2, 1, 3).getValues()[0] as number[];
  return { low, mid, high };
};

export interface BudgetOnSheet {
  lines: Record<BudgetLineId, Triple>;
  subtotal: Triple;
  contingency: Triple;
  total: Triple;
  typicalText: string;
  /** The paid trial's label, naming the member it prices. */
  trialLabel: string;
  byHireType: Record<HireType, Triple>;
  /** The comparison's row labels as the sheet shows them. */
  hireLabels: Record<HireType, string>;
  /** The contractor's costs beyond the rate, beside the US hire. */
  contractor: Record<keyof typeof CONTRACTOR_ROWS, Triple>;
  headline: { team: Triple; total: Triple; typicalText: string; figuresFrom: string };
}

/** The comparison rows: freelance and US full-time by their labels, agency by the region its label names. */
const HIRE_ROW_MATCH: Record<HireType, string | RegExp> = { ...HIRE_ROW_LABELS, agency: /^Agency in / };

/** The computed budget as the sheet shows it. */
export function readBudget(addon: Addon, sheetName: string): BudgetOnSheet {
  const budget = rowLabelled(addon, sheetName, 'Budget');
  // The paid trial's label names the member it prices ("Paid trial: Senior Backend, …").
  const at = (label: string) =>
    tripleAt(addon, sheetName, rowLabelled(addon, sheetName, label === 'Paid trial' ? /^Paid trial: / : label, budget));
  const sheet = sheetNamed(addon, sheetName);
  const teamRow = rowLabelled(addon, sheetName, 'Team (development) cost');
  const totalRow = rowLabelled(addon, sheetName, 'Total budget');
  const compare = rowLabelled(addon, sheetName, /^Freelance vs agency vs US full-time/);
  const hireRows = Object.fromEntries(HIRE_TYPES.map((h) => [h, rowLabelled(addon, sheetName, HIRE_ROW_MATCH[h], compare)])) as Record<
    HireType,
    number
  >;
  return {
    lines: Object.fromEntries(BUDGET_LINES.map((l) => [l.id, at(l.label)])) as Record<BudgetLineId, Triple>,
    subtotal: at(TOTAL_LINES.subtotal.label),
    contingency: at(TOTAL_LINES.contingency.label),
    total: at(TOTAL_LINES.total.label),
    typicalText: String(sheet.getRange(rowLabelled(addon, sheetName, TYPICAL_LINE.label, budget), 2).getValue()),
    trialLabel: String(sheet.getRange(rowLabelled(addon, sheetName, /^Paid trial: /, budget), 1).getValue()),
    byHireType: Object.fromEntries(HIRE_TYPES.map((h) => [h, tripleAt(addon, sheetName, hireRows[h])])) as Record<HireType, Triple>,
    hireLabels: Object.fromEntries(HIRE_TYPES.map((h) => [h, String(sheet.getRange(hireRows[h], 1).getValue())])) as Record<
      HireType,
      string
    >,
    contractor: Object.fromEntries(
      Object.entries(CONTRACTOR_ROWS).map(([key, row]) => [
        key,
        tripleAt(addon, sheetName, rowLabelled(addon, sheetName, row.label, compare)),
      ]),
    ) as BudgetOnSheet['contractor'],
    headline: {
      team: tripleAt(addon, sheetName, teamRow),
      total: tripleAt(addon, sheetName, totalRow),
      typicalText: String(sheet.getRange(teamRow, 5).getValue()),
      figuresFrom: String(sheet.getRange(rowLabelled(addon, sheetName, 'Figures from'), 2).getValue()),
    },
  };
}

/** A1 of the input cell beside a label (column B), e.g. "Hire type" → "B19". */
export function inputCell(addon: Addon, sheetName: string, label: string): string {
  return `B${rowLabelled(addon, sheetName, label)}`;
}

/** A1 of a team-table cell: `member` counts from 0, `column` is a header such as "Level". */
export function teamCell(addon: Addon, sheetName: string, member: number, column: string): string {
  const header = rowLabelled(addon, sheetName, 'Level');
  const headers = sheetNamed(addon, sheetName).getRange(header, 1, 1, 11).getValues()[0];
  const col = headers.indexOf(column);
  if (col < 0) throw new Error(`no team column "${column}"`);
  return `${String.fromCharCode(65 + col)}${header + 1 + member}`;
}
