// Endpoints of the candidate tracker: the menu action that inserts it, and what the "Score a
// candidate" sidebar calls. Payloads arrive parsed and writes under the document lock (endpoints.ts).
//
// Independence: scorecards are sealed until their candidate is revealed, and names are bound
// to accounts (see sealed/scoring-endpoints.ts). The context lists who has submitted, never scores.
import type { CandidateAdded, ComparisonView, DebriefView, RevealResult, ScoringContext } from '../domain/scoring/api';
import type { PanelRequest, RevealRequest } from '../domain/scoring/panel-payloads';
import type { DebriefRequest, NewCandidatePayload, ScorecardPayload } from '../domain/scoring/payloads';
import type { InsertedTracker } from '../endpoints/registry';
import { addCandidateRow } from '../sheets/tracker/candidate-entry';
import { insertTracker } from '../sheets/tracker/insert-tracker';
import { repairTrackers, type TrackerRepair } from '../sheets/tracker/repair';
import { listTrackers, openTracker } from '../sheets/tracker/tracker-registry';
import { checkListing, getComparison, listCandidate, listCandidatesWithPanels, storeSeals } from './sealed/listing';
import { getSealedDebrief, revealScores as reveal, setCandidatePanel, submitSealedScorecard } from './sealed/scoring-endpoints';
import { withDocumentLock } from './document-lock';
import { markSealStoreCurrent, upgradeSealStore } from './sealed/legacy-store';

const spreadsheet = () => SpreadsheetApp.getActiveSpreadsheet();

/** Menu: "Insert candidate tracker". */
export function insertCandidateTracker(): InsertedTracker {
  const ss = spreadsheet();
  upgradeSealStore(); // the trackers already here keep what an older version sealed
  const inserted = insertTracker(ss);
  markSealStoreCurrent();
  const card = inserted.usesRateCard ? ' Market rates use your rate card.' : '';
  ss.toast(
    `Added "${inserted.candidatesSheet}", "${inserted.scorecardsSheet}" and "${inserted.checklistSheet}".${card}`,
    'Candidate tracker',
    8,
  );
  return inserted;
}

/**
 * Menu: "Repair tracker": puts back deleted sheets, columns, formulas, dropdowns, the weights'
 * named range and the frozen header. Cells that block a computed column are what people typed:
 * they stay, and an alert (which, unlike a toast, stays until read) names each one.
 */
export function repairCandidateTracker(): TrackerRepair[] {
  const ss = spreadsheet();
  const report = withDocumentLock(() => repairTrackers(ss, storeSeals));
  const lines = report.filter((r) => r.restored.length > 0).map((r) => `Tracker ${r.trackerId}: put back ${r.restored.join('; ')}.`);
  const done = lines.length ? `${lines.join(' ')} Values people typed were not touched.` : 'Nothing was missing.';
  const blocked = report.flatMap((r) => r.blocked);
  if (blocked.length === 0) {
    ss.toast(done, 'Repair tracker', 10);
    return report;
  }
  const ui = SpreadsheetApp.getUi();
  ui.alert(
    'Repair tracker',
    `${done}\n\nThese computed columns show #REF! instead of their figures, because something is typed where their formula writes:\n${blocked
      .map((b) => `• ${b}`)
      .join(
        '\n',
      )}\n\nDevRate does not move or delete what people type: move it to a column of your own, or delete it, and the column computes again.`,
    ui.ButtonSet.OK,
  );
  return report;
}

/** The trackers, the one shown, and its candidates (no scores). */
export function getScoringContext(requested?: number | null): ScoringContext {
  upgradeSealStore();
  const ss = spreadsheet();
  const trackers = listTrackers(ss);
  if (trackers.length === 0) return { trackers: [], trackerId: null, candidates: [] };
  const activeSheet = ss.getActiveSheet().getName();
  const chosen =
    trackers.find((t) => t.id === requested) ??
    trackers.find((t) => t.candidatesSheet === activeSheet || t.scorecardsSheet === activeSheet) ??
    trackers[trackers.length - 1];
  const tracker = openTracker(ss, chosen.id);
  return {
    trackers: trackers.map((t) => ({ id: t.id, label: t.candidatesSheet })),
    trackerId: chosen.id,
    candidates: listCandidatesWithPanels(tracker),
  };
}

/** Adds a candidate and answers them as the list shows them. */
export function addCandidate(candidate: NewCandidatePayload): CandidateAdded {
  upgradeSealStore();
  // A tracker without its Scorecards sheet or a column the listing reads is broken: refuse
  // before writing, as submitting does, rather than add and then fail to list them.
  const notAdded = 'Nothing was added.';
  const tracker = openTracker(spreadsheet(), candidate.trackerId, notAdded);
  checkListing(tracker, notAdded);
  return { trackerId: tracker.id, candidate: listCandidate(tracker.id, addCandidateRow(tracker, candidate)) };
}

/** Seals the scorecard, then answers the debrief: the interviewer has now scored. */
export function submitScorecard(card: ScorecardPayload): DebriefView {
  upgradeSealStore();
  return submitSealedScorecard(card);
}

/** The debrief of a candidate, only for an interviewer who has scored them (or after the reveal). */
export function getDebrief(request: DebriefRequest): DebriefView {
  upgradeSealStore();
  return getSealedDebrief(request);
}

/** Sidebar: "Reveal scores". */
export function revealScores(request: RevealRequest): RevealResult {
  upgradeSealStore();
  return reveal(request);
}

/** Sidebar: sets a candidate's panel; answers the refreshed context. */
export function setPanel(request: PanelRequest): ScoringContext {
  upgradeSealStore();
  return getScoringContext(setCandidatePanel(request));
}

/** Sidebar: "Compare candidates". */
export function compareCandidates(trackerId: number): ComparisonView {
  upgradeSealStore();
  return getComparison(trackerId);
}
