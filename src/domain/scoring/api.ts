// What the scoring endpoints answer: plain objects only, as google.script.run requires.
import type { ComparisonRow } from './comparison';
import type { Debrief } from './debrief';
import type { RevealRecord } from './panel';

export interface TrackerChoice {
  id: number;
  /** The Candidates sheet's name, which tells two trackers apart. */
  label: string;
}

export interface CandidateListing {
  name: string;
  stage: string;
  /** How many scorecards exist: a count, never the scores (those wait for your own). */
  scorecards: number;
  /** The Panel cell as it reads on the sheet: a view, which may have been typed over; the panel is \`panel\`. */
  panelCell: string;
  /** The panel in effect: set in DevRate's seal store with "Edit panel", never by typing in the cell. */
  panel: string[];
  /** Names with a scorecard for this candidate (who, never what). */
  submitted: string[];
  /** null until the scores are revealed. */
  revealed: RevealRecord | null;
}

/**
 * What adding a candidate answers: the new candidate as the list shows them, for the sidebar to
 * add to the list it holds (a thousand candidates are not listed again for one more).
 */
export interface CandidateAdded {
  trackerId: number;
  candidate: CandidateListing;
}

export interface ScoringContext {
  trackers: TrackerChoice[];
  /** The tracker shown: the one asked for, else the one of the active sheet, else the newest. */
  trackerId: number | null;
  candidates: CandidateListing[];
}

export interface PanelStatus {
  panel: string[];
  submitted: string[];
  /** Panel members who have not submitted yet. */
  missing: string[];
  revealed: RevealRecord | null;
  /** Scorecards sealed from this viewer: without a panel, each interviewer sees only their own until the reveal. */
  hidden: number;
  /** Scorecards torn in the store, each with what to do: left out of the debrief, kept in the store. */
  damaged: string[];
}

export type DebriefView = Debrief & { status: PanelStatus };

export interface RevealResult {
  candidate: string;
  /** Scorecards this reveal wrote to the sheet (0 when someone revealed them first). */
  written: number;
  record: RevealRecord;
  /** Scorecards that could not be revealed (torn in the store), each with what to do. */
  damaged: string[];
}

export interface ComparisonView {
  rows: ComparisonRow[];
  /** Candidates not revealed yet, left out of the comparison. */
  sealed: string[];
}
