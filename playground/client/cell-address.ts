// Moving between cells by A1 address, kept inside the shown grid.

import { columnLetter, lettersToColumn } from '../../src/sheets/a1';

export function splitA1(a1: string): { row: number; col: number } {
  const match = /^([A-Z]+)(\d+)$/i.exec(a1);
  return match ? { row: Number(match[2]), col: lettersToColumn(match[1]) } : { row: 1, col: 1 };
}

export function moveA1(a1: string, rows: number, cols: number, maxRow: number, maxCol: number): string {
  const { row, col } = splitA1(a1);
  const nextRow = Math.min(maxRow, Math.max(1, row + rows));
  const nextCol = Math.min(maxCol, Math.max(1, col + cols));
  return `${columnLetter(nextCol)}${nextRow}`;
}
