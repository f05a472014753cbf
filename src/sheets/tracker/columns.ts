// Finding a table's columns wherever people moved them. Each column the add-on writes carries
// developer metadata (key devrate.column, value the column's key), which Sheets keeps on the
// column through inserts, moves and sorts and deletes with it. The metadata wins over header
// text; the text finds only a column that has none.
import { columnLetter } from '../a1';
import { cellText } from '../cell-text';
import type { Column } from './layout';
import { forgetSheetMetadata } from './metadata-cache';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

export const COLUMN_METADATA_KEY = 'devrate.column';

/** Column key → 1-based column number on the sheet (K: the table's key union, see layout.ts). */
export type ColumnMap<K extends string = string> = ReadonlyMap<K, number>;

/**
 * Tags each column (key → column number) with its metadata. The columns come from one
 * getRangeList of whole-column notations ("C:C"), so a table of n columns costs n + 2 calls,
 * not 3n; getRanges() answers in the order asked (self-test row range-list-order).
 */
export function tagColumns(sheet: Sheet, positions: ColumnMap): void {
  const tags = [...positions];
  if (tags.length === 0) return;
  forgetSheetMetadata();
  const ranges = sheet.getRangeList(tags.map(([, column]) => `${columnLetter(column)}:${columnLetter(column)}`)).getRanges();
  tags.forEach(([key], i) => ranges[i].addDeveloperMetadata(COLUMN_METADATA_KEY, key));
}

/**
 * The column (1-based) of a key the map must hold: the layout's own columns, or columns a read
 * required (it refuses a table without them). A key missing here is a bug in DevRate.
 */
export function columnAt<K extends string>(positions: ColumnMap<K>, key: NoInfer<K>): number {
  const position = positions.get(key);
  if (position === undefined) {
    throw new Error(`DevRate bug: no "${key}" column among the table's columns (${[...positions.keys()].join(', ')}).`);
  }
  return position;
}

const headerText = (value: unknown) => cellText(value).trim().replace(/\s+/g, ' ').toLowerCase();

/**
 * Where each column is: its metadata first (it follows the column through moves, and a header
 * renamed or typed over does not move it), its header text only for a column with no metadata (a
 * tracker from before it, or a column whose metadata is gone) and only when that text names exactly
 * one column no metadata claims. byMetadata: each key's tagged columns (structure.ts reads them with
 * the header row, one finder call per sheet). header: the header row's cells. Columns found neither
 * way are left out.
 */
export function locateColumns<K extends string>(
  columns: readonly Column<K>[],
  header: readonly unknown[],
  byMetadata: ReadonlyMap<string, readonly number[]>,
): Map<K, number> {
  const found = columnsByMetadata(columns, byMetadata);
  const taken = new Set(found.values());
  const seen = new Map<string, number[]>();
  header.forEach((h, i) => {
    const text = headerText(h);
    if (text && !taken.has(i + 1)) seen.set(text, [...(seen.get(text) ?? []), i + 1]);
  });
  for (const c of columns) {
    if (found.has(c.key)) continue;
    const at = seen.get(headerText(c.header));
    if (at?.length === 1) found.set(c.key, at[0]);
  }
  return found;
}

/** Each key at its tagged column (the leftmost, when a column's tag was copied), a column claimed once. */
export function columnsByMetadata<K extends string>(
  columns: readonly Column<K>[],
  byMetadata: ReadonlyMap<string, readonly number[]>,
): Map<K, number> {
  const found = new Map<K, number>();
  const taken = new Set<number>();
  for (const c of columns) {
    const column = byMetadata.get(c.key)?.find((at) => !taken.has(at));
    if (column === undefined) continue;
    found.set(c.key, column);
    taken.add(column);
  }
  return found;
}

/** The refusal when a column the action needs is gone. */
export function missingColumnsError(sheetName: string, missing: readonly Column[], outcome: string): Error {
  const names = missing.map((c) => `"${c.header}"`).join(', ');
  return new Error(
    `The sheet "${sheetName}" has no ${names} column any more (deleted, or its header renamed). Use DevRate > Repair tracker to add ${missing.length > 1 ? 'them' : 'it'} back. ${outcome}`,
  );
}
