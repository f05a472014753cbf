// The schema's verdict on the form, by field path ("team.members.0.count"), and which step each
// path belongs to, so Next can refuse to leave a step with a problem and say where it is.
import { budgetInputSchema, estimateInputSchema, type BudgetInput, type EstimateInput } from '../../../src/domain/budget/schema';
import { inputFromForm, type WizardForm } from '../../../src/domain/budget/draft';
import { problemsByPath } from '../../../src/domain/validation-problems';

export type Problems = Map<string, string>;

export const STEP_OF_SECTION = { project: 0, team: 1, hidden: 2 } as const;

export function stepOf(path: string): number {
  return STEP_OF_SECTION[path.split('.')[0] as keyof typeof STEP_OF_SECTION] ?? 3;
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
    problems: full.success ? new Map() : problemsByPath(full.error),
  };
}

export const problemsInStep = (problems: Problems, step: number) => [...problems.keys()].filter((path) => stepOf(path) === step);
