// The reveal: a candidate's sealed scorecards go onto the sheet, are read back from it, and only
// then leave the store. Run under the document lock. Exactly once, however often it is asked:
// the sheet side finds a scorecard already on the sheet (a reveal cut short after writing it)
// and writes it again nowhere; the store says revealed only once every scorecard is confirmed on
// the sheet, so a reveal cut short anywhere is simply run again and resumes. A scorecard whose
// chunks are torn cannot be written: it stays in the store, named in the answer.
import type { ScorecardRecord } from '../../domain/scoring/debrief';
import type { RevealRecord } from '../../domain/scoring/panel';
import { unusedBindings } from './name-binding';
import {
  anyDamaged,
  chunkKeys,
  deleteKeys,
  stateEntry,
  statesWithManifests,
  trackerOf,
  writeStore,
  type CandidateRecord,
  type CandidateState,
  type SealStore,
} from './seal-store';

/** What the reveal needs from the tracker; src/sheets/tracker/reveal-sheet.ts provides it. */
export interface RevealSheet {
  /** Throws, writing nothing, when the candidate's row moved since it was read. */
  check(): void;
  /** Puts each scorecard on the sheet (over its sealed row, else in a new row) unless it is there already; answers each one's row. */
  place(cards: readonly ScorecardRecord[]): { written: number; rows: number[] };
  /** Reads the rows back; throws unless each holds its scorecard. */
  confirm(cards: readonly ScorecardRecord[], rows: readonly number[]): void;
  /** Writes the reveal record onto the Candidates row (a view of the store's). */
  record(reveal: RevealRecord): void;
}

export interface RevealOutcome {
  written: number;
  record: RevealRecord;
  /** Scorecards that could not be revealed (torn in the store), each with what to do. */
  damaged: string[];
}

export function reveal(
  store: SealStore,
  candidate: CandidateRecord & { state: CandidateState },
  sheet: RevealSheet,
  record: RevealRecord,
): RevealOutcome {
  const intact = candidate.sealed.flatMap((s) => (s.card ? [{ ...s, card: s.card }] : []));
  const damaged = candidate.sealed.filter((s) => !s.card).map((s) => s.problem);
  sheet.check();
  const cards = intact.map((s) => s.card);
  const { written, rows } = sheet.place(cards);
  SpreadsheetApp.flush();
  sheet.confirm(cards, rows); // nothing leaves the store unless the sheet holds it
  const revealed = candidate.state.revealed ?? record;
  const done = new Set(intact.map((s) => s.submission.sealed.sequence));
  const state: CandidateState = {
    ...candidate.state,
    revealed,
    submissions: candidate.state.submissions.map((s) => (s.sealed && done.has(s.sealed.sequence) ? { name: s.name, sealed: null } : s)),
  };
  writeStore(store, [stateEntry(candidate.key, state)], () => ''); // smaller than before: never refused
  sheet.record(revealed);
  deleteKeys(
    store,
    intact.flatMap((s) => chunkKeys(s.submission.sealed)),
  );
  freeUnusedNames(store);
  return { written, record: revealed, damaged };
}

/** Names whose trackers hold nothing sealed any more are free again. */
export function freeUnusedNames(store: SealStore): void {
  const sealed = new Set(statesWithManifests(store).map(({ key }) => trackerOf(key)));
  const unused = unusedBindings(store, sealed);
  if (unused.length === 0 || anyDamaged(store)) return; // an unreadable state may hold sealed scorecards of any tracker
  deleteKeys(store, unused);
}
