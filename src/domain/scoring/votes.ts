// The overall vote of a scorecard and the round it was given in. The vote is Lever's 4-point
// scale, without a neutral middle, so every interviewer leans one way; the score per question
// says why. Both lists drive the sidebar's choices, the Scorecards sheet's dropdowns and the
// Candidates sheet's vote formulas.
export const VOTES = ['Strong no', 'No', 'Yes', 'Strong yes'] as const;
export type Vote = (typeof VOTES)[number];

/** Votes that count against a candidate in the recommendation rules. */
export const VOTES_AGAINST: readonly Vote[] = ['Strong no', 'No'];

export const ROUNDS = ['screening', 'technical', 'take-home review', 'references', 'trial'] as const;
export type Round = (typeof ROUNDS)[number];

export const isVote = (value: unknown): value is Vote => typeof value === 'string' && (VOTES as readonly string[]).includes(value);
export const isRound = (value: unknown): value is Round => typeof value === 'string' && (ROUNDS as readonly string[]).includes(value);

export type VoteCounts = Record<Vote, number>;

export function countVotes(votes: readonly (Vote | null)[]): VoteCounts {
  const counts = Object.fromEntries(VOTES.map((v) => [v, 0])) as VoteCounts;
  for (const v of votes) if (v) counts[v]++;
  return counts;
}

export const votesAgainst = (counts: VoteCounts) => VOTES_AGAINST.reduce((n, v) => n + counts[v], 0);

/** "1 Strong yes, 2 No", strongest yes first, as the Candidates sheet writes it ('' without votes). */
export function voteSummary(counts: VoteCounts): string {
  return [...VOTES]
    .reverse()
    .filter((v) => counts[v] > 0)
    .map((v) => `${counts[v]} ${v}`)
    .join(', ');
}
