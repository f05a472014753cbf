// Endpoints of the candidate tracker: the menu action that inserts it, and what the "Score a
// candidate" sidebar calls. Every write runs under the document lock; every payload is parsed.
//
// Independence: scorecards are sealed until their candidate is revealed, and names are bound
// to accounts (see sealed/scoring-endpoints.ts). The context lists who has submitted, never scores.
import type { ComparisonView, DebriefView, RevealResult, ScoringContext } from '../domain/scoring/api';
import { newCandidateSchema, trackerIdSchema } from '../domain/scoring/payloads';
import { addCandidateRow } from '../sheets/tracker/candidate-entry';
import { insertTracker, type InsertedTracker } from '../sheets/tracker/insert-tracker';
import { repairTrackers } from '../sheets/tracker/repair';
import { listTrackers, openTracker } from '../sheets/tracker/tracker-registry';
import {
  checkListing,
  getComparison,
  getSealedDebrief,
  listCandidatesWithPanels,
  revealScores as reveal,
  setCandidatePanel,
  submitSealedScorecard,
} from './sealed/scoring-endpoints';
import { withDocumentLock } from './document-lock';
import { parsePayload } from './payload';
import { openSidebar } from './sidebars';

const spreadsheet = () => SpreadsheetApp.getActiveSpreadsheet();

/** Menu: "Insert candidate tracker". */
export function insertCandidateTracker(): InsertedTracker {
  const ss = spreadsheet();
  const inserted = withDocumentLock(() => insertTracker(ss));
  const card = inserted.usesRateCard ? ' Market rates use your rate card.' : '';
  ss.toast(
    `Added "${inserted.candidatesSheet}", "${inserted.scorecardsSheet}" and "${inserted.checklistSheet}".${card}`,
    'Candidate tracker',
    8,
  );
  return inserted;
}

/** Menu: "Repair tracker": puts back deleted sheets, columns, formulas, dropdowns and the weights' named range. */
export function repairCandidateTracker(): { trackerId: number; restored: string[] }[] {
  const ss = spreadsheet();
  const report = withDocumentLock(() => repairTrackers(ss));
  const lines = report.filter((r) => r.restored.length > 0).map((r) => `Tracker ${r.trackerId}: put back ${r.restored.join('; ')}.`);
  ss.toast(lines.length ? `${lines.join(' ')} Values people typed were not touched.` : 'Nothing was missing.', 'Repair tracker', 10);
  return report;
}

/** Menu: "Score a candidate". */
export function showScoring(): void {
  openSidebar('Scoring');
}

/** The trackers, the one shown, and its candidates (no scores). */
export function getScoringContext(trackerId?: unknown): ScoringContext {
  const requested = parsePayload(trackerIdSchema.optional().nullable(), trackerId ?? undefined, 'The tracker choice');
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

/** Adds a candidate and answers the refreshed context. */
export function addCandidate(payload: unknown): ScoringContext {
  const candidate = parsePayload(newCandidateSchema, payload, 'The candidate');
  const ss = spreadsheet();
  // A tracker without its Scorecards sheet or a column the listing reads is broken: refuse
  // before writing, as submitting does, rather than add and then fail to answer.
  const notAdded = 'Nothing was added.';
  const tracker = openTracker(ss, candidate.trackerId, notAdded);
  withDocumentLock(() => {
    checkListing(tracker, notAdded);
    addCandidateRow(tracker, candidate);
  });
  return getScoringContext(candidate.trackerId);
}

/** Seals the scorecard, then answers the debrief: the interviewer has now scored. */
export function submitScorecard(payload: unknown): DebriefView {
  return submitSealedScorecard(payload);
}

/** The debrief of a candidate, only for an interviewer who has scored them (or after the reveal). */
export function getDebrief(payload: unknown): DebriefView {
  return getSealedDebrief(payload);
}

/** Sidebar: "Reveal scores". */
export function revealScores(payload: unknown): RevealResult {
  return reveal(payload);
}

/** Sidebar: sets a candidate's panel; answers the refreshed context. */
export function setPanel(payload: unknown): ScoringContext {
  return getScoringContext(setCandidatePanel(payload));
}

/** Sidebar: "Compare candidates". */
export function compareCandidates(trackerId: unknown): ComparisonView {
  return getComparison(trackerId);
}
