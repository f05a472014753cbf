// The tracker under random sequences of a team's edits and its own actions (tracker-fuzz.ts), each
// step checked against the domain oracle. `npm test` runs a short version; `npm run fuzz:tracker`
// a long one (TRACKER_FUZZ_RUNS runs of TRACKER_FUZZ_STEPS steps; TRACKER_FUZZ_SEED and
// TRACKER_FUZZ_PATH replay a failing run).
// Reads dist/Code.js.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { TrackerRun } from './tracker-fuzz';
import { stepArbitrary, type Step } from './tracker-fuzz-steps';

const long = process.env.TRACKER_FUZZ_RUNS !== undefined;
const runs = Number(process.env.TRACKER_FUZZ_RUNS ?? 2);
const steps = Number(process.env.TRACKER_FUZZ_STEPS ?? 8);
const seed = process.env.TRACKER_FUZZ_SEED === undefined ? undefined : Number(process.env.TRACKER_FUZZ_SEED);
/** With the seed, replays one failing run: fast-check prints both. */
const path = process.env.TRACKER_FUZZ_PATH;

describe('a tracker under random edits and actions', () => {
  it(
    `holds the invariant after every step (${runs} runs of ${steps} steps)`,
    () => {
      let checked = 0;
      const outcomes = { refusals: 0, revealed: 0, trackerRefused: 0, sheetCompared: 0 };
      fc.assert(
        fc.property(fc.array(stepArbitrary, { minLength: steps, maxLength: steps }), (sequence: Step[]) => {
          const run = new TrackerRun();
          expect(run.check(), 'the seeded tracker').toEqual([]);
          sequence.forEach((step, i) => {
            run.apply(step);
            expect(run.check(), `after step ${i + 1}, ${JSON.stringify(step)}`).toEqual([]);
          });
          checked += run.steps;
          for (const k of Object.keys(outcomes) as (keyof typeof outcomes)[]) outcomes[k] += run.outcomes[k];
        }),
        { numRuns: runs, seed, path, endOnFailure: true },
      );
      if (long)
        console.log(
          `tracker fuzz: ${checked} checks, no violation (the sheet's debrief compared in ${outcomes.sheetCompared}, the tracker refusing in ${outcomes.trackerRefused}; ${outcomes.refusals} actions refused in words, ${outcomes.revealed} reveals)`,
        );
      expect(checked).toBe(runs * (steps + 1));
    },
    long ? 3_600_000 : 120_000,
  );
});
