// The structural metadata of sheets read by actions in this execution, by sheet id. An action
// reads a table several times (to check, to write, to answer) and changes no structure, and each
// tag costs four calls; Apps Script runs every execution in a fresh global scope, so nothing here
// outlives it. Whatever writes structure (tags; rows or columns Repair inserts) forgets it.
import type { SheetMetadata } from './structure';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

const readThisExecution = new Map<number, SheetMetadata>();

/** The sheet's metadata as first read in this execution. */
export function metadataOnce(sheet: Sheet, read: (sheet: Sheet) => SheetMetadata): SheetMetadata {
  const id = sheet.getSheetId();
  const known = readThisExecution.get(id);
  if (known) return known;
  const fresh = read(sheet);
  readThisExecution.set(id, fresh);
  return fresh;
}

/** After a change of structure: the next read asks Sheets again. */
export function forgetSheetMetadata(): void {
  readThisExecution.clear();
}
