// Puts a spreadsheet back as a check found it, after add-on code (a template) made what it makes:
// the sheets, named ranges and developer metadata added since are removed, and the document
// properties are put back (tracker ids and seal stores live there, so nothing of the person's may
// change). Sheets go first: their metadata and protections go with them.
type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

/** Notes the spreadsheet as it is now; the function returned puts it back. */
export function asFound(spreadsheet: Spreadsheet): () => void {
  const sheetIds = new Set(spreadsheet.getSheets().map((s) => s.getSheetId()));
  const rangeNames = new Set(spreadsheet.getNamedRanges().map((n) => n.getName()));
  const metadataIds = new Set(metadataOf(spreadsheet).map((m) => m.getId()));
  const properties = PropertiesService.getDocumentProperties().getProperties();
  return () => {
    for (const sheet of spreadsheet.getSheets()) if (!sheetIds.has(sheet.getSheetId())) spreadsheet.deleteSheet(sheet);
    for (const named of spreadsheet.getNamedRanges()) if (!rangeNames.has(named.getName())) named.remove();
    for (const metadata of metadataOf(spreadsheet)) if (!metadataIds.has(metadata.getId())) metadata.remove();
    putBack(PropertiesService.getDocumentProperties(), properties);
  };
}

/** Only the keys that changed are written, so a large seal store is not rewritten. */
function putBack(store: GoogleAppsScript.Properties.Properties, found: Record<string, string>): void {
  for (const [key, value] of Object.entries(store.getProperties())) {
    if (!Object.prototype.hasOwnProperty.call(found, key)) store.deleteProperty(key);
    else if (found[key] !== value) store.setProperty(key, found[key]);
  }
  for (const [key, value] of Object.entries(found)) if (store.getProperty(key) === null) store.setProperty(key, value);
}

const metadataOf = (spreadsheet: Spreadsheet) => spreadsheet.createDeveloperMetadataFinder().find();
