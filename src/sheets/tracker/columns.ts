// Finding a table's columns wherever people moved them. Each column the add-on writes carries
// developer metadata (key devrate.column, value the column's key), which Sheets keeps on the
// column through inserts, moves and sorts and deletes with it; the header text is the fallback.
import type { Column } from './layout';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

export const COLUMN_METADATA_KEY = 'devrate.column';

/** Column key → 1-based column number on the sheet. */
export type ColumnMap = ReadonlyMap<string, number>;

/** Tags each column (key → column number) with its metadata. */
export function tagColumns(sheet: Sheet, positions: ColumnMap): void {
  for (const [key, column] of positions) sheet.getRange(1, column, sheet.getMaxRows(), 1).addDeveloperMetadata(COLUMN_METADATA_KEY, key);
}

const headerText = (value: unknown) => String(value ?? '').trim().replace(/\s+/g, ' ').toLowerCase();

/**
 * Where each column is: by metadata first, then by header text among the columns no metadata
 * claims. header: the sheet's first row. Columns found neither way are left out.
 */
export function locateColumns(sheet: Sheet, columns: readonly Column[], header: readonly unknown[]): Map<string, number> {
  const known = new Set(columns.map((c) => c.key));
  const found = new Map<string, number>();
  for (const metadata of sheet.createDeveloperMetadataFinder().withKey(COLUMN_METADATA_KEY).find()) {
    const key = metadata.getValue();
    const column = metadata.getLocation().getColumn()?.getColumn();
    if (key !== null && known.has(key) && column !== undefined && !found.has(key)) found.set(key, column);
  }
  const taken = new Set(found.values());
  for (const c of columns) {
    if (found.has(c.key)) continue;
    const i = header.findIndex((h, index) => !taken.has(index + 1) && headerText(h) === headerText(c.header));
    if (i < 0) continue;
    found.set(c.key, i + 1);
    taken.add(i + 1);
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
