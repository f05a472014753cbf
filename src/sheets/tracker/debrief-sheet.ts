// Writes the debrief onto the Candidates sheet as values, computed by the domain's debrief
// (domain/scoring/debrief.ts) from the scorecards on the sheet: the one rule the sidebar uses
// too. It runs after every submission, reveal and panel change, after Repair, from the menu
// ("Refresh debrief") and from the onEdit simple trigger, so the sheet follows people's edits.
//
// Why values and not formulas (ARCHITECTURE "One rule per judgement"): the sidebar's debrief
// before the reveal includes sealed scorecards that no formula can see, so formulas would be a
// second rule beside the domain's; per-candidate SUMIFS/COUNTIFS over every scorecard cost
// O(candidates × scorecards) on each edit, and SUMIFS does not expand inside ARRAYFORMULA on
// Google Sheets. Here it is one read of each sheet, O(candidates + scorecards) work, and one
// write per run of adjacent debrief columns and changed rows. Call it under the document lock.
import { computeDebrief, type Debrief, type ScorecardRecord } from '../../domain/scoring/debrief';
import { isDuplicateFlag } from '../../domain/scoring/duplicates';
import type { DebriefCell } from './column';
import { DEBRIEF_COLUMNS, SCORECARD_COLUMNS } from './layout';
import { normalizeName } from '../../domain/scoring/interviewer';
import { asText, cellText } from '../cell-text';
import { readCandidateDetails, type CandidateDetails } from './reveal-sheet';
import { readEvidenceSetting, readScorecards, readWeights, type StoredScorecard, type Table } from './tracker-reads';
import type { OpenTracker } from './tracker-registry';

type Tracker = OpenTracker;

/** The debrief cells of a candidate row, by column key ('' everywhere while sealed). */
export type DebriefCells = Readonly<Record<string, DebriefCell>>;

/** The debrief as the Candidates sheet shows it: each debrief column's figure, by key. */
export function debriefCells(d: Debrief | null): DebriefCells {
  return Object.fromEntries(DEBRIEF_COLUMNS.map((c) => [c.key, d ? c.debrief(d) : '']));
}

const DEBRIEF_KEYS: readonly string[] = DEBRIEF_COLUMNS.map((c) => c.key);

/** One candidate's figures as the sheet shows them, and the row they go in. */
export interface DebriefLine {
  candidate: CandidateDetails;
  /** null while the candidate is sealed. */
  debrief: Debrief | null;
  cells: DebriefCells;
}

/**
 * What the seal store says of a candidate: revealed or not, the panel, who submitted. The store
 * decides (src/server/sealed): "Revealed by", the Panel cell and sealed rows are only views.
 */
export interface SealState {
  revealed: boolean;
  panel: readonly string[];
  submitted: readonly string[];
}
export type SealsOf = (candidate: CandidateDetails) => SealState;

/** Every scorecard row of a tracker by candidate (names compared as the server compares them). */
export function scorecardsByCandidate(rows: readonly StoredScorecard[]): Map<string, StoredScorecard[]> {
  const by = new Map<string, StoredScorecard[]>();
  for (const row of rows) {
    const key = normalizeName(row.candidate);
    const list = by.get(key);
    if (list) list.push(row);
    else by.set(key, [row]);
  }
  return by;
}

/**
 * Who has submitted, once revealed: the store's submissions and everyone with a scorecard on the
 * sheet, since after the reveal the sheet is the record (a scorecard typed there counts).
 */
export function submittedAfterReveal(store: readonly string[], cards: readonly ScorecardRecord[]): string[] {
  const seen = new Map<string, string>();
  for (const name of [...store, ...cards.map((c) => c.interviewer)])
    if (name.trim() && !seen.has(normalizeName(name))) seen.set(normalizeName(name), name);
  return [...seen.values()];
}

/** The rows that are scorecards (never a sealed row or what is left of one), each with its sheet row. */
const openCards = (rows: readonly StoredScorecard[]): ScorecardRecord[] =>
  rows.filter((r) => !r.sealed).map(({ sealed: _sealed, ...card }) => card);

/**
 * What the sheet must show per candidate: blank while sealed, else the domain's debrief.
 * computed: formula columns read too (refused when something typed blocks them).
 */
export function debriefLines(tracker: Tracker, outcome: string, sealsOf: SealsOf, computed: readonly string[] = []): DebriefLine[] {
  return readDebriefs(tracker, outcome, sealsOf, computed).lines;
}

/** The debrief lines, and the Scorecards table they were computed from. */
function readDebriefs(tracker: Tracker, outcome: string, sealsOf: SealsOf, computed: readonly string[]) {
  const weights = readWeights(tracker, outcome);
  const minScored = readEvidenceSetting(tracker, outcome);
  const scorecards = readScorecards(tracker, outcome);
  const byCandidate = scorecardsByCandidate(scorecards.scorecards);
  const lines = readCandidateDetails(tracker, outcome, undefined, computed).map((candidate): DebriefLine => {
    const seal = sealsOf(candidate);
    if (!seal.revealed) return { candidate, debrief: null, cells: debriefCells(null) };
    const rows = byCandidate.get(normalizeName(candidate.name)) ?? [];
    const cards = openCards(rows);
    const debrief = computeDebrief(candidate.name, cards, weights, {
      minScored,
      panel: seal.panel,
      submitted: submittedAfterReveal(seal.submitted, cards),
    });
    return { candidate, debrief, cells: debriefCells(debrief) };
  });
  return { lines, scorecards: scorecards.table };
}

/** Text goes in as text (a name in "Red flags raised" stays a name); numbers as numbers. */
const written = (v: DebriefCell) => (typeof v === 'string' && v !== '' ? asText(v) : v);
/** What a cell shows against what the debrief says: blank and '' alike, numbers to the digit. */
const same = (shown: unknown, wanted: DebriefCell) =>
  shown === wanted || ((shown === '' || shown === null || shown === undefined) && wanted === '');

/**
 * Writes each candidate's debrief where the sheet shows something else, and beside each
 * scorecard row what the debrief says of it (the Duplicate column); answers how many candidate
 * rows changed. A debrief column that is gone is skipped (Repair puts it back); rows without a
 * candidate are never written, so what people typed there stays.
 */
export function refreshDebrief(tracker: Tracker, outcome: string, sealsOf: SealsOf): number {
  const { lines, scorecards } = readDebriefs(tracker, outcome, sealsOf, []);
  const rows = scorecards.values.map((_, i) => i + 1).slice(scorecards.header + 1);
  writeRowDebriefs(scorecardRowsOf(scorecards), lines, rows);
  return writeCandidateDebriefs(lines);
}

function writeCandidateDebriefs(lines: readonly DebriefLine[]): number {
  if (lines.length === 0) return 0;
  const { sheet, columns } = lines[0].candidate.table;
  const present = DEBRIEF_KEYS.filter((k) => columns.has(k)).sort((a, b) => (columns.get(a) ?? 0) - (columns.get(b) ?? 0));
  if (present.length === 0) return 0;
  const first = columns.get(present[0]) ?? 1;
  const last = columns.get(present[present.length - 1]) ?? first;
  const rows = lines.map((l) => l.candidate.row);
  const top = Math.min(...rows);
  const shown = sheet.getRange(top, first, Math.max(...rows) - top + 1, last - first + 1).getValues();
  const changed = lines.filter((l) => present.some((k) => !same(shown[l.candidate.row - top][(columns.get(k) ?? 0) - first], l.cells[k])));
  if (changed.length === 0) return 0;
  for (const keys of adjacentRuns(present, columns)) {
    const column = columns.get(keys[0]) ?? 1;
    for (const block of consecutiveRows(changed)) {
      sheet
        .getRange(block[0].candidate.row, column, block.length, keys.length)
        .setValues(block.map((l) => keys.map((k) => written(l.cells[k]))));
    }
  }
  return changed.length;
}

/**
 * Writes a revealed candidate's debrief into their row, one call per run of
 * adjacent debrief columns: after a submission, reveal or panel change, whose caller has just
 * computed the debrief the sidebar shows, so the row shows exactly that. Columns that are gone are
 * skipped. scorecards: the Scorecards table the debrief was read from, whose rows of this
 * candidate get their flags (a reveal may put a scorecard beside a row that repeats it).
 */
export function writeDebriefRow(candidate: CandidateDetails, debrief: Debrief, scorecards: ScorecardRows): void {
  const { sheet, columns } = candidate.table;
  const cells = debriefCells(debrief);
  const rows = debrief.scorecards.flatMap((card) => (card.row === undefined ? [] : [card.row]));
  writeRowDebriefs(scorecards, [{ candidate, debrief, cells }], rows);
  const present = DEBRIEF_KEYS.filter((k) => columns.has(k)).sort((a, b) => (columns.get(a) ?? 0) - (columns.get(b) ?? 0));
  for (const keys of adjacentRuns(present, columns)) {
    sheet.getRange(candidate.row, columns.get(keys[0]) ?? 1, 1, keys.length).setValues([keys.map((k) => written(cells[k]))]);
  }
}

/** The Scorecards columns written per scorecard row from its candidate's debrief. */
const ROW_DEBRIEF_COLUMNS = SCORECARD_COLUMNS.flatMap((c) => (c.rowDebrief ? [{ key: c.key, cell: c.rowDebrief }] : []));

/**
 * Scorecards rows as read with the debrief: the whole table (Repair, the menu, onEdit) or one
 * candidate's rows (an action about that candidate, targeted-reads.ts).
 */
export interface ScorecardRows {
  sheet: GoogleAppsScript.Spreadsheet.Sheet;
  columns: ReadonlyMap<string, number>;
  /** What a cell (1-based row and column) showed when read; undefined for a row not read or written after. */
  shown(row: number, column: number): unknown;
}

export const scorecardRowsOf = (table: Table): ScorecardRows => ({
  sheet: table.sheet,
  columns: table.columns,
  shown: (row, column) => table.values[row - 1]?.[column - 1],
});

/**
 * Writes each Scorecards row's flag where the sheet shows something else, one call per run of
 * consecutive rows. A row of a revealed candidate's scorecard shows what its debrief says
 * ('' when nothing). Any other row among rows (sealed, of a sealed candidate, no scorecard)
 * keeps what it holds but loses a flag DevRate wrote there, which would now be stale.
 */
function writeRowDebriefs(read: ScorecardRows, lines: readonly DebriefLine[], rows: readonly number[]): void {
  const debriefOfRow = new Map<number, Debrief>();
  for (const { debrief } of lines) {
    if (debrief) for (const card of debrief.scorecards) if (card.row !== undefined) debriefOfRow.set(card.row, debrief);
  }
  for (const column of ROW_DEBRIEF_COLUMNS) {
    const at = read.columns.get(column.key);
    if (at === undefined) continue; // gone: Repair puts it back
    const changed: { row: number; value: DebriefCell }[] = [];
    for (const row of rows) {
      const shown = read.shown(row, at); // a row written after the read shows nothing yet
      const debrief = debriefOfRow.get(row);
      const wanted = debrief ? column.cell(debrief, row) : isDuplicateFlag(cellText(shown).trim()) ? '' : null;
      if (wanted !== null && !same(shown, wanted)) changed.push({ row, value: wanted });
    }
    for (const run of consecutive(changed)) {
      read.sheet.getRange(run[0].row, at, run.length, 1).setValues(run.map((c) => [written(c.value)]));
    }
  }
}

/** The last item (no Array.prototype.at: the bundle targets ES2020). */
const lastOf = <T>(items: readonly T[]): T | undefined => (items.length ? items[items.length - 1] : undefined);

/** The keys in runs of adjacent columns (people may have moved or inserted columns between them). */
function adjacentRuns<K extends string>(keys: readonly K[], columns: ReadonlyMap<string, number>): K[][] {
  const runs: K[][] = [];
  for (const key of keys) {
    const run = lastOf(runs);
    const previous = run && lastOf(run);
    if (run && previous !== undefined && columns.get(key) === (columns.get(previous) ?? 0) + 1) run.push(key);
    else runs.push([key]);
  }
  return runs;
}

/** The lines in runs of consecutive sheet rows, top first. */
const consecutiveRows = (lines: readonly DebriefLine[]): DebriefLine[][] => consecutive(lines.map((l) => ({ ...l, row: l.candidate.row })));

/** Items in runs of consecutive sheet rows, top first. */
function consecutive<T extends { row: number }>(items: readonly T[]): T[][] {
  const sorted = [...items].sort((a, b) => a.row - b.row);
  const runs: T[][] = [];
  for (const item of sorted) {
    const run = lastOf(runs);
    const previous = run && lastOf(run);
    if (run && previous && item.row === previous.row + 1) run.push(item);
    else runs.push([item]);
  }
  return runs;
}
