// What the sidebar lists of a tracker's candidates (who has submitted, never what) and the
// comparison of revealed candidates: reveal state and panels from the seal store, scores from
// the sheet once revealed, judged by the one debrief rule the sheet shows.
import type { CandidateListing, ComparisonView } from '../../domain/scoring/api';
import { rankForComparison } from '../../domain/scoring/comparison';
import { redFlagsRaised, scorecardCount } from '../../domain/scoring/debrief-text';
import { debriefLines, type SealsOf } from '../../sheets/tracker/debrief-sheet';
import { CANDIDATE_COLUMNS, SCORECARD_COLUMNS } from '../../sheets/tracker/layout';
import { SEALING_READ, checkColumns, listCandidateRows, type ListedCandidate } from '../../sheets/tracker/reveal-sheet';
import { openTracker, type OpenTracker } from '../../sheets/tracker/tracker-registry';
import { submittedNames } from './access';
import { openSealStore, readCandidate, type SealStore } from './seal-store';

const READ_ONLY = 'Nothing was changed.';
/** Every candidate's state, in one read. */
const sealStore = () => openSealStore(PropertiesService.getDocumentProperties(), 'whole');

/** The listing names who submitted: it reads these Scorecards columns alone. */
const LISTING = ['candidate', 'interviewer'];
/** The listing shows each candidate's stage too. */
const LISTED = [...SEALING_READ, 'stage'];

/** Refuses (outcome appended) when a column the listing reads is gone, so a write can check before it writes. */
export function checkListing(tracker: OpenTracker<'candidates' | 'scorecards'>, outcome: string): void {
  checkColumns(tracker.scorecards, SCORECARD_COLUMNS, LISTING, outcome);
  checkColumns(tracker.candidates, CANDIDATE_COLUMNS, LISTED, outcome);
}

/** The context's candidate list: who has submitted (as the store knows it), never what. */
export function listCandidatesWithPanels(tracker: OpenTracker<'candidates' | 'scorecards'>): CandidateListing[] {
  checkColumns(tracker.scorecards, SCORECARD_COLUMNS, LISTING, READ_ONLY); // a tracker missing these columns is refused, as before
  const store = sealStore();
  return listCandidateRows(tracker, READ_ONLY, LISTED).map((candidate) => listing(store, tracker.id, candidate));
}

/** One candidate as the list shows them (a candidate just added), reading only their keys of the store. */
export function listCandidate(trackerId: number, candidate: ListedCandidate): CandidateListing {
  return listing(openSealStore(PropertiesService.getDocumentProperties()), trackerId, candidate);
}

function listing(store: SealStore, trackerId: number, candidate: ListedCandidate): CandidateListing {
  const state = readCandidate(store, trackerId, candidate.name).state; // an unreadable one lists as empty; its own calls say why
  const submitted = submittedNames(state);
  return {
    name: candidate.name,
    stage: candidate.stage,
    scorecards: submitted.length,
    panelCell: candidate.panelCell,
    panel: state?.panel ?? [],
    submitted,
    revealed: state?.revealed ?? null,
  };
}

/** The seal store's view of a tracker's candidates, for the debrief written on the sheet (one read of the store). */
export function storeSeals(trackerId: number): SealsOf {
  const store = sealStore();
  return (candidate) => {
    const state = readCandidate(store, trackerId, candidate.name).state;
    return { revealed: Boolean(state?.revealed), panel: state?.panel ?? [], submitted: submittedNames(state) };
  };
}

/**
 * "Compare candidates": revealed candidates ranked, from the debrief the sheet shows (one rule:
 * debrief-sheet.ts); the sealed ones only named. Revealed or not is the store's word.
 */
export function getComparison(id: number): ComparisonView {
  const tracker = openTracker(SpreadsheetApp.getActiveSpreadsheet(), id, READ_ONLY);
  // The rate check is the one figure read from a formula column: refused when it is blocked.
  const lines = debriefLines(tracker, READ_ONLY, storeSeals(id), ['rate_check']);
  return {
    rows: rankForComparison(
      lines.flatMap(({ candidate, debrief: d }) =>
        d
          ? [
              {
                candidate: candidate.name,
                weighted: d.weighted,
                votes: d.votes,
                scorecards: scorecardCount(d),
                redFlags: d.redFlagTotal,
                redFlagsRaised: redFlagsRaised(d),
                rateCheck: candidate.rateCheck,
                recommendation: d.recommendation,
                panelNote: d.panelNote,
                evidence: d.evidence,
              },
            ]
          : [],
      ),
    ),
    sealed: lines.filter((l) => !l.debrief).map((l) => l.candidate.name),
  };
}
