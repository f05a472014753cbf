// Hand-worked debriefs: two interviewers scoring one candidate, worked out on paper.
import { describe, expect, it } from 'vitest';
import { dataset } from '../../src/domain/dataset';
import { computeDebrief, round2, type ScorecardRecord } from '../../src/domain/scoring/debrief';

// The six question ids of data/hiring.json, in order; the test fixes its own weights.
const [sd, ap, db, cr, pf, pi] = dataset.hiring.questions.map((q) => q.id);
const weights = { [sd]: 1, [ap]: 1, [db]: 2, [cr]: 1, [pf]: 1, [pi]: 1 };
const [flagA, flagB] = dataset.hiring.redFlags.map((f) => f.id);

function card(interviewer: string, s: (number | null)[], redFlags: string[] = []): ScorecardRecord {
  const scores = Object.fromEntries([sd, ap, db, cr, pf, pi].map((id, i) => [id, s[i]]));
  return { candidate: 'Ana', interviewer, round: null, date: '2026-05-01', vote: null, scores, redFlags, notes: '' };
}

describe('computeDebrief', () => {
  it('averages per question, skipping "no evidence", and flags a 2-point split', () => {
    const d = computeDebrief('Ana', [card('Ben', [4, 3, 4, 3, 3, null]), card('Cleo', [3, 3, 2, 3, 4, null])], weights);
    expect(d.averages).toEqual({ [sd]: 3.5, [ap]: 3, [db]: 3, [cr]: 3, [pf]: 3.5, [pi]: null });
    expect(d.disagreements).toEqual([db]);
    // (3.5 + 3 + 2×3 + 3 + 3.5) / (1 + 1 + 2 + 1 + 1) = 19 / 6; the unscored question drops out.
    expect(d.weighted).toBe(3.17);
    expect(d.recommendation.label).toBe('Debrief first');
  });

  it('advances a strong candidate, and a single red flag holds them back', () => {
    const strong = [card('Ben', [4, 3, 4, 3, 3, null]), card('Cleo', [3, 3, 3, 3, 4, null])];
    const clean = computeDebrief('Ana', strong, weights);
    expect(clean.weighted).toBe(3.33); // (3.5 + 3 + 2×3.5 + 3 + 3.5) / 6 = 20 / 6
    expect(clean.recommendation.label).toBe('Advance');

    const flagged = computeDebrief('Ana', [strong[0], card('Cleo', [3, 3, 3, 3, 4, null], [flagA])], weights);
    expect(flagged.weighted).toBe(3.33);
    expect(flagged.redFlagTotal).toBe(1);
    expect(flagged.recommendation.label).toBe('Check the red flag');

    const twoFlags = computeDebrief('Ana', [card('Ben', [4, 3, 4, 3, 3, null], [flagB]), flagged.scorecards[1]], weights);
    expect(twoFlags.redFlagCounts[flagA]).toBe(1);
    expect(twoFlags.redFlagCounts[flagB]).toBe(1);
    expect(twoFlags.recommendation.label).toBe('Do not advance: red flags');
  });

  it('counts one red flag raised by two interviewers as one flag, and says two raised it', () => {
    const d = computeDebrief('Ana', [card('Ben', [3, 3, 3, 3, 3, 3], [flagA]), card('Cleo', [3, 3, 3, 3, 3, 3], [flagA])], weights);
    expect(d.redFlagCounts[flagA]).toBe(2);
    expect(d.redFlagsRaisedBy[flagA]).toEqual(['Ben', 'Cleo']);
    expect(d.redFlagTotal).toBe(1);
    expect(d.recommendation.label).toBe('Check the red flag');
  });

  it('stops a low score and holds a middling one', () => {
    // (2 + 2 + 2×2 + 3 + 2) / 6 = 13 / 6 = 2.1666…
    const low = computeDebrief('Ana', [card('Ben', [2, 2, 2, 3, 2, null])], weights);
    expect(low.weighted).toBe(2.17);
    expect(low.recommendation.label).toBe('Do not advance: low score');
    // (2 + 3 + 2×3 + 3 + 2 + 3) / 7 = 19 / 7 = 2.714…
    const middling = computeDebrief('Ana', [card('Ben', [2, 3, 3, 3, 2, 3])], weights);
    expect(middling.weighted).toBe(2.71);
    expect(middling.recommendation.label).toBe('Hold');
  });

  it('has no weighted score when no question has evidence, nor when the scored ones weigh 0', () => {
    const flagsOnly = computeDebrief('Ana', [card('Ben', [null, null, null, null, null, null], [flagA])], weights);
    expect(flagsOnly.weighted).toBeNull();
    expect(flagsOnly.recommendation.label).toBe('Check the red flag'); // a red flag counts even on a thin scorecard
    const zeroWeight = computeDebrief('Ana', [card('Ben', [3, 3, 4, 3, null, null])], { ...weights, [sd]: 0, [ap]: 0, [db]: 0, [cr]: 0 });
    expect(zeroWeight.weighted).toBeNull();
    expect(zeroWeight.recommendation.label).toBe('Hold');
  });

  it('waits for scorecards when there are none', () => {
    const d = computeDebrief('Ana', [], weights);
    expect(d.averages[sd]).toBeNull();
    expect(d.disagreements).toEqual([]);
    expect(d.recommendation.label).toBe('Awaiting scorecards');
  });
});

describe('judgements need evidence', () => {
  it('leaves a scorecard with fewer than 4 of 6 questions scored out of the figures, and says so', () => {
    // The case: one question scored 3 would have read "Advance".
    const thin = computeDebrief('Ana', [card('Ben', [3, null, null, null, null, null])], weights);
    expect(thin.weighted).toBeNull();
    expect(thin.evidence).toMatchObject({ counted: 0, tooFew: ['Ben'], minScored: 4 });
    expect(thin.recommendation.label).toBe('Too few questions scored');
    // Beside a full scorecard, the thin one changes nothing.
    const full = card('Cleo', [3, 3, 3, 3, 3, 2]);
    const both = computeDebrief('Ana', [card('Ben', [1, null, 1, null, null, null]), full], weights);
    expect(both.weighted).toBe(computeDebrief('Ana', [full], weights).weighted);
    expect(both.disagreements).toEqual([]);
    expect(both.evidence.counted).toBe(1);
    // The setting decides: with 2 questions needed, Ben's counts.
    expect(computeDebrief('Ana', [card('Ben', [1, null, 1, null, null, null]), full], weights, { minScored: 2 }).evidence.counted).toBe(2);
  });

  it('marks "incomplete panel: 1 of 2" beside the recommendation until the whole panel has submitted', () => {
    const cards = [card('Ben', [4, 3, 4, 3, 3, null])];
    const open = computeDebrief('Ana', cards, weights, { panel: ['Ben', 'Cleo'] });
    expect(open.recommendation.label).toBe('Advance');
    expect(open.panelNote).toBe('incomplete panel: 1 of 2');
    expect(computeDebrief('Ana', cards, weights, { panel: ['ben'] }).panelNote).toBe('');
    expect(computeDebrief('Ana', cards, weights).panelNote).toBe(''); // no panel set
  });

  it('does not count a scorecard with a cell it cannot read, and names the cell', () => {
    const bad = { ...card('Ben', [4, 4, 4, 4, 4, 4]), unreadable: ['Database holds "7"'] };
    const d = computeDebrief('Ana', [bad, card('Cleo', [2, 2, 2, 2, 2, 2])], weights);
    expect(d.weighted).toBe(2);
    expect(d.evidence.unreadable).toEqual(['Ben: Database holds "7"']);
  });
});

describe('round2', () => {
  it('rounds half away from zero on the decimal digits, like ROUND(x, 2)', () => {
    expect(round2(2.345)).toBe(2.35); // 2.345 × 100 is 234.49999… in binary
    expect(round2(2.5)).toBe(2.5);
    expect(round2(19 / 6)).toBe(3.17);
    expect(round2(-1.005)).toBe(-1.01);
  });
});
