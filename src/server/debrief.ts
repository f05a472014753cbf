// Keeping the Candidates sheet's debrief in step with the scorecards (sheets/tracker/debrief-sheet.ts):
// the menu's "Refresh debrief" for every tracker, and the onEdit simple trigger for the tracker
// whose sheet was edited.
//
// Editor add-ons may use the onEdit simple trigger, which "runs when a user changes a value in a
// spreadsheet" (https://developers.google.com/workspace/add-ons/concepts/editor-triggers and
// https://developers.google.com/apps-script/guides/triggers). Script executions do not fire it,
// so DevRate's own writes cause no loop; structural edits (deleting rows, sheets) fire onChange
// only, an installable trigger that needs a scope DevRate does not ask for: those wait for the
// next action, Repair, or "Refresh debrief". It runs without asking for authorization, in
// AuthMode.LIMITED where the add-on is in use in the document; in NONE it does nothing.
import { refreshDebrief } from '../sheets/tracker/debrief-sheet';
import { findTrackers, openTracker } from '../sheets/tracker/tracker-registry';
import { withDocumentLock } from './document-lock';

const spreadsheet = () => SpreadsheetApp.getActiveSpreadsheet();
const NOT_REFRESHED = 'The debrief was not refreshed.';

/** Refreshes every tracker; answers the candidate rows changed per tracker id. */
export function refreshAllDebriefs(): Record<number, number> {
  const ss = spreadsheet();
  const trackers = [...findTrackers(ss).keys()].sort((a, b) => a - b);
  if (trackers.length === 0) throw new Error('This spreadsheet has no candidate tracker. Use DevRate > Insert candidate tracker.');
  return withDocumentLock(() => Object.fromEntries(trackers.map((id) => [id, refreshDebrief(openTracker(ss, id, NOT_REFRESHED), NOT_REFRESHED)])));
}

/** Menu: "Refresh debrief". */
export function refreshDebriefs(): Record<number, number> {
  const changed = refreshAllDebriefs();
  const rows = Object.values(changed).reduce((a, b) => a + b, 0);
  spreadsheet().toast(
    rows ? `Updated the debrief of ${rows} candidate${rows === 1 ? '' : 's'}.` : 'The debrief was up to date.',
    'Refresh debrief',
    6,
  );
  return changed;
}

/** The tracker the edited sheet belongs to (its Candidates, Scorecards or Scoring rules sheet), or null. */
function trackerOf(ss: GoogleAppsScript.Spreadsheet.Spreadsheet, sheet: GoogleAppsScript.Spreadsheet.Sheet): number | null {
  const id = sheet.getSheetId();
  for (const [tracker, parts] of findTrackers(ss)) {
    if ([parts.candidates, parts.scorecards, parts.rules].some((s) => s?.getSheetId() === id)) return tracker;
  }
  return null;
}

/**
 * The onEdit simple trigger: a value changed on a tracker's sheet, so its debrief is written
 * again. A simple trigger has no one to answer: a tracker that cannot be read (a column
 * deleted, a weight that is not a number) is left as it is, and every action names the problem.
 */
export function onEdit(event?: GoogleAppsScript.Events.SheetsOnEdit): void {
  if (!event || String(event.authMode) === 'NONE') return;
  const ss = event.source;
  const tracker = trackerOf(ss, event.range.getSheet());
  if (tracker === null) return;
  try {
    withDocumentLock(() => refreshDebrief(openTracker(ss, tracker, NOT_REFRESHED), NOT_REFRESHED));
  } catch (e) {
    console.warn(`DevRate onEdit: ${e instanceof Error ? e.message : String(e)}`);
  }
}
