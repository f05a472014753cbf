// A budget sheet pasted over with its own values (Paste values only on the whole sheet): no cell
// holds a formula any more, so its figures stay what they were whatever is edited, and the
// budget's own checks, formulas too, are gone. The onEdit trigger (debrief.ts) then turns the
// headline's figures into errors and its verdict into the reason, as the budget's formulas check
// does for one computed cell typed over (src/sheets/budget/checks.ts): every figure the headline
// shows is right or an error, never an old figure shown as if current. A person's paste fires
// onEdit like typing (Apps Script's guide says only "a user changes a value"; that a paste is
// one is recorded by tanaikech/GetEditType, whose edit types include a clipboard paste).
// What was pasted below the headline stays: only the headline's cells are written.
import { asText } from '../sheets/cell-text';
import { CANNOT_JUDGE } from '../sheets/budget/checks';
import { TEAM_TABLE_METADATA } from '../sheets/budget/layout';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

/** The frozen headline as src/sheets/budget/layout.ts writes it: labels in A, Low/Mid/High in B–D, the verdict in E, the checks in F. */
const HEADLINE = { rows: 5, columns: 6, figures: 2, verdict: 5 } as const;
const TEAM_LABEL = 'Team (development) cost';
const TOTAL_LABEL = 'Total budget';

export const PASTED_AS_VALUES =
  "this budget's formulas were replaced by their values (Paste values only?), so no figure on it follows an edit any more: undo the paste, or create the budget again with DevRate > Scope a project.";

/**
 * Marks the headline of a budget sheet whose headline holds no formula; answers whether it did.
 * A sheet that is no budget (no team table tag) costs one metadata read.
 */
export function markPastedBudget(sheet: Sheet): boolean {
  if (sheet.createDeveloperMetadataFinder().withKey(TEAM_TABLE_METADATA.header).find().length === 0) return false;
  const headline = sheet.getRange(1, 1, HEADLINE.rows, HEADLINE.columns);
  if (headline.getFormulas().some((row) => row.some((f) => f !== ''))) return false; // its own checks still judge it
  const labels = headline.getValues().map((row): unknown => row[0]);
  const team = labels.indexOf(TEAM_LABEL) + 1;
  const total = labels.indexOf(TOTAL_LABEL) + 1;
  if (team === 0 || total === 0) return false;
  const errors = [['=NA()', '=NA()', '=NA()']];
  sheet.getRange(team, HEADLINE.figures, 1, 3).setFormulas(errors);
  sheet.getRange(total, HEADLINE.figures, 1, 3).setFormulas(errors);
  sheet.getRange(team, HEADLINE.verdict).setValue(asText(CANNOT_JUDGE + PASTED_AS_VALUES));
  return true;
}
