// No row limit: a tracker grown past its first 100 rows keeps every dropdown, colour rule and
// protection on the new rows, whether DevRate added the rows (Add candidate) or a person did.
import { describe, expect, it } from 'vitest';
import { conditionalFormatsFor, dropdownOptions } from '../../playground/emulator';
import { CANDIDATE_COLUMNS, columnOf } from '../../src/sheets/tracker/layout';
import { call, insertTracker, newAddon } from './tracker-fixture';

const names = (from: number, to: number) => Array.from({ length: to - from + 1 }, (_, i) => `Candidate ${from + i}`);

describe('a tracker with 150 candidates', () => {
  it('offers the 150th in the Scorecards candidate dropdown, and a person can pick it', () => {
    const addon = newAddon();
    insertTracker(addon);
    const candidates = addon.spreadsheet.getSheetByName('Candidates')!;
    candidates.getRange(2, 1, 100, 1).setValues(names(1, 100).map((n) => [n]));
    for (const name of names(101, 102)) expect(call(addon, 'addCandidate', { trackerId: 1, name }).error).toBeUndefined(); // DevRate grows the sheet
    candidates.getRange(104, 1, 48, 1).setValues(names(103, 150).map((n) => [n]));

    const rule = addon.workbook.sheetByName('Scorecards')!.cell(2, 1)!.validation!;
    expect(dropdownOptions(addon.workbook, rule)).toEqual(names(1, 150));
    addon.edit('Scorecards', 'A2', 'Candidate 150');
    expect(addon.spreadsheet.getSheetByName('Scorecards')!.getRange('A2').getValue()).toBe('Candidate 150');
  });

  it('colours and protects row 150 as it does row 2 after a person adds rows', () => {
    const addon = newAddon();
    insertTracker(addon);
    const candidates = addon.spreadsheet.getSheetByName('Candidates')!;
    candidates.insertRowsAfter(candidates.getMaxRows(), 60);
    const hours = columnOf(CANDIDATE_COLUMNS, 'take_home_hours');
    candidates.getRange(2, hours).setValue(40);
    candidates.getRange(150, hours).setValue(40);
    const sheetId = addon.workbook.sheetByName('Candidates')!.id;
    const colour = (row: number) =>
      conditionalFormatsFor(addon.workbook, sheetId, { row, col: hours, numRows: 1, numCols: 1 })[0][0]?.background;
    expect(colour(2)).toBeTruthy();
    expect(colour(150)).toBe(colour(2));

    const recommendation = columnOf(CANDIDATE_COLUMNS, 'recommendation');
    const debrief = candidates
      .getProtections('RANGE')
      .map((p) => p.getRange())
      .find((r) => r.getColumn() <= recommendation && r.getLastColumn() >= recommendation)!;
    expect(debrief.getLastRow()).toBe(candidates.getMaxRows());
  });

  it('gives rows a person adds below the last their dropdowns back with Repair tracker', () => {
    const addon = newAddon();
    insertTracker(addon);
    const scorecards = addon.spreadsheet.getSheetByName('Scorecards')!;
    scorecards.insertRowsAfter(scorecards.getMaxRows(), 60);
    expect(addon.clickMenu(['DevRate', 'Repair tracker']).error).toBeUndefined();
    addon.spreadsheet.getSheetByName('Candidates')!.getRange('A2').setValue('Ada');
    const rule = addon.workbook.sheetByName('Scorecards')!.cell(150, 1)?.validation;
    expect(rule && dropdownOptions(addon.workbook, rule)).toEqual(['Ada']);
  });
});
