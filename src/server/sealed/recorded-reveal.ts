// Candidates recorded as revealed, with nothing sealed: for DevRate's own fixtures (the
// self-test's scratch tracker, and the tests'), whose scorecards are written on the sheet in the
// open. The seal store decides who is revealed (the "Revealed by" cell is a view), so a fixture
// that should be revealed must say so here. Call under the document lock.
import type { RevealRecord } from '../../domain/scoring/panel';
import { newState } from './access';
import { openSealStore, readCandidate, stateEntry, writeStore } from './seal-store';

export interface RevealedFixture {
  name: string;
  panel?: readonly string[];
}

export function recordRevealed(
  props: GoogleAppsScript.Properties.Properties,
  trackerId: number,
  candidates: readonly RevealedFixture[],
  by: string,
  at: string,
): void {
  const store = openSealStore(props, 'whole'); // every candidate's state: one read
  const writes = candidates.map(({ name, panel }) => {
    const record = readCandidate(store, trackerId, name);
    const state = record.state ?? newState(name);
    const chosen = panel ? [...panel] : state.panel;
    const revealed: RevealRecord = { by, at, panelSubmitted: 0, panelSize: chosen.length };
    return stateEntry(record.key, { ...state, panel: chosen, revealed });
  });
  writeStore(store, writes, (kb) => `The fixture was not recorded: the add-on data is full (${kb} KB).`);
}
