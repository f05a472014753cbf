// Reading a tracker back: one getValues per sheet whatever the number of rows, columns found by
// their metadata (columns.ts). A row is in use when any cell people can type in holds something:
// only rows that are entirely empty are ever written to.
import type { ScorecardRecord } from '../../domain/scoring/debrief';
import type { Weights } from '../../domain/scoring/weights';
import { hiring } from '../../domain/dataset';
import { locateColumns, missingColumnsError } from './columns';
import { CANDIDATE_COLUMNS, SCORECARD_COLUMNS, type Column } from './layout';
import { isSealedRow, scorecardFromRow } from './scorecard-rows';
import { missingWeightsError, type OpenTracker } from './tracker-registry';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

/** A sheet's cells (header row first) and where its columns are. */
export interface Table {
  sheet: Sheet;
  values: unknown[][];
  columns: Map<string, number>;
  layout: readonly Column[];
  /** The first row (1-based, below the header) with nothing typed in it, or undefined when every row is used. */
  freeRow: number | undefined;
}

export interface CandidateRow {
  name: string;
  stage: string;
  row: number;
}

export interface StoredScorecard extends ScorecardRecord {
  row: number;
  /** A sealed row: who and when only; the scorecard itself waits in the seal store. */
  sealed: boolean;
}

/** An unticked checkbox is no content: a row of empty checkboxes is still free. */
const isBlankCell = (v: unknown) => v === '' || v === null || v === undefined || v === false;

/** Reads a table; refuses (outcome appended to the message) when any of the required columns is gone. */
export function readTable(sheet: Sheet, layout: readonly Column[], required: readonly string[], outcome: string): Table {
  const range = sheet.getDataRange();
  const values = range.getValues();
  const columns = locateColumns(sheet, layout, values[0] ?? []);
  const missing = layout.filter((c) => required.includes(c.key) && !columns.has(c.key));
  if (missing.length) throw missingColumnsError(sheet.getName(), missing, outcome);
  const table: Table = { sheet, values, columns, layout, freeRow: undefined };
  const computed = computedColumns(table);
  for (let r = 1; r < values.length && table.freeRow === undefined; r++) {
    if (isEmptyRow(values[r], computed)) table.freeRow = r + 1;
  }
  if (table.freeRow === undefined && values.length < sheet.getMaxRows()) table.freeRow = values.length + 1;
  return table;
}

/** The add-on's own formula columns spill into every row (0-based); everything else is typed. */
const computedColumns = (table: Table) =>
  new Set(table.layout.filter((c) => c.formula && table.columns.has(c.key)).map((c) => table.columns.get(c.key)! - 1));
const isEmptyRow = (row: readonly unknown[], computed: ReadonlySet<number>) => row.every((v, c) => computed.has(c) || isBlankCell(v));

const text = (v: unknown) => (v === null || v === undefined ? '' : String(v)).trim();
const cellOf = (table: Table, row: readonly unknown[], key: string) => (table.columns.has(key) ? row[table.columns.get(key)! - 1] : '');

export const CANDIDATE_READ = ['name', 'stage'];

export function readCandidates(
  tracker: OpenTracker<'candidates'>,
  outcome: string,
  required: readonly string[] = CANDIDATE_READ,
): { table: Table; candidates: CandidateRow[] } {
  const table = readTable(tracker.candidates, CANDIDATE_COLUMNS, required, outcome);
  const candidates: CandidateRow[] = [];
  table.values.forEach((row, i) => {
    const name = i > 0 ? text(cellOf(table, row, 'name')) : '';
    if (name) candidates.push({ name, stage: text(cellOf(table, row, 'stage')), row: i + 1 });
  });
  return { table, candidates };
}

/** Every scorecard column: submitting writes them all, and the debrief reads them all. */
export const SCORECARD_TYPED = SCORECARD_COLUMNS.filter((c) => !c.formula).map((c) => c.key);

/**
 * Every scorecard. withDates: the date column as displayed too (one more call), since a Date
 * cannot cross google.script.run.
 */
export function readScorecards(
  tracker: OpenTracker<'scorecards'>,
  outcome: string,
  withDates = false,
  required: readonly string[] = SCORECARD_TYPED,
): { table: Table; scorecards: StoredScorecard[] } {
  const table = readTable(tracker.scorecards, SCORECARD_COLUMNS, required, outcome);
  const dateColumn = table.columns.get('date');
  const dates =
    withDates && dateColumn && table.values.length > 1
      ? tracker.scorecards.getRange(2, dateColumn, table.values.length - 1, 1).getDisplayValues()
      : [];
  const scorecards: StoredScorecard[] = [];
  for (let i = 1; i < table.values.length; i++) {
    const cell = (key: string) => cellOf(table, table.values[i], key);
    const record = scorecardFromRow(cell, dates[i - 1]?.[0] ?? '');
    if (record) scorecards.push({ ...record, row: i + 1, sealed: isSealedRow(cell) });
  }
  return { table, scorecards };
}

/** The weights as typed on the sheet; a blank or non-number weight counts 0, as in the formulas. */
export function readWeights(tracker: OpenTracker<'weights'>, outcome: string): Weights {
  if (!tracker.weights) throw missingWeightsError(tracker.id, outcome);
  const values = tracker.weights.getValues();
  const weights: Weights = {};
  hiring.questions.forEach((q, i) => {
    const v = values[i]?.[0];
    weights[q.id] = typeof v === 'number' && Number.isFinite(v) ? v : 0;
  });
  return weights;
}

/**
 * Writes one row's values by column key into an entirely empty row, in as few calls as the
 * columns' positions allow (one per run of adjacent columns), growing the sheet when it is full.
 * The table then counts that row as used.
 */
export function writeRow(table: Table, values: Readonly<Record<string, unknown>>): number {
  const sheet = table.sheet;
  let row = table.freeRow;
  if (row === undefined) {
    row = sheet.getMaxRows() + 1;
    growLikeLastRow(sheet, row - 1);
  }
  writeCells(table, row, values);
  table.freeRow = nextFreeRow(table, row);
  return row;
}

/** Writes values by column key into one row, one call per run of adjacent columns. */
export function writeCells(table: Pick<Table, 'sheet' | 'columns'>, row: number, values: Readonly<Record<string, unknown>>): void {
  const cells = Object.entries(values)
    .map(([key, value]) => ({ column: table.columns.get(key)!, value }))
    .sort((a, b) => a.column - b.column);
  for (let start = 0; start < cells.length;) {
    let end = start + 1;
    while (end < cells.length && cells[end].column === cells[end - 1].column + 1) end++;
    table.sheet.getRange(row, cells[start].column, 1, end - start).setValues([cells.slice(start, end).map((c) => c.value)]);
    start = end;
  }
}

/** The first free row after one just written (rows read as empty stay empty; past them, the sheet's end). */
function nextFreeRow(table: Table, written: number): number | undefined {
  const computed = computedColumns(table);
  for (let r = written; r < table.values.length; r++) if (isEmptyRow(table.values[r], computed)) return r + 1;
  const after = Math.max(written, table.values.length) + 1;
  return after <= table.sheet.getMaxRows() ? after : undefined;
}

/** Rows added at once when a table fills its sheet. */
const GROW_BY = 100;

/**
 * Adds GROW_BY rows below the last one, with its dropdowns and number formats: Apps Script's
 * reference does not say whether insertRowsAfter's rows inherit them, so they are copied.
 */
function growLikeLastRow(sheet: GoogleAppsScript.Spreadsheet.Sheet, lastRow: number): void {
  sheet.insertRowsAfter(lastRow, GROW_BY);
  if (lastRow < 2) return; // only the header above: nothing to copy
  const width = sheet.getMaxColumns();
  const last = sheet.getRange(lastRow, 1, 1, width);
  const [rules, formats] = [last.getDataValidations()[0], last.getNumberFormats()[0]];
  const added = sheet.getRange(lastRow + 1, 1, GROW_BY, width);
  added.setDataValidations(Array.from({ length: GROW_BY }, () => rules));
  added.setNumberFormats(Array.from({ length: GROW_BY }, () => formats));
}
