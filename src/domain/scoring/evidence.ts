// When a scorecard is evidence enough to count toward a recommendation: at least MIN_SCORED of
// the questions scored (a setting on the Scoring rules sheet). A thinner scorecard is shown, but
// its scores and vote stay out of the figures; a red flag it raises still counts.
import { hiring } from '../dataset';
import { cellWords, numberIn, type CellReading } from './cells';

/** The Scoring rules sheet starts with this many; the team may change it. */
export const DEFAULT_MIN_SCORED = 4;
export const QUESTION_COUNT = hiring.questions.length;
export const TOO_FEW = 'too few questions scored';

/** Questions a scorecard scored (a score of "no evidence" is none). */
export const scoredCount = (scores: Readonly<Record<string, number | null>>) =>
  hiring.questions.filter((q) => typeof scores[q.id] === 'number').length;

/** The rule in one sentence, as the README and the Scoring rules sheet state it. */
export const evidenceRule = (minScored: number | string) =>
  `A scorecard counts toward the recommendation only with at least ${minScored} of the ${QUESTION_COUNT} questions scored (fewer shows "${TOO_FEW}"; its red flags still count), and a candidate whose panel has not all submitted is marked "incomplete panel: 1 of 2" beside any recommendation.`;

/** The setting as typed: a whole number from 1 to the number of questions (blank: the default), or what it holds. */
export function readMinScored(value: unknown): CellReading<number> {
  const words = cellWords(value);
  if (words === '') return { ok: true, value: DEFAULT_MIN_SCORED };
  const n = numberIn(value);
  return n !== null && Number.isInteger(n) && n >= 1 && n <= QUESTION_COUNT ? { ok: true, value: n } : { ok: false, shown: words };
}
