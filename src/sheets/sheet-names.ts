// New sheets never replace a user's sheet: a taken name gets a number, "Budget – X (2)".
const MAX_SHEET_NAME = 100;

/** One getSheetByName per name tried, so the cost does not grow with the number of sheets. */
export function uniqueSheetName(spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet, wanted: string): string {
  const base =
    wanted
      .replace(/[\r\n\t]+/g, ' ')
      .trim()
      .slice(0, MAX_SHEET_NAME - 6) || 'Sheet';
  if (!spreadsheet.getSheetByName(base)) return base;
  for (let n = 2; ; n++) {
    const candidate = `${base} (${n})`;
    if (!spreadsheet.getSheetByName(candidate)) return candidate;
  }
}
