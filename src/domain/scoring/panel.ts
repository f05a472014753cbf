// A candidate's panel: the interviewers expected to score them, typed on the Candidates sheet
// as names separated by commas (or set from the sidebar). When all of them have submitted, the
// sealed scorecards are revealed.
import { normalizeName, sameName } from './interviewer';

/** More names than a panel sensibly has; keeps a typed cell from growing without bound. */
export const MAX_PANEL = 12;

/** The names of a Panel cell: split on commas (or semicolons), tidied, each once. */
export function parsePanel(text: string): string[] {
  const names: string[] = [];
  for (const part of text.split(/[,;]/)) {
    const name = part.trim().replace(/\s+/g, ' ');
    if (name && !names.some((n) => sameName(n, name))) names.push(name);
  }
  return names;
}

export const panelText = (names: readonly string[]) => names.join(', ');

/** Who of the panel has submitted and who has not; submitted: every name with a scorecard. */
export function panelProgress(panel: readonly string[], submitted: readonly string[]): { done: string[]; missing: string[] } {
  const have = new Set(submitted.map(normalizeName));
  return { done: panel.filter((n) => have.has(normalizeName(n))), missing: panel.filter((n) => !have.has(normalizeName(n))) };
}

/** Every panel member has submitted (an empty panel never completes: reveal it by hand). */
export const panelComplete = (panel: readonly string[], submitted: readonly string[]) =>
  panel.length > 0 && panelProgress(panel, submitted).missing.length === 0;

/** What the Candidates row records about a reveal. */
export interface RevealRecord {
  /** The interviewer name that pressed "Reveal scores", or PANEL_COMPLETE. */
  by: string;
  /** yyyy-mm-dd hh:mm in the spreadsheet's time zone. */
  at: string;
  panelSubmitted: number;
  panelSize: number;
}

export const PANEL_COMPLETE = 'DevRate (panel complete)';

export const isRevealRecord = (v: unknown): v is RevealRecord => {
  if (typeof v !== 'object' || v === null) return false;
  const r = v as Partial<Record<keyof RevealRecord, unknown>>;
  const count = (n: unknown) => typeof n === 'number' && Number.isSafeInteger(n) && n >= 0;
  return typeof r.by === 'string' && typeof r.at === 'string' && count(r.panelSubmitted) && count(r.panelSize);
};

/** "2 of 3", or "no panel" when none was set. */
export const panelSubmittedText = (r: Pick<RevealRecord, 'panelSubmitted' | 'panelSize'>) =>
  r.panelSize === 0 ? 'no panel' : `${r.panelSubmitted} of ${r.panelSize}`;
