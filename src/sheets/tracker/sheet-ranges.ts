// The blocks a sheet's writer works on, fetched together: one getRangeList (plus getRanges) per
// sheet instead of a getRange per block, however many blocks, rules and protections it has.
import { columnLetter } from '../a1';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
type Range = GoogleAppsScript.Spreadsheet.Range;

/** A rectangle of cells: its top-left cell (1-based) and its size. */
export interface Block {
  row: number;
  column: number;
  rows: number;
  columns: number;
  /** Down to the sheet's last row, rows added later included: open-ended A1 (C2:D), as for a colour rule or protection. */
  toEnd?: true;
}

export const block = (row: number, column: number, rows: number, columns = 1): Block => ({ row, column, rows, columns });

/** A block from `row` to the sheet's last row, however many rows it gets (open-ended A1: C2:D). */
export const openBlock = (row: number, column: number, columns = 1): Block => ({ row, column, rows: 1, columns, toEnd: true });

/** A block in A1 notation (open-ended, C2:D, when it reaches the sheet's last row). */
export const blockNotation = (b: Block) =>
  `${columnLetter(b.column)}${b.row}:${columnLetter(b.column + b.columns - 1)}${b.toEnd ? '' : b.row + b.rows - 1}`;

/** A Range per named block; getRanges() answers in the order of the notations asked. */
export function rangesOf<K extends string>(sheet: Sheet, blocks: Record<K, Block>): Record<K, Range> {
  const names = Object.keys(blocks) as K[];
  const ranges = sheet.getRangeList(names.map((name) => blockNotation(blocks[name]))).getRanges();
  if (ranges.length !== names.length) throw new Error(`Asked for ${names.length} ranges of ${sheet.getName()}, got ${ranges.length}.`);
  return Object.fromEntries(names.map((name, i) => [name, ranges[i]])) as Record<K, Range>;
}
