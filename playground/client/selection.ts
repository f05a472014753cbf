// The selected range, as in Sheets: the active cell (where typing goes) and the opposite corner
// that Shift+arrows and Shift+click move. A whole row or column is a range across the sheet.

import { columnLetter } from '../../src/sheets/a1';
import type { GridArea } from '../protocol';
import { splitA1 } from './cell-address';

export interface Selection {
  /** The active cell, e.g. "B3". */
  active: string;
  /** The other corner of the range; the active cell itself when one cell is selected. */
  extent: string;
}

export const single = (a1: string): Selection => ({ active: a1, extent: a1 });

export function areaOf(selection: Selection): GridArea {
  const a = splitA1(selection.active);
  const b = splitA1(selection.extent);
  const row = Math.min(a.row, b.row);
  const col = Math.min(a.col, b.col);
  return { row, col, numRows: Math.abs(a.row - b.row) + 1, numCols: Math.abs(a.col - b.col) + 1 };
}

export function contains(area: GridArea, row: number, col: number): boolean {
  return row >= area.row && row < area.row + area.numRows && col >= area.col && col < area.col + area.numCols;
}

/** "B2:C4", or "B2" for one cell, as the name box shows a range. */
export function areaA1(area: GridArea): string {
  const start = `${columnLetter(area.col)}${area.row}`;
  if (area.numRows === 1 && area.numCols === 1) return start;
  return `${start}:${columnLetter(area.col + area.numCols - 1)}${area.row + area.numRows - 1}`;
}

/** Every cell of an area, row by row. */
export function cellsOf(area: GridArea): string[] {
  const cells: string[] = [];
  for (let r = 0; r < area.numRows; r++) for (let c = 0; c < area.numCols; c++) cells.push(`${columnLetter(area.col + c)}${area.row + r}`);
  return cells;
}
