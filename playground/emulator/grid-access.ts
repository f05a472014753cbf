// Resolving getRange(...) arguments to a rectangle, with the errors Sheets raises.

import { parseA1, type GridRect } from '../../src/sheets/a1';
import type { SheetModel } from '../formulas/sheet-model';
import type { Workbook } from '../formulas/workbook';

export interface SheetRect {
  sheetId: number;
  rect: GridRect;
  /** How its A1 notation was written: open-ended (A2:A), whole columns (A:C) or rows (2:5). */
  open?: OpenEnds;
}

export interface OpenEnds {
  toLastRow?: boolean;
  /** 'sheet': the whole sheet, as a sheet protection's range (A1 notation ""). */
  whole?: 'columns' | 'rows' | 'sheet';
}

const R1C1_CELL = /^R(\d+)C(\d+)$/i;

/**
 * getRange also reads R1C1 notation, "R5C3" or "r2c2:r4c5" (gas-fakes test/testsheets.js:224-252);
 * "RC1", not R1C1, is the A1 cell of column RC. Null when the text is not R1C1.
 */
function parseR1C1(text: string): GridRect | null {
  const [start, end = start, extra] = text.trim().split(':');
  const a = R1C1_CELL.exec(start);
  const b = R1C1_CELL.exec(end);
  if (extra !== undefined || !a || !b) return null;
  const [r1, c1, r2, c2] = [a[1], a[2], b[1], b[2]].map(Number);
  if (Math.min(r1, c1, r2, c2) < 1) return null;
  return { row: Math.min(r1, r2), col: Math.min(c1, c2), numRows: Math.abs(r2 - r1) + 1, numCols: Math.abs(c2 - c1) + 1 };
}

export function assertInside(sheet: SheetModel, rect: GridRect): void {
  if (rect.row + rect.numRows - 1 > sheet.maxRows || rect.col + rect.numCols - 1 > sheet.maxColumns) {
    throw new Error('The coordinates of the range are outside the dimensions of the sheet.');
  }
}

/** getRange(a1) or getRange(row, column, numRows?, numColumns?) on a sheet. */
export function resolveRange(workbook: Workbook, sheetId: number, args: unknown[]): SheetRect {
  const sheet = workbook.sheet(sheetId);
  const [first, column, numRows, numColumns] = args;
  if (typeof first === 'string') {
    const r1c1 = parseR1C1(first);
    if (r1c1) {
      assertInside(sheet, r1c1);
      return { sheetId, rect: r1c1 };
    }
    const parsed = parseA1(first, sheet.maxRows, sheet.maxColumns);
    if (!parsed) throw new Error('Range not found');
    // "!C2:E5" (no name before the "!") is this sheet (gas-fakes test/testsheetssets.js:594).
    const onThisSheet = parsed.sheetName === undefined || parsed.sheetName === '';
    const target = onThisSheet ? sheet : workbook.sheetByName(parsed.sheetName ?? '');
    if (!target) throw new Error('Range not found');
    // Whole rows or columns span the sheet they are on, not the one getRange was called on.
    const rect = onThisSheet ? parsed : parseA1(first, target.maxRows, target.maxColumns);
    if (!rect) throw new Error('Range not found');
    assertInside(target, rect);
    return {
      sheetId: target.id,
      rect: { row: rect.row, col: rect.col, numRows: rect.numRows, numCols: rect.numCols },
      open: { toLastRow: rect.toLastRow, whole: rect.whole },
    };
  }
  if (typeof first !== 'number' || typeof column !== 'number') {
    throw new Error(`The parameters (${args.map(typeName).join(',')}) don't match the method signature for SpreadsheetApp.Sheet.getRange.`);
  }
  const rect: GridRect = {
    row: Math.floor(first),
    col: Math.floor(column),
    numRows: numRows === undefined ? 1 : Math.floor(Number(numRows)),
    numCols: numColumns === undefined ? 1 : Math.floor(Number(numColumns)),
  };
  if (rect.row < 1) throw new Error('The starting row of the range is too small.');
  if (rect.col < 1) throw new Error('The starting column of the range is too small.');
  if (rect.numRows < 1) throw new Error('The number of rows in the range must be at least 1.');
  if (rect.numCols < 1) throw new Error('The number of columns in the range must be at least 1.');
  assertInside(sheet, rect);
  return { sheetId, rect };
}

/** Apps Script's names for argument types in "parameters don't match" errors. */
export function typeName(value: unknown): string {
  if (value === null || value === undefined) return 'null';
  if (Array.isArray(value)) return Array.isArray(value[0]) ? 'Object[][]' : 'Object[]';
  if (typeof value === 'number') return 'number';
  if (typeof value === 'string') return 'String';
  if (typeof value === 'boolean') return 'Boolean';
  return 'Object';
}

/** Grows a sheet so rect fits (appendRow and inserts grow the grid, as in Sheets). */
export function growToFit(sheet: SheetModel, rect: GridRect): void {
  sheet.maxRows = Math.max(sheet.maxRows, rect.row + rect.numRows - 1);
  sheet.maxColumns = Math.max(sheet.maxColumns, rect.col + rect.numCols - 1);
}
