// A function that takes part of a tracker names the parts: reading the weights of a tracker
// typed without them does not compile (checked by `tsc` in npm test, asserted here too).
import { describe, expectTypeOf, it } from 'vitest';
import type { OpenTracker } from '../../src/sheets/tracker/tracker-registry';

describe('OpenTracker', () => {
  it('has exactly the parts named', () => {
    expectTypeOf<OpenTracker<'candidates' | 'scorecards'>>().toHaveProperty('scorecards');
    expectTypeOf<OpenTracker<'candidates' | 'scorecards'>>().not.toHaveProperty('weights');
    expectTypeOf<OpenTracker<'candidates'>>().toHaveProperty('id');
    expectTypeOf<OpenTracker>().toHaveProperty('weights');
  });
});
