// The seal store: document properties, the only authority on each candidate's panel, who has
// submitted, which scorecards are still sealed and whether (and by whom) they were revealed. The
// sheet's "sealed" rows, Panel and "Revealed by" cells are views written from it; nothing typed
// there is read back as access. Call every writer under the document lock.
//
// Keys: devrate.candidate.<tracker>.<name skeleton> holds a candidate's state (JSON); a sealed
// scorecard is devrate.sealed.<sequence>.<chunk>, and the state's manifest says how many chunks,
// how long and what hash, so a torn or altered scorecard is reported for itself and every other
// call goes on working. Quotas (https://developers.google.com/apps-script/guides/services/quotas):
// 9 KB per value and 500 KB per store, keys included; writes are refused before the store would
// pass STORE_BUDGET_BYTES.
import type { ScorecardRecord } from '../../domain/scoring/debrief';
import { skeletonOf } from '../../domain/scoring/skeleton-memo';
import { isRevealRecord, type RevealRecord } from '../../domain/scoring/panel';
import { isRound, isVote } from '../../domain/scoring/votes';
import { splitUtf8, utf8Bytes } from './utf8';

type Properties = GoogleAppsScript.Properties.Properties;

export const SEALED_PREFIX = 'devrate.sealed.';
export const CANDIDATE_PREFIX = 'devrate.candidate.';
/** Bytes per chunk: under half the 9 KB per value. */
export const CHUNK_BYTES = 4000;
/** Bytes the whole document store may reach with a write: 400 of its 500 KB. */
export const STORE_BUDGET_BYTES = 400 * 1024;

/** Where a sealed scorecard's chunks are and what they add up to. */
export interface Manifest {
  sequence: number;
  chunks: number;
  /** UTF-16 length of the joined JSON. */
  length: number;
  hash: string;
}

export interface Submission {
  /** The interviewer's bound name. */
  name: string;
  /** The sealed scorecard's manifest; null once it is on the sheet (or was submitted after the reveal). */
  sealed: Manifest | null;
}

export interface CandidateState {
  /** As the Candidates sheet spelled it at the first write. */
  candidate: string;
  panel: string[];
  /** The bound name that last set the panel. */
  panelBy: string | null;
  submissions: Submission[];
  revealed: RevealRecord | null;
}

export interface SealedCard {
  submission: Submission & { sealed: Manifest };
  /** null when the stored chunks are torn or altered: problem says how. */
  card: ScorecardRecord | null;
  problem: string;
}

/** One candidate as the store knows it. */
export interface CandidateRecord {
  key: string;
  /** null: the store has nothing for this candidate yet. */
  state: CandidateState | null;
  /** Set when the state itself cannot be read: nothing about this candidate may be changed. */
  damaged: string;
  sealed: SealedCard[];
}

/**
 * The document's properties as DevRate reads them. A read about one candidate asks for its keys
 * alone (getProperty), so it costs the same with a thousand candidates as with ten; anything that
 * lists, counts or writes reads every property in one call (getProperties). Keys read one by one
 * before that are read again with it; a scorecard that looks torn between two reads one by one
 * (a reveal or a submission wrote in between) is read again from the whole store (readCandidate).
 */
export interface SealStore {
  readonly props: Properties;
  /** Every property: read whole on first use. */
  readonly all: Map<string, string>;
  /** The store's size in bytes, keys included (read whole on first use); kept current by writes. */
  bytes: number;
  /** Whether every property has been read. */
  readonly whole: boolean;
  /** One property: from the whole read once made, else asked for by itself (once per execution). */
  get(key: string): string | undefined;
  /** Reads every property now (once). */
  readWhole(): void;
}

class PropertyStore implements SealStore {
  private read: { all: Map<string, string>; bytes: number } | null = null;
  private readonly single = new Map<string, string | undefined>();

  constructor(readonly props: Properties) {}

  private get everything() {
    return (this.read ??= readEverything(this.props));
  }
  get all() {
    return this.everything.all;
  }
  get bytes() {
    return this.everything.bytes;
  }
  set bytes(bytes: number) {
    this.everything.bytes = bytes;
  }
  get whole() {
    return this.read !== null;
  }
  readWhole(): void {
    this.read ??= readEverything(this.props);
  }
  get(key: string): string | undefined {
    if (this.read) return this.read.all.get(key);
    if (!this.single.has(key)) this.single.set(key, this.props.getProperty(key) ?? undefined);
    return this.single.get(key);
  }
}

/**
 * Every property, and the store's size. Built-in calls over the whole store rather than a loop
 * per property: each execution starts with a fresh global scope, so the script's own loops run
 * before the engine has optimized them.
 */
function readEverything(props: Properties): { all: Map<string, string>; bytes: number } {
  const properties = props.getProperties();
  const all = new Map(Object.entries(properties));
  return { all, bytes: utf8Bytes(Object.keys(properties).join('')) + utf8Bytes(Object.values(properties).join('')) };
}

/** The store, read key by key until something needs it whole; 'whole' reads every property at once (to list every candidate). */
export function openSealStore(props: Properties, read: 'by key' | 'whole' = 'by key'): SealStore {
  const store = new PropertyStore(props);
  if (read === 'whole') store.readWhole();
  return store;
}

export const candidateKey = (trackerId: number, candidate: string) => `${CANDIDATE_PREFIX}${trackerId}.${skeletonOf(candidate)}`;
/** The tracker id of a candidate state's key. */
export const trackerOf = (key: string) => Number(key.slice(CANDIDATE_PREFIX.length).split('.')[0]);
const chunkKey = (sequence: number, index: number) => `${SEALED_PREFIX}${sequence}.${index}`;

export function readCandidate(store: SealStore, trackerId: number, candidate: string): CandidateRecord {
  const record = readCandidateOnce(store, trackerId, candidate);
  // Read key by key, a scorecard may look torn because a reveal or a submission wrote between two
  // reads: only the whole store, read at once, may call it damaged.
  if (!store.whole && record.sealed.some((s) => !s.card)) {
    store.readWhole();
    return readCandidateOnce(store, trackerId, candidate);
  }
  return record;
}

function readCandidateOnce(store: SealStore, trackerId: number, candidate: string): CandidateRecord {
  const key = candidateKey(trackerId, candidate);
  const json = store.get(key);
  if (json === undefined) return { key, state: null, damaged: '', sealed: [] };
  const state = parseState(json);
  if (!state) {
    return {
      key,
      state: null,
      damaged: `DevRate's sealed record of ${candidate} in this spreadsheet's document properties is damaged (it is not what DevRate wrote), so nothing about ${candidate} can be read or changed. Other candidates are not affected; please tell whoever maintains DevRate here.`,
      sealed: [],
    };
  }
  const sealed: SealedCard[] = [];
  for (const submission of state.submissions) {
    const manifest = submission.sealed;
    if (manifest)
      sealed.push({ submission: { ...submission, sealed: manifest }, ...readCard(store, manifest, submission.name, state.candidate) });
  }
  return { key, state, damaged: '', sealed };
}

/**
 * Each state's JSON parsed once per store: a submission or a reveal may look at the same states
 * more than once (the sweep, the next sequence number, the damage check, freeing names). Keyed by
 * the text, so a state written since is parsed afresh; the parsed states are shared, so read only.
 */
const parsedStates = new WeakMap<SealStore, Map<string, Readonly<CandidateState> | null>>();
function parsedState(store: SealStore, json: string): Readonly<CandidateState> | null {
  let parsed = parsedStates.get(store);
  if (!parsed) parsedStates.set(store, (parsed = new Map<string, Readonly<CandidateState> | null>()));
  let state = parsed.get(json);
  if (state === undefined) parsed.set(json, (state = parseState(json)));
  return state;
}

/** Every candidate state of the store (damaged ones left out), with the key it is under: read only. */
export function allStates(store: SealStore): { key: string; state: Readonly<CandidateState> }[] {
  const states: { key: string; state: Readonly<CandidateState> }[] = [];
  for (const [key, json] of store.all) {
    if (!key.startsWith(CANDIDATE_PREFIX)) continue;
    const state = parsedState(store, json);
    if (state) states.push({ key, state });
  }
  return states;
}

/**
 * Whether a state's text may point at sealed chunks: every manifest locates its chunks by its
 * "sequence", a key JSON spells in the text as it is or behind a \u escape. A text with neither
 * points at no chunk, readable or not (a thousand revealed candidates' states are skipped unparsed).
 */
const mayReferToChunks = (json: string) => json.includes('sequence') || json.includes('\\u');

/** The states that hold a sealed scorecard's manifest (damaged states left out, as above). */
export function statesWithManifests(store: SealStore): { key: string; state: Readonly<CandidateState> }[] {
  const states: { key: string; state: Readonly<CandidateState> }[] = [];
  store.all.forEach((json, key) => {
    if (!key.startsWith(CANDIDATE_PREFIX) || !mayReferToChunks(json)) return;
    const state = parsedState(store, json);
    if (state?.submissions.some((s) => s.sealed)) states.push({ key, state });
  });
  return states;
}

const CHUNK_KEY = /^devrate\.sealed\.(\d+)\.\d+$/;

/**
 * Whether a state that cannot be read may point at sealed chunks: then chunks no readable state
 * refers to may be its, and are kept, and the names of its tracker stay bound.
 */
export const anyDamaged = (store: SealStore) =>
  [...store.all].some(([key, json]) => key.startsWith(CANDIDATE_PREFIX) && mayReferToChunks(json) && !parsedState(store, json));

function readCard(store: SealStore, m: Manifest, name: string, candidate: string): Omit<SealedCard, 'submission'> {
  const torn = (how: string) => ({
    card: null,
    problem: `${name}'s sealed scorecard for ${candidate} is damaged in this spreadsheet's document properties (${how}), so it cannot be shown or revealed. ${name} can submit it again.`,
  });
  let json = '';
  for (let i = 0; i < m.chunks; i++) {
    const chunk = store.get(chunkKey(m.sequence, i));
    if (chunk === undefined) return torn(`part ${i + 1} of ${m.chunks} is missing`);
    json += chunk;
  }
  if (json.length !== m.length || hashOf(json) !== m.hash) return torn('its parts do not add up to what was sealed');
  try {
    return { card: parseCard(JSON.parse(json)), problem: '' };
  } catch {
    return torn('it is not what DevRate wrote');
  }
}

/** The chunks of a scorecard under a new sequence number, and their manifest. */
export function sealChunks(store: SealStore, card: ScorecardRecord): { manifest: Manifest; chunks: Record<string, string> } {
  const json = JSON.stringify(card);
  const pieces = splitUtf8(json, CHUNK_BYTES);
  const sequence = nextSequence(store);
  const chunks: Record<string, string> = {};
  pieces.forEach((piece, i) => (chunks[chunkKey(sequence, i)] = piece));
  return { manifest: { sequence, chunks: pieces.length, length: json.length, hash: hashOf(json) }, chunks };
}

function nextSequence(store: SealStore): number {
  let next = 1;
  for (const key of store.all.keys()) {
    const m = CHUNK_KEY.exec(key);
    if (m) next = Math.max(next, Number(m[1]) + 1);
  }
  for (const { state } of statesWithManifests(store))
    for (const s of state.submissions) if (s.sealed) next = Math.max(next, s.sealed.sequence + 1);
  return next;
}

/**
 * Writes properties (the chunks first, then what refers to them, so a cut write leaves unreferenced
 * chunks rather than a manifest without its chunks), refusing before the store would pass its
 * budget. refusal: the whole message of that refusal.
 */
export function writeStore(store: SealStore, writes: readonly Record<string, string>[], refusal: (kb: number) => string): void {
  let bytes = store.bytes;
  for (const batch of writes)
    for (const [key, value] of Object.entries(batch)) {
      const old = store.all.get(key);
      bytes += utf8Bytes(value) - (old === undefined ? -utf8Bytes(key) : utf8Bytes(old));
    }
  if (bytes > STORE_BUDGET_BYTES && bytes > store.bytes) throw new Error(refusal(Math.round(store.bytes / 1024)));
  for (const batch of writes) {
    if (Object.keys(batch).length === 0) continue;
    store.props.setProperties(batch);
    for (const [key, value] of Object.entries(batch)) store.all.set(key, value);
  }
  store.bytes = bytes;
}

export const stateEntry = (key: string, state: CandidateState) => ({ [key]: JSON.stringify(state) });

export function deleteKeys(store: SealStore, keys: readonly string[]): void {
  for (const key of keys) {
    const old = store.all.get(key);
    if (old === undefined) continue;
    store.props.deleteProperty(key);
    store.bytes -= utf8Bytes(key) + utf8Bytes(old);
    store.all.delete(key);
  }
}

export const chunkKeys = (m: Manifest) => Array.from({ length: m.chunks }, (_, i) => chunkKey(m.sequence, i));

/**
 * Deletes chunks no state refers to: left by a write or reveal cut short after its state was
 * saved. Skipped while any state is unreadable, since they could be its.
 */
export function sweepUnreferencedChunks(store: SealStore): void {
  const referenced = new Set<string>();
  for (const { state } of statesWithManifests(store))
    for (const s of state.submissions) if (s.sealed) chunkKeys(s.sealed).forEach((k) => referenced.add(k));
  const unreferenced = [...store.all.keys()].filter((k) => CHUNK_KEY.test(k) && !referenced.has(k));
  if (unreferenced.length === 0 || anyDamaged(store)) return;
  deleteKeys(store, unreferenced);
}

/** FNV-1a (32 bit) over UTF-16 code units: catches a torn or altered chunk, not an attacker (who could rewrite the manifest too). */
export function hashOf(text: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash.toString(16).padStart(8, '0');
}

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const isCount = (v: unknown): v is number => typeof v === 'number' && Number.isSafeInteger(v) && v >= 0;

function parseManifest(v: unknown): Manifest | null | undefined {
  if (v === null) return null;
  if (!isRecord(v)) return undefined;
  const { sequence, chunks, length, hash } = v;
  return isCount(sequence) && isCount(chunks) && chunks > 0 && isCount(length) && typeof hash === 'string'
    ? { sequence, chunks, length, hash }
    : undefined;
}

/** A state as DevRate wrote it, or null for anything else: read defensively, never trusted to be well formed. */
function parseState(json: string): CandidateState | null {
  let raw: unknown;
  try {
    raw = JSON.parse(json);
  } catch {
    return null;
  }
  if (!isRecord(raw)) return null;
  const { candidate, panel, panelBy, submissions, revealed } = raw;
  if (typeof candidate !== 'string' || !Array.isArray(panel) || !Array.isArray(submissions)) return null;
  if (!panel.every((n): n is string => typeof n === 'string')) return null;
  const parsed: Submission[] = [];
  for (const s of submissions) {
    if (!isRecord(s) || typeof s.name !== 'string') return null;
    const sealed = parseManifest(s.sealed);
    if (sealed === undefined) return null;
    parsed.push({ name: s.name, sealed });
  }
  if (revealed !== null && !isRevealRecord(revealed)) return null;
  return { candidate, panel, panelBy: typeof panelBy === 'string' ? panelBy : null, submissions: parsed, revealed };
}

/** A scorecard as the version before manifests stored it, or null when its JSON is broken. */
export function parseLegacyCard(json: string): ScorecardRecord | null {
  try {
    return parseCard(JSON.parse(json));
  } catch {
    return null;
  }
}

/** Hashed, so well formed; still read field by field rather than cast. */
function parseCard(raw: unknown): ScorecardRecord {
  if (!isRecord(raw)) throw new Error('not a scorecard');
  const text = (v: unknown) => (typeof v === 'string' ? v : '');
  const scores: Record<string, number | null> = {};
  for (const [id, s] of Object.entries(isRecord(raw.scores) ? raw.scores : {})) scores[id] = typeof s === 'number' ? s : null;
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
