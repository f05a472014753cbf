// Appending a scorecard: one read per sheet and one write, whatever the number of rows. Call it
// under the document lock, so two interviewers submitting at once each get their own row.
import { sameName } from '../../domain/scoring/interviewer';
import type { ScorecardPayload } from '../../domain/scoring/payloads';
import { scorecardValues } from './scorecard-rows';
import { readCandidates, readScorecards, writeRow, type StoredScorecard } from './tracker-reads';
import type { OpenTracker } from './tracker-registry';

const NOT_SAVED = 'Your scorecard was not saved.';

/** Writes the scorecard into the first empty row and returns every scorecard of that candidate, the new one included. */
export function appendScorecard(
  tracker: OpenTracker<'candidates' | 'scorecards'>,
  card: ScorecardPayload,
): { candidate: string; scorecards: StoredScorecard[] } {
  const candidate = readCandidates(tracker, NOT_SAVED, ['name']).candidates.find((c) => sameName(c.name, card.candidate));
  if (!candidate) {
    throw new Error(`"${card.candidate}" is not on the Candidates sheet. Pick a candidate from the list, or add them first. ${NOT_SAVED}`);
  }
  const { table, scorecards } = readScorecards(tracker, NOT_SAVED, true);
  const theirs = scorecards.filter((s) => sameName(s.candidate, candidate.name));
  const earlier = theirs.find((s) => sameName(s.interviewer, card.interviewer));
  if (earlier) {
    throw new Error(
      `${earlier.interviewer} has already scored ${candidate.name} (row ${earlier.row} of the Scorecards sheet). One scorecard per interviewer and candidate: edit that row to change it.`,
    );
  }
  const row = writeRow(table, scorecardValues(card, candidate.name));
  const stored: StoredScorecard = {
    candidate: candidate.name,
    interviewer: card.interviewer,
    round: card.round,
    date: card.date,
    vote: card.vote,
    scores: card.scores,
    redFlags: card.redFlags,
    notes: card.notes.trim(),
    row,
    sealed: false,
  };
  return { candidate: candidate.name, scorecards: [...theirs, stored] };
}
