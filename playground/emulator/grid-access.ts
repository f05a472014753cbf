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
  whole?: 'columns' | 'rows';
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
    const parsed = parseA1(first, sheet.maxRows, sheet.maxColumns);
    if (!parsed) throw new Error('Range not found');
    const target = parsed.sheetName === undefined ? sheet : workbook.sheetByName(parsed.sheetName);
    if (!target) throw new Error('Range not found');
    assertInside(target, parsed);
    return {
      sheetId: target.id,
      rect: { row: parsed.row, col: parsed.col, numRows: parsed.numRows, numCols: parsed.numCols },
      open: { toLastRow: parsed.toLastRow, whole: parsed.whole },
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
