// A1 notation, the one module for it: column letters, cell and range text, sheet-name quoting,
// parsing. Rows and columns are 1-based, as in Apps Script. Used by the template writers
// (src/sheets) and the playground's emulator and grid; free of Apps Script and DOM types.

export interface GridRect {
  row: number;
  col: number;
  numRows: number;
  numCols: number;
}

export interface ParsedA1 extends GridRect {
  sheetName?: string;
  /** No end row written (A2:A, A:C): to the sheet's last row, rows added later included. */
  toLastRow?: boolean;
  /** Whole columns (A:C) or whole rows (2:5), as written. */
  whole?: 'columns' | 'rows';
}

/** 1 → "A", 27 → "AA". */
export function columnLetter(col: number): string {
  let letters = '';
  for (let n = col; n > 0; n = Math.floor((n - 1) / 26)) letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  return letters;
}

export function lettersToColumn(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n;
}

/** "B7", or "$B$7" when absolute. */
export const a1 = (row: number, col: number, absolute = false): string =>
  absolute ? `$${columnLetter(col)}$${row}` : `${columnLetter(col)}${row}`;

/** Formats a rectangle the way Range.getA1Notation does: "B2" for one cell, "A1:C3" otherwise. */
export function formatA1(rect: GridRect, absolute = false): string {
  const start = a1(rect.row, rect.col, absolute);
  if (rect.numRows === 1 && rect.numCols === 1) return start;
  return `${start}:${a1(rect.row + rect.numRows - 1, rect.col + rect.numCols - 1, absolute)}`;
}

/** 'Scorecards (2)': always quoted, so any name a person gives a sheet works in a formula. */
export function quoteSheetName(name: string): string {
  return `'${name.replace(/'/g, "''")}'`;
}

/** An absolute reference such as 'Scorecards'!$A$2:$A$501 (one cell: 'Sheet 1'!$B$4). */
export function absoluteReference(sheetName: string, rect: GridRect): string {
  return `${quoteSheetName(sheetName)}!${formatA1(rect, true)}`;
}

/** A text constant inside a formula: "Can't ""explain""". */
export function formulaText(text: string): string {
  return `"${text.replace(/"/g, '""')}"`;
}

const CELL = /^\$?([A-Za-z]{1,3})\$?(\d+)$/;
const COLUMN_ONLY = /^\$?([A-Za-z]{1,3})$/;
const ROW_ONLY = /^\$?(\d+)$/;

/**
 * Parses "A1", "A1:C3", "Sheet 1!B2", "'It''s'!A:A", "3:5". Open-ended rows/columns are
 * bounded by maxRows/maxCols. Returns null when the text is not A1 notation.
 */
export function parseA1(text: string, maxRows: number, maxCols: number): ParsedA1 | null {
  let rest = text.trim();
  let sheetName: string | undefined;
  const bang = rest.lastIndexOf('!');
  if (bang >= 0) {
    const rawSheet = rest.slice(0, bang);
    rest = rest.slice(bang + 1);
    sheetName =
      rawSheet.startsWith("'") && rawSheet.endsWith("'") && rawSheet.length >= 2 ? rawSheet.slice(1, -1).replace(/''/g, "'") : rawSheet;
  }
  const parts = rest.split(':');
  if (parts.length === 1) {
    const m = CELL.exec(parts[0]);
    if (!m) return null;
    return { sheetName, row: Number(m[2]), col: lettersToColumn(m[1]), numRows: 1, numCols: 1 };
  }
  if (parts.length !== 2) return null;
  const [a, b] = parts;
  const ca = CELL.exec(a);
  const cb = CELL.exec(b);
  if (ca && cb) {
    const r1 = Number(ca[2]);
    const r2 = Number(cb[2]);
    const c1 = lettersToColumn(ca[1]);
    const c2 = lettersToColumn(cb[1]);
    return rectFrom(sheetName, r1, c1, r2, c2);
  }
  // Column ranges (A:C, A2:C) and row ranges (2:5).
  const colA = COLUMN_ONLY.exec(a) ?? ca;
  const colB = COLUMN_ONLY.exec(b) ?? cb;
  if (colA && colB && (COLUMN_ONLY.test(a) || COLUMN_ONLY.test(b))) {
    const r1 = ca ? Number(ca[2]) : 1;
    const r2 = cb ? Number(cb[2]) : maxRows;
    const rect = rectFrom(sheetName, r1, lettersToColumn(colA[1]), r2, lettersToColumn(colB[1]));
    return rect && { ...rect, toLastRow: !(ca && cb), ...(!ca && !cb ? { whole: 'columns' as const } : {}) };
  }
  const rowA = ROW_ONLY.exec(a);
  const rowB = ROW_ONLY.exec(b);
  if (rowA && rowB) {
    const rect = rectFrom(sheetName, Number(rowA[1]), 1, Number(rowB[1]), maxCols);
    return rect && { ...rect, whole: 'rows' };
  }
  return null;
}

function rectFrom(sheetName: string | undefined, r1: number, c1: number, r2: number, c2: number): ParsedA1 | null {
  if (r1 < 1 || c1 < 1 || r2 < 1 || c2 < 1) return null;
  const row = Math.min(r1, r2);
  const col = Math.min(c1, c2);
  return { sheetName, row, col, numRows: Math.abs(r2 - r1) + 1, numCols: Math.abs(c2 - c1) + 1 };
}
