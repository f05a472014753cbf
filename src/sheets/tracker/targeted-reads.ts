// Reading only what an action needs (issue 19, "fast at scale"): the header block, the one
// column that names rows (a candidate's name, a scorecard's candidate), and then only the rows
// of the candidate the action is about, so a submission, a reveal or a read of one debrief costs
// a few short calls however many rows the sheets hold. What is read is read as readTable and
// readScorecards read it (tracker-reads.ts): the same header row, the same columns, the same
// refusals, the same free row, the same names matched by the same rule (sameName).
import type { ScorecardRecord } from '../../domain/scoring/debrief';
import { beyondAscii } from '../../domain/scoring/name-skeleton';
import { asciiTextsWithSkeleton } from '../../domain/scoring/skeleton-preimage';
import { skeletonOf } from '../../domain/scoring/skeleton-memo';
import { cellText } from '../cell-text';
import { growTable } from './table-growth';
import { missingColumnsError } from './columns';
import { metadataOnce } from './metadata-cache';
import { headerDamage, isDataRow, locateTable, readSheetMetadata, titlesRow, type TableStructure } from './structure';
import type { Column } from './layout';
import { isSealedRow, scorecardFromRow } from './scorecard-rows';
import { formulaLostColumns, formulaLostError, isErrorValue, requiredColumn, writeCells, type StoredScorecard } from './tracker-reads';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

/** Rows read from the top to find the header row (people rarely insert more above it; more is read when they did). */
const HEAD_ROWS = 10;
/** Rows apart that are still read in one call (one call for a short gap beats two). */
const ROW_GAP = 8;
/** Rows read at once when looking for an entirely empty row among rows without a name. */
const FREE_ROW_CHUNK = 50;

/** A table's header and columns, without its rows. */
export interface TableHead {
  sheet: Sheet;
  layout: readonly Column[];
  /** The header row's index from the top (0 = row 1), as Table.header. */
  header: number;
  /** The header row's cells. */
  headerValues: readonly unknown[];
  columns: Map<string, number>;
  /** The sheet's last row with content (0 when empty): rows below it are empty. */
  lastRow: number;
  /** Columns read for a whole row: up to the last column with content. */
  width: number;
}

/**
 * The header and columns of a table, from its top rows (through the tagged header row): the
 * structure tracker-reads.ts readTable finds in the whole sheet (structure.ts: the header row by
 * its metadata, its titles only without it; columns by metadata first). When the top rows do not
 * settle it (no header there, or the tagged row now holds a row of data after a sort), the whole
 * sheet is read, as readTable reads it. Refuses, as readTable does, a damaged structure or a
 * required column that is gone.
 */
export function readHead(sheet: Sheet, layout: readonly Column[], required: readonly string[], outcome: string): TableHead {
  const lastRow = sheet.getLastRow();
  const width = Math.max(1, sheet.getLastColumn());
  const tagged = metadataOnce(sheet, readSheetMetadata).headerRows;
  const through = Math.max(1, Math.min(lastRow, Math.max(HEAD_ROWS, ...tagged)));
  let values = sheet.getRange(1, 1, through, width).getValues();
  let found = locateTable(sheet, layout, values);
  const settled = (t: TableStructure) =>
    !t.header.deleted && !isDataRow(values[t.header.index] ?? [], layout, t.columns) && (t.header.tagged || titlesRow(values, layout) >= 0);
  if (!settled(found) && lastRow > values.length) {
    values = sheet.getRange(1, 1, lastRow, width).getValues();
    found = locateTable(sheet, layout, values);
  }
  const damage = headerDamage(found.header, sheet.getName());
  if (damage) throw new Error(`${damage} ${outcome}`);
  const header = found.header.index;
  const { columns } = found;
  const missing = layout.filter((c) => required.includes(c.key) && !columns.has(c.key));
  if (missing.length) throw missingColumnsError(sheet.getName(), missing, outcome);
  // A computed column without its formula keeps old figures: refused, as readCandidateDetails refuses it.
  const lost = formulaLostColumns({ sheet, header, columns, layout });
  if (lost.length) throw formulaLostError({ sheet, header, columns, layout }, lost, outcome);
  return { sheet, layout, header, headerValues: values[header] ?? [], columns, lastRow, width };
}

/** The sheet row (1-based) of the first row below the header. */
export const firstDataRow = (head: TableHead) => head.header + 2;

/** A column's cells from the row below the header to the last row (index 0 = that row): one call. */
export function columnBelow(head: TableHead, key: string): unknown[] {
  const column = requiredColumn(head, key);
  const first = firstDataRow(head);
  if (head.lastRow < first) return [];
  return head.sheet
    .getRange(first, column, head.lastRow - first + 1, 1)
    .getValues()
    .map((r): unknown => r[0]);
}

/**
 * Whether a cell names the name (sameName, as the whole-sheet reads compare: trimmed text by its
 * skeleton, each distinct text computed once: skeleton-memo.ts).
 */
export function namesMatcher(name: string): (cell: unknown) => boolean {
  const wanted = skeletonOf(name);
  // Most ASCII names are told apart by one built-in test, without their skeleton (skeleton-preimage.ts).
  const mayBe = asciiTextsWithSkeleton(wanted);
  // A column repeats its names (each scorecard row names its candidate): one lookup per repeat.
  const verdicts = new Map<unknown, boolean>();
  return (cell) => {
    let same = verdicts.get(cell);
    if (same === undefined) {
      const text = cellText(cell).trim();
      same = text !== '' && (mayBe.test(text) || beyondAscii(text)) && skeletonOf(text) === wanted;
      verdicts.set(cell, same);
    }
    return same;
  };
}

/** The sheet rows (1-based, top first) whose cell in column (read by columnBelow) names the name. */
export function rowsNaming(head: TableHead, column: readonly unknown[], name: string): number[] {
  const names = namesMatcher(name);
  const rows: number[] = [];
  column.forEach((cell, i) => {
    if (names(cell)) rows.push(firstDataRow(head) + i);
  });
  return rows;
}

/** Rows (1-based) in runs close enough to read in one call each. */
function rowBlocks(rows: readonly number[]): { top: number; count: number }[] {
  const sorted = [...new Set(rows)].sort((a, b) => a - b);
  const blocks: { top: number; count: number }[] = [];
  for (const row of sorted) {
    const block = blocks.length ? blocks[blocks.length - 1] : undefined;
    if (block && row - (block.top + block.count - 1) <= ROW_GAP) block.count = row - block.top + 1;
    else blocks.push({ top: row, count: 1 });
  }
  return blocks;
}

/** Whole rows (every column up to the last with content), by sheet row: one call per block of nearby rows. */
export function readRows(head: TableHead, rows: readonly number[], display = false): Map<number, unknown[]> {
  const asked = new Set(rows);
  const read = new Map<number, unknown[]>();
  for (const { top, count } of rowBlocks(rows)) {
    const range = head.sheet.getRange(top, 1, count, head.width);
    const values: unknown[][] = display ? range.getDisplayValues() : range.getValues();
    // Only the rows asked for: a block spans other rows (other candidates' scorecards among them).
    values.forEach((row, i) => {
      if (asked.has(top + i)) read.set(top + i, row);
    });
  }
  return read;
}

/** The cells of a row by column key ('' for a column the table does not have). */
export const cellsByKey =
  (head: Pick<TableHead, 'columns'>, row: readonly unknown[]) =>
  (key: string): unknown => {
    const position = head.columns.get(key);
    return position === undefined ? '' : row[position - 1];
  };

/** As tracker-reads.ts: an unticked checkbox, a blank and an error a formula shows are no content. */
const isBlankCell = (v: unknown) => v === '' || v === null || v === undefined || v === false || isErrorValue(v);
const isEmptyRow = (row: readonly unknown[]) => row.every(isBlankCell);

/**
 * Finds entirely empty rows below the header, top first, as readTable's freeRow and writeRow do,
 * reading only rows whose naming cell is blank (a row with a name is in use): in a full table
 * that is no row at all, and the first free row is the one below the last.
 */
export class FreeRows {
  private readonly taken = new Set<number>();
  private readonly checked = new Map<number, boolean>();

  /** naming: the column read by columnBelow that every used row is likely to fill (the name). */
  constructor(
    private readonly head: TableHead,
    private readonly naming: readonly unknown[],
  ) {}

  /** The first entirely empty row not taken yet, or undefined when every row of the sheet is used. */
  next(): number | undefined {
    const first = firstDataRow(this.head);
    for (let i = 0; i < this.naming.length; i++) {
      const row = first + i;
      if (!isBlankCell(this.naming[i]) || this.taken.has(row)) continue;
      if (!this.checked.has(row)) this.check(row);
      if (this.checked.get(row)) return row;
    }
    let after = Math.max(this.head.lastRow, first - 1) + 1;
    while (this.taken.has(after)) after++;
    return after <= this.head.sheet.getMaxRows() ? after : undefined;
  }

  take(row: number): void {
    this.taken.add(row);
  }

  /** Reads a chunk of rows from this one and notes which are entirely empty. */
  private check(row: number): void {
    const count = Math.min(FREE_ROW_CHUNK, this.head.lastRow - row + 1);
    const values = this.head.sheet.getRange(row, 1, count, this.head.width).getValues();
    values.forEach((cells, i) => this.checked.set(row + i, isEmptyRow(cells)));
  }
}

/**
 * Writes one row's values by column key into the first entirely empty row, growing the sheet
 * (as writeRow does) when it is full; answers the row.
 */
export function writeFreeRow(head: TableHead, free: FreeRows, values: Readonly<Record<string, unknown>>): number {
  let row = free.next();
  if (row === undefined) {
    row = head.sheet.getMaxRows() + 1;
    growTable({ sheet: head.sheet, layout: head.layout, headerRow: head.header + 1, columns: head.columns }, row - 1);
  }
  writeCells(head, row, values);
  free.take(row);
  return row;
}

/** A candidate's scorecard rows, read as readScorecards reads every row. */
export interface CandidateScorecards {
  head: TableHead;
  /** The Scorecards sheet's candidate column below the header (for FreeRows). */
  naming: unknown[];
  /** The candidate's rows as read, by sheet row. */
  values: Map<number, unknown[]>;
  scorecards: StoredScorecard[];
}

/**
 * One candidate's scorecards: the candidate column, then only their rows. withDates: the date
 * column as displayed too (a Date cannot cross google.script.run), as readScorecards reads it.
 */
export function readScorecardsOf(
  sheet: Sheet,
  layout: readonly Column[],
  required: readonly string[],
  candidate: string,
  outcome: string,
  withDates = false,
): CandidateScorecards {
  const head = readHead(sheet, layout, required, outcome);
  const naming = columnBelow(head, 'candidate');
  return scorecardsInRows(head, naming, rowsNaming(head, naming, candidate), withDates);
}

/**
 * The candidate's scorecards again after this execution wrote rows for them (written), without
 * reading the candidate column a second time: the rows that named them in the column as read
 * before (earlier) and the rows written, read afresh under a fresh header read. When the header
 * row moved meanwhile (someone inserted rows above it), the rows moved too: everything is read again.
 */
export function rereadScorecardsOf(
  earlier: Pick<CandidateScorecards, 'head' | 'naming'>,
  written: readonly number[],
  required: readonly string[],
  candidate: string,
  outcome: string,
  withDates = false,
): CandidateScorecards {
  const { sheet, layout } = earlier.head;
  const head = readHead(sheet, layout, required, outcome);
  if (head.header !== earlier.head.header) return readScorecardsOf(sheet, layout, required, candidate, outcome, withDates);
  const rows = [...rowsNaming(earlier.head, earlier.naming, candidate), ...written];
  const values = readRows(head, rows);
  // As readScorecardsOf answers: only rows that name the candidate now (someone may have renamed one meanwhile).
  const names = namesMatcher(candidate);
  const naming = rows.filter((row) => names(cellsByKey(head, values.get(row) ?? [])('candidate')));
  return scorecardsInRows(head, earlier.naming, naming, withDates, values);
}

/** The scorecards in these rows, top first (a row that holds no scorecard left out); values: the rows if read already. */
function scorecardsInRows(
  head: TableHead,
  naming: unknown[],
  rows: readonly number[],
  withDates: boolean,
  values = readRows(head, rows),
): CandidateScorecards {
  const dateColumn = head.columns.get('date');
  const dates = withDates && dateColumn !== undefined ? displayedColumn(head, rows, dateColumn) : new Map<number, string>();
  const scorecards: StoredScorecard[] = [];
  for (const row of [...new Set(rows)].sort((a, b) => a - b)) {
    const cell = cellsByKey(head, values.get(row) ?? []);
    const record: ScorecardRecord | null = scorecardFromRow(cell, dates.get(row) ?? '');
    if (record) scorecards.push({ ...record, row, sealed: isSealedRow(cell) });
  }
  return { head, naming, values, scorecards };
}

/** One column's displayed text in these rows: one call per block of nearby rows. */
function displayedColumn(head: TableHead, rows: readonly number[], column: number): Map<number, string> {
  const shown = new Map<number, string>();
  for (const { top, count } of rowBlocks(rows)) {
    head.sheet
      .getRange(top, column, count, 1)
      .getDisplayValues()
      .forEach((r, i) => shown.set(top + i, r[0]));
  }
  return shown;
}
