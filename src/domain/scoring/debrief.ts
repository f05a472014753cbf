// The debrief of one candidate from all their scorecards: averages, weighted score, where
// interviewers disagree, red flags, the evidence behind it and the recommendation. Defined here
// once: the sidebar shows it, and the server writes it onto the Candidates sheet as values
// (each debrief column of the tracker's layout says which figure it shows), so the two cannot disagree.
import { hiring } from '../dataset';
import { findDuplicates, duplicatesText, type ConflictingRows, type RepeatedRow } from './duplicates';
import { DEFAULT_MIN_SCORED, TOO_FEW, scoredCount } from './evidence';
import { panelProgress } from './panel';
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
  /** Cells of a typed row that hold neither a blank nor a readable value ("Database: 7"); such a card does not count. */
  unreadable?: string[];
  /** The Scorecards sheet row it was read from; none for a sealed scorecard (duplicates.ts names rows by it). */
  row?: number;
}

export interface DebriefOptions {
  /** Questions a scorecard must score to count (the Scoring rules setting). */
  minScored?: number;
  /** The candidate's panel, and everyone with a scorecard (sealed ones included). */
  panel?: readonly string[];
  submitted?: readonly string[];
}

export interface Evidence {
  /** Scorecards that count toward the figures. */
  counted: number;
  minScored: number;
  /** Interviewers whose scorecard scored fewer questions than minScored. */
  tooFew: string[];
  /** "Ben: Database holds 7", one per cell of a scorecard that could not be read. */
  unreadable: string[];
  /** Rows repeating another of the same interviewer with the same answers: counted once (duplicates.ts). */
  repeats: RepeatedRow[];
  /** Rows of one interviewer with different answers: none of them counted. */
  conflicts: ConflictingRows[];
  /** Panel members who have submitted, and the panel's size (0: no panel set). */
  panelSubmitted: number;
  panelSize: number;
}

export interface Debrief {
  candidate: string;
  scorecards: ScorecardRecord[];
  /** Mean of the scores given on counted scorecards, per question id; null when nobody had evidence. */
  averages: Record<string, number | null>;
  /** Highest minus lowest score, per question id (0 with fewer than two scores). */
  spreads: Record<string, number>;
  /** Question ids where interviewers are DISAGREEMENT_GAP or more points apart. */
  disagreements: string[];
  /** Weighted mean of the averages over the questions that have one, to 2 decimals. */
  weighted: number | null;
  /** How many interviewers raised each red flag, per flag id. */
  redFlagCounts: Record<string, number>;
  /** Who raised each red flag, per flag id, in scorecard order. */
  redFlagsRaisedBy: Record<string, string[]>;
  /** Different red flags raised (one flag ticked by two interviewers is one). */
  redFlagTotal: number;
  /** Overall votes of the counted scorecards. */
  votes: VoteCounts;
  evidence: Evidence;
  recommendation: Pick<RecommendationRule, 'id' | 'label' | 'why' | 'tone'>;
  /** "incomplete panel: 1 of 2" while panel members have not submitted; '' otherwise. */
  panelNote: string;
}

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

export const incompletePanel = (submitted: number, size: number) =>
  size > 0 && submitted < size ? `incomplete panel: ${submitted} of ${size}` : '';

export function computeDebrief(candidate: string, scorecards: ScorecardRecord[], weights: Weights, options: DebriefOptions = {}): Debrief {
  const minScored = options.minScored ?? DEFAULT_MIN_SCORED;
  // Duplicates first: a repeated row is one scorecard, rows that conflict are none (duplicates.ts).
  const { distinct, repeats, conflicts } = findDuplicates(scorecards);
  const unreadable = distinct.flatMap((c) => (c.unreadable ?? []).map((u) => `${c.interviewer || 'no interviewer'}: ${u}`));
  const thin = distinct.filter((c) => !c.unreadable?.length && scoredCount(c.scores) < minScored);
  const counted = distinct.filter((c) => !c.unreadable?.length && scoredCount(c.scores) >= minScored);
  const averages: Record<string, number | null> = {};
  const spreads: Record<string, number> = {};
  for (const q of hiring.questions) {
    const given = counted.map((c) => c.scores[q.id]).filter((s): s is number => typeof s === 'number');
    averages[q.id] = given.length ? given.reduce((a, b) => a + b, 0) / given.length : null;
    spreads[q.id] = given.length ? Math.max(...given) - Math.min(...given) : 0;
  }
  const disagreements = hiring.questions.filter((q) => spreads[q.id] >= DISAGREEMENT_GAP).map((q) => q.id);
  const redFlagCounts: Record<string, number> = {};
  const redFlagsRaisedBy: Record<string, string[]> = {};
  for (const f of hiring.redFlags) {
    redFlagsRaisedBy[f.id] = distinct.filter((c) => c.redFlags.includes(f.id)).map((c) => c.interviewer);
    redFlagCounts[f.id] = redFlagsRaisedBy[f.id].length;
  }
  const redFlagTotal = Object.values(redFlagCounts).filter((n) => n > 0).length;
  const weighted = weightedScore(averages, weights);
  const votes = countVotes(counted.map((c) => c.vote));
  const panel = options.panel ?? [];
  const panelSubmitted = panelProgress(panel, options.submitted ?? scorecards.map((c) => c.interviewer)).done.length;
  const rule = recommend({
    scorecards: scorecards.length,
    counted: counted.length,
    conflicts: conflicts.length,
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
    evidence: {
      counted: counted.length,
      minScored,
      tooFew: thin.map((c) => c.interviewer),
      unreadable,
      repeats,
      conflicts,
      panelSubmitted,
      panelSize: panel.length,
    },
    recommendation: { id: rule.id, label: rule.label, why: rule.why, tone: rule.tone },
    panelNote: incompletePanel(panelSubmitted, panel.length),
  };
}

/** "2 counted; Ben: too few questions scored; 1 duplicate scorecard row (row 12 repeats row 9): counted once", as the sheet's Evidence column and the comparison show it. */
export function evidenceText(e: Evidence): string {
  const parts = [`${e.counted} counted`];
  if (e.tooFew.length) parts.push(`${e.tooFew.join(', ')}: ${TOO_FEW} (under ${e.minScored})`);
  if (e.unreadable.length) parts.push(`not counted, unreadable: ${e.unreadable.join('; ')}`);
  parts.push(...duplicatesText(e));
  return parts.join('; ');
}
