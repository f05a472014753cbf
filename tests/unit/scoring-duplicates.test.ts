// Duplicate scorecard rows (issue 20, point 3): a repeat counts once, rows of one interviewer that
// differ count neither and hold the recommendation, and both say so in the debrief.
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { dataset } from '../../src/domain/dataset';
import { computeDebrief, evidenceText, type ScorecardRecord } from '../../src/domain/scoring/debrief';
import { scorecardCount } from '../../src/domain/scoring/debrief-text';
import { DUPLICATE_RULE, duplicateRowFlags, findDuplicates, isDuplicateFlag } from '../../src/domain/scoring/duplicates';

const ids = dataset.hiring.questions.map((q) => q.id);
const weights = Object.fromEntries(ids.map((id, i) => [id, i === 2 ? 2 : 1]));
const [flagA] = dataset.hiring.redFlags.map((f) => f.id);

function card(interviewer: string, row: number, s: (number | null)[], extra: Partial<ScorecardRecord> = {}): ScorecardRecord {
  const scores = Object.fromEntries(ids.map((id, i) => [id, s[i] ?? null]));
  return {
    candidate: 'Ana',
    interviewer,
    round: 'technical',
    date: '2026-05-01',
    vote: 'Yes',
    scores,
    redFlags: [],
    notes: '',
    row,
    ...extra,
  };
}

const BEN = [4, 3, 4, 3, 3, null];
const CLEO = [3, 3, 2, 3, 4, 2];

describe('a row pasted twice', () => {
  const once = computeDebrief('Ana', [card('Ben', 2, BEN), card('Cleo', 3, CLEO)], weights);
  const twice = computeDebrief('Ana', [card('Ben', 2, BEN), card('Cleo', 3, CLEO), card('Ben', 4, BEN)], weights);

  it('counts once: every figure is as before', () => {
    for (const key of ['averages', 'spreads', 'disagreements', 'weighted', 'votes', 'redFlagCounts', 'recommendation'] as const) {
      expect(twice[key], key).toEqual(once[key]);
    }
    expect(twice.evidence.counted).toBe(2);
    expect(scorecardCount(twice)).toBe(2); // the Candidates sheet's "Scorecards" and the sidebar's count
  });

  it('says which row repeats which in the evidence, and flags only the repeat', () => {
    expect(evidenceText(twice.evidence)).toBe('2 counted; 1 duplicate scorecard row (row 4 repeats row 2): counted once');
    expect([...duplicateRowFlags(twice.evidence)]).toEqual([[4, 'Repeats row 2: counted once']]);
  });

  it('knows the interviewer however their name is spelled, and ignores what no figure reads (notes, date, round)', () => {
    const respelled = card(' BEN ', 9, BEN, { notes: 'pasted', date: '2026-05-09', round: 'screening' });
    const d = findDuplicates([card('Ben', 2, BEN), respelled]);
    expect(d.repeats).toEqual([{ interviewer: ' BEN ', row: 9, of: 2 }]);
    expect(d.distinct.map((c) => c.row)).toEqual([2]);
  });

  it('lists a red flag on a repeated scorecard once, with its interviewer once', () => {
    const d = computeDebrief('Ana', [card('Ben', 2, BEN, { redFlags: [flagA] }), card('Ben', 5, BEN, { redFlags: [flagA] })], weights);
    expect(d.redFlagsRaisedBy[flagA]).toEqual(['Ben']);
    expect(d.redFlagTotal).toBe(1);
  });

  it('keeps the top row whichever order the rows come in', () => {
    expect(findDuplicates([card('Ben', 7, BEN), card('Ben', 3, BEN)]).repeats).toEqual([{ interviewer: 'Ben', row: 7, of: 3 }]);
  });
});

describe('one interviewer, two different scorecards', () => {
  const rows = [card('Ben', 2, BEN), card('Cleo', 3, CLEO), card('ben', 6, [1, 1, 1, 1, 1, 1], { vote: 'Strong no' })];
  const d = computeDebrief('Ana', rows, weights);

  it("counts neither: the figures are Cleo's alone", () => {
    expect(d.evidence.counted).toBe(1);
    expect(d.weighted).toBe(computeDebrief('Ana', [rows[1]], weights).weighted);
    expect(d.votes['Strong no']).toBe(0);
  });

  it('holds the recommendation until one is deleted, and says where both are', () => {
    expect(d.recommendation.label).toBe('Resolve duplicate scorecards');
    expect(evidenceText(d.evidence)).toBe(
      '1 counted; Ben has different scorecards in rows 2 and 6: neither counted until the wrong one is deleted',
    );
    expect(duplicateRowFlags(d.evidence)).toEqual(
      new Map([
        [2, "Conflicts with row 6 (also Ben's, different answers): neither counts until the wrong one is deleted"],
        [6, "Conflicts with row 2 (also Ben's, different answers): neither counts until the wrong one is deleted"],
      ]),
    );
  });

  it('counts a differing red flag as a difference', () => {
    const f = findDuplicates([card('Ben', 2, BEN), card('Ben', 3, BEN, { redFlags: [flagA] })]);
    expect(f.conflicts).toEqual([{ interviewer: 'Ben', rows: [2, 3] }]);
    expect(f.distinct).toEqual([]);
  });

  it("still stops on other interviewers' red flags, which no choice between the two could undo", () => {
    const flagged = dataset.hiring.redFlags.slice(0, 2).map((f) => f.id);
    const stop = computeDebrief('Ana', [...rows, card('Dee', 8, CLEO, { redFlags: flagged })], weights);
    expect(stop.recommendation.label).toBe('Do not advance: red flags');
  });
});

describe('rows without an interviewer', () => {
  it('are different people when they differ, and one scorecard when they repeat', () => {
    const d = findDuplicates([card('', 2, BEN), card('', 3, CLEO), card('', 4, BEN)]);
    expect(d.conflicts).toEqual([]);
    expect(d.repeats).toEqual([{ interviewer: '', row: 4, of: 2 }]);
    expect(d.distinct.map((c) => c.row)).toEqual([2, 3]);
  });
});

describe('the flags DevRate writes', () => {
  it('are recognised as its own, and text people type is not', () => {
    const d = findDuplicates([card('Ben', 2, BEN), card('Ben', 3, BEN), card('Cleo', 4, CLEO), card('Cleo', 5, BEN)]);
    for (const flag of duplicateRowFlags(d).values()) expect(isDuplicateFlag(flag), flag).toBe(true);
    expect(isDuplicateFlag('Repeats the question on purpose')).toBe(false);
    expect(isDuplicateFlag('call back')).toBe(false);
  });
});

describe('whatever rows are pasted again', () => {
  it('never changes a figure by repeating rows, and never counts one interviewer twice', () => {
    const score = fc.constantFrom<number | null>(1, 2, 3, 4, null);
    const cardArb = fc.record({
      who: fc.constantFrom('Ben', 'Cleo', 'Dee', ''),
      scores: fc.array(score, { minLength: 6, maxLength: 6 }),
      vote: fc.constantFrom('Yes' as const, 'No' as const, null),
    });
    fc.assert(
      fc.property(fc.array(cardArb, { maxLength: 6 }), fc.array(fc.nat(), { maxLength: 4 }), (specs, copies) => {
        const cards = specs.map((s, i) => card(s.who, i + 2, s.scores, { vote: s.vote }));
        const pasted = [...cards];
        if (cards.length) for (const c of copies) pasted.push({ ...cards[c % cards.length], row: pasted.length + 2 });
        const before = computeDebrief('Ana', cards, weights);
        const after = computeDebrief('Ana', pasted, weights);
        expect(after.weighted).toBe(before.weighted);
        expect(after.votes).toEqual(before.votes);
        expect(after.evidence.counted).toBe(before.evidence.counted);
        expect(after.recommendation.id).toBe(before.recommendation.id);
        const named = findDuplicates(pasted)
          .distinct.map((c) => c.interviewer)
          .filter((n) => n !== '');
        expect(new Set(named).size).toBe(named.length);
      }),
    );
  });
});

describe('the rule as written', () => {
  it('is stated in the README in the words the Scoring rules sheet uses', () => {
    const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8').replace(/\s+/g, ' ');
    expect(readme).toContain(DUPLICATE_RULE);
  });
});
