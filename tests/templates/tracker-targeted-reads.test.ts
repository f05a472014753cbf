// The tracker's actions read one candidate's rows, not both sheets whole (targeted-reads.ts):
// they must still see what a whole-sheet read saw. A scorecard typed with the candidate's name in
// other spacing and case, far from the others, still counts; a new row still goes into the first
// entirely empty row and never into one that holds anything; a header pushed further down than
// the rows read at first is still found.
import { describe, expect, it } from 'vitest';
import type { EndpointName, ResultOf } from '../../src/endpoints/registry';
import { SCORECARD_COLUMNS, columnOf } from '../../src/sheets/tracker/layout';
import { readScorecardsOf, rereadScorecardsOf, type CandidateScorecards } from '../../src/sheets/tracker/targeted-reads';
import { SCORECARD_TYPED } from '../../src/sheets/tracker/tracker-reads';
import type { Addon } from '../../playground/emulator';
import { partSheet } from './tracker-edits';
import { QUESTION_IDS, insertTracker, newAddon, scorecard } from './tracker-fixture';

const BEN = 'ben@example.com';
const as = <K extends EndpointName>(addon: Addon, endpoint: K, ...args: unknown[]): ResultOf<K> =>
  addon.run<ResultOf<K>>(endpoint, args, { fromClient: true, user: BEN }).value;
const sheet = (addon: Addon, name: string) => {
  const found = addon.spreadsheet.getSheetByName(name);
  if (!found) throw new Error(`No sheet ${name}`);
  return found;
};
const WIDTH = SCORECARD_COLUMNS.length;
const CANDIDATE = columnOf(SCORECARD_COLUMNS, 'candidate');
const NOTES = columnOf(SCORECARD_COLUMNS, 'notes');

/** A scorecard row as a person types it: candidate, interviewer, round, date, six scores, vote. */
const typed = (name: string, interviewer: string, score: number) => {
  const row: unknown[] = Array.from({ length: WIDTH }, () => '');
  row[CANDIDATE - 1] = name;
  row[columnOf(SCORECARD_COLUMNS, 'interviewer') - 1] = interviewer;
  row[columnOf(SCORECARD_COLUMNS, 'round') - 1] = 'technical';
  for (const key of SCORECARD_COLUMNS.filter((c) => c.key.startsWith('score_')).map((c) => c.key))
    row[columnOf(SCORECARD_COLUMNS, key) - 1] = score;
  row[columnOf(SCORECARD_COLUMNS, 'vote') - 1] = 'Yes';
  return row;
};

function trackerWith(names: string[]): Addon {
  const addon = newAddon();
  insertTracker(addon);
  for (const name of names) as(addon, 'addCandidate', { trackerId: 1, name, level: 'senior', region: 'asia', quote: 70 });
  return addon;
}

describe('an action that reads one candidate', () => {
  it('counts their scorecards wherever they are on the sheet, the name typed in other spacing and case included', () => {
    const addon = trackerWith(['Ana Lima', 'Bo']);
    as(addon, 'submitScorecard', scorecard('Ana Lima', 'Ben', [4, 4, 4, 4, 4, 4]));
    as(addon, 'revealScores', { trackerId: 1, candidate: 'Ana Lima', interviewer: 'Ben' });
    // 30 rows of Bo's, then Ana's name typed by hand in another spacing and case, far below.
    const scorecards = sheet(addon, 'Scorecards');
    scorecards.getRange(3, 1, 30, WIDTH).setValues(Array.from({ length: 30 }, (_, i) => typed('Bo', `Interviewer ${i}`, 2)));
    scorecards.getRange(33, 1, 1, WIDTH).setValues([typed('  ana   LIMA ', 'Cleo', 2)]);
    const debrief = as(addon, 'getDebrief', { trackerId: 1, candidate: 'Ana Lima', interviewer: 'Ben' });
    expect(debrief.scorecards.map((c) => c.interviewer).sort()).toEqual(['Ben', 'Cleo']);
    expect(debrief.averages[QUESTION_IDS[0]]).toBe(3); // 4 and 2
  });

  it("reveals into the candidate's own sealed row, never into a row between theirs the same interviewer sealed for someone else", () => {
    const addon = trackerWith(['Ana Lima', 'Bo']);
    // Ana's rows 2 and 4 are read in one block, which spans Bo's row 3, sealed by the same interviewer.
    addon.run('submitScorecard', [scorecard('Ana Lima', 'Cleo', [2, 2, 2, 2, 2, 2])], { fromClient: true, user: 'cleo@example.com' });
    as(addon, 'submitScorecard', scorecard('Bo', 'Ben', [1, 1, 1, 1, 1, 1]));
    as(addon, 'submitScorecard', scorecard('Ana Lima', 'Ben', [4, 4, 4, 4, 4, 4]));
    const scorecards = sheet(addon, 'Scorecards');
    const nameAt = (row: number) => String(scorecards.getRange(row, CANDIDATE).getValue());
    expect([nameAt(2), nameAt(3), nameAt(4)]).toEqual(['Ana Lima', 'Bo', 'Ana Lima']);
    as(addon, 'revealScores', { trackerId: 1, candidate: 'Ana Lima', interviewer: 'Ben' });
    const score = columnOf(SCORECARD_COLUMNS, `score_${QUESTION_IDS[0]}`);
    expect(scorecards.getRange(4, score).getValue(), "Ben's row of Ana holds his scores").toBe(4);
    expect(scorecards.getRange(3, score).getValue(), "Bo's row stays sealed").toBe('sealed');
    const debrief = as(addon, 'getDebrief', { trackerId: 1, candidate: 'Ana Lima', interviewer: 'Ben' });
    expect(debrief.averages[QUESTION_IDS[0]]).toBe(3); // 4 and 2
  });

  it('writes a new row into the first entirely empty row, never into a row that holds only a note', () => {
    const addon = trackerWith(['Ana', 'Bo']);
    const scorecards = sheet(addon, 'Scorecards');
    scorecards.getRange(2, 1, 4, WIDTH).setValues([typed('Bo', 'A', 3), typed('Bo', 'B', 3), typed('Bo', 'C', 3), typed('Bo', 'D', 3)]);
    scorecards.getRange(3, 1, 2, WIDTH).clearContent(); // rows 3 and 4 emptied...
    scorecards.getRange(3, NOTES).setValue('kept: a note with no candidate'); // ...and row 3 holds a note
    as(addon, 'submitScorecard', scorecard('Ana', 'Ben', [4]));
    expect(scorecards.getRange(3, CANDIDATE, 2, 1).getValues()).toEqual([[''], ['Ana']]);
    expect(scorecards.getRange(3, NOTES).getValue()).toBe('kept: a note with no candidate');
    as(addon, 'submitScorecard', scorecard('Bo', 'Ben', [4]));
    expect(scorecards.getRange(6, CANDIDATE).getValue()).toBe('Bo'); // below the last used row
  });

  it('finds the header rows that people pushed down by more rows than it reads at first', () => {
    const addon = trackerWith(['Ana']);
    for (const name of ['Candidates', 'Scorecards']) {
      sheet(addon, name).insertRowsBefore(1, 12);
      sheet(addon, name).getRange(2, 1).setValue(`our own notes above the ${name} table`);
    }
    as(addon, 'addCandidate', { trackerId: 1, name: 'Bo', level: 'mid', region: 'asia', quote: 50 });
    expect(sheet(addon, 'Candidates').getRange(13, 1, 3, 1).getValues()).toEqual([['Candidate'], ['Ana'], ['Bo']]);
    as(addon, 'submitScorecard', scorecard('Bo', 'Ben', [3]));
    expect(sheet(addon, 'Scorecards').getRange(14, CANDIDATE).getValue()).toBe('Bo');
    expect(as(addon, 'revealScores', { trackerId: 1, candidate: 'Bo', interviewer: 'Ben' }).written).toBe(1);
    expect(as(addon, 'getDebrief', { trackerId: 1, candidate: 'Bo', interviewer: 'Ben' }).scorecards).toHaveLength(1);
    for (const name of ['Candidates', 'Scorecards'])
      expect(sheet(addon, name).getRange(2, 1).getValue()).toBe(`our own notes above the ${name} table`);
  });
});

describe("a candidate's scorecards read again after an action wrote some (the debrief after a reveal)", () => {
  it('finds the rows read before and the rows written, leaves out a row renamed meanwhile, and reads everything again when the header moved', () => {
    const addon = trackerWith(['Ana', 'Bo']);
    const scorecards = sheet(addon, 'Scorecards');
    scorecards.getRange(2, 1, 3, WIDTH).setValues([typed('Ana', 'A', 3), typed('Bo', 'B', 2), typed('Ana', 'C', 4)]);
    // The sheet as the add-on's code sees it (partSheet: the emulator's sheet, typed as Apps Script's).
    const scorecardSheet = partSheet(addon, 'scorecards');
    if (!scorecardSheet) throw new Error('No Scorecards sheet');
    const earlier = readScorecardsOf(scorecardSheet, SCORECARD_COLUMNS, SCORECARD_TYPED, 'Ana', 'Nothing was changed.');
    expect(earlier.scorecards.map((c) => c.interviewer)).toEqual(['A', 'C']);
    const again = (read: CandidateScorecards) =>
      rereadScorecardsOf(read, [5], SCORECARD_TYPED, 'Ana', 'Nothing was changed.').scorecards.map((c) => [c.interviewer, c.row]);
    scorecards.getRange(5, 1, 1, WIDTH).setValues([typed('Ana', 'D', 1)]); // the row the action wrote
    scorecards.getRange(2, CANDIDATE).setValue('Bo'); // someone renames a row meanwhile
    expect(again(earlier)).toEqual([
      ['C', 4],
      ['D', 5],
    ]);
    scorecards.insertRowsBefore(1, 2); // the header and every row pushed down: read afresh
    expect(again(earlier)).toEqual([
      ['C', 6],
      ['D', 7],
    ]);
  });
});
