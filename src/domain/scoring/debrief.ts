// The debrief of one candidate from all their scorecards: averages, weighted score, where
// interviewers disagree, red flags and the recommendation. The Candidates sheet computes the
// same figures with formulas; the formula tests hold the two to the same hand-worked examples.
import { hiring } from '../dataset';
import { DISAGREEMENT_GAP, recommend, type RecommendationRule } from './recommendation';
import { countVotes, votesAgainst, type Round, type Vote, type VoteCounts } from './votes';
import type { Weights } from './weights';

/** One scorecard as stored: a score per question id (null: no evidence), the red flag ids seen. */
export interface ScorecardRecord {
  candidate: string;
  interviewer: string;
  /** null for a row a person typed without one. */
  round: Round | null;
  date: string;
  /** The overall vote; null for a row a person typed without one. */
  vote: Vote | null;
  scores: Record<string, number | null>;
  redFlags: string[];
  notes: string;
}

export interface Debrief {
  candidate: string;
  scorecards: ScorecardRecord[];
  /** Mean of the scores given, per question id; null when nobody had evidence. */
  averages: Record<string, number | null>;
  /** Highest minus lowest score, per question id (0 with fewer than two scores). */
  spreads: Record<string, number>;
  /** Question ids where interviewers are DISAGREEMENT_GAP or more points apart. */
  disagreements: string[];
  /** Weighted mean of the averages over the questions that have one, to 2 decimals. */
  weighted: number | null;
  redFlagCounts: Record<string, number>;
  /** Who raised each red flag, per flag id, in scorecard order. */
  redFlagsRaisedBy: Record<string, string[]>;
  redFlagTotal: number;
  votes: VoteCounts;
  recommendation: Pick<RecommendationRule, 'id' | 'label' | 'why' | 'tone'>;
}

/** A score counts when it is a number above 0, as the sheet's COUNTIFS(…, ">0") counts it. */
const counts = (score: number | null | undefined): score is number => typeof score === 'number' && score > 0;

/** Rounds half away from zero on the decimal digits, as the sheet's ROUND(x, 2) does. */
export function round2(x: number): number {
  return Math.sign(x) * Number(`${Math.round(Number(`${Math.abs(x)}e2`))}e-2`);
}

export function weightedScore(averages: Record<string, number | null>, weights: Weights): number | null {
  let sum = 0;
  let weightOfScored = 0;
  for (const [id, avg] of Object.entries(averages)) {
    if (avg === null) continue;
    const w = weights[id] ?? 0;
    sum += avg * w;
    weightOfScored += w;
  }
  return weightOfScored > 0 ? round2(sum / weightOfScored) : null;
}

export function computeDebrief(candidate: string, scorecards: ScorecardRecord[], weights: Weights): Debrief {
  const averages: Record<string, number | null> = {};
  const spreads: Record<string, number> = {};
  for (const q of hiring.questions) {
    const given = scorecards.map((c) => c.scores[q.id]).filter(counts);
    averages[q.id] = given.length ? given.reduce((a, b) => a + b, 0) / given.length : null;
    spreads[q.id] = given.length ? Math.max(...given) - Math.min(...given) : 0;
  }
  const disagreements = hiring.questions.filter((q) => spreads[q.id] >= DISAGREEMENT_GAP).map((q) => q.id);
  const redFlagCounts: Record<string, number> = {};
  const redFlagsRaisedBy: Record<string, string[]> = {};
  for (const f of hiring.redFlags) {
    redFlagsRaisedBy[f.id] = scorecards.filter((c) => c.redFlags.includes(f.id)).map((c) => c.interviewer);
    redFlagCounts[f.id] = redFlagsRaisedBy[f.id].length;
  }
  const redFlagTotal = Object.values(redFlagCounts).reduce((a, b) => a + b, 0);
  const weighted = weightedScore(averages, weights);
  const votes = countVotes(scorecards.map((c) => c.vote));
  const rule = recommend({
    scorecards: scorecards.length,
    redFlags: redFlagTotal,
    disagreements: disagreements.length,
    weighted,
    votesAgainst: votesAgainst(votes),
  });
  return {
    candidate,
    scorecards,
    averages,
    spreads,
    disagreements,
    weighted,
    redFlagCounts,
    redFlagsRaisedBy,
    redFlagTotal,
    votes,
    recommendation: { id: rule.id, label: rule.label, why: rule.why, tone: rule.tone },
  };
}
