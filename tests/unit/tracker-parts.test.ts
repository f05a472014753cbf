// Opening part of a tracker gives a value with those parts only: reading the weights of a tracker
// opened without them does not compile (checked by `tsc` in npm test, asserted here too).
import { describe, expectTypeOf, it } from 'vitest';
import type { OpenTracker } from '../../src/sheets/tracker/tracker-registry';

describe('OpenTracker', () => {
  it('has exactly the parts that were opened', () => {
    expectTypeOf<OpenTracker<'candidates' | 'scorecards'>>().toHaveProperty('scorecards');
    expectTypeOf<OpenTracker<'candidates' | 'scorecards'>>().not.toHaveProperty('weights');
    expectTypeOf<OpenTracker>().toHaveProperty('weights');
  });
});
