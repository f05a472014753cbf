// A scorecard as the cells of a Scorecards row, by column key, and back. Typed names and notes go
// in as text (asText), so "=HYPERLINK(…)" typed as a name stays a name.
import { dataset } from '../../domain/dataset';
import type { ScorecardRecord } from '../../domain/scoring/debrief';
import type { ScorecardPayload } from '../../domain/scoring/payloads';
import { asText } from '../cell-text';
import { flagKey, scoreKey } from './layout';

const { questions, redFlags } = dataset.hiring;

/** candidate: the name as the Candidates sheet spells it. */
export function scorecardValues(card: ScorecardPayload, candidate: string): Record<string, string | number | boolean> {
  const values: Record<string, string | number | boolean> = {
    candidate: asText(candidate),
    interviewer: asText(card.interviewer),
    date: card.date, // YYYY-MM-DD, checked by the schema: Sheets reads it as a date in the sheet's own time zone
    notes: card.notes.trim() ? asText(card.notes) : '',
  };
  for (const q of questions) values[scoreKey(q.id)] = card.scores[q.id] ?? '';
  for (const f of redFlags) values[flagKey(f.id)] = card.redFlags.includes(f.id);
  return values;
}

const text = (value: unknown) => (value === null || value === undefined ? '' : String(value)).trim();

/** A sheet row as a record; null for a row without a candidate. cell: the row's value by column key; date: as displayed. */
export function scorecardFromRow(cell: (key: string) => unknown, date: string): ScorecardRecord | null {
  const candidate = text(cell('candidate'));
  if (!candidate) return null;
  const scores: Record<string, number | null> = {};
  for (const q of questions) {
    const v = cell(scoreKey(q.id));
    scores[q.id] = typeof v === 'number' ? v : null;
  }
  return {
    candidate,
    interviewer: text(cell('interviewer')),
    date,
    scores,
    redFlags: redFlags.filter((f) => cell(flagKey(f.id)) === true).map((f) => f.id),
    notes: text(cell('notes')),
  };
}
