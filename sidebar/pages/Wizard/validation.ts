// The schema's verdict on the form, by field path ("team.members.0.count"), and which step each
// path belongs to, so Next can refuse to leave a step with a problem and say where it is.
import { budgetInputSchema, estimateInputSchema, type BudgetInput, type EstimateInput } from '../../../src/domain/budget/schema';
import { inputFromForm, type WizardForm } from '../../../src/domain/budget/draft';
import { problemsByPath } from '../../../src/domain/validation-problems';

export type Problems = Map<string, string>;

export const STEP_OF_SECTION = { project: 0, team: 1, hidden: 2 } as const;

/** Any other path (the payload's own, or a field the form does not show) is the last step's. */
const stepBySection: Readonly<Partial<Record<string, number>>> = STEP_OF_SECTION;

export function stepOf(path: string): number {
  return stepBySection[path.split('.')[0]] ?? 3;
}

export interface Verdict {
  /** The full payload, when every answer is valid. */
  input?: BudgetInput;
  /** What the estimate needs, valid before the project has a name. */
  estimateInput?: EstimateInput;
  problems: Problems;
}

export function judge(form: WizardForm): Verdict {
  const payload = inputFromForm(form);
  const full = budgetInputSchema.safeParse(payload);
  const partial = estimateInputSchema.safeParse(payload);
  return {
    input: full.success ? full.data : undefined,
    estimateInput: partial.success ? partial.data : undefined,
    problems: full.success ? new Map<string, string>() : problemsByPath(full.error),
  };
}

export const problemsInStep = (problems: Problems, step: number) => [...problems.keys()].filter((path) => stepOf(path) === step);
