// Sealed scorecards, kept in document properties until their candidate is revealed. Call every
// writer under the document lock. Quotas (https://developers.google.com/apps-script/guides/services/quotas):
// 9 KB per value and 500 KB per property store, keys included. A scorecard is split into chunks
// well under the value limit, written in one setProperties call, and refused before the store
// would pass STORE_BUDGET_BYTES, leaving room for everything else the store holds.
import { sameName } from '../../domain/scoring/interviewer';
import type { ScorecardRecord } from '../../domain/scoring/debrief';
import { isRound, isVote } from '../../domain/scoring/votes';
import { splitUtf8, utf8Bytes } from './utf8';

type Properties = GoogleAppsScript.Properties.Properties;

export const SEALED_PREFIX = 'devrate.sealed.';
/** Bytes per chunk: under half the 9 KB per value. */
export const CHUNK_BYTES = 4000;
/** Bytes the whole document store may reach with a new scorecard: 400 of its 500 KB. */
export const STORE_BUDGET_BYTES = 400 * 1024;

export interface SealedEntry {
  trackerId: number;
  card: ScorecardRecord;
  /** The property keys holding it. */
  keys: string[];
}

// devrate.sealed.<tracker>.<sequence>.<chunk>of<chunks>
const KEY = /^devrate\.sealed\.(\d+)\.(\d+)\.(\d+)of(\d+)$/;

/** Every sealed scorecard (all trackers) and the store's size in bytes, from one read. */
export function readSealStore(props: Properties): { entries: SealedEntry[]; bytes: number; nextSequence: number } {
  const all = props.getProperties();
  let bytes = 0;
  let nextSequence = 1;
  const groups = new Map<string, { trackerId: number; chunks: string[]; keys: string[]; count: number }>();
  for (const [key, value] of Object.entries(all)) {
    bytes += utf8Bytes(key) + utf8Bytes(value);
    const m = KEY.exec(key);
    if (!m) continue;
    const [, tracker, sequence, index, count] = m;
    nextSequence = Math.max(nextSequence, Number(sequence) + 1);
    const id = `${tracker}.${sequence}`;
    const group = groups.get(id) ?? { trackerId: Number(tracker), chunks: [], keys: [], count: Number(count) };
    group.chunks[Number(index)] = value;
    group.keys.push(key);
    groups.set(id, group);
  }
  const entries: SealedEntry[] = [];
  for (const [id, g] of groups) {
    const complete = g.chunks.length === g.count && g.chunks.every((c) => typeof c === 'string');
    if (!complete)
      throw new Error(
        `A sealed scorecard (${id}) is incomplete in this spreadsheet's document properties. Nothing was changed; please tell whoever maintains DevRate here.`,
      );
    entries.push({ trackerId: g.trackerId, card: parseCard(g.chunks.join('')), keys: g.keys });
  }
  return { entries, bytes, nextSequence };
}

/** The sealed scorecards of one candidate of one tracker. */
export function sealedFor(entries: readonly SealedEntry[], trackerId: number, candidate: string): SealedEntry[] {
  return entries.filter((e) => e.trackerId === trackerId && sameName(e.card.candidate, candidate));
}

/** Seals a scorecard, or refuses (writing nothing) when the store would pass its budget. */
export function sealCard(props: Properties, trackerId: number, card: ScorecardRecord): void {
  const { bytes, nextSequence } = readSealStore(props);
  const chunks = splitUtf8(JSON.stringify(card), CHUNK_BYTES);
  const written: Record<string, string> = {};
  chunks.forEach((chunk, i) => (written[`${SEALED_PREFIX}${trackerId}.${nextSequence}.${i}of${chunks.length}`] = chunk));
  const adding = Object.entries(written).reduce((n, [k, v]) => n + utf8Bytes(k) + utf8Bytes(v), 0);
  if (bytes + adding > STORE_BUDGET_BYTES) {
    throw new Error(
      `Your scorecard was not saved: sealed scorecards waiting for a reveal fill the space Google gives this spreadsheet's add-on data (${Math.round(bytes / 1024)} KB of the ${STORE_BUDGET_BYTES / 1024} KB DevRate allows itself). Reveal candidates whose panels are done, then submit again; your answers are still in the form.`,
    );
  }
  props.setProperties(written);
}

export function removeSealed(props: Properties, entries: readonly SealedEntry[]): void {
  for (const e of entries) for (const key of e.keys) props.deleteProperty(key);
}

/** Stored by this code, but read defensively: a property an editor changed must not crash the sidebar. */
function parseCard(json: string): ScorecardRecord {
  const raw = JSON.parse(json) as Partial<ScorecardRecord>;
  const text = (v: unknown) => (typeof v === 'string' ? v : '');
  const scores: Record<string, number | null> = {};
  for (const [id, s] of Object.entries(raw.scores ?? {})) scores[id] = typeof s === 'number' ? s : null;
  return {
    candidate: text(raw.candidate),
    interviewer: text(raw.interviewer),
    round: isRound(raw.round) ? raw.round : null,
    date: text(raw.date),
    vote: isVote(raw.vote) ? raw.vote : null,
    scores,
    redFlags: Array.isArray(raw.redFlags) ? raw.redFlags.filter((f): f is string => typeof f === 'string') : [],
    notes: text(raw.notes),
  };
}
