// The reveal: a candidate's sealed scorecards go onto the sheet, then leave the store. Run under
// the document lock. Exactly once, however often it is asked: the store is emptied in the same
// locked execution, and the sheet side skips any scorecard whose row no longer says "sealed",
// so even a reveal cut short between the two steps writes nothing twice when repeated.
import type { ScorecardRecord } from '../../domain/scoring/debrief';
import type { RevealRecord } from '../../domain/scoring/panel';
import { removeSealed, type SealedEntry } from './seal-store';

/** What the reveal needs from the tracker; src/sheets/tracker/reveal-sheet.ts provides it. */
export interface RevealSheet {
  /** Throws, writing nothing, when the candidate's row moved since it was read. */
  check(): void;
  /** Writes each scorecard into its sealed row (a new row if that one is gone); returns how many it wrote. */
  writeScorecards(cards: readonly ScorecardRecord[]): number;
  /** The reveal already recorded on the Candidates row, if any. */
  recorded(): RevealRecord | null;
  /** Records the reveal on the Candidates row. */
  record(reveal: RevealRecord): void;
}

export function reveal(
  props: GoogleAppsScript.Properties.Properties,
  sealed: readonly SealedEntry[],
  sheet: RevealSheet,
  record: RevealRecord,
): { written: number; record: RevealRecord } {
  const cards = sealed.map((e) => e.card);
  sheet.check();
  const written = sheet.writeScorecards(cards);
  const earlier = sheet.recorded();
  if (!earlier) sheet.record(record);
  SpreadsheetApp.flush(); // the sheet holds them before the store lets go
  removeSealed(props, sealed);
  return { written, record: earlier ?? record };
}
