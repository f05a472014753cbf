// A scorecard as the cells of a Scorecards row, by column key, and back. Typed names and notes go
// in as text (asText), so "=HYPERLINK(…)" typed as a name stays a name.
import { hiring } from '../../domain/dataset';
import type { ScorecardRecord } from '../../domain/scoring/debrief';
import type { ScorecardPayload } from '../../domain/scoring/payloads';
import { readScore, readTick, readVote } from '../../domain/scoring/cells';
import { isRound, type Round, type Vote } from '../../domain/scoring/votes';
import { asText, cellText } from '../cell-text';
import { flagKey, scoreKey } from './layout';

const { questions, redFlags } = hiring;

/** What a row is written from: a payload, or a sealed scorecard being revealed. */
export type ScorecardCells = Omit<ScorecardPayload, 'trackerId' | 'candidate' | 'round' | 'vote'> & {
  round: Round | null;
  vote: Vote | null;
};

type Cells = Record<string, string | number | boolean>;

/** candidate: the name as the Candidates sheet spells it. */
export function scorecardValues(card: ScorecardCells, candidate: string): Cells {
  const values: Cells = {
    candidate: asText(candidate),
    interviewer: asText(card.interviewer),
    round: card.round ?? '',
    date: card.date, // YYYY-MM-DD, checked by the schema: Sheets reads it as a date in the sheet's own time zone
    vote: card.vote ?? '',
    notes: card.notes.trim() ? asText(card.notes) : '',
  };
  for (const q of questions) values[scoreKey(q.id)] = card.scores[q.id] ?? '';
  for (const f of redFlags) values[flagKey(f.id)] = card.redFlags.includes(f.id);
  return values;
}

/** A cell's value as trimmed text, '' for none. */
const text = (value: unknown) => cellText(value).trim();

/**
 * A sheet row as a record; null for a row without a candidate. cell: the row's value by column
 * key; date: as displayed. Cells are read as the domain reads them (cells.ts): '3 is 3, "yes" is
 * "Yes"; a cell that is neither blank nor readable is listed in unreadable (the card then does
 * not count, and the debrief says why). A sealed row's "sealed" cells are no scores.
 */
export function scorecardFromRow(cell: (key: string) => unknown, date: string): ScorecardRecord | null {
  const candidate = text(cell('candidate'));
  if (!candidate) return null;
  const sealed = isSealedRow(cell);
  const unreadable: string[] = [];
  const scores: Record<string, number | null> = {};
  for (const q of questions) {
    const read = sealed ? { ok: true as const, value: null } : readScore(cell(scoreKey(q.id)));
    scores[q.id] = read.ok ? read.value : null;
    if (!read.ok) unreadable.push(`${q.name} holds "${read.shown}"`);
  }
  const round = cell('round');
  const vote = sealed ? { ok: true as const, value: null } : readVote(cell('vote'));
  if (!vote.ok) unreadable.push(`Overall vote holds "${vote.shown}"`);
  const record: ScorecardRecord = {
    candidate,
    interviewer: text(cell('interviewer')),
    round: isRound(round) ? round : null,
    date,
    vote: vote.ok ? vote.value : null,
    scores,
    redFlags: redFlags.filter((f) => readTick(cell(flagKey(f.id)))).map((f) => f.id),
    notes: text(cell('notes')),
  };
  return unreadable.length ? { ...record, unreadable } : record;
}

/** What a sealed row holds where the scores, vote, red flags and notes go. */
export const SEALED = 'sealed';
/** The columns a sealed row hides: scores, vote, red flags, notes. */
export const SEALED_CELLS: readonly string[] = [
  ...questions.map((q) => scoreKey(q.id)),
  'vote',
  ...redFlags.map((f) => flagKey(f.id)),
  'notes',
];

/**
 * A row DevRate wrote for a sealed scorecard, or what is left of one (a cell of it typed over):
 * any cell still says "sealed". It is a view, never a scorecard: the scorecard is in the seal store.
 */
export const isSealedRow = (cell: (key: string) => unknown) => SEALED_CELLS.some((key) => text(cell(key)) === SEALED);

/** A sealed row exactly as DevRate wrote it: the reveal writes over it. */
export const isUntouchedSealedRow = (cell: (key: string) => unknown) => SEALED_CELLS.every((key) => text(cell(key)) === SEALED);

/** The Scorecards cells of a sealed scorecard: who, which round, when, and "sealed" for the rest. */
export function sealedRow(card: Pick<ScorecardCells, 'interviewer' | 'round' | 'date'>, candidate: string): Cells {
  const values = scorecardValues({ ...card, vote: null, scores: {}, redFlags: [], notes: '' }, candidate);
  for (const key of SEALED_CELLS) values[key] = SEALED;
  return values;
}
