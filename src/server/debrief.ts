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
import { markPastedBudget } from './pasted-budget';
import { storeSeals } from './sealed/listing';

const spreadsheet = () => SpreadsheetApp.getActiveSpreadsheet();
const NOT_REFRESHED = 'The debrief was not refreshed.';

/** Refreshes every tracker; answers the candidate rows changed per tracker id. */
export function refreshAllDebriefs(): Record<number, number> {
  const ss = spreadsheet();
  const trackers = [...findTrackers(ss).keys()].sort((a, b) => a - b);
  if (trackers.length === 0) throw new Error('This spreadsheet has no candidate tracker. Use DevRate > Insert candidate tracker.');
  return withDocumentLock(() =>
    Object.fromEntries(trackers.map((id) => [id, refreshDebrief(openTracker(ss, id, NOT_REFRESHED), NOT_REFRESHED, storeSeals(id))])),
  );
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

/** The tracker the sheet of this id belongs to (its Candidates, Scorecards or Scoring rules sheet), or null. */
function trackerOf(ss: GoogleAppsScript.Spreadsheet.Spreadsheet, sheetId: number): number | null {
  for (const [tracker, parts] of findTrackers(ss)) {
    if ([parts.candidates, parts.scorecards, parts.rules].some((s) => s?.getSheetId() === sheetId)) return tracker;
  }
  return null;
}

/** A Range, as Apps Script passes it; a client's forged event (JSON) carries no functions. */
const isRange = (value: unknown): value is GoogleAppsScript.Spreadsheet.Range =>
  typeof value === 'object' && value !== null && 'getSheet' in value && typeof value.getSheet === 'function';

/** The id of the edited sheet, from an event that may be forged (any top-level function can be called by a client). */
function editedSheetId(event: unknown): number | null {
  if (typeof event !== 'object' || event === null || !('range' in event)) return null;
  if ('authMode' in event && String(event.authMode) === 'NONE') return null;
  return isRange(event.range) ? event.range.getSheet().getSheetId() : null;
}

/**
 * The onEdit simple trigger: a value changed on a tracker's sheet, so its debrief is written
 * again; on a budget sheet pasted over with its values, the headline says so (pasted-budget.ts).
 * A simple trigger has no one to answer: a tracker that cannot be read (a column deleted, a
 * weight that is not a number) or whose structure is broken (a header row sorted or deleted, a
 * damaged weights block: refused by openTracker and readTable before any write) is left as it
 * is, nothing written, and every action names the problem.
 */
export function onEdit(event?: unknown): void {
  try {
    const sheetId = editedSheetId(event);
    if (sheetId === null) return;
    const ss = spreadsheet();
    const tracker = trackerOf(ss, sheetId);
    if (tracker === null) {
      const sheet = ss.getSheets().find((s) => s.getSheetId() === sheetId);
      if (sheet) withDocumentLock(() => markPastedBudget(sheet));
      return;
    }
    withDocumentLock(() => refreshDebrief(openTracker(ss, tracker, NOT_REFRESHED), NOT_REFRESHED, storeSeals(tracker)));
  } catch (e) {
    console.warn(`DevRate onEdit: ${e instanceof Error ? e.message : String(e)}`);
  }
}
