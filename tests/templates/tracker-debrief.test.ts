// The debrief on the Candidates sheet, written by the server from the domain's debrief: examples
// worked out by hand, the evidence rules, and a property test that types what people type
// (text numbers, votes in any case, names Sheets reads as dates, numbers or booleans, blanks,
// stray spaces), rows pasted again among them, and checks that the sheet shows what the sidebar shows.
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Addon } from '../../playground/emulator';
import type { DebriefView } from '../../src/domain/scoring/api';
import { RECOMMENDATION_RULES } from '../../src/domain/scoring/recommendation';
import { defaultWeights } from '../../src/domain/scoring/weights';
import { dataset } from '../../src/domain/dataset';
import { debriefCells } from '../../src/sheets/tracker/debrief-sheet';
import { duplicateRowFlags } from '../../src/domain/scoring/duplicates';
import { CANDIDATE_COLUMNS, DEBRIEF_COLUMNS, SCORECARD_COLUMNS, columnOf, flagKey, scoreKey } from '../../src/sheets/tracker/layout';
import { FLAG_IDS, QUESTION_IDS, call, candidate, insertTracker, newAddon, revealInStore } from './tracker-fixture';
import { runs } from '../support/runs';

const { questions, redFlags } = dataset.hiring;
type Row = [candidate: unknown, interviewer: unknown, scores: unknown[], flags?: unknown[], vote?: unknown];

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
      FLAG_IDS.forEach((f, i) => (cells[flagKey(f)] = flags.includes(f) ? true : (flags[i] ?? false)));
      return SCORECARD_COLUMNS.map((c) => cells[c.key] ?? '');
    }),
  );
}

/** Types the candidates, each revealed in the seal store unless told (the debrief stays blank until then), with a panel when given. */
function typeCandidates(addon: Addon, names: unknown[], panels: string[] = [], revealed = true): void {
  const sheet = addon.spreadsheet.getSheetByName('Candidates')!;
  sheet.getRange(2, 1, 40, sheet.getMaxColumns()).clearContent();
  sheet.getRange(2, 1, names.length, 1).setValues(names.map((n) => [n]));
  sheet.getRange(2, columnOf(CANDIDATE_COLUMNS, 'panel'), names.length, 1).setValues(names.map((_, i) => [panels[i] ?? '']));
  if (revealed) revealInStore(addon);
}

const refresh = (addon: Addon) => addon.clickMenu(['DevRate', 'Refresh debrief']);
const setWeights = (addon: Addon, weights: unknown[]) =>
  addon.spreadsheet.getRangeByName('DevRateWeights')!.setValues(weights.map((w) => [w]));

/** The debrief cells of a Candidates row, by key. */
function sheetDebrief(row: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(DEBRIEF_COLUMNS.map((c) => [c.key, row[c.header]]));
}

const debriefOf = (addon: Addon, name: string) => {
  const row = candidate(addon, name);
  return {
    scorecards: row.Scorecards,
    evidence: row.Evidence,
    averages: questions.map((q) => row[`${q.name} (avg)`]),
    weighted: row['Weighted score'],
    disagreements: row.Disagreements,
    disagreeOn: row['Disagree on'],
    redFlags: row['Red flags'],
    redFlagsRaised: row['Red flags raised'],
    recommendation: row.Recommendation,
  };
};

const STRONG = [4, 3, 4, 3, 3, null];
const [flag1, flag2] = FLAG_IDS;
const NAMES = ['Ana', 'Bo', 'Cy', 'Di', 'Ed', 'Flo', 'Gus', 'Hal', 'Jo', 'Kay'];

describe('the debrief the server writes, hand-worked', () => {
  let addon: Addon;
  beforeAll(() => {
    addon = newAddon();
    insertTracker(addon);
    typeCandidates(addon, NAMES);
    typeScorecards(addon, [
      ['Ana', 'Ben', STRONG],
      ['ana', 'Cleo', [3, 3, 2, 3, 4, null], [flag2]], // lower case: still Ana's
      ['Bo', 'Ben', STRONG],
      ['Bo', 'Cleo', [3, 3, 3, 3, 4, null]],
      ['Cy', 'Ben', STRONG],
      ['Cy', 'Cleo', [3, 3, 3, 3, 4, null], [flag1]],
      ['Di', 'Ben', STRONG, [flag1]],
      ['Di', 'Cleo', [3, 3, 3, 3, 4, null], [flag2]],
      ['Ed', 'Ben', [2, 2, 2, 3, 2, null]],
      ['Flo', 'Ben', [2, 3, 3, 3, 2, 3]],
      ['Hal', 'Ben', STRONG, [], 'Yes'],
      ['Hal', 'Cleo', [3, 3, 3, 3, 4, null], [], 'Strong no'],
      ['Jo', 'Ben', [3, null, null, null, null, null], [], 'Strong yes'], // one question: too thin to judge on
      ['Kay', 'Ben', STRONG],
      ['Kay', 'Cleo', [3, 3, 3, 3, 4, null]],
      ['Kay', 'ben', [2, 2, 2, 2, 2, 2], [], 'No'], // rows 15 and 17: Ben scored Kay twice, differently
    ]);
    refresh(addon);
  });

  it('averages each question over the scores given and weighs Database double', () => {
    // Ana: (3.5 + 3 + 2×3 + 3 + 3.5) / 6 = 19/6 → 3.17; Production incident has no evidence.
    expect(debriefOf(addon, 'Ana')).toMatchObject({ scorecards: 2, averages: [3.5, 3, 3, 3, 3.5, ''], weighted: 3.17 });
    // Bo: (3.5 + 3 + 2×3.5 + 3 + 3.5) / 6 = 20/6 → 3.33.
    expect(debriefOf(addon, 'Bo')).toMatchObject({ averages: [3.5, 3, 3.5, 3, 3.5, ''], weighted: 3.33, evidence: '2 counted' });
  });

  it('flags questions where interviewers are 2 points apart, and asks for a debrief', () => {
    expect(debriefOf(addon, 'Ana')).toMatchObject({ disagreements: 1, disagreeOn: 'Database', recommendation: 'Debrief first' });
    expect(debriefOf(addon, 'Bo')).toMatchObject({ disagreements: 0, disagreeOn: '', recommendation: 'Advance' });
  });

  it('counts different red flags, says how many interviewers raised each, and stops at two different ones', () => {
    expect(debriefOf(addon, 'Cy')).toMatchObject({
      weighted: 3.33,
      redFlags: 1,
      redFlagsRaised: `${redFlags[0].name} ×1 (Cleo)`,
      recommendation: 'Check the red flag',
    });
    expect(debriefOf(addon, 'Di')).toMatchObject({
      redFlags: 2,
      redFlagsRaised: `${redFlags[0].name} ×1 (Ben); ${redFlags[1].name} ×1 (Cleo)`,
      recommendation: 'Do not advance: red flags',
    });
  });

  it('says "too few questions scored" instead of judging one question: the issue\'s "Advance" from a single 3', () => {
    expect(debriefOf(addon, 'Jo')).toMatchObject({
      scorecards: 1,
      weighted: '',
      evidence: '0 counted; Ben: too few questions scored (under 4)',
      recommendation: 'Too few questions scored',
    });
  });

  it('counts neither of two different scorecards by one interviewer, and asks to resolve them', () => {
    expect(debriefOf(addon, 'Kay')).toMatchObject({
      scorecards: 3,
      evidence: '1 counted; Ben has different scorecards in rows 15 and 17: neither counted until the wrong one is deleted',
      averages: [3, 3, 3, 3, 4, ''],
      recommendation: 'Resolve duplicate scorecards',
    });
  });

  it('stops a low score, holds a middling one, and waits for a candidate without scorecards', () => {
    // Ed: (2 + 2 + 2×2 + 3 + 2) / 6 = 13/6 → 2.17. Flo: (2 + 3 + 2×3 + 3 + 2 + 3) / 7 = 19/7 → 2.71.
    expect(debriefOf(addon, 'Ed')).toMatchObject({ weighted: 2.17, recommendation: 'Do not advance: low score' });
    expect(debriefOf(addon, 'Flo')).toMatchObject({ weighted: 2.71, recommendation: 'Hold' });
    expect(debriefOf(addon, 'Gus')).toMatchObject({ scorecards: 0, weighted: '', redFlags: 0, recommendation: 'Awaiting scorecards' });
  });

  it('follows the weights and the evidence setting typed on Scoring rules, a weight typed as text included', () => {
    setWeights(addon, [1, 1, "'1", 1, ' 1 ', 1]);
    refresh(addon);
    // Ana: (3.5 + 3 + 3 + 3 + 3.5) / 5 = 3.2; Bo: (3.5 + 3 + 3.5 + 3 + 3.5) / 5 = 3.3.
    expect(debriefOf(addon, 'Ana').weighted).toBe(3.2);
    expect(debriefOf(addon, 'Bo').weighted).toBe(3.3);
    setWeights(addon, [0, 0, 0, 0, 0, 5]);
    refresh(addon);
    expect(debriefOf(addon, 'Ed')).toMatchObject({ weighted: '', recommendation: 'Hold' });
    addon.spreadsheet.getRangeByName('DevRateEvidence')!.setValue(1);
    setWeights(addon, Object.values(defaultWeights()));
    refresh(addon);
    expect(debriefOf(addon, 'Jo')).toMatchObject({ weighted: 3, evidence: '1 counted', recommendation: 'Advance' });
    addon.spreadsheet.getRangeByName('DevRateEvidence')!.setValue(4);
    refresh(addon);
    expect(debriefOf(addon, 'Ana').weighted).toBe(3.17);
  });

  it('offers every recommendation of the rules, each reached by one of these candidates', () => {
    const shown = new Set(NAMES.map((n) => debriefOf(addon, n).recommendation));
    expect([...shown].sort()).toEqual(RECOMMENDATION_RULES.map((r) => r.label).sort());
  });

  it('follows a score a person types, through the onEdit trigger', () => {
    const sheet = addon.spreadsheet.getSheetByName('Scorecards')!;
    expect(sheet.getRange('A4:B4').getValues()).toEqual([['Bo', 'Ben']]);
    // Ben now scores Database 1 for Bo, 2 or more points from Cleo's 3.
    addon.edit('Scorecards', sheet.getRange(4, columnOf(SCORECARD_COLUMNS, scoreKey(QUESTION_IDS[2]))).getA1Notation(), '1');
    expect(debriefOf(addon, 'Bo')).toMatchObject({ disagreements: 1, recommendation: 'Debrief first' });
  });
});

describe('settings that cannot be read', () => {
  it('refuses a scorecard, naming the cell, while the evidence setting holds text, and saves nothing', () => {
    const addon = newAddon();
    insertTracker(addon);
    call(addon, 'addCandidate', { trackerId: 1, name: 'Ana' });
    addon.spreadsheet.getRangeByName('DevRateEvidence')!.setValue('four');
    const card = {
      trackerId: 1,
      candidate: 'Ana',
      interviewer: 'Ben',
      round: 'technical',
      date: '2026-05-04',
      vote: 'Yes',
      redFlags: [],
      notes: '',
    };
    expect(() => call(addon, 'submitScorecard', { ...card, scores: Object.fromEntries(QUESTION_IDS.map((id) => [id, 3])) })).toThrow(
      /The Scoring rules setting "Questions a scorecard must score to count" holds "four": type a whole number from 1 to 6\. Your scorecard was not saved\./,
    );
    expect(addon.spreadsheet.getSheetByName('Scorecards')!.getRange('A2').getValue()).toBe('');
  });
});

describe('panel completeness on the sheet', () => {
  it('writes "incomplete panel: 1 of 2" beside the recommendation until the whole panel has scored', () => {
    const addon = newAddon();
    insertTracker(addon);
    typeCandidates(addon, ['Hal'], ['Ben, Cleo']);
    typeScorecards(addon, [['Hal', 'Ben', STRONG, [], 'Strong yes']]);
    refresh(addon);
    expect(candidate(addon, 'Hal').Recommendation).toBe('Advance (incomplete panel: 1 of 2)');
    typeScorecards(addon, [
      ['Hal', 'Ben', STRONG, [], 'Strong yes'],
      ['Hal', 'cleo ', [3, 3, 3, 3, 4, null], [], 'no'], // a vote typed in lower case counts
    ]);
    refresh(addon);
    expect(candidate(addon, 'Hal')).toMatchObject({ Votes: '1 Strong yes, 1 No', 'Votes against': 1, Recommendation: 'Hold: a no vote' });
  });

  it('keeps every debrief column blank until the candidate is revealed', () => {
    const addon = newAddon();
    insertTracker(addon);
    typeCandidates(addon, ['Ivy'], [], false);
    const sheet = addon.spreadsheet.getSheetByName('Candidates')!;
    typeScorecards(addon, [['Ivy', 'Ben', STRONG, [flag1], 'Yes']]);
    refresh(addon);
    const sealed = candidate(addon, 'Ivy');
    for (const c of CANDIDATE_COLUMNS.filter((x) => x.debrief)) expect(sealed[c.header], c.header).toBe('');
    // Typing in "Revealed by" reveals nothing: the seal store decides.
    sheet.getRange(2, columnOf(CANDIDATE_COLUMNS, 'revealed_by')).setValue('Ben');
    refresh(addon);
    for (const c of CANDIDATE_COLUMNS.filter((x) => x.debrief)) expect(candidate(addon, 'Ivy')[c.header], c.header).toBe('');
    revealInStore(addon);
    refresh(addon);
    expect(candidate(addon, 'Ivy')).toMatchObject({ Scorecards: 1, 'Weighted score': 3.5, Votes: '1 Yes', 'Red flags': 1 });
  });
});

describe('sheet and sidebar agree on whatever people type', () => {
  it('on random typed scorecards, weights and settings: the sheet shows what the sidebar shows', () => {
    const addon = newAddon();
    insertTracker(addon);
    // Names Sheets reads as a boolean, a number, a date or text with spaces; each candidate's
    // scorecards name them as people retype them.
    const spelled: Record<string, unknown[]> = {
      Ana: ['Ana', ' ana ', 'ANA'],
      TRUE: ['TRUE', 'true', "'TRUE"],
      '12': ['12', ' 12 ', "'12"],
      '2026-01-02': ['2026-01-02', "'2026-01-02"],
    };
    const names = Object.keys(spelled);
    const score = fc.constantFrom<unknown>(1, 2, 3, 4, '', '', "'3", ' 2 ', '4', 'x', 7);
    const vote = fc.constantFrom<unknown>('Yes', 'yes', ' Strong no ', 'NO', '', 'maybe');
    const tick = fc.constantFrom<unknown>(true, false, false, 'TRUE');
    const card = fc.tuple(
      fc.constantFrom(...names).chain((n) => fc.constantFrom(...spelled[n])),
      fc.constantFrom<unknown>('Ben', 'Cleo', 'Dee', ' ben'),
      fc.array(score, { minLength: 6, maxLength: 6 }),
      fc.array(tick, { minLength: FLAG_IDS.length, maxLength: FLAG_IDS.length }),
      vote,
    );
    const weight = fc.constantFrom<unknown>(1, 2, 0, "'3", ' 2 ', '');
    fc.assert(
      fc.property(
        fc.array(card, { maxLength: 8 }),
        // Rows pasted again below the others (issue 20): each an index into the typed rows.
        fc.array(fc.nat(), { maxLength: 3 }),
        fc.array(weight, { minLength: 6, maxLength: 6 }),
        fc.constantFrom(1, 4, 6),
        fc.array(fc.constantFrom('', 'Ben, Cleo', 'Dee'), { minLength: names.length, maxLength: names.length }),
        (typed, pasted, weights, minScored, panels) => {
          const cards = typed.length ? [...typed, ...pasted.map((i) => typed[i % typed.length])] : typed;
          typeCandidates(addon, names, panels);
          typeScorecards(addon, cards);
          setWeights(addon, weights);
          addon.spreadsheet.getRangeByName('DevRateEvidence')!.setValue(minScored);
          refresh(addon);
          const flags = new Map<number, string>();
          const scorecardsSheet = addon.spreadsheet.getSheetByName('Scorecards')!;
          const rows = addon.spreadsheet.getSheetByName('Candidates')!.getDataRange().getValues();
          const header = rows[0].map(String);
          for (const row of rows.slice(1).filter((r) => r[0] !== '')) {
            const byHeader = Object.fromEntries(header.map((h, i) => [h, row[i]]));
            const name = row[0] instanceof Date ? row[0].toString() : String(row[0]);
            const view = call<DebriefView>(addon, 'getDebrief', { trackerId: 1, candidate: name, interviewer: 'Reader' }).value;
            expect(sheetDebrief(byHeader), name).toEqual(debriefCells(view));
            for (const [row, flag] of duplicateRowFlags(view.evidence)) flags.set(row, flag);
          }
          // The Scorecards sheet flags exactly the rows the sidebar's debriefs name, and no other.
          const shown = scorecardsSheet.getRange(2, columnOf(SCORECARD_COLUMNS, 'duplicate'), Math.max(cards.length, 1), 1).getValues();
          expect(shown.map((r, i) => [i + 2, r[0]])).toEqual(shown.map((_, i) => [i + 2, flags.get(i + 2) ?? '']));
        },
      ),
      { numRuns: runs(25) },
    );
    // About 0.3 s a case alone; the budget leaves room for a busy 2-core machine running other files.
  }, 180_000);
});
