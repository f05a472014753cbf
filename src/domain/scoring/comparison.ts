// "Compare candidates": the revealed candidates side by side, best weighted score first. Only
// revealed candidates take part: a sealed candidate's scores are nobody's to compare yet.
import type { Debrief } from './debrief';
import type { VoteCounts } from './votes';

export interface ComparisonRow {
  candidate: string;
  weighted: number | null;
  votes: VoteCounts;
  scorecards: number;
  redFlags: number;
  /** "Name (raised by Ben, Cleo)" per red flag raised. */
  redFlagsRaised: string[];
  /** The Candidates sheet's rate check ('' when no quote or profile). */
  rateCheck: string;
  recommendation: Debrief['recommendation'];
}

/** Highest weighted score first; no score last; then fewer red flags; then by name. */
export function rankForComparison(rows: readonly ComparisonRow[]): ComparisonRow[] {
  return [...rows].sort(
    (a, b) => (b.weighted ?? -Infinity) - (a.weighted ?? -Infinity) || a.redFlags - b.redFlags || a.candidate.localeCompare(b.candidate),
  );
}
