// What the sidebar lists of a tracker's candidates (who has submitted, never what) and the
// comparison of revealed candidates: reveal state and panels from the seal store, scores from
// the sheet once revealed.
import type { CandidateListing, ComparisonView } from '../../domain/scoring/api';
import { rankForComparison, type ComparisonRow } from '../../domain/scoring/comparison';
import { computeDebrief } from '../../domain/scoring/debrief';
import { sameName } from '../../domain/scoring/interviewer';
import { hiring } from '../../domain/dataset';
import { SEALING_READ, readCandidateDetails } from '../../sheets/tracker/reveal-sheet';
import { readScorecards, readWeights } from '../../sheets/tracker/tracker-reads';
import { openTracker, type OpenTracker } from '../../sheets/tracker/tracker-registry';
import { submittedNames } from './access';
import { openSealStore, readCandidate } from './seal-store';

const READ_ONLY = 'Nothing was changed.';
const sealStore = () => openSealStore(PropertiesService.getDocumentProperties());

/** The listing names who submitted: it reads these Scorecards columns alone. */
const LISTING = ['candidate', 'interviewer'];
/** The listing shows each candidate's stage too. */
const LISTED = [...SEALING_READ, 'stage'];

/** Refuses (outcome appended) when a column the listing reads is gone, so a write can check before it writes. */
export function checkListing(tracker: OpenTracker<'candidates' | 'scorecards'>, outcome: string): void {
  readScorecards(tracker, outcome, false, LISTING);
  readCandidateDetails(tracker, outcome, LISTED);
}

/** The context's candidate list: who has submitted (as the store knows it), never what. */
export function listCandidatesWithPanels(tracker: OpenTracker<'candidates' | 'scorecards'>): CandidateListing[] {
  readScorecards(tracker, READ_ONLY, false, LISTING); // a tracker missing these columns is refused, as before
  const store = sealStore();
  return readCandidateDetails(tracker, READ_ONLY, LISTED).map((candidate) => {
    const state = readCandidate(store, tracker.id, candidate.name).state; // an unreadable one lists as empty; its own calls say why
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
  });
}

/** "Compare candidates": revealed candidates ranked; the sealed ones only named. */
export function getComparison(id: number): ComparisonView {
  const tracker = openTracker(SpreadsheetApp.getActiveSpreadsheet(), id, READ_ONLY);
  const weights = readWeights(tracker, READ_ONLY);
  const rows = readScorecards(tracker, READ_ONLY, true).scorecards.filter((s) => !s.sealed);
  const store = sealStore();
  const compared: ComparisonRow[] = [];
  const sealed: string[] = [];
  // The rate check is the one figure read from a computed column: refused when it is blocked.
  for (const candidate of readCandidateDetails(tracker, READ_ONLY, SEALING_READ, ['rate_check'])) {
    if (!readCandidate(store, tracker.id, candidate.name).state?.revealed) {
      sealed.push(candidate.name);
      continue;
    }
    const d = computeDebrief(
      candidate.name,
      rows.filter((r) => sameName(r.candidate, candidate.name)),
      weights,
    );
    compared.push({
      candidate: candidate.name,
      weighted: d.weighted,
      votes: d.votes,
      scorecards: d.scorecards.length,
      redFlags: d.redFlagTotal,
      redFlagsRaised: hiring.redFlags
        .filter((f) => d.redFlagsRaisedBy[f.id].length)
        .map((f) => `${f.name} (${d.redFlagsRaisedBy[f.id].join(', ')})`),
      rateCheck: candidate.rateCheck,
      recommendation: d.recommendation,
    });
  }
  return { rows: rankForComparison(compared), sealed };
}
