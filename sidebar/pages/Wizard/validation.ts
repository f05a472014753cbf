// The schema's verdict on the form, by field path ("team.members.0.count"), and which step each
// path belongs to, so Next can refuse to leave a step with a problem and say where it is.
import type { z } from 'zod';
import { budgetInputSchema, estimateInputSchema } from '../../../src/domain/budget/schema';
import { inputFromForm, type WizardForm } from '../../../src/domain/budget/draft';

export type Problems = Map<string, string>;

export const STEP_OF_SECTION = { project: 0, team: 1, hidden: 2 } as const;

export function stepOf(path: string): number {
  return STEP_OF_SECTION[path.split('.')[0] as keyof typeof STEP_OF_SECTION] ?? 3;
}

function byPath(error: z.ZodError): Problems {
  const found: Problems = new Map();
  for (const issue of error.issues) {
    const path = issue.path.join('.');
    if (!found.has(path)) found.set(path, issue.message);
  }
  return found;
}

export interface Verdict {
  /** The full payload, when every answer is valid. */
  input?: z.infer<typeof budgetInputSchema>;
  /** What the estimate needs, valid before the project has a name. */
  estimateInput?: z.infer<typeof estimateInputSchema>;
  problems: Problems;
}

export function judge(form: WizardForm): Verdict {
  const payload = inputFromForm(form);
  const full = budgetInputSchema.safeParse(payload);
  const partial = estimateInputSchema.safeParse(payload);
  return {
    input: full.success ? full.data : undefined,
    estimateInput: partial.success ? partial.data : undefined,
    problems: full.success ? new Map() : byPath(full.error),
  };
}

export const problemsInStep = (problems: Problems, step: number) => [...problems.keys()].filter((path) => stepOf(path) === step);
