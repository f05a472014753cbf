import { describe, expect, it } from 'vitest';
import { dataset } from '../../src/domain/dataset';
import { WEIGHT_OVERRIDES, defaultWeights, weightShares } from '../../src/domain/scoring/weights';

describe('default weights', () => {
  it('give every interview question of the sources a weight, 1 unless an override says why', () => {
    const weights = defaultWeights();
    expect(Object.keys(weights)).toEqual(dataset.hiring.questions.map((q) => q.id));
    for (const [id, w] of Object.entries(weights)) {
      const override = WEIGHT_OVERRIDES.find((o) => o.questionId === id);
      expect(w).toBe(override ? override.weight : 1);
    }
  });

  it('cite a described source for every override', () => {
    const sources = new Set(dataset.sources.map((s) => s.id));
    for (const o of WEIGHT_OVERRIDES) {
      expect(sources.has(o.source)).toBe(true);
      expect(o.why.length).toBeGreaterThan(0);
    }
  });
});

describe('weightShares', () => {
  it('shows weights as shares of 100%', () => {
    const shares = weightShares({ a: 1, b: 1, c: 2 });
    expect(shares).toEqual({ a: 0.25, b: 0.25, c: 0.5 });
  });

  it('gives 0 shares when every weight is 0 rather than dividing by zero', () => {
    expect(weightShares({ a: 0, b: 0 })).toEqual({ a: 0, b: 0 });
  });

  it('sums to 1 for the defaults', () => {
    const total = Object.values(weightShares(defaultWeights())).reduce((a, b) => a + b, 0);
    expect(total).toBeCloseTo(1, 12);
  });
});
