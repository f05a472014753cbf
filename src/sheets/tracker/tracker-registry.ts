// Which sheets form a tracker. Each sheet carries developer metadata (key devrate.tracker, value
// "<tracker id>:<part>:<sheet id>"): it survives renames and moves, and a copy of the sheet (whose
// sheet id differs) is not taken for the original. The weights are a named range, DevRateWeights
// for tracker 1 and DevRateWeights_<n> after: its extent is the weights block's (weights-structure.ts).
import { checkWeightsBlock } from './weights-structure';

type Range = GoogleAppsScript.Spreadsheet.Range;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

export const TRACKER_METADATA_KEY = 'devrate.tracker';
export const TRACKER_PARTS = ['candidates', 'scorecards', 'rules', 'checklist'] as const;
export type TrackerPart = (typeof TRACKER_PARTS)[number];
export const PART_NAMES: Record<TrackerPart, string> = {
  candidates: 'Candidates',
  scorecards: 'Scorecards',
  rules: 'Scoring rules',
  checklist: 'Hiring checklist',
};

export const WEIGHTS_RANGE_PREFIX = 'DevRateWeights';
export const weightsRangeName = (id: number) => (id === 1 ? WEIGHTS_RANGE_PREFIX : `${WEIGHTS_RANGE_PREFIX}_${id}`);
/** The Scoring rules cell saying how many questions a scorecard must score to count (evidence.ts). */
export const EVIDENCE_RANGE_PREFIX = 'DevRateEvidence';
export const evidenceRangeName = (id: number) => (id === 1 ? EVIDENCE_RANGE_PREFIX : `${EVIDENCE_RANGE_PREFIX}_${id}`);

export function tagTrackerSheet(sheet: Sheet, id: number, part: TrackerPart): void {
  sheet.addDeveloperMetadata(TRACKER_METADATA_KEY, `${id}:${part}:${sheet.getSheetId()}`);
}

/** The sheets of every tracker, by id; a part is missing when its sheet was deleted. */
export function findTrackers(spreadsheet: Spreadsheet): Map<number, Partial<Record<TrackerPart, Sheet>>> {
  const trackers = new Map<number, Partial<Record<TrackerPart, Sheet>>>();
  // Each copy with the parts of its tracker, where it stands in if the original is gone.
  const copies: { parts: Partial<Record<TrackerPart, Sheet>>; part: TrackerPart; sheet: Sheet }[] = [];
  for (const metadata of spreadsheet.createDeveloperMetadataFinder().withKey(TRACKER_METADATA_KEY).find()) {
    const match = /^(\d+):([a-z]+):(\d+)$/.exec(metadata.getValue() ?? '');
    const sheet = metadata.getLocation().getSheet();
    if (!match || !sheet || !(TRACKER_PARTS as readonly string[]).includes(match[2])) continue;
    const [id, part] = [Number(match[1]), match[2] as TrackerPart];
    const parts = trackers.get(id) ?? {};
    trackers.set(id, parts);
    if (sheet.getSheetId() === Number(match[3])) parts[part] = sheet;
    else copies.push({ parts, part, sheet });
  }
  // A copy stands in only when the original is gone.
  for (const copy of copies) copy.parts[copy.part] ??= copy.sheet;
  return trackers;
}

export interface TrackerSummary {
  id: number;
  candidatesSheet: string;
  scorecardsSheet: string;
}

/** Every tracker that still has its Candidates and Scorecards sheets, by id. */
export function listTrackers(spreadsheet: Spreadsheet): TrackerSummary[] {
  return [...findTrackers(spreadsheet)]
    .flatMap(([id, parts]) =>
      parts.candidates && parts.scorecards
        ? [{ id, candidatesSheet: parts.candidates.getName(), scorecardsSheet: parts.scorecards.getName() }]
        : [],
    )
    .sort((a, b) => a.id - b.id);
}

/** The last tracker id handed out, in document properties: deleting every sheet of a tracker cannot lower it. */
export const TRACKER_COUNTER_KEY = 'devrate.lastTrackerId';

/**
 * A new tracker id, never one used before in this spreadsheet (call under the document lock): one
 * more than the counter, any tracker's metadata and any id the seal store still holds state for
 * (spreadsheets from before the counter), and the counter moves on to it.
 */
export function nextTrackerId(spreadsheet: Spreadsheet, props: GoogleAppsScript.Properties.Properties): number {
  const stored = props.getProperties();
  const counter = Number(stored[TRACKER_COUNTER_KEY]);
  const inStore = Object.keys(stored).flatMap((key) => {
    const m = /^devrate\.candidate\.(\d+)\./.exec(key);
    return m ? [Number(m[1])] : [];
  });
  const id = Math.max(Number.isSafeInteger(counter) ? counter : 0, 0, ...findTrackers(spreadsheet).keys(), ...inStore) + 1;
  props.setProperty(TRACKER_COUNTER_KEY, String(id));
  return id;
}

interface TrackerParts {
  candidates: Sheet;
  scorecards: Sheet;
  /** One weight per interview question, in the order of data/hiring.json; null when the named range is gone. */
  weights: Range | null;
  /** The evidence setting; null when the named range is gone (the default applies until Repair puts it back). */
  evidence: Range | null;
}

/** A tracker's id and the parts named (all by default): a function taking part of a tracker says which. */
export type OpenTracker<P extends keyof TrackerParts = keyof TrackerParts> = { id: number } & Pick<TrackerParts, P>;

/** The sheets of one tracker, or an error that names what is missing and what to do. */
export function openTracker(spreadsheet: Spreadsheet, id: number, outcome = 'Nothing was changed.'): OpenTracker {
  const parts = findTrackers(spreadsheet).get(id);
  const which = id === 1 ? 'The candidate tracker' : `Candidate tracker ${id}`;
  if (!parts || (!parts.candidates && !parts.scorecards)) {
    throw new Error(
      `This spreadsheet has no candidate tracker ${id === 1 ? '' : `number ${id} `}any more. Use DevRate > Insert candidate tracker, then reopen this sidebar. ${outcome}`,
    );
  }
  const lost = (part: 'candidates' | 'scorecards') =>
    new Error(`${which} has lost its ${PART_NAMES[part]} sheet (it was deleted). Use DevRate > Repair tracker to add it back. ${outcome}`);
  const { candidates, scorecards } = parts;
  if (!candidates) throw lost('candidates');
  if (!scorecards) throw lost('scorecards');
  const weights = spreadsheet.getRangeByName(weightsRangeName(id));
  // Every action opens its tracker here: a sorted, shortened or lengthened weights block is refused before anything is read or written.
  checkWeightsBlock(weights, outcome);
  return { id, candidates, scorecards, weights, evidence: spreadsheet.getRangeByName(evidenceRangeName(id)) };
}

export function missingWeightsError(id: number, outcome: string): Error {
  return new Error(
    `The scoring weights of this tracker are gone (the named range ${weightsRangeName(id)} was removed). Use DevRate > Repair tracker to restore them. ${outcome}`,
  );
}
