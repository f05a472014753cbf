// How much each interview question counts in a candidate's weighted score. The sheet holds the
// weights (the team may change them); these are the defaults it starts with.
import { hiring } from '../dataset';
import type { SourceId } from '../terms';

export interface WeightOverride {
  questionId: string;
  weight: number;
  why: string;
  source: SourceId;
  section: string;
}

/** Questions that start above weight 1, each with the reason and its source. */
export const WEIGHT_OVERRIDES: readonly WeightOverride[] = [
  {
    questionId: 'database',
    weight: 2,
    why: 'Database counts double: the source names database design and query tuning as the skill that matters most.',
    source: 'navspace-2026',
    section: 'Frequently Asked Questions / most important skill',
  },
];

/** Weights the team may type: 0 drops a question, 10 is the most one question can count. */
export const MAX_WEIGHT = 10;

export type Weights = Record<string, number>;

export function defaultWeights(): Weights {
  const weights: Weights = {};
  for (const q of hiring.questions) weights[q.id] = WEIGHT_OVERRIDES.find((o) => o.questionId === q.id)?.weight ?? 1;
  return weights;
}

/** Each weight as a share of their total (0 when all are 0), as the sheet shows them. */
export function weightShares(weights: Weights): Weights {
  const total = Object.values(weights).reduce((sum, w) => sum + w, 0);
  const shares: Weights = {};
  for (const [id, w] of Object.entries(weights)) shares[id] = total > 0 ? w / total : 0;
  return shares;
}
