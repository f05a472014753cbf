// Reading a tracker back: one getValues per table, whatever the number of rows in use.
import type { ScorecardRecord } from '../../domain/scoring/debrief';
import type { Weights } from '../../domain/scoring/weights';
import { dataset } from '../../domain/dataset';
import { CANDIDATE_COLUMNS, columnOf } from './layout';
import { SCORECARD_DATE_COLUMN, rowIsUsed, scorecardFromRow } from './scorecard-rows';
import type { OpenTracker } from './tracker-registry';

export interface CandidateRow {
  name: string;
  stage: string;
  /** Row offset inside the named table (the header is 0), i.e. sheet row − 1. */
  offset: number;
}

export interface StoredScorecard extends ScorecardRecord {
  offset: number;
}

const NAME = columnOf(CANDIDATE_COLUMNS, 'name') - 1;
const STAGE = columnOf(CANDIDATE_COLUMNS, 'stage') - 1;
const cellText = (v: unknown) => (v === null || v === undefined ? '' : String(v)).trim();

/** The candidates (rows with a name) and the first row offset free for a new one (0 when full). */
export function readCandidates(tracker: Pick<OpenTracker, 'candidates'>): { candidates: CandidateRow[]; freeOffset: number } {
  const values = tracker.candidates.getValues();
  const candidates: CandidateRow[] = [];
  let freeOffset = 0;
  for (let offset = 1; offset < values.length; offset++) {
    const name = cellText(values[offset][NAME]);
    if (name) candidates.push({ name, stage: cellText(values[offset][STAGE]), offset });
    else if (!freeOffset) freeOffset = offset;
  }
  return { candidates, freeOffset };
}

/**
 * Every scorecard and the row offset after the last used row (the table's height when full).
 * withDates reads the date column as displayed too: dates cannot cross google.script.run as Date.
 */
export function readScorecards(
  tracker: Pick<OpenTracker, 'scorecards'>,
  withDates = false,
): { scorecards: StoredScorecard[]; nextOffset: number } {
  const values = tracker.scorecards.getValues();
  const dates = withDates ? tracker.scorecards.offset(1, SCORECARD_DATE_COLUMN - 1, values.length - 1, 1).getDisplayValues() : [];
  const scorecards: StoredScorecard[] = [];
  let nextOffset = 1;
  for (let offset = 1; offset < values.length; offset++) {
    if (!rowIsUsed(values[offset])) continue;
    nextOffset = offset + 1;
    const record = scorecardFromRow(values[offset], dates[offset - 1]?.[0] ?? '');
    if (record) scorecards.push({ ...record, offset });
  }
  return { scorecards, nextOffset };
}

/** The weights as typed on the sheet; a blank or non-number weight counts 0, as in the formulas. */
export function readWeights(tracker: Pick<OpenTracker, 'weights'>): Weights {
  const values = tracker.weights.getValues();
  const weights: Weights = {};
  dataset.hiring.questions.forEach((q, i) => {
    const v = values[i]?.[0];
    weights[q.id] = typeof v === 'number' && Number.isFinite(v) ? v : 0;
  });
  return weights;
}
