// What the scoring endpoints answer: plain objects only, as google.script.run requires.
import type { Debrief } from './debrief';

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
}

export interface ScoringContext {
  trackers: TrackerChoice[];
  /** The tracker shown: the one asked for, else the one of the active sheet, else the newest. */
  trackerId: number | null;
  candidates: CandidateListing[];
}

export type DebriefView = Debrief;
