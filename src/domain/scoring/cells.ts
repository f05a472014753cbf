// How the debrief reads what people typed on the tracker's sheets. One reading for the server's
// sheet writer and the sidebar, so a cell means the same figure wherever it is shown: a number
// typed as text ('3) is that number, a vote in any case or with stray spaces is that vote, a
// ticked checkbox or the text TRUE is a tick. What is neither blank nor readable is reported.
import { MAX_SCORE, MIN_SCORE } from './scale';
import { VOTES, type Vote } from './votes';

/** A cell's value as trimmed text ('' for none): a Date by its own text, as the sheet reads it. */
export function cellWords(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value.trim();
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  // A Date of any realm (the emulator's vm, Apps Script's), by its tag, as sheets/cell-text.ts reads it.
  const tag = Object.prototype.toString.call(value);
  return tag === '[object Date]' ? (value as Date).toString().trim() : tag;
}

/** A number, or text that is one ('3, " 2.5 "); null for anything else. */
export function numberIn(value: unknown): number | null {
  if (typeof value === 'number') return Number.isFinite(value) ? value : null;
  if (typeof value !== 'string') return null;
  const text = value.trim();
  if (!/^[+-]?(\d+\.?\d*|\.\d+)$/.test(text)) return null;
  return Number(text);
}

export type CellReading<T> = { ok: true; value: T } | { ok: false; shown: string };

/** A score: blank is "no evidence" (null); a whole number 1–4, as a number or as text. */
export function readScore(value: unknown): CellReading<number | null> {
  if (value === '' || value === null || value === undefined) return { ok: true, value: null }; // the common cases first: a sheet has thousands
  if (typeof value === 'number' && Number.isInteger(value) && value >= MIN_SCORE && value <= MAX_SCORE) return { ok: true, value };
  const words = cellWords(value);
  if (words === '') return { ok: true, value: null };
  const n = numberIn(value);
  if (n !== null && Number.isInteger(n) && n >= MIN_SCORE && n <= MAX_SCORE) return { ok: true, value: n };
  return { ok: false, shown: words };
}

/** An overall vote in any case and spacing; blank is none. */
const EXACT_VOTES: ReadonlySet<unknown> = new Set(VOTES);

export function readVote(value: unknown): CellReading<Vote | null> {
  if (EXACT_VOTES.has(value)) return { ok: true, value: VOTES.find((v) => v === value) ?? null };
  const words = cellWords(value).replace(/\s+/g, ' ');
  if (words === '') return { ok: true, value: null };
  const vote = VOTES.find((v) => v.toLowerCase() === words.toLowerCase());
  return vote ? { ok: true, value: vote } : { ok: false, shown: words };
}

/** A red-flag tick: a ticked checkbox, or the text TRUE in any case. */
export const readTick = (value: unknown): boolean => value === true || cellWords(value).toUpperCase() === 'TRUE';

/** A weight: a number 0 or more, as a number or as text; blank counts 0. */
export function readWeight(value: unknown): CellReading<number> {
  const words = cellWords(value);
  if (words === '') return { ok: true, value: 0 };
  const n = numberIn(value);
  return n !== null && n >= 0 ? { ok: true, value: n } : { ok: false, shown: words };
}
