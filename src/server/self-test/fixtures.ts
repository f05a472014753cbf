// The data the template tests and the self-test's template rows insert: one source, so what the
// self-test compares on real Sheets is what the emulator tests compare. Pure data over the domain.
import { defaultBudgetInput } from '../../domain/budget/defaults';
import { budgetInputSchema, type BudgetInput } from '../../domain/budget/schema';
import { hiring } from '../../domain/dataset';
import { builtInTable } from '../../domain/figure-table';
import type { ScorecardRecord } from '../../domain/scoring/debrief';
import type { Vote } from '../../domain/scoring/votes';

/** A valid wizard payload: an MVP with a senior and two part-time mid AI developers. */
export function budgetFixture(change: (input: BudgetInput) => void = () => {}): BudgetInput {
  const input = defaultBudgetInput(builtInTable(), 'mvp');
  input.project.name = 'Checkout';
  input.project.deliverables = ['Payments API with tests', 'Admin dashboard backend'];
  input.team.members = [
    { level: 'senior', region: 'eastern_europe', spec: 'backend', count: 1, allocation: 100 },
    { level: 'mid', region: 'asia', spec: 'ai', count: 2, allocation: 50 },
  ];
  input.hidden.trialWeeks = 2;
  change(input);
  return budgetInputSchema.parse(input);
}

/** A scorecard of the tracker fixture: scores in question order (null: no evidence), red flag ids, vote. */
export type FixtureScorecard = readonly [
  candidate: string,
  interviewer: string,
  scores: readonly (number | null)[],
  flags?: readonly string[],
  vote?: Vote,
];

/** Strong on every question but the last, which nobody had evidence for. */
export const STRONG_SCORES: readonly (number | null)[] = [4, 3, 4, 3, 3, null];
const [flag1, flag2] = hiring.redFlags.map((f) => f.id);

/**
 * Eight revealed candidates whose scorecards reach every recommendation the rules give (worked
 * out by hand in tests/formulas/tracker-debrief.test.ts), a lower-case name included.
 */
export const TRACKER_FIXTURE: { readonly candidates: readonly string[]; readonly scorecards: readonly FixtureScorecard[] } = {
  candidates: ['Ana', 'Bo', 'Cy', 'Di', 'Ed', 'Flo', 'Gus', 'Hal'],
  scorecards: [
    ['Ana', 'Ben', STRONG_SCORES],
    ['ana', 'Cleo', [3, 3, 2, 3, 4, null], [flag2]], // lower case: still Ana's
    ['Bo', 'Ben', STRONG_SCORES],
    ['Bo', 'Cleo', [3, 3, 3, 3, 4, null]],
    ['Cy', 'Ben', STRONG_SCORES],
    ['Cy', 'Cleo', [3, 3, 3, 3, 4, null], [flag1]],
    ['Di', 'Ben', STRONG_SCORES, [flag1]],
    ['Di', 'Cleo', [3, 3, 3, 3, 4, null], [flag1]],
    ['Ed', 'Ben', [2, 2, 2, 3, 2, null]],
    ['Flo', 'Ben', [2, 3, 3, 3, 2, 3]],
    ['Hal', 'Ben', STRONG_SCORES, [], 'Yes'],
    ['Hal', 'Cleo', [3, 3, 3, 3, 4, null], [], 'Strong no'],
  ],
};

/** A fixture scorecard as the domain stores one. */
export function fixtureRecord([candidate, interviewer, scores, flags = [], vote]: FixtureScorecard): ScorecardRecord {
  return {
    candidate,
    interviewer,
    round: null,
    date: '2026-05-04',
    vote: vote ?? null,
    scores: Object.fromEntries(hiring.questions.map((q, i) => [q.id, scores[i] ?? null])),
    redFlags: [...flags],
    notes: '',
  };
}
