// The edits people make to sheets, as the emulator models them: developer metadata on columns,
// moving columns, sorting, duplicating, and whole-column formulas that keep up with all of it.
import { describe, expect, it } from 'vitest';
import { loadFixture } from './load-fixture';

function sheetWithTable() {
  const addon = loadFixture();
  const ss = addon.spreadsheet;
  const sheet = ss.getActiveSheet();
  sheet.setFrozenRows(1);
  sheet.getRange('A1:C4').setValues([
    ['Name', 'Score', 'Team'],
    ['bob', 3, 'b'],
    ['Ann', 1, 'a'],
    ['cy', 2, 'c'],
  ]);
  return { addon, ss, sheet };
}

describe('developer metadata', () => {
  it('stays on its column through inserts, moves and deletes, and goes with the column', () => {
    const { ss, sheet } = sheetWithTable();
    sheet.getRange('B:B').addDeveloperMetadata('col', 'score');
    sheet.getRange('C:C').addDeveloperMetadata('col', 'team');
    const where = (value: string) =>
      ss
        .createDeveloperMetadataFinder()
        .withKey('col')
        .withValue(value)
        .find()
        .map((m) => m.getLocation().getColumn()!.getColumn());
    sheet.insertColumnBefore(1);
    expect(where('score')).toEqual([3]);
    sheet.moveColumns(sheet.getRange('D1'), 1); // Team to the front
    expect(where('team')).toEqual([1]);
    expect(where('score')).toEqual([4]);
    expect(sheet.getRange('D1').getValue()).toBe('Score');
    sheet.deleteColumn(4);
    expect(where('score')).toEqual([]);
    expect(
      sheet
        .createDeveloperMetadataFinder()
        .withKey('col')
        .find()
        .map((m) => m.getValue()),
    ).toEqual(['team']);
  });

  it('refuses a range that is not a whole row or column, and finds by location on a range', () => {
    const { sheet } = sheetWithTable();
    expect(() => sheet.getRange('A1:B2').addDeveloperMetadata('x')).toThrow(
      'Developer metadata may only be added to the top-level spreadsheet',
    );
    sheet.getRange('2:2').addDeveloperMetadata('row', 'bob');
    sheet.addDeveloperMetadata('sheet-level');
    expect(
      sheet
        .getRange('2:2')
        .getDeveloperMetadata()
        .map((m) => m.getKey()),
    ).toEqual(['row']);
    expect(
      sheet
        .getRange('A2')
        .createDeveloperMetadataFinder()
        .onIntersectingLocations()
        .find()
        .map((m) => m.getKey()),
    ).toEqual(['row']);
    expect(sheet.getDeveloperMetadata().map((m) => m.getKey())).toEqual(['sheet-level']);
    sheet.insertRowBefore(1);
    expect(sheet.createDeveloperMetadataFinder().withKey('row').find()[0].getLocation().getRow()!.getRow()).toBe(3);
  });
});

describe('moving columns', () => {
  it('moves cells, widths and formulas that point at them, on any sheet', () => {
    const { ss, sheet } = sheetWithTable();
    sheet.setColumnWidth(2, 222);
    sheet.getRange('E1').setFormula('=SUM(B:B)');
    const other = ss.insertSheet('Other');
    other.getRange('A1').setFormula('=Sheet1!B2*10');
    sheet.moveColumns(sheet.getRange('B1:B4'), 4); // Score after Team
    expect(sheet.getRange('A1:C1').getValues()).toEqual([['Name', 'Team', 'Score']]);
    expect(sheet.getColumnWidth(3)).toBe(222);
    expect(sheet.getRange('E1').getFormula()).toBe('=SUM(C:C)');
    expect(sheet.getRange('E1').getValue()).toBe(6);
    expect(other.getRange('A1').getFormula()).toBe('=Sheet1!C2*10');
    expect(other.getRange('A1').getValue()).toBe(30);
  });
});

describe('sorting', () => {
  it('sorts the rows below the frozen rows by a column, whole rows moving', () => {
    const { sheet } = sheetWithTable();
    sheet.getRange('D2').setFormula('=B2*2');
    sheet.getRange('A3').setNote('Ann');
    sheet.sort(1);
    expect(sheet.getRange('A1:D4').getValues()).toEqual([
      ['Name', 'Score', 'Team', ''],
      ['Ann', 1, 'a', ''],
      ['bob', 3, 'b', 6],
      ['cy', 2, 'c', ''],
    ]);
    expect(sheet.getRange('D3').getFormula()).toBe('=B3*2');
    expect(sheet.getRange('A2').getNote()).toBe('Ann');
    sheet.sort(2, false);
    expect(sheet.getRange('A2:A4').getValues()).toEqual([['bob'], ['cy'], ['Ann']]);
  });

  it('sorts a range by several keys and keeps blanks last', () => {
    const { sheet } = sheetWithTable();
    sheet.getRange('A5:C5').setValues([['', '', '']]);
    sheet.getRange('A6:C6').setValues([['dee', 1, 'z']]);
    sheet.getRange('A2:C6').sort([
      { column: 2, ascending: true },
      { column: 3, ascending: false },
    ]);
    expect(sheet.getRange('A2:A6').getValues()).toEqual([['dee'], ['Ann'], ['cy'], ['bob'], ['']]);
  });
});

describe('whole-column formulas', () => {
  it('cover every row of the sheet, rows added later included, and keep A:A in their text', () => {
    const { sheet } = sheetWithTable();
    sheet.getRange('E1').setFormula('=ARRAYFORMULA(IF(A:A=A1,"Double",IF(B:B="","",B:B*2)))');
    expect(sheet.getRange('E1:E4').getValues()).toEqual([['Double'], [6], [2], [4]]);
    sheet.getRange('A900:B900').setValues([['late', 50]]);
    expect(sheet.getRange('E900').getValue()).toBe(100);
    sheet.insertRowsAfter(sheet.getMaxRows(), 10);
    sheet.getRange('A1005:B1005').setValues([['later', 7]]);
    expect(sheet.getRange('E1005').getValue()).toBe(14);
    sheet.insertRowBefore(3);
    sheet.deleteRow(2);
    expect(sheet.getRange('E1').getFormula()).toBe('=ARRAYFORMULA(IF(A:A=A1,"Double",IF(B:B="","",B:B*2)))');
    expect(sheet.getRange('E2:E4').getValues()).toEqual([[''], [2], [4]]);
  });
});

describe('open-ended ranges (A1:A, from a row to the last row)', () => {
  // "Sheet1!A5:A refers to all the cells of the first column of Sheet 1, from row 5 onward"
  // (Sheets API overview, A1 notation: developers.google.com/workspace/sheets/api/guides/concepts).
  it('cover the rows from their first to the last, and start lower when a row is inserted above them', () => {
    const { ss, sheet } = sheetWithTable();
    sheet.getRange('E1').setFormula('=ARRAYFORMULA(IF($A$1:$A=$A$1,"Double",IF(B$1:B="","",B$1:B*2)))');
    expect(sheet.getRange('E1:E4').getValues()).toEqual([['Double'], [6], [2], [4]]);
    sheet.getRange('A900:B900').setValues([['late', 50]]);
    expect(sheet.getRange('E900').getValue()).toBe(100);
    sheet.insertRowBefore(1);
    sheet.getRange('A1').setValue('Our hiring, 2026');
    expect(sheet.getRange('E2').getFormula()).toBe('=ARRAYFORMULA(IF($A$2:$A=$A$2,"Double",IF(B$2:B="","",B$2:B*2)))');
    expect(sheet.getRange('E1:E5').getValues()).toEqual([[''], ['Double'], [6], [2], [4]]);
    expect(sheet.getRange('E901').getValue()).toBe(100);
    sheet.deleteRow(3); // bob
    expect(sheet.getRange('E2:E4').getValues()).toEqual([['Double'], [2], [4]]);
    sheet.deleteRow(1);
    expect(sheet.getRange('E1').getFormula()).toBe('=ARRAYFORMULA(IF($A$1:$A=$A$1,"Double",IF(B$1:B="","",B$1:B*2)))');
    ss.insertSheet('Other').getRange('A1').setFormula('=COUNTA(Sheet1!$A$2:$A)');
    sheet.setName('Scores');
    expect(ss.getSheetByName('Other')!.getRange('A1').getFormula()).toBe('=COUNTA(Scores!$A$2:$A)');
    expect(ss.getSheetByName('Other')!.getRange('A1').getValue()).toBe(3);
  });
});

describe('duplicating and renaming sheets', () => {
  it('copies a sheet as "Copy of" after it, with its metadata, formulas following renames', () => {
    const { ss, sheet } = sheetWithTable();
    sheet.getRange('B:B').addDeveloperMetadata('col', 'score');
    const other = ss.insertSheet('Other');
    other.getRange('A1').setFormula('=SUM(Sheet1!B:B)');
    ss.setActiveSheet(sheet);
    const copy = ss.duplicateActiveSheet();
    expect(copy.getName()).toBe('Copy of Sheet1');
    expect(copy.getIndex()).toBe(2);
    expect(copy.getRange('A2:C2').getValues()).toEqual([['bob', 3, 'b']]);
    expect(
      copy
        .createDeveloperMetadataFinder()
        .withKey('col')
        .find()
        .map((m) => m.getLocation().getColumn()!.getColumn()),
    ).toEqual([2]);
    sheet.setName('Scores');
    expect(other.getRange('A1').getFormula()).toBe('=SUM(Scores!B:B)');
    expect(other.getRange('A1').getValue()).toBe(6);
  });
});
