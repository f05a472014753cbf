import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  ADVANCE_AT,
  RECOMMENDATION_RULES,
  RED_FLAGS_TO_STOP,
  STOP_BELOW,
  recommend,
  ruleLines,
  type DebriefFigures,
} from '../../src/domain/scoring/recommendation';

const figures = (f: Partial<DebriefFigures>): DebriefFigures => ({
  scorecards: 2,
  counted: 2,
  conflicts: 0,
  redFlags: 0,
  disagreements: 0,
  weighted: 3.5,
  votesAgainst: 0,
  ...f,
});
const figuresArb = fc
  .record({
    scorecards: fc.integer({ min: 0, max: 8 }),
    thin: fc.integer({ min: 0, max: 8 }),
    conflicts: fc.integer({ min: 0, max: 2 }),
    redFlags: fc.integer({ min: 0, max: 4 }),
    disagreements: fc.integer({ min: 0, max: 6 }),
    weighted: fc.option(fc.double({ min: 1, max: 4, noNaN: true }), { nil: null }),
    votesAgainst: fc.integer({ min: 0, max: 8 }),
  })
  .map(({ thin, ...f }): DebriefFigures => ({ ...f, counted: Math.max(0, f.scorecards - thin) }));

describe('recommend', () => {
  it('advances a clean, strong candidate', () => {
    expect(recommend(figures({})).label).toBe('Advance');
    expect(recommend(figures({ weighted: ADVANCE_AT })).label).toBe('Advance');
  });

  it('lets one red flag take away "Advance", and enough red flags stop the candidate', () => {
    expect(recommend(figures({ redFlags: 1 })).label).toBe('Check the red flag');
    expect(recommend(figures({ redFlags: RED_FLAGS_TO_STOP, weighted: 4 })).label).toBe('Do not advance: red flags');
  });

  it('asks for a debrief when interviewers split, before looking at the average', () => {
    expect(recommend(figures({ disagreements: 1, weighted: 4 })).label).toBe('Debrief first');
    expect(recommend(figures({ disagreements: 2, weighted: 1.5 })).label).toBe('Debrief first');
  });

  it('draws the lines at the thresholds written on the sheet', () => {
    expect(recommend(figures({ weighted: STOP_BELOW - 0.01 })).label).toBe('Do not advance: low score');
    expect(recommend(figures({ weighted: STOP_BELOW })).label).toBe('Hold');
    expect(recommend(figures({ weighted: ADVANCE_AT - 0.01 })).label).toBe('Hold');
  });

  it('waits while there is no scorecard, and holds a scorecard without any score', () => {
    expect(recommend(figures({ scorecards: 0, counted: 0, weighted: null })).label).toBe('Awaiting scorecards');
    expect(recommend(figures({ weighted: null })).label).toBe('Hold');
  });

  it('never advances a candidate with a red flag, whatever else is true', () => {
    fc.assert(
      fc.property(figuresArb, (f) => {
        fc.pre(f.redFlags > 0);
        expect(recommend(f).tone).not.toBe('go');
      }),
    );
  });

  it('never makes a candidate look better for one more red flag', () => {
    const rank = { stop: 0, caution: 1, waiting: 1, go: 2 } as const;
    fc.assert(
      fc.property(figuresArb, (f) => {
        fc.pre(f.scorecards > 0);
        expect(rank[recommend({ ...f, redFlags: f.redFlags + 1 }).tone]).toBeLessThanOrEqual(rank[recommend(f).tone]);
      }),
    );
  });
});

describe('evidence before judgement', () => {
  it('says "Too few questions scored" when no scorecard scored enough questions, however high the scores', () => {
    expect(recommend(figures({ counted: 0, weighted: 4 })).label).toBe('Too few questions scored');
    expect(recommend(figures({ counted: 0, weighted: 4, redFlags: RED_FLAGS_TO_STOP })).label).toBe('Do not advance: red flags');
  });

  it('never advances without a counted scorecard', () => {
    fc.assert(
      fc.property(figuresArb, (f) => {
        fc.pre(f.counted === 0);
        expect(recommend(f).tone).not.toBe('go');
      }),
    );
  });
});

describe('duplicate scorecards that conflict', () => {
  it('asks to resolve them before judging on the rest, unless red flags stop the candidate anyway', () => {
    expect(recommend(figures({ conflicts: 1 })).label).toBe('Resolve duplicate scorecards');
    expect(recommend(figures({ conflicts: 1, counted: 0, weighted: null })).label).toBe('Resolve duplicate scorecards');
    expect(recommend(figures({ conflicts: 1, redFlags: RED_FLAGS_TO_STOP })).label).toBe('Do not advance: red flags');
  });

  it('never advances while an interviewer has two different scorecards', () => {
    fc.assert(
      fc.property(figuresArb, (f) => {
        fc.pre(f.conflicts > 0);
        expect(recommend(f).tone).not.toBe('go');
      }),
    );
  });
});

describe('the rules as written', () => {
  it('end with the one rule without a condition, so every candidate gets a recommendation', () => {
    expect(RECOMMENDATION_RULES.filter((r) => r.when === null)).toEqual([RECOMMENDATION_RULES.at(-1)]);
  });

  it('read as numbered lines naming each label', () => {
    const lines = ruleLines();
    expect(lines).toHaveLength(RECOMMENDATION_RULES.length);
    RECOMMENDATION_RULES.forEach((r, i) => expect(lines[i]).toBe(`${i + 1}. ${r.condition} → ${r.label}`));
    expect(lines.join('\n')).toContain(`below ${STOP_BELOW}`);
  });
});
