// Which sheets form a tracker. Named ranges record it: they survive renames, moves and copies of
// the spreadsheet, and every editor sees them under Data > Named ranges. Tracker 1 owns
// DevRateCandidates, DevRateScorecards, DevRateWeights and DevRateChecklist; tracker n > 1 the
// same names with "_n", so a second tracker never takes over the first one's ranges.
type Range = GoogleAppsScript.Spreadsheet.Range;
type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

export const RANGE_PREFIXES = {
  candidates: 'DevRateCandidates',
  scorecards: 'DevRateScorecards',
  weights: 'DevRateWeights',
  checklist: 'DevRateChecklist',
} as const;
export type TrackerPart = keyof typeof RANGE_PREFIXES;

export function trackerRangeName(part: TrackerPart, id: number): string {
  return id === 1 ? RANGE_PREFIXES[part] : `${RANGE_PREFIXES[part]}_${id}`;
}

/** The tracker id a named range belongs to, if it is a tracker's range of this part. */
export function trackerIdOf(rangeName: string, part: TrackerPart): number | undefined {
  const match = new RegExp(`^${RANGE_PREFIXES[part]}(?:_(\\d+))?$`).exec(rangeName);
  if (!match) return undefined;
  return match[1] === undefined ? 1 : Number(match[1]);
}

export interface TrackerSummary {
  id: number;
  candidatesSheet: string;
  scorecardsSheet: string;
}

/** Every tracker whose Candidates and Scorecards ranges still point at a sheet, by id. */
export function listTrackers(spreadsheet: Spreadsheet): TrackerSummary[] {
  const sheets = new Map<number, Partial<TrackerSummary>>();
  for (const named of spreadsheet.getNamedRanges()) {
    const name = named.getName();
    for (const part of ['candidates', 'scorecards'] as const) {
      const id = trackerIdOf(name, part);
      if (id === undefined) continue;
      const sheetName = sheetNameOf(named);
      if (sheetName === undefined) continue;
      const entry = sheets.get(id) ?? { id };
      entry[part === 'candidates' ? 'candidatesSheet' : 'scorecardsSheet'] = sheetName;
      sheets.set(id, entry);
    }
  }
  return [...sheets.values()]
    .filter((t): t is TrackerSummary => t.candidatesSheet !== undefined && t.scorecardsSheet !== undefined)
    .sort((a, b) => a.id - b.id);
}

/** One more than any tracker id in use, half-deleted trackers included, so no range name is reused. */
export function nextTrackerId(spreadsheet: Spreadsheet): number {
  let highest = 0;
  const parts = Object.keys(RANGE_PREFIXES) as TrackerPart[];
  for (const named of spreadsheet.getNamedRanges()) {
    const name = named.getName();
    for (const part of parts) highest = Math.max(highest, trackerIdOf(name, part) ?? 0);
  }
  return highest + 1;
}

/** A named range whose sheet was deleted throws on access; such a tracker is gone. */
function sheetNameOf(named: GoogleAppsScript.Spreadsheet.NamedRange): string | undefined {
  try {
    return named.getRange().getSheet().getName();
  } catch {
    return undefined;
  }
}

interface TrackerRanges {
  /** Header row plus CANDIDATE_CAPACITY rows. */
  candidates: Range;
  /** Header row plus SCORECARD_CAPACITY rows. */
  scorecards: Range;
  /** One weight per interview question, in the order of data/hiring.json. */
  weights: Range;
}

/** A tracker with the parts that were opened, and only those. */
export type OpenTracker<P extends keyof TrackerRanges = keyof TrackerRanges> = { id: number } & Pick<TrackerRanges, P>;

const ALL_PARTS = ['candidates', 'scorecards', 'weights'] as const satisfies readonly (keyof TrackerRanges)[];

/** The ranges of one tracker (all parts, or those named), or an error that tells the user what to do. */
export function openTracker(spreadsheet: Spreadsheet, id: number): OpenTracker;
export function openTracker<P extends keyof TrackerRanges>(spreadsheet: Spreadsheet, id: number, parts: readonly P[]): OpenTracker<P>;
export function openTracker(
  spreadsheet: Spreadsheet,
  id: number,
  parts: readonly (keyof TrackerRanges)[] = ALL_PARTS,
): Partial<OpenTracker> {
  const found: Partial<OpenTracker> = { id };
  for (const part of parts) {
    const range = spreadsheet.getRangeByName(trackerRangeName(part, id));
    if (!range) {
      throw new Error(
        `This spreadsheet has no candidate tracker ${id === 1 ? '' : `number ${id} `}any more (its named range ${trackerRangeName(part, id)} is missing). Use DevRate > Insert candidate tracker, then reopen this sidebar.`,
      );
    }
    found[part] = range;
  }
  return found;
}
