// The sidebar's list after adding a candidate: the answer carries the new candidate alone, and
// the list the sidebar holds takes them in (a list of a thousand is not sent again for one more).
import type { CandidateAdded, ScoringContext } from './api';
import { sameName } from './interviewer';

/**
 * The shown context with the added candidate at the end of its list (in place of a listed
 * candidate of the same name, left there by someone deleting their row since), or null when the
 * context shown is another tracker's: then the sidebar loads the tracker the candidate went to.
 */
export function withAddedCandidate(shown: ScoringContext | null, added: CandidateAdded): ScoringContext | null {
  if (!shown || shown.trackerId !== added.trackerId) return null;
  const others = shown.candidates.filter((c) => !sameName(c.name, added.candidate.name));
  return { ...shown, candidates: [...others, added.candidate] };
}
