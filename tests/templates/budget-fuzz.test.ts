// The budget under random sequences of a team's edits (budget-fuzz.ts), each step checked against
// the domain oracle. `npm test` runs a short version; `npm run fuzz:budget` a long one
// (BUDGET_FUZZ_RUNS runs of BUDGET_FUZZ_STEPS steps, and BUDGET_FUZZ_SEED to replay one).
// Reads dist/Code.js.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { scenario } from './budget-fixture';
import { BudgetRun, stepArbitrary, type Step } from './budget-fuzz';

const long = process.env.BUDGET_FUZZ_RUNS !== undefined;
const runs = Number(process.env.BUDGET_FUZZ_RUNS ?? 2);
const steps = Number(process.env.BUDGET_FUZZ_STEPS ?? 6);
const seed = process.env.BUDGET_FUZZ_SEED === undefined ? undefined : Number(process.env.BUDGET_FUZZ_SEED);

describe('a budget under random edits', () => {
  it(
    `holds the invariant after every step (${runs} runs of ${steps} steps)`,
    () => {
      let checked = 0;
      const outcomes = { figures: 0, errors: 0 };
      fc.assert(
        fc.property(fc.boolean(), fc.array(stepArbitrary, { minLength: steps, maxLength: steps }), (withCard, sequence: Step[]) => {
          const run = new BudgetRun(scenario(), withCard);
          expect(run.check(), 'the budget as created').toEqual([]);
          sequence.forEach((step, i) => {
            run.apply(step);
            expect(run.check(), `after step ${i + 1}, ${JSON.stringify(step)}`).toEqual([]);
          });
          checked += run.steps;
          outcomes.figures += run.outcomes.figures;
          outcomes.errors += run.outcomes.errors;
        }),
        { numRuns: runs, seed, endOnFailure: true },
      );
      if (long)
        console.log(`budget fuzz: ${checked} checks, no violation (${outcomes.figures} with figures, ${outcomes.errors} with errors)`);
      expect(checked).toBe(runs * (steps + 1));
    },
    long ? 3_600_000 : 120_000,
  );
});
