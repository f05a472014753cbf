// Endpoints of the candidate tracker: the menu action that inserts it, and what the "Score a
// candidate" sidebar calls. Payloads arrive parsed and writes under the document lock (endpoints.ts).
//
// Independence: an interviewer sees the others' scores for a candidate only after submitting
// their own. The server enforces it: the context lists candidates with a count of scorecards,
// never scores, and a debrief is only answered to an interviewer who has a scorecard for that
// candidate. Interviewers are known by the name they type (see domain/scoring/interviewer.ts).
import type { CandidateListing, DebriefView, ScoringContext } from '../domain/scoring/api';
import { computeDebrief } from '../domain/scoring/debrief';
import { sameName } from '../domain/scoring/interviewer';
import type { DebriefRequest, NewCandidatePayload, ScorecardPayload } from '../domain/scoring/payloads';
import type { InsertedTracker } from '../endpoints/registry';
import { addCandidateRow } from '../sheets/tracker/candidate-entry';
import { insertTracker } from '../sheets/tracker/insert-tracker';
import { appendScorecard } from '../sheets/tracker/scorecard-entry';
import { readCandidates, readScorecards, readWeights, type StoredScorecard } from '../sheets/tracker/tracker-reads';
import { listTrackers, openTracker, type OpenTracker } from '../sheets/tracker/tracker-registry';

const spreadsheet = () => SpreadsheetApp.getActiveSpreadsheet();

/** Menu: "Insert candidate tracker". */
export function insertCandidateTracker(): InsertedTracker {
  const ss = spreadsheet();
  const inserted = insertTracker(ss);
  const card = inserted.usesRateCard ? ' Market rates use your rate card.' : '';
  ss.toast(
    `Added "${inserted.candidatesSheet}", "${inserted.scorecardsSheet}" and "${inserted.checklistSheet}".${card}`,
    'Candidate tracker',
    8,
  );
  return inserted;
}

/** The trackers, the one shown, and its candidates (no scores). */
export function getScoringContext(requested?: number | null): ScoringContext {
  const ss = spreadsheet();
  const trackers = listTrackers(ss);
  if (trackers.length === 0) return { trackers: [], trackerId: null, candidates: [] };
  const activeSheet = ss.getActiveSheet().getName();
  const chosen =
    trackers.find((t) => t.id === requested) ??
    trackers.find((t) => t.candidatesSheet === activeSheet || t.scorecardsSheet === activeSheet) ??
    trackers[trackers.length - 1];
  const tracker = openTracker(ss, chosen.id, ['candidates', 'scorecards']);
  return {
    trackers: trackers.map((t) => ({ id: t.id, label: t.candidatesSheet })),
    trackerId: chosen.id,
    candidates: listCandidates(tracker),
  };
}

/** Adds a candidate and answers the refreshed context. */
export function addCandidate(candidate: NewCandidatePayload): ScoringContext {
  // A tracker without its Scorecards sheet is gone (the context no longer lists it): refuse, as submitting does.
  addCandidateRow(openTracker(spreadsheet(), candidate.trackerId, ['candidates', 'scorecards']), candidate);
  return getScoringContext(candidate.trackerId);
}

/** Appends the scorecard, then answers the debrief: the interviewer has now scored. */
export function submitScorecard(card: ScorecardPayload): DebriefView {
  const tracker = openTracker(spreadsheet(), card.trackerId);
  const { candidate, scorecards } = appendScorecard(tracker, card);
  return computeDebrief(candidate, scorecards.map(withoutOffset), readWeights(tracker));
}

/** The debrief of a candidate, only for an interviewer who has scored them. */
export function getDebrief(request: DebriefRequest): DebriefView {
  const tracker = openTracker(spreadsheet(), request.trackerId);
  const theirs = readScorecards(tracker, true).scorecards.filter((s) => sameName(s.candidate, request.candidate));
  if (!theirs.some((s) => sameName(s.interviewer, request.interviewer))) {
    throw new Error(
      `Submit your own scorecard for ${request.candidate} first: the debrief opens once you have scored, so nobody's scores sway yours.`,
    );
  }
  return computeDebrief(theirs[0].candidate, theirs.map(withoutOffset), readWeights(tracker));
}

function listCandidates(tracker: Pick<OpenTracker, 'candidates' | 'scorecards'>): CandidateListing[] {
  const { scorecards } = readScorecards(tracker);
  return readCandidates(tracker).candidates.map((c) => ({
    name: c.name,
    stage: c.stage,
    scorecards: scorecards.filter((s) => sameName(s.candidate, c.name)).length,
  }));
}

const withoutOffset = ({ offset: _offset, ...record }: StoredScorecard) => record;
