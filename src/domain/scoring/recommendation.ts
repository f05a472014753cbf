// The recommendation rules, as data, scores and overall votes alike. The same list drives the
// debrief (recommend), which the sidebar shows and the server writes onto the Candidates sheet,
// and the rules written on the Scoring rules sheet, so they cannot drift.

/** Below this weighted score a candidate is not advanced: the midpoint between "no" and "yes". */
export const STOP_BELOW = 2.5;
/** From this weighted score on, the average interviewer said "yes". */
export const ADVANCE_AT = 3;
/** Two interviewers this many points apart on one question disagree. */
export const DISAGREEMENT_GAP = 2;
/** This many different red flags stop a candidate whatever the scores (one flag ticked by two interviewers is one). */
export const RED_FLAGS_TO_STOP = 2;

/** What a rule looks at, per candidate. weighted is null when no question has a score. */
export interface DebriefFigures {
  scorecards: number;
  /** Scorecards with enough questions scored to count (see evidence.ts). */
  counted: number;
  /** Interviewers with two or more different scorecards for the candidate, none counted (see duplicates.ts). */
  conflicts: number;
  /** Different red flags raised. */
  redFlags: number;
  disagreements: number;
  weighted: number | null;
  /** Overall votes of "No" or "Strong no" (see votes.ts). */
  votesAgainst: number;
}
export type Metric = keyof DebriefFigures;

export interface Condition {
  metric: Metric;
  op: '=' | '>=' | '<';
  value: number;
}

export interface RecommendationRule {
  id: string;
  /** What the Candidates sheet shows; also what its colours key on. */
  label: string;
  /** null: the rule that applies when no other does (always last). */
  when: Condition | null;
  /** The condition in words, for the rules written on the sheet. */
  condition: string;
  /** Why, for the debrief in the sidebar. */
  why: string;
  tone: 'waiting' | 'stop' | 'caution' | 'go';
}

export const RECOMMENDATION_RULES: readonly RecommendationRule[] = [
  {
    id: 'awaiting',
    label: 'Awaiting scorecards',
    when: { metric: 'scorecards', op: '=', value: 0 },
    condition: 'No scorecard yet',
    why: 'Nobody has scored this candidate yet.',
    tone: 'waiting',
  },
  {
    id: 'red_flags',
    label: 'Do not advance: red flags',
    when: { metric: 'redFlags', op: '>=', value: RED_FLAGS_TO_STOP },
    condition: `${RED_FLAGS_TO_STOP} or more different red flags raised`,
    why: `${RED_FLAGS_TO_STOP} or more different red flags were raised. Each one is a sign of a costly hire, whatever the scores say.`,
    tone: 'stop',
  },
  {
    // After red flags: resolving the conflict adds one interviewer's scorecard, which cannot take a flag away.
    id: 'conflicting',
    label: 'Resolve duplicate scorecards',
    when: { metric: 'conflicts', op: '>=', value: 1 },
    condition: 'An interviewer has two different scorecards for the candidate',
    why: 'An interviewer has two different scorecards for this candidate on the Scorecards sheet (the Evidence says which rows). DevRate counts neither rather than guess which is meant: delete the wrong one.',
    tone: 'waiting',
  },
  {
    id: 'disagreement',
    label: 'Debrief first',
    when: { metric: 'disagreements', op: '>=', value: 1 },
    condition: `Interviewers differ by ${DISAGREEMENT_GAP} or more points on a question`,
    why: `Some interviewers are ${DISAGREEMENT_GAP} or more points apart on a question. Talk it through before you decide: an average hides this.`,
    tone: 'caution',
  },
  {
    id: 'low_score',
    label: 'Do not advance: low score',
    when: { metric: 'weighted', op: '<', value: STOP_BELOW },
    condition: `Weighted score below ${STOP_BELOW}`,
    why: `The weighted score is below ${STOP_BELOW}: the interviewers lean towards "no".`,
    tone: 'stop',
  },
  {
    id: 'one_red_flag',
    label: 'Check the red flag',
    when: { metric: 'redFlags', op: '>=', value: 1 },
    condition: 'One red flag raised (by one interviewer or more)',
    why: 'One red flag was raised. Check it, for example by calling references, before the candidate goes further.',
    tone: 'caution',
  },
  {
    id: 'too_few',
    label: 'Too few questions scored',
    when: { metric: 'counted', op: '=', value: 0 },
    condition: 'No scorecard scored enough questions to count (the setting below)',
    why: 'No scorecard scored enough questions to count: the scores there are are too thin to judge on. Ask for a fuller scorecard.',
    tone: 'waiting',
  },
  {
    id: 'votes_against',
    label: 'Hold: a no vote',
    when: { metric: 'votesAgainst', op: '>=', value: 1 },
    condition: 'An interviewer voted No or Strong no',
    why: 'The scores look fine, but an interviewer voted no overall. Hear why before the candidate goes further.',
    tone: 'caution',
  },
  {
    id: 'advance',
    label: 'Advance',
    when: { metric: 'weighted', op: '>=', value: ADVANCE_AT },
    condition: `Weighted score ${ADVANCE_AT} or more`,
    why: `The weighted score is ${ADVANCE_AT} or more, with no red flag, no split between interviewers and no vote against.`,
    tone: 'go',
  },
  {
    id: 'hold',
    label: 'Hold',
    when: null,
    condition: 'Otherwise',
    why: `The weighted score sits between ${STOP_BELOW} and ${ADVANCE_AT}: neither a clear yes nor a clear no.`,
    tone: 'caution',
  },
];

/** A condition never holds for a missing weighted score (no question scored). */
export function holds(condition: Condition, figures: DebriefFigures): boolean {
  const actual = figures[condition.metric];
  if (actual === null) return false;
  switch (condition.op) {
    case '=':
      return actual === condition.value;
    case '>=':
      return actual >= condition.value;
    case '<':
      return actual < condition.value;
  }
}

/** The first rule that holds, in order. */
export function recommend(figures: DebriefFigures): RecommendationRule {
  const rule = RECOMMENDATION_RULES.find((r) => r.when === null || holds(r.when, figures));
  if (!rule) throw new Error('The recommendation rules need a last rule without a condition.');
  return rule;
}

/** "1. No scorecard yet → Awaiting scorecards", one line per rule, as written on the sheet. */
export function ruleLines(): string[] {
  return RECOMMENDATION_RULES.map((r, i) => `${i + 1}. ${r.condition} → ${r.label}`);
}
