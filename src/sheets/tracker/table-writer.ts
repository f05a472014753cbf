// The one table writer. A tracker table is a grid plan keyed by column: each column's entry in
// its layout (column.ts) says everything about it, and this lays columns down from those entries
// the same way whenever DevRate writes them: every column on insert, the columns Repair adds
// back, and the rows' part (number format, rule) when the sheet grows. So a column Repair puts
// back has the header look, note, width, hidden state, format, rule, protection and metadata tag
// of a new one. Adjacent columns go together, so a whole table costs one call per property, as a
// planned grid does (sheet-writer.ts), and one getRangeList fetches every range it needs.
import { columnLetter } from '../a1';
import { forgetSheetMetadata } from './metadata-cache';
import { block as sheetBlock, blockNotation, openBlock } from './sheet-ranges';
import { protectWithWarning, repeatRows, setColumnWidths } from '../sheet-writer';
import { COLUMN_METADATA_KEY, type ColumnMap } from './columns';
import type { Column } from './column';
import { colourRules, columnFormats, markHeader, type Tone, type When } from './styling';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
type Range = GoogleAppsScript.Spreadsheet.Range;
type Rule = GoogleAppsScript.Spreadsheet.DataValidation;
type ColourRule = GoogleAppsScript.Spreadsheet.ConditionalFormatRule;

/** What fills the rows below a table's header, per column. */
export interface RowPlan<K extends string = string> {
  readonly layout: readonly Column<K>[];
  /** Where every column of the table is now (rules and formulas refer to their neighbours). */
  readonly positions: ColumnMap<K>;
  readonly headerRow: number;
  /** The rule on a column's rows below the header (null: none). */
  readonly rule: (column: Column<K>) => Rule | null;
  /**
   * A rule set on the column from `firstRow` down in one piece, over what `rule` set: a rule whose
   * formula refers to its own cell, which only a rule set on the whole block shifts row by row.
   */
  readonly blockRule?: (column: Column<K>, firstRow: number) => Rule | null;
}

/** A whole table: its rows' part and its header's. */
export interface TablePlan<K extends string = string> extends RowPlan<K> {
  /** What the header cell holds: the title, or a formula column's array formula. */
  readonly headerCell: (column: Column<K>) => string;
  /** The header's note ('' for none). */
  readonly note: (column: Column<K>) => string;
  /** The colour rules on the rows below the header, by the columns they colour. */
  readonly colours?: readonly ColourFamily<K>[];
}

/**
 * Columns coloured by the same rules. Each run of adjacent ones laid down gets the rules, from
 * the row below the header to the sheet's last row (rows added later included); `rules` is told
 * the run's top-left cell, to which a rule's relative formula refers.
 */
export interface ColourFamily<K extends string = string> {
  readonly keys: readonly K[];
  readonly rules: (topLeft: { row: number; column: number }) => readonly (readonly [When, Tone])[];
}

/** Where the layout's columns are, from positions found on the sheet (keys not in the layout left out). */
export function layoutPositions<K extends string>(layout: readonly Column<K>[], found: ReadonlyMap<string, number>): Map<K, number> {
  return new Map(
    layout.flatMap((c): [K, number][] => {
      const at = found.get(c.key);
      return at === undefined ? [] : [[c.key, at]];
    }),
  );
}

/** What DevRate computes in a column, which a warning-only protection guards. */
type Computed = 'formula' | 'debrief' | 'rowDebrief';
const computedBy = (c: Column): Computed | null => (c.formula ? 'formula' : c.debrief ? 'debrief' : c.rowDebrief ? 'rowDebrief' : null);

/** The protection's description, one per kind of computed column (the same whichever columns it covers). */
export const PROTECTION_DESCRIPTIONS: Record<Computed, string> = {
  formula: 'DevRate computes these columns with a formula in the header: what is typed below it stops the formula',
  debrief: 'DevRate writes the debrief from the Scorecards sheet: what is typed here is replaced',
  rowDebrief: 'DevRate marks duplicate scorecard rows here with the debrief: what is typed here is replaced',
};

/** Adjacent columns (by position), left to right: each run is written with one call per property. */
interface Run<K extends string> {
  start: number;
  columns: Column<K>[];
}

function runsOf<K extends string>(columns: readonly Column<K>[], positions: ColumnMap<K>, joins = (_a: Column<K>, _b: Column<K>) => true) {
  const placed = columns
    .map((column) => ({ column, at: positions.get(column.key) }))
    .filter((p): p is { column: Column<K>; at: number } => p.at !== undefined)
    .sort((a, b) => a.at - b.at);
  const runs: Run<K>[] = [];
  for (const { column, at } of placed) {
    const last = runs.length ? runs[runs.length - 1] : undefined;
    if (last && last.start + last.columns.length === at && joins(last.columns[last.columns.length - 1], column)) last.columns.push(column);
    else runs.push({ start: at, columns: [column] });
  }
  return runs;
}

/** A1 of `count` columns from `start`, rows `row` to `lastRow` (none: open-ended, down to the sheet's last row and rows added later). */
/** Columns start…start+count-1 from `row`: down to lastRow, or open-ended (rows added later included). */
const block = (row: number, start: number, count: number, lastRow?: number) =>
  blockNotation(lastRow === undefined ? openBlock(row, start, count) : sheetBlock(row, start, lastRow - row + 1, count));
const wholeColumn = (column: number) => `${columnLetter(column)}:${columnLetter(column)}`;

/**
 * Lays down the columns of `keys` (all of the layout's when omitted) at their positions. The rows
 * below the header keep their values; each column gets its number format and rule there. Answers
 * the colour rules of the columns laid down, for the caller to add to the sheet's (a new sheet
 * sets them as they are; Repair adds them to those people may have made).
 */
export function layColumns<K extends string>(
  sheet: Sheet,
  plan: TablePlan<K>,
  keys: readonly K[] = plan.layout.map((c) => c.key),
): ColourRule[] {
  const columns = plan.layout.filter((c) => keys.includes(c.key));
  const runs = runsOf(columns, plan.positions);
  const guarded = runsOf(
    columns.filter((c) => computedBy(c)),
    plan.positions,
    (a, b) => computedBy(a) === computedBy(b),
  );
  const coloured = (plan.colours ?? []).flatMap((family) =>
    runsOf(
      columns.filter((c) => family.keys.includes(c.key)),
      plan.positions,
    ).map((run) => ({ family, run })),
  );
  const { headerRow } = plan;
  const rows = sheet.getMaxRows() - headerRow;
  const blocks = blockRules(plan, columns);
  const wanted: string[] = [
    ...runs.map((r) => block(headerRow, r.start, r.columns.length, headerRow)),
    ...(rows > 0 ? runs.map((r) => block(headerRow + 1, r.start, r.columns.length, headerRow + rows)) : []),
    ...guarded.map((r) => block(headerRow, r.start, r.columns.length)), // protected down to rows added later
    ...blocks.map((b) => block(headerRow + 1, b.at, 1)),
    ...coloured.map(({ run }) => block(headerRow + 1, run.start, run.columns.length)), // coloured down to rows added later
    ...columns.map((c) => wholeColumn(at(plan, c))), // metadata goes on whole columns
  ];
  const ranges = sheet.getRangeList(wanted).getRanges();
  const take = (n: number) => ranges.splice(0, n);
  const [headers, bodies, protections, blockRanges, colourRanges, whole] = [
    take(runs.length),
    take(rows > 0 ? runs.length : 0),
    take(guarded.length),
    take(blocks.length),
    take(coloured.length),
    take(columns.length),
  ];

  runs.forEach((run, i) => {
    headers[i].setValues([run.columns.map(plan.headerCell)]);
    const notes = run.columns.map(plan.note);
    if (notes.some(Boolean)) headers[i].setNotes([notes]);
    markHeader(headers[i]);
    setColumnWidths(
      sheet,
      run.columns.map((c) => c.width),
      run.start,
    );
    for (const hidden of runsOf(
      run.columns.filter((c) => c.hidden),
      plan.positions,
    ))
      sheet.hideColumns(hidden.start, hidden.columns.length);
  });
  bodies.forEach((body, i) => layBody(body, runs[i].columns, plan, rows));
  blocks.forEach((b, i) => blockRanges[i].setDataValidation(b.rule));
  guarded.forEach((run, i) => {
    const kind = computedBy(run.columns[0]);
    if (kind) protectWithWarning(protections[i], PROTECTION_DESCRIPTIONS[kind]);
  });
  columns.forEach((c, i) => whole[i].addDeveloperMetadata(COLUMN_METADATA_KEY, c.key));
  forgetSheetMetadata(); // new tags: a read earlier in this execution no longer holds
  return coloured.flatMap(({ family, run }, i) => colourRules([colourRanges[i]], family.rules({ row: headerRow + 1, column: run.start })));
}

/**
 * The rows' part of every column of the layout on `count` rows from `firstRow` (new rows at the
 * sheet's end): number formats and rules, as on insert. One call per property per run of columns.
 */
export function layRows<K extends string>(sheet: Sheet, plan: RowPlan<K>, firstRow: number, count: number): void {
  const runs = runsOf(plan.layout, plan.positions);
  const blocks = blockRules(plan, plan.layout, firstRow);
  const wanted = [
    ...runs.map((r) => block(firstRow, r.start, r.columns.length, firstRow + count - 1)),
    ...blocks.map((b) => block(firstRow, b.at, 1, firstRow + count - 1)),
  ];
  if (wanted.length === 0) return;
  const ranges = sheet.getRangeList(wanted).getRanges();
  runs.forEach((run, i) => layBody(ranges[i], run.columns, plan, count));
  blocks.forEach((b, i) => ranges[runs.length + i].setDataValidation(b.rule));
}

function layBody<K extends string>(body: Range, columns: readonly Column<K>[], plan: RowPlan<K>, rows: number): void {
  body.setNumberFormats(columnFormats(columns, rows)).setDataValidations(repeatRows(columns.map(plan.rule), rows));
}

function blockRules<K extends string>(plan: RowPlan<K>, columns: readonly Column<K>[], firstRow = plan.headerRow + 1) {
  return columns.flatMap((c) => {
    const rule = plan.blockRule?.(c, firstRow) ?? null;
    return rule ? [{ at: at(plan, c), rule }] : [];
  });
}

function at<K extends string>(plan: RowPlan<K>, column: Column<K>): number {
  const position = plan.positions.get(column.key);
  if (position === undefined) throw new Error(`DevRate bug: the "${column.header}" column has no position to be written at.`);
  return position;
}
