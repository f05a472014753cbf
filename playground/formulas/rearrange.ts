// Edits that rearrange a sheet without adding or removing rows or columns: moving columns,
// sorting rows, duplicating a sheet. HyperFormula's own moveColumns refuses columns that ever held
// an array formula (its array map keeps stale entries), and its row reordering does not follow
// Sheets' rules, so these edits change the cells and formula text here and rebuild the engine.

import { shiftFormula } from './formula-shift';
import {
  adjustRects,
  moveDimensionMetadata,
  moveFilterColumns,
  retargetFormulas,
  type Dimension,
  type ReferenceChange,
  type StructuralEditOptions,
} from './structure';
import { SheetModel, type CellRecord } from './sheet-model';
import type { Workbook } from './workbook';

/**
 * Sheet.moveColumns(columnSpec, destinationIndex): the columns from..from+count-1 go before
 * column `before` (counted before the move). Formulas anywhere follow the moved cells, as they do
 * in Sheets (https://developers.google.com/apps-script/reference/spreadsheet/sheet#moveColumns(Range,Integer)),
 * conditional format and validation custom formulas too (unless options.ruleFormulas is false).
 */
export function moveColumns(
  workbook: Workbook,
  sheetId: number,
  from: number,
  count: number,
  before: number,
  options: StructuralEditOptions = {},
): void {
  moveDimension(workbook, sheetId, 'COLUMNS', from, count, before, options);
}

/**
 * Sheet.moveRows(rowSpec, destinationIndex): "Moves the rows selected by the given range to the
 * position indicated by the destinationIndex", an index "based on the coordinates before the rows
 * are moved" (https://developers.google.com/apps-script/reference/spreadsheet/sheet#moveRows(Range,Integer);
 * the Sheets API's MoveDimensionRequest: "Existing data will be shifted down or right ... to make
 * room", https://developers.google.com/sheets/api/reference/rest/v4/spreadsheets/request#MoveDimensionRequest).
 * Whole rows move: cells with their formats, notes and validation, row developer metadata (it
 * "stays with" its row, https://developers.google.com/sheets/api/guides/metadata), and every
 * reference to them (formulas, named ranges, rules) as moveColumns does for columns.
 */
export function moveRows(
  workbook: Workbook,
  sheetId: number,
  from: number,
  count: number,
  before: number,
  options: StructuralEditOptions = {},
): void {
  moveDimension(workbook, sheetId, 'ROWS', from, count, before, options);
}

function moveDimension(
  workbook: Workbook,
  sheetId: number,
  dimension: Dimension,
  from: number,
  count: number,
  before: number,
  options: StructuralEditOptions,
): void {
  const sheet = workbook.sheet(sheetId);
  const last = from + count - 1;
  const max = dimension === 'ROWS' ? sheet.maxRows : sheet.maxColumns;
  if (from < 1 || last > max || before < 1 || before > max + 1)
    throw new Error(`Those ${dimension === 'ROWS' ? 'rows' : 'columns'} are out of bounds.`);
  if (before >= from && before <= last + 1) return; // already there
  const move = (i: number): number => {
    if (i >= from && i <= last) return before < from ? before + (i - from) : before - count + (i - from);
    if (before < from && i >= before && i < from) return i + count;
    if (before > last && i > last && i < before) return i - count;
    return i;
  };
  const change: ReferenceChange = (ref) => {
    if (dimension === 'COLUMNS') return { ...ref, startCol: move(ref.startCol), endCol: move(ref.endCol) };
    if (ref.startRow === undefined) return ref; // a whole column keeps every row
    const startRow = move(ref.startRow);
    const endRow = ref.endRow === undefined ? undefined : move(ref.endRow);
    // A moved range keeps its ends in order.
    return endRow !== undefined && endRow < startRow ? { ...ref, startRow: endRow, endRow: startRow } : { ...ref, startRow, endRow };
  };
  retargetFormulas(workbook, sheet, change, options.ruleFormulas === false ? null : change);
  remapCells(sheet, (row, col) => (dimension === 'ROWS' ? [move(row), col] : [row, move(col)]));
  if (dimension === 'COLUMNS') {
    const widths: Record<number, number> = {};
    for (const [col, width] of Object.entries(sheet.columnWidths)) widths[move(Number(col))] = width;
    sheet.columnWidths = widths;
    sheet.hiddenColumns = sheet.hiddenColumns.map(move);
    moveFilterColumns(sheet, move);
  }
  moveDimensionMetadata(sheet, dimension, move);
  // A range whose lines all move together (inside the moved block, or wholly among the lines that
  // make way) moves with them; a range split by the move keeps its span (unconfirmed: README).
  adjustRects(workbook, sheetId, dimension, (start, size) =>
    Array.from({ length: size }, (_, k) => move(start + k) - move(start)).every((d, k) => d === k) ? [move(start), size] : [start, size],
  );
  workbook.rebuildEngine();
  workbook.touch('sheets', sheetId);
}

export interface SortKey {
  column: number;
  ascending: boolean;
}

/**
 * Sorts rows firstRow..lastRow (columns firstCol..lastCol) by computed value. Whole cells move:
 * content, formats, notes, validations; a moved formula's relative references shift with it, as
 * when a row is cut and pasted. Blanks go last in both directions; numbers before text before
 * booleans; text ignores case. Ranges, conditional formats and named ranges stay where they are.
 */
export function sortRows(
  workbook: Workbook,
  sheetId: number,
  rect: { row: number; col: number; numRows: number; numCols: number },
  keys: readonly SortKey[],
  rowMetadata: 'stays' | 'travels' = 'stays',
): void {
  const sheet = workbook.sheet(sheetId);
  if (rect.numRows < 2) return;
  const values = workbook.readValues(sheetId, rect);
  const order = values.map((_, i) => i);
  order.sort((a, b) => {
    for (const key of keys) {
      const c = key.column - rect.col;
      const diff = compareCells(values[a][c], values[b][c], key.ascending);
      if (diff !== 0) return diff;
    }
    return a - b;
  });
  const target = new Map(order.map((source, i) => [rect.row + source, rect.row + i]));
  const inside = (col: number) => col >= rect.col && col < rect.col + rect.numCols;
  remapCells(sheet, (row, col, cell) => {
    const to = inside(col) ? target.get(row) : undefined;
    if (to === undefined || to === row) return [row, col];
    if (cell.formula) cell.formula = shiftFormula(cell.formula, to - row, 0);
    return [to, col];
  });
  // Row metadata can only go with a row sorted whole (behaviour.ts, rowMetadataOnSort: a belief).
  if (rowMetadata === 'travels' && rect.col === 1 && rect.numCols === sheet.maxColumns)
    moveDimensionMetadata(sheet, 'ROWS', (row) => target.get(row) ?? row);
  workbook.rebuildEngine();
  workbook.touch('cells', sheetId);
}

/** Sheets' sort order: numbers, then text (case ignored), then booleans; blanks always last. */
function compareCells(a: unknown, b: unknown, ascending: boolean): number {
  const blankA = a === '' || a === null || a === undefined;
  const blankB = b === '' || b === null || b === undefined;
  if (blankA || blankB) return blankA === blankB ? 0 : blankA ? 1 : -1;
  const rank = (v: unknown) => (typeof v === 'number' ? 0 : typeof v === 'string' ? 1 : 2);
  let diff = rank(a) - rank(b);
  if (diff === 0) {
    if (typeof a === 'number' && typeof b === 'number') diff = a - b;
    else if (typeof a === 'string' && typeof b === 'string') diff = a.localeCompare(b, 'en', { sensitivity: 'base', numeric: false });
    else diff = Number(a) - Number(b);
  }
  return ascending ? diff : -diff;
}

/**
 * "Duplicate" on a sheet tab: "Copy of <name>" right after it, with cells, formats, validations,
 * layout, conditional formats and developer metadata. Named ranges and protections stay with the
 * original (unconfirmed: see README).
 */
export function duplicateSheet(workbook: Workbook, sheetId: number): SheetModel {
  const from = workbook.sheet(sheetId);
  let name = `Copy of ${from.name}`;
  for (let n = 2; workbook.sheetByName(name); n++) name = `Copy of ${from.name} ${n}`;
  const index = workbook.sheets.indexOf(from) + 1;
  const copy = workbook.insertSheet(name, index);
  for (const [row, col, cell] of from.entries()) copy.cells.set(SheetModel.key(row, col), structuredClone(cell));
  Object.assign(copy, {
    frozenRows: from.frozenRows,
    frozenColumns: from.frozenColumns,
    maxRows: from.maxRows,
    maxColumns: from.maxColumns,
    columnWidths: { ...from.columnWidths },
    hiddenColumns: [...from.hiddenColumns],
    tabColor: from.tabColor,
    merges: structuredClone(from.merges),
    conditionalFormats: from.conditionalFormats.map((rule) => ({
      ...structuredClone(rule),
      ranges: rule.ranges.map((r) => ({ ...r, sheetId: copy.id })),
    })),
    developerMetadata: from.developerMetadata.map((spec) => ({ ...structuredClone(spec), id: workbook.nextObjectId() })),
  });
  workbook.rebuildEngine();
  workbook.touch('sheets', copy.id);
  return copy;
}

function remapCells(sheet: SheetModel, move: (row: number, col: number, cell: CellRecord) => [number, number]): void {
  const entries = [...sheet.entries()];
  sheet.cells.clear();
  for (const [row, col, cell] of entries) {
    const [r, c] = move(row, col, cell);
    sheet.cells.set(SheetModel.key(r, c), cell);
  }
}
