// A scorecard as a row of the Scorecards sheet, and back. Typed names and notes go in as text
// (asText), so "=HYPERLINK(…)" typed as a name stays a name.
import { dataset } from '../../domain/dataset';
import type { ScorecardRecord } from '../../domain/scoring/debrief';
import type { ScorecardPayload } from '../../domain/scoring/payloads';
import { isRound, isVote, type Round, type Vote } from '../../domain/scoring/votes';
import { asText } from '../cell-text';
import { SCORECARD_COLUMNS, columnOf } from './layout';

const { questions, redFlags } = dataset.hiring;
const at = (key: string) => columnOf(SCORECARD_COLUMNS, key) - 1;
const CANDIDATE = at('candidate');
const INTERVIEWER = at('interviewer');
const ROUND = at('round');
const DATE = at('date');
const VOTE = at('vote');
const NOTES = at('notes');
const FIRST_SCORE = at(`score_${questions[0].id}`);
const FIRST_FLAG = at(`flag_${redFlags[0].id}`);

/** What a row is written from: a payload, or a sealed scorecard being revealed. */
export type ScorecardCells = Omit<ScorecardPayload, 'trackerId' | 'candidate' | 'round' | 'vote'> & { round: Round | null; vote: Vote | null };

/** candidate: the name as the Candidates sheet spells it, so COUNTIFS finds the row. */
export function scorecardRow(card: ScorecardCells, candidate: string): (string | number | boolean)[] {
  const row: (string | number | boolean)[] = Array(SCORECARD_COLUMNS.length).fill('');
  row[CANDIDATE] = asText(candidate);
  row[INTERVIEWER] = asText(card.interviewer);
  row[ROUND] = card.round ?? '';
  row[VOTE] = card.vote ?? '';
  row[DATE] = card.date; // YYYY-MM-DD, checked by the schema: Sheets reads it as a date in the sheet's own time zone
  questions.forEach((q, i) => (row[FIRST_SCORE + i] = card.scores[q.id] ?? ''));
  redFlags.forEach((f, i) => (row[FIRST_FLAG + i] = card.redFlags.includes(f.id)));
  row[NOTES] = card.notes.trim() ? asText(card.notes) : '';
  return row;
}

const text = (value: unknown) => (value === null || value === undefined ? '' : String(value)).trim();

/** A sheet row as a record; null for a row without a candidate. date: the cell as displayed. */
export function scorecardFromRow(values: readonly unknown[], date: string): ScorecardRecord | null {
  const candidate = text(values[CANDIDATE]);
  if (!candidate) return null;
  const scores: Record<string, number | null> = {};
  questions.forEach((q, i) => {
    const v = values[FIRST_SCORE + i];
    scores[q.id] = typeof v === 'number' ? v : null;
  });
  return {
    candidate,
    interviewer: text(values[INTERVIEWER]),
    round: isRound(values[ROUND]) ? values[ROUND] : null,
    date,
    vote: isVote(values[VOTE]) ? values[VOTE] : null,
    scores,
    redFlags: redFlags.filter((_, i) => values[FIRST_FLAG + i] === true).map((f) => f.id),
    notes: text(values[NOTES]),
  };
}

/** Whether a row holds anything a person typed in the columns that identify a scorecard. */
export function rowIsUsed(values: readonly unknown[]): boolean {
  return text(values[CANDIDATE]) !== '' || text(values[INTERVIEWER]) !== '';
}

export const SCORECARD_DATE_COLUMN = DATE + 1;

/** What a sealed row holds where the scores, vote, red flags and notes go. */
export const SEALED = 'sealed';
/** The cells a sealed row hides, 0-based and contiguous: scores, vote, red flags, notes. */
export const SEALED_CELLS = { first: FIRST_SCORE, last: NOTES } as const;

/** A row whose notes and vote still say "sealed": its scorecard waits in the seal store. */
export const isSealedRow = (values: readonly unknown[]) => text(values[NOTES]) === SEALED && text(values[VOTE]) === SEALED;

/** The Scorecards row of a sealed scorecard: who, which round, when, and "sealed" for the rest. */
export function sealedRow(card: Pick<ScorecardCells, 'interviewer' | 'round' | 'date'>, candidate: string): (string | number | boolean)[] {
  const row = scorecardRow({ ...card, vote: null, scores: Object.fromEntries(questions.map((q) => [q.id, null])), redFlags: [], notes: '' }, candidate);
  for (let i = SEALED_CELLS.first; i <= SEALED_CELLS.last; i++) row[i] = SEALED;
  return row;
}
