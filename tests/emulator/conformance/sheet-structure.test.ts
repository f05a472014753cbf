// Sheets: sorting, merging, inserting and deleting rows and columns, as recorded against live
// Sheets by gas-fakes.
import { describe, expect, it } from 'vitest';
import { gas } from './gas';

const TABLE = [
  ['Header1', 'Header2', 'Header3'],
  ['C', 30, 'Z'],
  ['A', 10, 'Y'],
  ['B', 20, 'X'],
];

describe('Sheet.sort (test/testsheets.js:259-345)', () => {
  it('sorts every row, the header too, numbers before text (lines 262-285)', () => {
    const got = gas(({ SpreadsheetApp }) => {
      const sheet = SpreadsheetApp.getActiveSheet();
      sheet.getRange('A1:C4').setValues(TABLE);
      sheet.sort(2);
      return sheet.getDataRange().getValues();
    });
    expect(got).toEqual([TABLE[2], TABLE[3], TABLE[1], TABLE[0]]);
  });

  it('sorts descending (lines 287-301)', () => {
    const got = gas(({ SpreadsheetApp }) => {
      const sheet = SpreadsheetApp.getActiveSheet();
      sheet.getRange('A1:C4').setValues(TABLE);
      sheet.sort(1, false);
      return sheet.getDataRange().getValues();
    });
    expect(got).toEqual([TABLE[0], TABLE[1], TABLE[3], TABLE[2]]);
  });

  it('leaves an empty sheet and a lone header alone; sorts a header with one row (lines 303-339)', () => {
    const got = gas(({ SpreadsheetApp }) => {
      const sheet = SpreadsheetApp.getActiveSheet();
      sheet.sort(1);
      const empty = sheet.getDataRange().getValues();
      sheet.getRange('A1:C1').setValues([['H1', 'H2', 'H3']]);
      sheet.sort(1);
      const header = sheet.getDataRange().getValues();
      sheet.clear();
      sheet.getRange('A1:C2').setValues([
        ['H1', 'H2', 'H3'],
        ['B', 'A', 'C'],
      ]);
      sheet.sort(1);
      return { empty, header, two: sheet.getDataRange().getValues() };
    });
    expect(got.empty).toEqual([['']]);
    expect(got.header).toEqual([['H1', 'H2', 'H3']]);
    expect(got.two).toEqual([
      ['B', 'A', 'C'],
      ['H1', 'H2', 'H3'],
    ]);
  });
});

describe('Range.sort (test/testsheetsvalues.js:251-276)', () => {
  it('sorts by absolute column numbers and specs, booleans after numbers', () => {
    const data = [
      [1, 2, 3, 4, 5],
      [6, 7, 8, 9, 10],
      [11, 12, 13, 14, 15],
    ];
    const got = gas(({ SpreadsheetApp }) => {
      const range = SpreadsheetApp.getActiveSheet().getRange('B21:F23');
      const col = range.getColumn();
      const written = range.setValues(data).getValues();
      range.sort(4 + col);
      const byFifth = range.getValues();
      range.sort([{ column: 4 + col, ascending: false }, { column: 3 + col }, col]);
      const descending = range.getValues();
      range.setValues([
        [1, 2, 3, 4, false],
        [6, 7, 8, 9, 10],
        [11, 12, 13, 14, 15],
      ]);
      range.sort([{ column: 4 + col, ascending: false }, { column: 3 + col }, col]);
      return { written, byFifth, descending, mixed: range.getValues() };
    });
    expect(got.written).toEqual(data);
    expect(got.byFifth).toEqual(data);
    expect(got.descending).toEqual([...data].reverse());
    expect(got.mixed).toEqual([
      [1, 2, 3, 4, false],
      [11, 12, 13, 14, 15],
      [6, 7, 8, 9, 10],
    ]);
  });
});

describe('merging (test/testsheets.js:349-472)', () => {
  it('merges, finds, breaks apart, merges across and vertically', () => {
    const got = gas(({ SpreadsheetApp }) => {
      const sheet = SpreadsheetApp.getActiveSheet();
      sheet.getRange('A1:F10').setValues(Array.from({ length: 10 }, (_, r) => Array.from({ length: 6 }, (_, c) => `R${r + 1}C${c + 1}`)));
      const merged = sheet.getRange('A1:B2').merge();
      const parts = ['A1', 'B2', 'C3'].map((a1) => sheet.getRange(a1).isPartOfMerge()).concat(merged.isPartOfMerge()); // 364-379
      const shown = merged.getDisplayValue(); // 380-384
      const found = sheet
        .getRange('A1:C3')
        .getMergedRanges()
        .map((r) => r.getA1Notation()); // 387-397
      merged.breakApart();
      const broken = [sheet.getRange('A1').isPartOfMerge(), sheet.getDataRange().getMergedRanges().length]; // 400-410
      const across = sheet.getRange('D1:F2').mergeAcross();
      const acrossFound = sheet
        .getDataRange()
        .getMergedRanges()
        .map((r) => r.getA1Notation())
        .sort(); // 413-424
      const acrossShown = [sheet.getRange('D1').getDisplayValue(), sheet.getRange('D2').getDisplayValue()]; // 425-434
      across.breakApart();
      sheet.getRange('A5:B7').mergeVertically();
      const vertical = sheet
        .getDataRange()
        .getMergedRanges()
        .map((r) => r.getA1Notation())
        .sort(); // 437-450
      const verticalShown = [sheet.getRange('A5').getDisplayValue(), sheet.getRange('B5').getDisplayValue()]; // 451-460
      return { parts, shown, found, broken, acrossFound, acrossShown, vertical, verticalShown };
    });
    expect(got).toEqual({
      parts: [true, true, false, true],
      shown: 'R1C1',
      found: ['A1:B2'],
      broken: [false, 0],
      acrossFound: ['D1:F1', 'D2:F2'],
      acrossShown: ['R1C4', 'R2C4'],
      vertical: ['A5:A7', 'B5:B7'],
      verticalShown: ['R5C1', 'R5C2'],
    });
  });
});

describe('inserting and deleting (test/testsheetstext.js:144-240)', () => {
  it('appends a row, hides and shows the sheet, inserts and deletes columns and rows', () => {
    const data = ['sample1', 'sample2', 'sample3'];
    const got = gas(({ SpreadsheetApp }) => {
      const sheet = SpreadsheetApp.getActiveSpreadsheet().insertSheet('temp');
      sheet.appendRow(data);
      const appended = [sheet.getLastRow(), sheet.getLastColumn(), sheet.getRange(1, 1, 1, 3).getValues()]; // 152-155
      sheet.hideSheet();
      const hidden = sheet.isSheetHidden(); // 161
      sheet.showSheet();
      const shown = sheet.isSheetHidden(); // 165
      const columns: unknown[] = [];
      sheet.insertColumnAfter(2);
      columns.push(sheet.getLastColumn(), sheet.getDataRange().offset(0, 2, 1, 1).getValue()); // 180-182
      sheet.insertColumnBefore(2);
      columns.push(sheet.getLastColumn(), sheet.getDataRange().offset(0, 1, 1, 1).getValue()); // 183-185
      sheet.insertColumns(2, 2);
      columns.push(sheet.getLastColumn()); // 186-187
      sheet.insertColumnsAfter(2, 2);
      columns.push(sheet.getLastColumn()); // 188-189
      sheet.insertColumnsBefore(2, 2);
      columns.push(sheet.getLastColumn()); // 190-191
      const rows: number[] = [];
      sheet.insertRowAfter(2);
      rows.push(sheet.getLastRow());
      sheet.insertRowBefore(2);
      rows.push(sheet.getLastRow());
      sheet.insertRows(2, 2);
      rows.push(sheet.getLastRow());
      sheet.insertRowsAfter(2, 2);
      rows.push(sheet.getLastRow());
      sheet.insertRowsBefore(2, 2);
      rows.push(sheet.getLastRow()); // 196-207
      const deleted: number[] = [];
      sheet.deleteColumn(2);
      deleted.push(sheet.getLastColumn());
      sheet.deleteColumns(2, 2);
      deleted.push(sheet.getLastColumn());
      sheet.deleteRow(2);
      deleted.push(sheet.getLastRow());
      sheet.deleteRows(2, 2);
      deleted.push(sheet.getLastRow()); // 211-220
      return { appended, hidden, shown, columns, rows, deleted, last: sheet.getDataRange().getValues().slice(-1) };
    });
    expect(got.appended).toEqual([1, 3, [data]]);
    expect(got.hidden).toBe(true);
    expect(got.shown).toBe(false);
    expect(got.columns).toEqual([4, '', 5, '', 7, 9, 11]);
    expect(got.rows).toEqual([1, 1, 1, 1, 1]); // inserted rows are blank: the last row stays
    expect(got.deleted).toEqual([10, 8, 1, 1]);
    expect(got.last).toEqual([['sample1', '', '', '', '', 'sample2', '', 'sample3']]); // 221-222
  });
});

describe('spreadsheet and sheets (test/testsheetsvui.js:354-390, test/testsheets.js:2888-2899)', () => {
  it('lists its sheets, by index, id and name', () => {
    const got = gas(({ SpreadsheetApp }) => {
      const ss = SpreadsheetApp.getActiveSpreadsheet();
      ss.insertSheet('second');
      return ss.getSheets().map((s, i) => [
        s.getIndex() === i + 1, // 369
        typeof s.getSheetId() === 'number', // 370
        s.getName() === s.getSheetName(), // 371
        ss.getSheetById(s.getSheetId())?.getName() === s.getName(), // 375
        ss.getSheetByName(s.getName())?.getSheetId() === s.getSheetId(), // 376
      ]);
    });
    expect(got).toEqual([Array(5).fill(true), Array(5).fill(true)]);
  });

  it('renames a sheet (testsheets.js:2888-2899)', () => {
    expect(gas(({ SpreadsheetApp }) => SpreadsheetApp.getActiveSheet().setName('sample').getName())).toBe('sample');
  });

  it('tells a blank range from a filled one (test/testsheetsvalues.js:164-197)', () => {
    const got = gas(({ SpreadsheetApp }) => {
      const sheet = SpreadsheetApp.getActiveSheet();
      const values = Array.from({ length: 10 }, (_, i) => Array.from({ length: 6 }, (_, j) => i + j));
      const range = sheet.getRange(1, 1, 10, 6);
      const blank = [range.isBlank(), range.offset(1, 1, 1, 1).isBlank()];
      range.setValues(values);
      return {
        blank,
        filled: [range.isBlank(), range.offset(1, 1, 1, 1).isBlank(), range.offset(1, 0).isBlank()],
        data: sheet.getDataRange().getValues(),
        values,
      };
    });
    expect(got.blank).toEqual([true, true]);
    expect(got.filled).toEqual([false, false, false]);
    expect(got.data).toEqual(got.values);
  });
});
