// Reading a tracker back: one getValues per sheet whatever the number of rows, columns found by
// their metadata (columns.ts), the header row by its metadata (structure.ts; rows inserted above it
// hold whatever people put there, and are no part of the table). A row is in use when any cell holds
// something: only rows that are entirely empty are ever written to.
import type { ScorecardRecord } from '../../domain/scoring/debrief';
import { MAX_WEIGHT, type Weights } from '../../domain/scoring/weights';
import { readWeight } from '../../domain/scoring/cells';
import { DEFAULT_MIN_SCORED, QUESTION_COUNT, readMinScored } from '../../domain/scoring/evidence';
import { EVIDENCE_LABEL } from './rules-sheet';
import { hiring } from '../../domain/dataset';
import { columnLetter } from '../a1';
import { cellText } from '../cell-text';
import { missingColumnsError } from './columns';
import { headerDamage, locateTable } from './structure';
import { SCORECARD_COLUMNS, typedColumns, type Column } from './layout';
import { isSealedRow, scorecardFromRow } from './scorecard-rows';
import { growTable } from './table-growth';
import { missingWeightsError, type OpenTracker } from './tracker-registry';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

/** A sheet's cells (from row 1) and where its header row and columns are. */
export interface Table {
  sheet: Sheet;
  values: unknown[][];
  /** The header row's index in values (0 unless rows were inserted above it); the rows below it are the table's. */
  header: number;
  columns: Map<string, number>;
  layout: readonly Column[];
  /** The first row (1-based, below the header) with nothing typed in it, or undefined when every row is used. */
  freeRow: number | undefined;
}

/** A computed column that shows an error because something typed is where its formula writes. */
export interface BlockedColumn {
  key: string;
  header: string;
  /** The cells in the way (A1), with what they hold, top first. */
  cells: { a1: string; value: string }[];
}

export interface StoredScorecard extends ScorecardRecord {
  row: number;
  /** A sealed row: who and when only; the scorecard itself waits in the seal store. */
  sealed: boolean;
}

/** An unticked checkbox is no content: a row of empty checkboxes is still free. */
const isBlankCell = (v: unknown) => v === '' || v === null || v === undefined || v === false;
/** What a formula shows when it fails (getValues gives the code as text). */
export const isErrorValue = (v: unknown) =>
  typeof v === 'string' && /^#(REF!|NAME\?|VALUE!|N\/A|DIV\/0!|NUM!|NULL!|ERROR!|SPILL!)$/.test(v);

/** Reads a table; refuses (outcome appended to the message) when any of the required columns is gone. */
export function readTable(sheet: Sheet, layout: readonly Column[], required: readonly string[], outcome: string): Table {
  const range = sheet.getDataRange();
  const values = range.getValues();
  const { header, columns } = locateSoundTable(sheet, layout, values, outcome);
  const missing = layout.filter((c) => required.includes(c.key) && !columns.has(c.key));
  if (missing.length) throw missingColumnsError(sheet.getName(), missing, outcome);
  const table: Table = { sheet, values, header, columns, layout, freeRow: undefined };
  for (let r = header + 1; r < values.length && table.freeRow === undefined; r++) {
    if (isEmptyRow(values[r])) table.freeRow = r + 1;
  }
  if (table.freeRow === undefined && values.length < sheet.getMaxRows()) table.freeRow = values.length + 1;
  return table;
}

/**
 * The header and columns of a table whose structure is sound; else the refusal naming the damage
 * (every action reads its tables through here, so each refuses it before writing anything).
 */
function locateSoundTable(sheet: Sheet, layout: readonly Column[], values: unknown[][], outcome: string) {
  const { header, columns } = locateTable(sheet, layout, values);
  const damage = headerDamage(header, sheet.getName());
  if (damage) throw new Error(`${damage} ${outcome}`);
  return { header: header.index, columns };
}

/**
 * A row holding nothing. The computed columns count too: their formulas leave the rows without a
 * name blank, so anything there was typed (and blocks the formula); an error they show is theirs.
 */
const isEmptyRow = (row: readonly unknown[]) => row.every((v) => isBlankCell(v) || isErrorValue(v));

/**
 * The computed columns whose formula cannot spill because something is typed where it writes: its
 * header cell shows an error (Sheets' #REF!, "Array result was not expanded because it would
 * overwrite data") and cells below it hold values, which the formula, blocked, does not fill.
 */
export function blockedColumns(
  table: Table,
  keys: readonly string[] = table.layout.filter((c) => c.formula).map((c) => c.key),
): BlockedColumn[] {
  const blocked: BlockedColumn[] = [];
  for (const column of table.layout.filter((c) => c.formula && keys.includes(c.key))) {
    const position = table.columns.get(column.key);
    if (position === undefined) continue;
    const at = position - 1;
    if (!isErrorValue(table.values[table.header]?.[at])) continue;
    const cells: BlockedColumn['cells'] = [];
    for (let r = table.header + 1; r < table.values.length; r++) {
      const value = table.values[r][at];
      if (!isBlankCell(value)) cells.push({ a1: `${columnLetter(at + 1)}${r + 1}`, value: cellText(value) });
    }
    if (cells.length) blocked.push({ key: column.key, header: column.header, cells });
  }
  return blocked;
}

/** A table's sheet, header and columns: a whole read (Table) or its head alone (targeted-reads.ts). */
type TableShape = Pick<Table, 'sheet' | 'header' | 'columns' | 'layout'>;

/** A computed column whose header formula cannot be trusted, and why. */
export interface LostFormula {
  column: Column;
  why: 'gone' | 'elsewhere';
}

/**
 * The computed columns whose header cell no longer holds their array formula (pasted over as
 * values, merged into a neighbour, cleared, typed over), or holds one that starts at another row
 * than the header's (the rows were sorted with the header row, which carries the formula along
 * while its references stay put: each figure would then sit in another candidate's row). Either
 * way their cells show figures that are not their rows'. One read of the header row's formulas.
 */
export function formulaLostColumns(table: TableShape): LostFormula[] {
  const computed = table.layout.filter((c) => c.formula && table.columns.has(c.key));
  if (computed.length === 0) return [];
  const formulas = table.sheet.getRange(table.header + 1, 1, 1, table.sheet.getMaxColumns()).getFormulas()[0];
  const names = table.columns.get('name');
  // The array starts at the header row: its name range is written "$B$<header row>:$B" (candidate-formulas.ts).
  const anchor = names === undefined ? '' : `$${columnLetter(names)}$${table.header + 1}:$${columnLetter(names)}`;
  return computed.flatMap((column): LostFormula[] => {
    const formula = formulas[(table.columns.get(column.key) ?? 0) - 1] ?? '';
    if (!formula) return [{ column, why: 'gone' }];
    return anchor && !formula.includes(anchor) ? [{ column, why: 'elsewhere' }] : [];
  });
}

/** The refusal when a computed column's formula is gone or out of step: its figures must not pass for its rows'. */
export function formulaLostError(table: TableShape, lost: readonly LostFormula[], outcome: string): Error {
  const at = (c: Column) => `"${c.header}" (${columnLetter(table.columns.get(c.key) ?? 1)}${table.header + 1})`;
  const list = (why: LostFormula['why']) => lost.filter((l) => l.why === why).map((l) => at(l.column));
  const [gone, elsewhere] = [list('gone'), list('elsewhere')];
  const problems = [
    gone.length
      ? `the ${gone.length > 1 ? 'formulas in the header cells' : 'formula in the header cell'} of ${gone.join(', ')} ${gone.length > 1 ? 'are' : 'is'} gone (pasted over as values, merged, cleared or typed over)`
      : '',
    elsewhere.length
      ? `the ${elsewhere.length > 1 ? 'formulas' : 'formula'} of ${elsewhere.join(', ')} no longer ${elsewhere.length > 1 ? 'start' : 'starts'} at the header row (rows sorted together with the header row), so ${elsewhere.length > 1 ? 'their figures sit' : 'its figures sit'} beside other candidates`
      : '',
  ].filter(Boolean);
  return new Error(
    `On "${table.sheet.getName()}", ${problems.join('; and ')}. Those figures do not follow the candidates' rows. Use DevRate > Repair tracker to write ${lost.length > 1 ? 'the formulas' : 'the formula'} again. ${outcome}`,
  );
}

/** "Rate check" (L5 holds "call back"; L9 holds "2"). */
export function describeBlocked(column: BlockedColumn, sheetName: string): string {
  const shown = column.cells.slice(0, 5).map((c) => `${c.a1} holds ${JSON.stringify(c.value)}`);
  if (column.cells.length > 5) shown.push(`and ${column.cells.length - 5} more cells`);
  return `"${column.header}" on "${sheetName}" (${shown.join('; ')})`;
}

/** The refusal when a computed column a read needs is blocked by something typed in it. */
export function blockedColumnsError(table: Table, blocked: readonly BlockedColumn[], outcome: string): Error {
  const which = blocked.map((b) => describeBlocked(b, table.sheet.getName())).join(', ');
  return new Error(
    `A computed column shows #REF! instead of its figures: ${which}. Something typed there is where its formula writes; move it to a column of your own and the column computes again (DevRate > Repair tracker lists every such cell). ${outcome}`,
  );
}

const cellOf = (table: Table, row: readonly unknown[], key: string): unknown => {
  const position = table.columns.get(key);
  return position === undefined ? '' : row[position - 1];
};

/**
 * The column (1-based) of a key the read required: readTable refused a table without it, so a
 * missing one is a bug in the caller (a key it did not require).
 */
export function requiredColumn(table: Pick<Table, 'sheet' | 'columns'>, key: string): number {
  const position = table.columns.get(key);
  if (position === undefined) {
    throw new Error(`DevRate bug: the "${key}" column of "${table.sheet.getName()}" was used but not required when the sheet was read.`);
  }
  return position;
}

/** Every scorecard column: submitting writes them all, and the debrief reads them all. */
export const SCORECARD_TYPED = typedColumns(SCORECARD_COLUMNS).map((c) => c.key);

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
  const first = table.header + 1; // index of the first row below the header
  const dates =
    withDates && dateColumn && table.values.length > first
      ? tracker.scorecards.getRange(first + 1, dateColumn, table.values.length - first, 1).getDisplayValues()
      : [];
  const scorecards: StoredScorecard[] = [];
  for (let i = first; i < table.values.length; i++) {
    const cell = (key: string) => cellOf(table, table.values[i], key);
    const record = scorecardFromRow(cell, dates[i - first]?.[0] ?? '');
    if (record) scorecards.push({ ...record, row: i + 1, sealed: isSealedRow(cell) });
  }
  return { table, scorecards };
}

/**
 * The weights as typed on the sheet, read as the domain reads a weight (cells.ts): blank counts
 * 0, '3 counts 3; anything else refuses, naming the cell, rather than give a wrong score. The
 * block's structure was checked when the tracker was opened (weights-structure.ts).
 */
export function readWeights(tracker: OpenTracker<'weights'>, outcome: string): Weights {
  const range = tracker.weights;
  if (!range) throw missingWeightsError(tracker.id, outcome);
  const values = range.getValues();
  const weights: Weights = {};
  hiring.questions.forEach((q, i) => {
    const read = readWeight(values[i]?.[0]);
    if (!read.ok) {
      const cell = `${columnLetter(range.getColumn())}${range.getRow() + i}`;
      throw new Error(
        `The weight of "${q.name}" (cell ${cell} of the Scoring rules sheet) holds "${read.shown}": type a number from 0 to ${MAX_WEIGHT}. ${outcome}`,
      );
    }
    weights[q.id] = read.value;
  });
  return weights;
}

/** The evidence setting (questions a scorecard must score to count); the default while its named range is gone. */
export function readEvidenceSetting(tracker: OpenTracker<'evidence'>, outcome: string): number {
  if (!tracker.evidence) return DEFAULT_MIN_SCORED;
  const read = readMinScored(tracker.evidence.getValue());
  if (read.ok) return read.value;
  throw new Error(
    `The Scoring rules setting "${EVIDENCE_LABEL}" holds "${read.shown}": type a whole number from 1 to ${QUESTION_COUNT}. ${outcome}`,
  );
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
    growTable({ sheet, layout: table.layout, headerRow: table.header + 1, columns: table.columns }, row - 1);
  }
  writeCells(table, row, values);
  table.freeRow = nextFreeRow(table, row);
  return row;
}

/** Writes values by column key into one row, one call per run of adjacent columns. */
export function writeCells(table: Pick<Table, 'sheet' | 'columns'>, row: number, values: Readonly<Record<string, unknown>>): void {
  const cells = Object.entries(values)
    .map(([key, value]) => ({ column: requiredColumn(table, key), value }))
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
  for (let r = written; r < table.values.length; r++) if (isEmptyRow(table.values[r])) return r + 1;
  const after = Math.max(written, table.values.length) + 1;
  return after <= table.sheet.getMaxRows() ? after : undefined;
}
