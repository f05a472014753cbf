// Ranges by A1 and R1C1 notation, and range geometry, as gas-fakes records them against live
// Apps Script (see gas.ts). Each test names the gas-fakes file and lines it ports.
import { describe, expect, it } from 'vitest';
import { gas, thrown, printed } from './gas';

describe('A1 notation (gas-fakes test/testsheetsdeveloper.js)', () => {
  it('reads a block, a $-cell and a sheet-qualified range (lines 26-35, 52-53)', () => {
    const got = gas(({ SpreadsheetApp }) => {
      const sheet = SpreadsheetApp.getActiveSheet();
      const block = sheet.getRange('B2:D5');
      return {
        block: [block.getRow(), block.getColumn(), block.getNumRows(), block.getNumColumns(), block.getA1Notation()],
        dollar: sheet.getRange('$C$3').getA1Notation(),
        qualified: sheet.getRange(`${sheet.getName()}!E10:F12`).getA1Notation(),
      };
    });
    expect(got.block).toEqual([2, 2, 4, 3, 'B2:D5']);
    expect(got.dollar).toBe('C3');
    expect(got.qualified).toBe('E10:F12');
  });

  it('keeps whole rows and whole columns as such, spanning the sheet (lines 37-49)', () => {
    const got = gas(({ SpreadsheetApp }) => {
      const sheet = SpreadsheetApp.getActiveSheet();
      const rows = sheet.getRange('5:7');
      const columns = sheet.getRange('D:F');
      return {
        maxRows: sheet.getMaxRows(),
        maxColumns: sheet.getMaxColumns(),
        rows: [rows.getNumRows(), rows.getNumColumns(), rows.getA1Notation()],
        columns: [columns.getNumRows(), columns.getNumColumns(), columns.getA1Notation()],
      };
    });
    expect(got.rows).toEqual([3, got.maxColumns, '5:7']);
    expect(got.columns).toEqual([got.maxRows, 3, 'D:F']);
  });

  it('puts inverted corners in order (lines 55-61)', () => {
    const got = gas(({ SpreadsheetApp }) => {
      const sheet = SpreadsheetApp.getActiveSheet();
      return ['C5:B2', '5:2', 'D:B'].map((a1) => sheet.getRange(a1).getA1Notation());
    });
    expect(got).toEqual(['B2:C5', '2:5', 'B:D']);
  });

  it('says which sides of a range are bounded (lines 64-93)', () => {
    const got = gas(({ SpreadsheetApp }) => {
      const sheet = SpreadsheetApp.getActiveSheet();
      const bounds = (a1: string) => {
        const r = sheet.getRange(a1);
        return [r.isStartRowBounded(), r.isEndRowBounded(), r.isStartColumnBounded(), r.isEndColumnBounded()];
      };
      return { block: bounds('A5:C10'), rows: bounds('3:5'), columns: bounds('B:D'), row: bounds('7:7') };
    });
    expect(got.block).toEqual([true, true, true, true]);
    expect(got.rows).toEqual([true, true, false, false]);
    expect(got.columns).toEqual([false, false, true, true]);
    expect(got.row.slice(0, 2)).toEqual([true, true]);
  });
});

describe('R1C1 notation in getRange (gas-fakes test/testsheets.js:221-252)', () => {
  it('reads R1C1 cells and blocks, inverted and lower case; "RC1" stays A1', () => {
    const got = gas(({ SpreadsheetApp }) => {
      const sheet = SpreadsheetApp.getActiveSheet();
      const cell = sheet.getRange('R5C3');
      const block = sheet.getRange('R2C2:R4C5');
      return {
        cell: [cell.getA1Notation(), cell.getRow(), cell.getColumn()],
        block: [block.getA1Notation(), block.getNumRows(), block.getNumColumns()],
        inverted: sheet.getRange('R10C5:R1C2').getA1Notation(),
        // Column RC is the 471st: the gas-fakes sheet's size is not recorded, so this one is wide enough.
        notR1C1: sheet.insertColumnsAfter(26, 474).getRange('RC1').getA1Notation(),
        lower: sheet.getRange('r1c1:r2c2').getA1Notation(),
      };
    });
    expect(got.cell).toEqual(['C5', 5, 3]);
    expect(got.block).toEqual(['B2:E4', 3, 4]);
    expect(got.inverted).toBe('B1:E10');
    expect(got.notR1C1).toBe('RC1');
    expect(got.lower).toBe('A1:B2');
  });
});

describe('range geometry (gas-fakes test/testsheetsvui.js:196-257)', () => {
  it('answers position, size and cells of a range (lines 203-218)', () => {
    const got = gas(({ SpreadsheetApp }) => {
      const sheet = SpreadsheetApp.getActiveSheet();
      const range = sheet.getRange('c2:$d$4');
      return {
        printed: printed(range),
        gridIsSheet: range.getGridId() === sheet.getSheetId(),
        a1: range.getA1Notation(),
        corners: [range.getRow(), range.getColumn(), range.getLastRow(), range.getLastColumn()],
        firstCell: range.getCell(1, 1).getA1Notation() === range.offset(0, 0, 1, 1).getA1Notation(),
        secondCell: [range.getCell(2, 2).getColumn(), range.getCell(2, 2).getRow()],
        size: [range.getWidth(), range.getNumColumns(), range.getHeight(), range.getNumRows()],
      };
    });
    expect(got.printed).toBe('Range');
    expect(got.gridIsSheet).toBe(true);
    expect(got.a1).toBe('C2:D4');
    expect(got.corners).toEqual([2, 3, 4, 4]);
    expect(got.firstCell).toBe(true);
    expect(got.secondCell).toEqual([4, 3]);
    expect(got.size).toEqual([2, 2, 3, 3]);
  });

  it('offsets the data range, keeping or resizing it (lines 231-244)', () => {
    const got = gas(({ SpreadsheetApp }) => {
      const sheet = SpreadsheetApp.getActiveSheet();
      sheet.getRange('A1:C4').setValues([
        [1, 2, 3],
        [4, 5, 6],
        [7, 8, 9],
        [10, 11, 12],
      ]);
      const dr = sheet.getDataRange();
      return [
        dr.offset(0, 0).getA1Notation() === dr.getA1Notation(),
        dr.offset(0, 0, 1, 1).getA1Notation(),
        dr.offset(1, 1, 1, 1).getA1Notation(),
        dr.offset(2, 1).getColumn(),
        dr.offset(3, 5).getRow(),
        dr.offset(0, 1).getLastColumn() === dr.getLastColumn() + 1,
        dr.offset(1, 1).getNumRows() === dr.getNumRows(),
        dr.offset(1, 1).getNumColumns() === dr.getNumColumns(),
        dr.offset(1, 1, 2, 2).getNumRows(),
        dr.offset(1, 1, 2, 2).getNumColumns(),
        dr.offset(1, 1, 3).getNumRows(),
        dr.offset(1, 1, 3, 4).getNumColumns(),
      ];
    });
    expect(got).toEqual([true, 'A1', 'B2', 2, 4, true, true, true, 2, 2, 3, 4]);
  });

  it('refuses an offset of no rows or no columns (lines 256-257)', () => {
    const got = gas(({ SpreadsheetApp }) => {
      const range = SpreadsheetApp.getActiveSheet().getRange('C2:D4');
      return [thrown(() => range.offset(0, 0, 0)), thrown(() => range.offset(0, 0, 1, 0))];
    });
    expect(got[0]).toMatch(/number of rows/);
    expect(got[1]).toMatch(/number of columns/);
  });

  it('reads values and formulas of the range as grids of its size (lines 246-265)', () => {
    const got = gas(({ SpreadsheetApp }) => {
      const range = SpreadsheetApp.getActiveSheet().getRange('C2:D4');
      range.setValues([
        ['a', 'b'],
        ['c', 'd'],
        [1, 2],
      ]);
      return {
        value: range.getValue(),
        inner: range.offset(1, 1, 1, 1).getValue(),
        display: range.getDisplayValue(),
        formula: typeof range.getFormula(),
        formulas: [range.getFormulas().length, range.getFormulas()[0].length],
      };
    });
    expect(got).toEqual({ value: 'a', inner: 'd', display: 'a', formula: 'string', formulas: [3, 2] });
  });
});
