// Spreadsheets sealed by DevRate before issue 17 kept sealed scorecards as
// devrate.sealed.<tracker>.<sequence>.<chunk>of<chunks> with no manifest, bound names under their
// lower-cased text, and took panels and reveals from cells. Once, under the document lock, this
// moves them into the seal store as it is now: each scorecard into chunks with a manifest, each
// candidate's panel and reveal record as the cells said then (the authority of that version), so
// nothing sealed is lost and nothing revealed closes again. From then on cells are only views.
import { nameSkeleton } from '../../domain/scoring/name-skeleton';
import { parsePanel, type RevealRecord } from '../../domain/scoring/panel';
import { CANDIDATE_COLUMNS } from '../../sheets/tracker/layout';
import { readScorecards, readTable } from '../../sheets/tracker/tracker-reads';
import { cellText } from '../../sheets/cell-text';
import { findTrackers, openTracker } from '../../sheets/tracker/tracker-registry';
import { withDocumentLockHeld } from '../document-lock';
import { BINDING_PREFIX } from './name-binding';
import {
  candidateKey,
  deleteKeys,
  openSealStore,
  parseLegacyCard,
  sealChunks,
  stateEntry,
  writeStore,
  type CandidateState,
  type SealStore,
} from './seal-store';

/** Set once the store is in this version's form: a spreadsheet without it may hold the old one. */
export const STORE_VERSION_KEY = 'devrate.storeVersion';
const STORE_VERSION = '2';
const LEGACY_CHUNK = /^devrate\.sealed\.(\d+)\.(\d+)\.(\d+)of(\d+)$/;

/** Brings an older store up to date, once (the first call after an update takes the document lock). */
export function upgradeSealStore(): void {
  const props = PropertiesService.getDocumentProperties();
  if (props.getProperty(STORE_VERSION_KEY) === STORE_VERSION) return;
  // Nothing from before: nothing to move (a new tracker marks the store current as it is inserted).
  const old = Object.keys(props.getProperties()).some((k) => LEGACY_CHUNK.test(k) || k.startsWith(BINDING_PREFIX));
  if (!old && findTrackers(SpreadsheetApp.getActiveSpreadsheet()).size === 0) return;
  withDocumentLockHeld(() => {
    const store = openSealStore(props);
    if (store.all.get(STORE_VERSION_KEY) !== STORE_VERSION) upgrade(store);
  });
}

/** A store written only by this version (call under the document lock, as a tracker is inserted). */
export function markSealStoreCurrent(): void {
  PropertiesService.getDocumentProperties().setProperty(STORE_VERSION_KEY, STORE_VERSION);
}

function upgrade(store: SealStore): void {
  const spreadsheet = SpreadsheetApp.getActiveSpreadsheet();
  const states = new Map<string, CandidateState>();
  const stateOf = (trackerId: number, candidate: string) => {
    const key = candidateKey(trackerId, candidate);
    const state = states.get(key) ?? { candidate, panel: [], panelBy: null, submissions: [], revealed: null };
    states.set(key, state);
    return state;
  };
  // The candidates' panels and reveal records as that version read them: from the cells.
  for (const [id, parts] of findTrackers(spreadsheet)) {
    if (!parts.candidates || !parts.scorecards) continue;
    const tracker = openTracker(spreadsheet, id);
    const table = readTable(tracker.candidates, CANDIDATE_COLUMNS, [], 'Nothing was changed.');
    const cell = (row: readonly unknown[], key: string) => {
      const at = table.columns.get(key);
      return at === undefined ? '' : cellText(row[at - 1]).trim();
    };
    const rows = readScorecards(tracker, 'Nothing was changed.', false, []).scorecards;
    for (const row of table.values.slice(table.header + 1)) {
      const name = cell(row, 'name');
      if (!name) continue;
      const state = stateOf(id, name);
      state.panel = parsePanel(cell(row, 'panel'));
      state.revealed = revealRecordOf(cell(row, 'revealed_by'), cell(row, 'revealed_on'), cell(row, 'panel_submitted'));
      if (state.revealed) {
        for (const r of rows)
          if (
            !r.sealed &&
            r.interviewer &&
            nameSkeleton(r.candidate) === nameSkeleton(name) &&
            !state.submissions.some((s) => nameSkeleton(s.name) === nameSkeleton(r.interviewer))
          )
            state.submissions.push({ name: r.interviewer, sealed: null });
      }
    }
  }
  // Each complete old scorecard moves into chunks with a manifest; a torn one stays where it is.
  const groups = new Map<string, { trackerId: number; count: number; chunks: string[]; keys: string[] }>();
  for (const [key, value] of store.all) {
    const m = LEGACY_CHUNK.exec(key);
    if (!m) continue;
    const group = groups.get(`${m[1]}.${m[2]}`) ?? { trackerId: Number(m[1]), count: Number(m[4]), chunks: [], keys: [] };
    group.chunks[Number(m[3])] = value;
    group.keys.push(key);
    groups.set(`${m[1]}.${m[2]}`, group);
  }
  const moved: string[] = [];
  const sealedTrackers = new Set<number>();
  for (const group of groups.values()) {
    if (group.keys.length !== group.count) continue;
    const card = parseLegacyCard(Array.from({ length: group.count }, (_, i) => group.chunks[i] ?? '').join(''));
    if (!card) continue;
    const state = stateOf(group.trackerId, card.candidate);
    if (state.submissions.some((s) => nameSkeleton(s.name) === nameSkeleton(card.interviewer))) continue;
    const { manifest, chunks } = sealChunks(store, card);
    writeStore(store, [chunks], () => ''); // the old chunks leave below: the store ends no bigger
    state.submissions.push({ name: card.interviewer, sealed: manifest });
    sealedTrackers.add(group.trackerId);
    moved.push(...group.keys);
  }
  const written: Record<string, string> = { [STORE_VERSION_KEY]: STORE_VERSION };
  for (const [key, state] of states) {
    if (state.panel.length || state.revealed || state.submissions.length) Object.assign(written, stateEntry(key, state)); // no room for empty ones
  }
  // Old bindings: re-keyed by skeleton, held while their trackers hold anything sealed.
  const oldBindings: string[] = [];
  for (const [key, value] of store.all) {
    if (!key.startsWith(BINDING_PREFIX)) continue;
    const old = parseOldBinding(value);
    if (!old) continue;
    const name = key.slice(BINDING_PREFIX.length);
    oldBindings.push(key);
    written[BINDING_PREFIX + nameSkeleton(name)] = JSON.stringify({ ...old, name, trackers: [...sealedTrackers] });
  }
  deleteKeys(
    store,
    oldBindings.filter((k) => !(k in written)),
  );
  writeStore(store, [written], () => '');
  deleteKeys(store, moved);
}

function revealRecordOf(by: string, at: string, submitted: string): RevealRecord | null {
  if (!by) return null;
  const counted = /^(\d+) of (\d+)$/.exec(submitted);
  return { by, at, panelSubmitted: counted ? Number(counted[1]) : 0, panelSize: counted ? Number(counted[2]) : 0 };
}

/** A binding as the old version wrote it: a key and a token, no name. */
function parseOldBinding(json: string): { key: string; token: string } | null {
  try {
    const b = JSON.parse(json) as Record<string, unknown>;
    return typeof b.key === 'string' && typeof b.token === 'string' && typeof b.name !== 'string' ? { key: b.key, token: b.token } : null;
  } catch {
    return null;
  }
}
