// The structural metadata of sheets read in this execution, by sheet id. An action reads a table
// several times (to check, to write, to answer), and Repair surveys it after each step, while each
// tag costs four calls; Apps Script runs every execution in a fresh global scope, so nothing here
// outlives it. A read is reused only while the sheet keeps its number of rows and columns (an
// inserted or deleted row or column moves tags), and whatever adds or removes tags forgets it.
import type { SheetMetadata } from './structure';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

const readThisExecution = new Map<number, { size: string; metadata: SheetMetadata }>();

/** The sheet's metadata as read earlier in this execution, if its size has not changed since. */
export function metadataOnce(sheet: Sheet, read: (sheet: Sheet) => SheetMetadata): SheetMetadata {
  const id = sheet.getSheetId();
  const size = `${sheet.getMaxRows()}x${sheet.getMaxColumns()}`;
  const known = readThisExecution.get(id);
  if (known?.size === size) return known.metadata;
  const metadata = read(sheet);
  readThisExecution.set(id, { size, metadata });
  return metadata;
}

/** After tags were added or removed: the next read asks Sheets again. */
export function forgetSheetMetadata(): void {
  readThisExecution.clear();
}
