// "Compare candidates": the revealed candidates side by side. Ranked by what the debrief
// recommends first (Advance, then Hold and the other "look again" verdicts, then those waiting
// for evidence, then Do not advance), and by weighted score within each; each row says how
// complete the panel was and how much evidence counted. Only revealed candidates take part: a
// sealed candidate's scores are nobody's to compare yet.
import type { Debrief, Evidence } from './debrief';
import type { RecommendationRule } from './recommendation';
import type { VoteCounts } from './votes';

export interface ComparisonRow {
  candidate: string;
  weighted: number | null;
  votes: VoteCounts;
  scorecards: number;
  /** Different red flags raised. */
  redFlags: number;
  /** "Name ×2 (Ben, Cleo)" per red flag raised. */
  redFlagsRaised: string[];
  /** The Candidates sheet's rate check ('' when no quote or profile). */
  rateCheck: string;
  recommendation: Debrief['recommendation'];
  /** "incomplete panel: 1 of 2", or ''. */
  panelNote: string;
  evidence: Evidence;
}

/** The order of the verdicts: Advance, Hold (and every caution), waiting for evidence, Do not advance. */
export const TONE_RANK: Record<RecommendationRule['tone'], number> = { go: 0, caution: 1, waiting: 2, stop: 3 };

/** Recommendation first, then highest weighted score (none last), then fewer red flags, then by name. */
export function rankForComparison(rows: readonly ComparisonRow[]): ComparisonRow[] {
  return [...rows].sort(
    (a, b) =>
      TONE_RANK[a.recommendation.tone] - TONE_RANK[b.recommendation.tone] ||
      (b.weighted ?? -Infinity) - (a.weighted ?? -Infinity) ||
      a.redFlags - b.redFlags ||
      a.candidate.localeCompare(b.candidate),
  );
}
