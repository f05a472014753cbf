// Endpoints of the candidate tracker: the menu action that inserts it, and what the "Score a
// candidate" sidebar calls. Every write runs under the document lock; every payload is parsed.
//
// Independence: an interviewer sees the others' scores for a candidate only after submitting
// their own. The server enforces it: the context lists candidates with a count of scorecards,
// never scores, and a debrief is only answered to an interviewer who has a scorecard for that
// candidate. Interviewers are known by the name they type (see domain/scoring/interviewer.ts).
import type { CandidateListing, DebriefView, ScoringContext } from '../domain/scoring/api';
import { computeDebrief } from '../domain/scoring/debrief';
import { sameName } from '../domain/scoring/interviewer';
import { debriefRequestSchema, newCandidateSchema, scorecardSchema, trackerIdSchema } from '../domain/scoring/payloads';
import { addCandidateRow } from '../sheets/tracker/candidate-entry';
import { insertTracker, type InsertedTracker } from '../sheets/tracker/insert-tracker';
import { repairTrackers } from '../sheets/tracker/repair';
import { appendScorecard } from '../sheets/tracker/scorecard-entry';
import { readCandidates, readScorecards, readWeights, type StoredScorecard } from '../sheets/tracker/tracker-reads';
import { listTrackers, openTracker, type OpenTracker } from '../sheets/tracker/tracker-registry';
import { withDocumentLock } from './document-lock';
import { parsePayload } from './payload';
import { openSidebar } from './sidebars';

const spreadsheet = () => SpreadsheetApp.getActiveSpreadsheet();

/** Menu: "Insert candidate tracker". */
export function insertCandidateTracker(): InsertedTracker {
  const ss = spreadsheet();
  const inserted = withDocumentLock(() => insertTracker(ss));
  const card = inserted.usesRateCard ? ' Market rates use your rate card.' : '';
  ss.toast(`Added "${inserted.candidatesSheet}", "${inserted.scorecardsSheet}" and "${inserted.checklistSheet}".${card}`, 'Candidate tracker', 8);
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
    candidates: listCandidates(tracker),
  };
}

/** Adds a candidate and answers the refreshed context. */
export function addCandidate(payload: unknown): ScoringContext {
  const candidate = parsePayload(newCandidateSchema, payload, 'The candidate');
  const ss = spreadsheet();
  // A tracker without its Scorecards sheet or the column the listing counts is broken: refuse
  // before writing, as submitting does, rather than add and then fail to answer.
  const notAdded = 'Nothing was added.';
  const tracker = openTracker(ss, candidate.trackerId, notAdded);
  withDocumentLock(() => {
    readScorecards(tracker, notAdded, false, LISTING);
    addCandidateRow(tracker, candidate);
  });
  return getScoringContext(candidate.trackerId);
}

/** Appends the scorecard, then answers the debrief: the interviewer has now scored. */
export function submitScorecard(payload: unknown): DebriefView {
  const card = parsePayload(scorecardSchema, payload, 'The scorecard');
  const ss = spreadsheet();
  const notSaved = 'Your scorecard was not saved.';
  const tracker = openTracker(ss, card.trackerId, notSaved);
  const weights = readWeights(tracker, notSaved); // before writing: a tracker without weights refuses, losing nothing
  const { candidate, scorecards } = withDocumentLock(() => appendScorecard(tracker, card));
  return computeDebrief(candidate, scorecards.map(withoutRow), weights);
}

/** The debrief of a candidate, only for an interviewer who has scored them. */
export function getDebrief(payload: unknown): DebriefView {
  const request = parsePayload(debriefRequestSchema, payload, 'The debrief request');
  const tracker = openTracker(spreadsheet(), request.trackerId, READ_ONLY);
  const theirs = readScorecards(tracker, READ_ONLY, true).scorecards.filter((s) => sameName(s.candidate, request.candidate));
  if (!theirs.some((s) => sameName(s.interviewer, request.interviewer))) {
    throw new Error(
      `Submit your own scorecard for ${request.candidate} first: the debrief opens once you have scored, so nobody's scores sway yours.`,
    );
  }
  return computeDebrief(theirs[0].candidate, theirs.map(withoutRow), readWeights(tracker, READ_ONLY));
}

const READ_ONLY = 'Nothing was changed.';

/** The listing counts scorecards by their Candidate column alone. */
const LISTING = ['candidate'];

function listCandidates(tracker: Pick<OpenTracker, 'candidates' | 'scorecards'>): CandidateListing[] {
  const { scorecards } = readScorecards(tracker, READ_ONLY, false, LISTING);
  return readCandidates(tracker, READ_ONLY).candidates.map((c) => ({
    name: c.name,
    stage: c.stage,
    scorecards: scorecards.filter((s) => sameName(s.candidate, c.name)).length,
  }));
}

const withoutRow = ({ row: _row, ...record }: StoredScorecard) => record;
