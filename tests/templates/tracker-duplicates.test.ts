// Issue 20, point 3: a Scorecards row duplicated by copy and paste was counted twice (2.93 → 3.04).
// Now a repeat counts once and says which row it repeats, rows of one interviewer that differ count
// neither and hold the recommendation, and the Candidates sheet, the Scorecards sheet and the
// sidebar say the same, through a person's paste (onEdit) and a script's Range.copyTo alike.
import { describe, expect, it } from 'vitest';
import type { Addon } from '../../playground/emulator';
import type { DebriefView } from '../../src/domain/scoring/api';
import { evidenceText } from '../../src/domain/scoring/debrief';
import { debriefCells } from '../../src/sheets/tracker/debrief-sheet';
import { DEBRIEF_COLUMNS, SCORECARD_COLUMNS, columnOf, letterOf, scoreKey } from '../../src/sheets/tracker/layout';
import { QUESTION_IDS, call, candidate, insertTracker, newAddon, revealInStore, scorecard } from './tracker-fixture';

type Scores = (number | null)[];
// Three interviewers whose debrief is 2.93; Ben's row counted twice made it 3.04.
const BEN: Scores = [2, 3, 4, 4, 3, 3];
const CLEO: Scores = [2, null, 4, null, 3, 3];
const DEE: Scores = [3, 2, 2, 2, 2, 4];

const scorecards = (addon: Addon) => addon.spreadsheet.getSheetByName('Scorecards')!;
const refresh = (addon: Addon) => addon.clickMenu(['DevRate', 'Refresh debrief']);
const flagOf = (addon: Addon, row: number) => scorecards(addon).getRange(row, columnOf(SCORECARD_COLUMNS, 'duplicate')).getValue();
const sidebar = (addon: Addon, name = 'Ana') =>
  call<DebriefView>(addon, 'getDebrief', { trackerId: 1, candidate: name, interviewer: 'Reader' }).value;

/** Types the scorecards from row 2, as a person would in the open (the candidate revealed in the seal store). */
function trackerWith(rows: [string, string, Scores][]): Addon {
  const addon = newAddon();
  insertTracker(addon);
  const names = [...new Set(rows.map(([who]) => who))];
  addon.spreadsheet
    .getSheetByName('Candidates')!
    .getRange(2, 1, names.length, 1)
    .setValues(names.map((n) => [n]));
  revealInStore(addon);
  scorecards(addon)
    .getRange(2, 1, rows.length, SCORECARD_COLUMNS.length)
    .setValues(
      rows.map(([who, by, scores]) => {
        const cells: Record<string, unknown> = { candidate: who, interviewer: by, date: '2026-05-04', vote: 'Yes' };
        QUESTION_IDS.forEach((id, i) => (cells[scoreKey(id)] = scores[i] ?? ''));
        return SCORECARD_COLUMNS.map((c) => cells[c.key] ?? false);
      }),
    );
  refresh(addon);
  return addon;
}

/** A person copies a whole row and pastes it onto an empty row: onEdit runs on what was pasted. */
function pasteRow(addon: Addon, from: number, to: number): void {
  const numCols = scorecards(addon).getMaxColumns();
  addon.paste({
    from: { sheet: 'Scorecards', area: { row: from, col: 1, numRows: 1, numCols } },
    to: { sheet: 'Scorecards', row: to, col: 1 },
  });
}

/** The Candidates row's debrief cells agree with the sidebar's debrief, figure by figure. */
function expectSheetAgreesWithSidebar(addon: Addon, name = 'Ana'): void {
  const row = candidate(addon, name);
  expect(Object.fromEntries(DEBRIEF_COLUMNS.map((c) => [c.key, row[c.header]]))).toEqual(debriefCells(sidebar(addon, name)));
}

describe('a scorecard row pasted again', () => {
  it('is counted once: the weighted score stays 2.93, the repeat is flagged, and the sidebar agrees', () => {
    const addon = trackerWith([
      ['Ana', 'Ben', BEN],
      ['Ana', 'Cleo', CLEO],
      ['Ana', 'Dee', DEE],
    ]);
    expect(candidate(addon, 'Ana')).toMatchObject({ 'Weighted score': 2.93, Evidence: '3 counted' });

    pasteRow(addon, 2, 5);
    expect(scorecards(addon).getRange('A5:B5').getValues()).toEqual([['Ana', 'Ben']]);
    const evidence = '3 counted; 1 duplicate scorecard row (row 5 repeats row 2): counted once';
    expect(candidate(addon, 'Ana')).toMatchObject({ 'Weighted score': 2.93, Evidence: evidence, Votes: '3 Yes', Scorecards: 3 });
    expect(flagOf(addon, 5)).toBe('Repeats row 2: counted once');
    expect([2, 3, 4].map((r) => flagOf(addon, r))).toEqual(['', '', '']);
    const view = sidebar(addon);
    expect(view.weighted).toBe(2.93);
    expect(evidenceText(view.evidence)).toBe(evidence);
    expectSheetAgreesWithSidebar(addon);
  });

  it('is counted once when a script copies it with Range.copyTo, from the next refresh on', () => {
    const addon = trackerWith([
      ['Ana', 'Ben', BEN],
      ['Ana', 'Cleo', CLEO],
      ['Ana', 'Dee', DEE],
    ]);
    const sheet = scorecards(addon);
    sheet.getRange(3, 1, 1, sheet.getMaxColumns()).copyTo(sheet.getRange('A6'));
    refresh(addon);
    expect(candidate(addon, 'Ana')).toMatchObject({
      'Weighted score': 2.93,
      Evidence: '3 counted; 1 duplicate scorecard row (row 6 repeats row 3): counted once',
    });
    expect(flagOf(addon, 6)).toBe('Repeats row 3: counted once');
    expectSheetAgreesWithSidebar(addon);
  });

  it('becomes a conflict once one copy is changed: neither counts, both rows say so, and the debrief asks to resolve it', () => {
    const addon = trackerWith([
      ['Ana', 'Ben', BEN],
      ['Ana', 'Cleo', CLEO],
      ['Ana', 'Dee', DEE],
    ]);
    pasteRow(addon, 2, 5);
    addon.edit('Scorecards', `${letterOf(SCORECARD_COLUMNS, scoreKey(QUESTION_IDS[0]))}5`, '4');
    const withoutBen = trackerWith([
      ['Ana', 'Cleo', CLEO],
      ['Ana', 'Dee', DEE],
    ]);
    const row = candidate(addon, 'Ana');
    expect(row).toMatchObject({
      'Weighted score': candidate(withoutBen, 'Ana')['Weighted score'],
      Evidence: '2 counted; Ben has different scorecards in rows 2 and 5: neither counted until the wrong one is deleted',
      Votes: '2 Yes',
      Recommendation: 'Resolve duplicate scorecards',
    });
    expect(flagOf(addon, 2)).toBe("Conflicts with row 5 (also Ben's, different answers): neither counts until the wrong one is deleted");
    expect(flagOf(addon, 5)).toBe("Conflicts with row 2 (also Ben's, different answers): neither counts until the wrong one is deleted");
    expectSheetAgreesWithSidebar(addon);

    // Deleting the wrong row's cells (not the flag column) resolves it: the stale flag goes too.
    const lastTyped = columnOf(SCORECARD_COLUMNS, 'notes');
    addon.clearRange('Scorecards', { row: 5, col: 1, numRows: 1, numCols: lastTyped });
    expect([flagOf(addon, 2), flagOf(addon, 5)]).toEqual(['', '']);
    expect(candidate(addon, 'Ana')).toMatchObject({ 'Weighted score': 2.93, Evidence: '3 counted', Recommendation: 'Debrief first' });
    expectSheetAgreesWithSidebar(addon);
  });

  it('keeps what a person typed in the Duplicate column of a row that is no scorecard', () => {
    const addon = trackerWith([['Ana', 'Ben', BEN]]);
    const cell = `${letterOf(SCORECARD_COLUMNS, 'duplicate')}9`;
    addon.edit('Scorecards', cell, 'ask Ben about row 2');
    refresh(addon);
    expect(scorecards(addon).getRange(cell).getValue()).toBe('ask Ben about row 2');
  });
});

describe('sealed scorecards', () => {
  const BEN_USER = 'ben@example.com';
  const submit = (addon: Addon, ...args: Parameters<typeof scorecard>) =>
    addon.run('submitScorecard', [scorecard(...args)], { fromClient: true, user: BEN_USER });

  it('revealed into a new row beside a sealed row someone typed in: no duplicate, counted once', () => {
    const addon = newAddon();
    insertTracker(addon);
    addon.run('addCandidate', [{ trackerId: 1, name: 'Ana' }], { fromClient: true, user: BEN_USER });
    submit(addon, 'Ana', 'Ben', BEN, { vote: 'Strong yes', notes: 'ben note' });
    addon.edit('Scorecards', `${letterOf(SCORECARD_COLUMNS, 'vote')}2`, 'No'); // typed over: the rest still says "sealed"
    addon.run('revealScores', [{ trackerId: 1, candidate: 'Ana', interviewer: 'Ben' }], { fromClient: true, user: BEN_USER });
    expect(scorecards(addon).getRange('B2:B3').getValues()).toEqual([['Ben'], ['Ben']]);
    refresh(addon);
    expect(candidate(addon, 'Ana')).toMatchObject({ Scorecards: 1, Evidence: '1 counted', Votes: '1 Strong yes' });
    expect([flagOf(addon, 2), flagOf(addon, 3)]).toEqual(['', '']);
    expectSheetAgreesWithSidebar(addon);
  });

  it('revealed beside a different row typed in the same name: both rows flagged by the reveal itself, neither counted', () => {
    const addon = newAddon();
    insertTracker(addon);
    addon.run('addCandidate', [{ trackerId: 1, name: 'Ana' }], { fromClient: true, user: BEN_USER });
    submit(addon, 'Ana', 'Ben', BEN);
    // Someone types a scorecard in Ben's name in the open, by script (no edit trigger runs).
    const cells: Record<string, unknown> = { candidate: 'Ana', interviewer: 'Ben', date: '2026-05-04', vote: 'No' };
    QUESTION_IDS.forEach((id) => (cells[scoreKey(id)] = 1));
    scorecards(addon)
      .getRange(3, 1, 1, SCORECARD_COLUMNS.length)
      .setValues([SCORECARD_COLUMNS.map((c) => cells[c.key] ?? false)]);
    addon.run('revealScores', [{ trackerId: 1, candidate: 'Ana', interviewer: 'Ben' }], { fromClient: true, user: BEN_USER });
    expect(flagOf(addon, 2)).toBe("Conflicts with row 3 (also Ben's, different answers): neither counts until the wrong one is deleted");
    expect(flagOf(addon, 3)).toBe("Conflicts with row 2 (also Ben's, different answers): neither counts until the wrong one is deleted");
    expect(candidate(addon, 'Ana')).toMatchObject({ 'Weighted score': '', Recommendation: 'Resolve duplicate scorecards' });
    expectSheetAgreesWithSidebar(addon);
  });
});
