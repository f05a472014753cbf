// Finding a table's columns wherever people moved them. Each column the add-on writes carries
// developer metadata (key devrate.column, value the column's key), which Sheets keeps on the
// column through inserts, moves and sorts and deletes with it. A header text found once settles
// a column without a metadata read; renamed or repeated headers are found by their metadata.
import { columnLetter } from '../a1';
import { cellText } from '../cell-text';
import type { Column } from './layout';

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
 * Where each column is. A header that names exactly one column settles it without asking the
 * metadata (each metadata read is a call); for headers renamed, deleted or repeated, the metadata
 * says where the column went. header: the sheet's first row. Columns found neither way are left out.
 */
export function locateColumns<K extends string>(sheet: Sheet, columns: readonly Column<K>[], header: readonly unknown[]): Map<K, number> {
  const seen = new Map<string, number[]>();
  header.forEach((h, i) => {
    const text = headerText(h);
    if (text) seen.set(text, [...(seen.get(text) ?? []), i + 1]);
  });
  const found = new Map<K, number>();
  for (const c of columns) {
    const at = seen.get(headerText(c.header));
    if (at?.length === 1) found.set(c.key, at[0]);
  }
  // The keys still to find, by their text (a metadata value is any text).
  const rest = new Map(columns.filter((c) => !found.has(c.key)).map((c): [string, K] => [c.key, c.key]));
  if (rest.size === 0) return found;
  const taken = new Set(found.values());
  for (const metadata of sheet.createDeveloperMetadataFinder().withKey(COLUMN_METADATA_KEY).find()) {
    const key = rest.get(metadata.getValue() ?? '');
    if (key === undefined) continue;
    const column = metadata.getLocation().getColumn()?.getColumn();
    if (column === undefined || taken.has(column)) continue;
    found.set(key, column);
    taken.add(column);
    rest.delete(key);
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
