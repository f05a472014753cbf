// The Candidates sheet's debrief formulas, computed by HyperFormula over an inserted tracker,
// against examples worked out by hand, and against the domain's computeDebrief.
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Addon } from '../../playground/emulator';
import { computeDebrief, type ScorecardRecord } from '../../src/domain/scoring/debrief';
import { RECOMMENDATION_RULES } from '../../src/domain/scoring/recommendation';
import { defaultWeights } from '../../src/domain/scoring/weights';
import { dataset } from '../../src/domain/dataset';
import { CANDIDATE_COLUMNS, SCORECARD_COLUMNS, columnOf, flagKey, scoreKey } from '../../src/sheets/tracker/layout';
import { FLAG_IDS, QUESTION_IDS, STRONG_SCORES, TRACKER_FIXTURE, candidate, insertTracker, newAddon } from '../templates/tracker-fixture';
import { runs } from '../support/runs';

const { questions, redFlags } = dataset.hiring;
type Row = [candidate: string, interviewer: string, scores: (number | null)[], flags?: string[], vote?: string];

/** Types scorecards into the Scorecards sheet from row 2, as a person would, replacing what was there. */
function typeScorecards(addon: Addon, rows: Row[]): void {
  const sheet = addon.spreadsheet.getSheetByName('Scorecards')!;
  const width = SCORECARD_COLUMNS.length;
  sheet.getRange(2, 1, 60, width).clearContent();
  if (!rows.length) return;
  sheet.getRange(2, 1, rows.length, width).setValues(
    rows.map(([who, by, scores, flags = [], vote = '']) => {
      const cells: Record<string, unknown> = { candidate: who, interviewer: by, date: '2026-05-04', vote };
      QUESTION_IDS.forEach((id, i) => (cells[scoreKey(id)] = scores[i] ?? ''));
      FLAG_IDS.forEach((f) => (cells[flagKey(f)] = flags.includes(f)));
      return SCORECARD_COLUMNS.map((c) => cells[c.key] ?? '');
    }),
  );
}

/** Types the candidates, each already revealed (the debrief columns stay blank until then). */
function typeCandidates(addon: Addon, names: string[], revealed = true): void {
  const sheet = addon.spreadsheet.getSheetByName('Candidates')!;
  sheet.getRange(2, 1, names.length, 1).setValues(names.map((n) => [n]));
  if (revealed) sheet.getRange(2, columnOf(CANDIDATE_COLUMNS, 'revealed_by'), names.length, 1).setValues(names.map(() => ['Test']));
}

function setWeights(addon: Addon, weights: number[]): void {
  addon.spreadsheet.getRangeByName('DevRateWeights')!.setValues(weights.map((w) => [w]));
}

const debriefOf = (addon: Addon, name: string) => {
  const row = candidate(addon, name);
  return {
    scorecards: row.Scorecards,
    averages: questions.map((q) => row[`${q.name} (avg)`]),
    weighted: row['Weighted score'],
    disagreements: row.Disagreements,
    disagreeOn: row['Disagree on'],
    redFlags: row['Red flags'],
    redFlagsRaised: row['Red flags raised'],
    recommendation: row.Recommendation,
  };
};

// Weights of these examples: 1 each, Database 2 (the defaults; asserted in the unit tests).
const STRONG = [...STRONG_SCORES];
const [flag1] = FLAG_IDS;

describe('debrief formulas, hand-worked', () => {
  let addon: Addon;
  beforeAll(() => {
    addon = newAddon();
    insertTracker(addon);
    // The fixture the self-test's tracker row inserts on real Sheets: Ana, Bo, Cy, Di, Ed, Flo, Gus, Hal.
    typeCandidates(addon, [...TRACKER_FIXTURE.candidates]);
    typeScorecards(
      addon,
      TRACKER_FIXTURE.scorecards.map(([who, by, scores, flags = [], vote = '']) => [who, by, [...scores], [...flags], vote]),
    );
  });

  it('averages each question over the scores given and weighs Database double', () => {
    // Ana: (3.5 + 3 + 2×3 + 3 + 3.5) / 6 = 19/6 → 3.17; Production incident has no evidence.
    expect(debriefOf(addon, 'Ana')).toMatchObject({ scorecards: 2, averages: [3.5, 3, 3, 3, 3.5, ''], weighted: 3.17 });
    // Bo: (3.5 + 3 + 2×3.5 + 3 + 3.5) / 6 = 20/6 → 3.33.
    expect(debriefOf(addon, 'Bo')).toMatchObject({ averages: [3.5, 3, 3.5, 3, 3.5, ''], weighted: 3.33 });
  });

  it('flags questions where interviewers are 2 points apart, and asks for a debrief', () => {
    expect(debriefOf(addon, 'Ana')).toMatchObject({ disagreements: 1, disagreeOn: 'Database', recommendation: 'Debrief first' });
    expect(debriefOf(addon, 'Bo')).toMatchObject({ disagreements: 0, disagreeOn: '', recommendation: 'Advance' });
  });

  it('lets a red flag take away "Advance", and two stop the candidate', () => {
    expect(debriefOf(addon, 'Cy')).toMatchObject({
      weighted: 3.33,
      redFlags: 1,
      redFlagsRaised: redFlags[0].name,
      recommendation: 'Check the red flag',
    });
    expect(debriefOf(addon, 'Di')).toMatchObject({
      weighted: 3.33,
      redFlags: 2,
      redFlagsRaised: redFlags[0].name,
      recommendation: 'Do not advance: red flags',
    });
    expect(debriefOf(addon, 'Ana')).toMatchObject({ redFlags: 1, redFlagsRaised: redFlags[1].name });
  });

  it('stops a low score, holds a middling one, and waits for a candidate without scorecards', () => {
    // Ed: (2 + 2 + 2×2 + 3 + 2) / 6 = 13/6 → 2.17. Flo: (2 + 3 + 2×3 + 3 + 2 + 3) / 7 = 19/7 → 2.71.
    expect(debriefOf(addon, 'Ed')).toMatchObject({ weighted: 2.17, recommendation: 'Do not advance: low score' });
    expect(debriefOf(addon, 'Flo')).toMatchObject({ weighted: 2.71, recommendation: 'Hold' });
    expect(debriefOf(addon, 'Gus')).toMatchObject({ scorecards: 0, weighted: '', redFlags: 0, recommendation: 'Awaiting scorecards' });
  });

  it('follows the weights typed in the weights block', () => {
    setWeights(addon, [1, 1, 1, 1, 1, 1]);
    // Ana: (3.5 + 3 + 3 + 3 + 3.5) / 5 = 3.2; Bo: (3.5 + 3 + 3.5 + 3 + 3.5) / 5 = 3.3.
    expect(debriefOf(addon, 'Ana').weighted).toBe(3.2);
    expect(debriefOf(addon, 'Bo').weighted).toBe(3.3);
    // Weight 0 on everything Ed was scored on: no weighted score, so neither stop nor advance.
    setWeights(addon, [0, 0, 0, 0, 0, 5]);
    expect(debriefOf(addon, 'Ed')).toMatchObject({ weighted: '', recommendation: 'Hold' });
    setWeights(addon, Object.values(defaultWeights()));
    expect(debriefOf(addon, 'Ana').weighted).toBe(3.17);
  });

  it('offers every recommendation of the rules, each reached by one of these candidates', () => {
    const shown = new Set(['Ana', 'Bo', 'Cy', 'Di', 'Ed', 'Flo', 'Gus', 'Hal'].map((n) => debriefOf(addon, n).recommendation));
    expect([...shown].sort()).toEqual(RECOMMENDATION_RULES.map((r) => r.label).sort());
  });
});

describe('votes and sealing on the Candidates sheet', () => {
  it('shows the votes beside the weighted score, and a no vote holds an otherwise strong candidate', () => {
    const addon = newAddon();
    insertTracker(addon);
    typeCandidates(addon, ['Hal']);
    typeScorecards(addon, [
      ['Hal', 'Ben', STRONG, [], 'Strong yes'],
      ['Hal', 'Cleo', [3, 3, 3, 3, 4, null], [], 'No'],
    ]);
    const row = candidate(addon, 'Hal');
    expect(row).toMatchObject({
      'Weighted score': 3.33,
      Votes: '1 Strong yes, 1 No',
      'Votes against': 1,
      Recommendation: 'Hold: a no vote',
    });
  });

  it('keeps every debrief column blank until "Revealed by" is filled', () => {
    const addon = newAddon();
    insertTracker(addon);
    typeCandidates(addon, ['Ivy'], false);
    typeScorecards(addon, [['Ivy', 'Ben', STRONG, [flag1], 'Yes']]);
    const debriefColumns = CANDIDATE_COLUMNS.slice(columnOf(CANDIDATE_COLUMNS, 'scorecards') - 1);
    const sealed = candidate(addon, 'Ivy');
    for (const c of debriefColumns) expect(sealed[c.header], c.header).toBe('');
    addon.spreadsheet.getSheetByName('Candidates')!.getRange(2, columnOf(CANDIDATE_COLUMNS, 'revealed_by')).setValue('Ben');
    expect(candidate(addon, 'Ivy')).toMatchObject({ Scorecards: 1, 'Weighted score': 3.5, Votes: '1 Yes', 'Red flags': 1 });
  });
});

describe('debrief formulas agree with the domain', () => {
  it('on random scorecards: the sheet shows what the sidebar computes', () => {
    const addon = newAddon();
    insertTracker(addon);
    const names = ['Ana', 'Bo', 'Cy'];
    typeCandidates(addon, names);
    const score = fc.option(fc.integer({ min: 1, max: 4 }), { nil: null, freq: 3 });
    const row = fc.tuple(
      fc.constantFrom(...names),
      fc.array(score, { minLength: 6, maxLength: 6 }),
      fc.subarray(FLAG_IDS, { maxLength: 2 }),
    );
    fc.assert(
      fc.property(fc.array(row, { maxLength: 7 }), (rows) => {
        typeScorecards(
          addon,
          rows.map(([who, scores, flags], i) => [who, `Interviewer ${i}`, scores, flags]),
        );
        for (const name of names) {
          const cards: ScorecardRecord[] = rows
            .filter(([who]) => who === name)
            .map(([, scores, flags], i) => ({
              candidate: name,
              interviewer: `I${i}`,
              round: null,
              date: '',
              vote: null,
              scores: Object.fromEntries(QUESTION_IDS.map((id, q) => [id, scores[q]])),
              redFlags: flags,
              notes: '',
            }));
          const expected = computeDebrief(name, cards, defaultWeights());
          const sheet = debriefOf(addon, name);
          expect(sheet.scorecards).toBe(cards.length);
          sheet.averages.forEach((avg, q) => {
            const want = expected.averages[QUESTION_IDS[q]];
            if (want === null) expect(avg).toBe('');
            else expect(avg).toBeCloseTo(want, 10);
          });
          expect(sheet.weighted).toBe(expected.weighted ?? '');
          expect(sheet.disagreements).toBe(expected.disagreements.length);
          expect(sheet.redFlags).toBe(expected.redFlagTotal);
          expect(sheet.recommendation).toBe(expected.recommendation.label);
        }
      }),
      { numRuns: runs(12) },
    );
  });
});
