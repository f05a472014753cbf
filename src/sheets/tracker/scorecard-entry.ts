// Appending a scorecard: a constant number of service calls (one read per table, one write)
// whatever the number of rows. Call it under the document lock, so two interviewers submitting
// at once each get their own row.
import { sameName } from '../../domain/scoring/interviewer';
import type { ScorecardPayload } from '../../domain/scoring/payloads';
import { SCORECARD_CAPACITY, SCORECARD_COLUMNS } from './layout';
import { scorecardRow } from './scorecard-rows';
import { readCandidates, readScorecards, type StoredScorecard } from './tracker-reads';
import type { OpenTracker } from './tracker-registry';

/** Writes the scorecard and returns every scorecard of that candidate, the new one included. */
export function appendScorecard(
  tracker: Pick<OpenTracker, 'candidates' | 'scorecards'>,
  card: ScorecardPayload,
): { candidate: string; scorecards: StoredScorecard[] } {
  const candidate = readCandidates(tracker).candidates.find((c) => sameName(c.name, card.candidate));
  if (!candidate) {
    throw new Error(
      `"${card.candidate}" is not on the Candidates sheet. Pick a candidate from the list, or add them first. Your scorecard was not saved.`,
    );
  }
  const { scorecards, nextOffset } = readScorecards(tracker, true);
  const theirs = scorecards.filter((s) => sameName(s.candidate, candidate.name));
  const earlier = theirs.find((s) => sameName(s.interviewer, card.interviewer));
  if (earlier) {
    throw new Error(
      `${earlier.interviewer} has already scored ${candidate.name} (row ${earlier.offset + 1} of the Scorecards sheet). One scorecard per interviewer and candidate: edit that row to change it.`,
    );
  }
  if (nextOffset > SCORECARD_CAPACITY) {
    throw new Error(
      `The Scorecards sheet is full: its debrief formulas cover ${SCORECARD_CAPACITY} scorecards. Your scorecard was not saved.`,
    );
  }
  tracker.scorecards.offset(nextOffset, 0, 1, SCORECARD_COLUMNS.length).setValues([scorecardRow(card, candidate.name)]);
  const stored: StoredScorecard = {
    candidate: candidate.name,
    interviewer: card.interviewer,
    date: card.date,
    scores: card.scores,
    redFlags: card.redFlags,
    notes: card.notes.trim(),
    offset: nextOffset,
  };
  return { candidate: candidate.name, scorecards: [...theirs, stored] };
}
