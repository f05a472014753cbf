// Shared by the tracker's template, formula and browser tests: an emulated spreadsheet with the
// add-on loaded (strict lock mode), and helpers that read the tracker's sheets as a person would.
import { dataset } from '../../src/domain/dataset';
import type { ScoringContext } from '../../src/domain/scoring/api';
import type { ScorecardPayload } from '../../src/domain/scoring/payloads';
import type { Addon, ExecutionResult } from '../../playground/emulator';
import { call } from '../support/emulator';
import { recordRevealed } from '../../src/server/sealed/recorded-reveal';
import { parsePanel } from '../../src/domain/scoring/panel';

export const QUESTION_IDS = dataset.hiring.questions.map((q) => q.id);
export const FLAG_IDS = dataset.hiring.redFlags.map((f) => f.id);

export { call, newAddon } from '../support/emulator';
/** The candidates and scorecards the debrief tests and the self-test's tracker row use (one source). */
export { STRONG_SCORES, TRACKER_FIXTURE } from '../../src/server/self-test/fixtures';

export interface Inserted {
  trackerId: number;
  candidatesSheet: string;
  scorecardsSheet: string;
  checklistSheet: string;
  usesRateCard: boolean;
}

/** DevRate > Insert candidate tracker, as a person clicks it. */
export function insertTracker(addon: Addon): ExecutionResult<Inserted> {
  return addon.clickMenu(['DevRate', 'Insert candidate tracker']) as ExecutionResult<Inserted>;
}

/** A scorecard payload; scores by question order, null for "no evidence". */
export function scorecard(
  candidate: string,
  interviewer: string,
  scores: (number | null)[],
  extra: Partial<ScorecardPayload> = {},
): ScorecardPayload {
  return {
    trackerId: 1,
    candidate,
    interviewer,
    round: 'technical',
    date: '2026-05-04',
    vote: 'Yes',
    scores: Object.fromEntries(QUESTION_IDS.map((id, i) => [id, scores[i] ?? null])),
    redFlags: [],
    notes: '',
    ...extra,
  };
}

export function context(addon: Addon, trackerId?: number): ScoringContext {
  return call<ScoringContext>(addon, 'getScoringContext', trackerId ?? null).value;
}

/** Every row of a sheet below its header, as header → value (computed values for formulas). */
export function rowsOf(addon: Addon, sheetName: string): Record<string, unknown>[] {
  const sheet = addon.spreadsheet.getSheetByName(sheetName);
  if (!sheet) throw new Error(`No sheet ${sheetName}`);
  const [header, ...rows] = sheet.getDataRange().getValues();
  return rows.filter((r) => r[0] !== '' && r[0] !== null).map((r) => Object.fromEntries(header.map((h, i) => [String(h), r[i]])));
}

/** The Candidates row of one candidate, by header. */
export function candidate(addon: Addon, name: string, sheetName = 'Candidates'): Record<string, unknown> {
  const row = rowsOf(addon, sheetName).find((r) => r.Candidate === name);
  if (!row) throw new Error(`No candidate ${name} on ${sheetName}`);
  return row;
}

/**
 * Records every candidate on the Candidates sheet as revealed in the seal store, the authority
 * (typing "Revealed by" reveals nothing), under their names as the add-on reads them (a name
 * Sheets took for a date included), with the panel typed in their row's Panel cell; for tests that
 * type their scorecards on the sheet in the open.
 */
export function revealInStore(addon: Addon, trackerId = 1): void {
  const revealed = context(addon, trackerId).candidates.map((c) => ({ name: c.name, panel: parsePanel(c.panelCell) }));
  addon.withServices(({ PropertiesService }) => recordRevealed(PropertiesService.getDocumentProperties(), trackerId, revealed, 'Test', ''));
}
