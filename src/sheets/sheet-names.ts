// New sheets never replace a user's sheet: a taken name gets a number, "Budget – X (2)".
const MAX_SHEET_NAME = 100;

export function uniqueSheetName(spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet, wanted: string): string {
  const taken = new Set(spreadsheet.getSheets().map((sheet) => sheet.getName().toLowerCase()));
  const base = wanted.replace(/[\r\n\t]+/g, ' ').trim().slice(0, MAX_SHEET_NAME - 6) || 'Sheet';
  if (!taken.has(base.toLowerCase())) return base;
  for (let n = 2; ; n++) {
    const candidate = `${base} (${n})`;
    if (!taken.has(candidate.toLowerCase())) return candidate;
  }
}
