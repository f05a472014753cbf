// Inserting and deleting rows/columns: cells, layout and ranges move, formulas that point across
// the change are rewritten, and the engine is rebuilt from the cells. HyperFormula's own addRows
// and removeRows refuse to move array formulas ("Cannot move cell. Destination already
// occupied"), which every tracker sheet has, so the references are shifted here instead, as
// Sheets shifts them: a range grows when rows are inserted inside it and shrinks when rows inside
// it go; a reference to a deleted cell becomes #REF!. The custom formulas of conditional formats and
// data validations are rewritten the same way (their ranges move in adjustRects), except that a
// relative reference into deleted rows follows the row that takes their place: such a formula is
// relative to its range's first cell, which moves down to the next row when its own is deleted.
// Moving columns and sorting are in rearrange.ts.

import type { GridRect } from '../../src/sheets/a1';
import { formatReference, rewriteReferences, type Reference } from './references';
import type { SheetModel, ValidationSpec } from './sheet-model';
import type { Workbook } from './workbook';

export type Dimension = 'ROWS' | 'COLUMNS';

/** A reference's new place after an edit, or '#REF!' when what it pointed at is gone. */
export type ReferenceChange = (ref: Reference) => Reference | '#REF!';

export interface StructuralEditOptions {
  /**
   * Rewrite the references in conditional format and validation custom formulas too (the
   * emulator's behaviour ruleFormulasOnStructuralEdit, self-test row rule-formulas-follow-edits).
   * Default true.
   */
  ruleFormulas?: boolean;
}

/** Inserts count rows/columns before index `at` (1-based). */
export function insertDimension(
  workbook: Workbook,
  sheetId: number,
  dimension: Dimension,
  at: number,
  count: number,
  options: StructuralEditOptions = {},
): void {
  const sheet = workbook.sheet(sheetId);
  if (count < 1) return;
  const move = (index: number) => (index >= at ? index + count : index);
  const change: ReferenceChange = (ref) => shiftEnds(ref, dimension, move, move);
  retargetFormulas(workbook, sheet, change, options.ruleFormulas === false ? null : change);
  remapSheet(sheet, dimension, move);
  if (dimension === 'ROWS') sheet.maxRows += count;
  else sheet.maxColumns += count;
  adjustRects(workbook, sheetId, dimension, (start, size) => {
    if (start >= at) return [start + count, size];
    if (start + size - 1 >= at) return [start, size + count];
    return [start, size];
  });
  workbook.rebuildEngine();
  workbook.touch('sheets', sheetId);
}

/** Deletes count rows/columns starting at index `at` (1-based). */
export function deleteDimension(
  workbook: Workbook,
  sheetId: number,
  dimension: Dimension,
  at: number,
  count: number,
  options: StructuralEditOptions = {},
): void {
  const sheet = workbook.sheet(sheetId);
  const max = dimension === 'ROWS' ? sheet.maxRows : sheet.maxColumns;
  if (at < 1 || at + count - 1 > max) throw new Error(`Those ${dimension === 'ROWS' ? 'rows' : 'columns'} are out of bounds.`);
  if (count >= max) throw new Error(`You can't delete all the ${dimension === 'ROWS' ? 'rows' : 'columns'} on the sheet.`);
  const end = at + count; // first index after the deleted block
  // An end inside the deleted block moves to the nearest kept row/column; a reference left with no
  // row/column at all is gone.
  const kept = (i: number, inside: number) => (i < at ? i : i >= end ? i - count : inside);
  const gone = (moved: Reference) => {
    const [first, last] = dimension === 'ROWS' ? [moved.startRow, moved.endRow] : [moved.startCol, moved.endCol];
    return first !== undefined && last !== undefined && first > last;
  };
  const change: ReferenceChange = (ref) => {
    const moved = shiftEnds(
      ref,
      dimension,
      (i) => kept(i, at),
      (i) => kept(i, at - 1),
    );
    return gone(moved) ? '#REF!' : moved;
  };
  // A rule's relative reference into the deleted block follows the row (column) now in its place.
  const next = Math.min(at, max - count);
  const ruleChange: ReferenceChange = (ref) => {
    const moved = shiftEnds(
      ref,
      dimension,
      (i, absolute) => kept(i, absolute ? at : next),
      (i, absolute) => kept(i, absolute ? at - 1 : next),
    );
    return gone(moved) ? '#REF!' : moved;
  };
  retargetFormulas(workbook, sheet, change, options.ruleFormulas === false ? null : ruleChange);
  remapSheet(sheet, dimension, (index) => (index < at ? index : index >= end ? index - count : undefined));
  if (dimension === 'ROWS') sheet.maxRows -= count;
  else sheet.maxColumns -= count;
  adjustRects(workbook, sheetId, dimension, (start, size) => {
    const last = start + size - 1;
    const keptBefore = Math.max(0, Math.min(last, at - 1) - start + 1);
    const keptAfter = Math.max(0, last - Math.max(start, end) + 1);
    const newSize = keptBefore + keptAfter;
    if (newSize === 0) return undefined;
    return [start < at ? start : start - Math.min(count, start - at), newSize];
  });
  workbook.rebuildEngine();
  workbook.touch('sheets', sheetId);
}

type EndMap = (index: number, absolute: boolean) => number;

/** A reference with its row (or column) ends mapped; whole columns have no rows to map, an open-ended range (A2:A) no last row. */
function shiftEnds(ref: Reference, dimension: Dimension, start: EndMap, end: EndMap): Reference {
  const a = ref.absolute;
  if (dimension === 'COLUMNS') return { ...ref, startCol: start(ref.startCol, a.startCol), endCol: end(ref.endCol, a.endCol) };
  if (ref.startRow === undefined) return ref;
  return { ...ref, startRow: start(ref.startRow, a.startRow), endRow: ref.endRow === undefined ? undefined : end(ref.endRow, a.endRow) };
}

/**
 * Rewrites every formula reference that points at `sheet`, wherever the formula is: in cells
 * (change), and in conditional format and validation custom formulas (ruleChange; null leaves
 * them as they are). A rule's formula points at the sheet of its rule unless it names another.
 */
export function retargetFormulas(
  workbook: Workbook,
  sheet: SheetModel,
  change: ReferenceChange,
  ruleChange: ReferenceChange | null = null,
): void {
  const name = sheet.name.toLowerCase();
  const rewrite = (formula: string, home: SheetModel, how: ReferenceChange) =>
    rewriteReferences(formula, (ref) => {
      const onSheet = ref.sheet === undefined ? home === sheet : ref.sheet.toLowerCase() === name;
      if (!onSheet) return undefined;
      const moved = how(ref);
      if (moved === '#REF!') return moved;
      // A moved range keeps its ends in order.
      if (moved.startCol > moved.endCol) [moved.startCol, moved.endCol] = [moved.endCol, moved.startCol];
      return formatReference(moved);
    });
  for (const other of workbook.sheets) {
    for (const [, , cell] of other.entries()) if (cell.formula) cell.formula = rewrite(cell.formula, other, change);
    if (!ruleChange) continue;
    other.conditionalFormats = other.conditionalFormats.map((rule) =>
      rule.condition?.type === 'CUSTOM_FORMULA'
        ? { ...rule, condition: { ...rule.condition, values: rewriteFirst(rule.condition.values, (f) => rewrite(f, other, ruleChange)) } }
        : rule,
    );
    // A rule's formula is relative to its range, so every cell of the range holds the same text:
    // each text is rewritten once, and each cell gets its own copy.
    const rewritten = new Map<string, string>();
    for (const [, , cell] of other.entries()) {
      const rule = cell.validation;
      if (rule?.criteria !== 'CUSTOM_FORMULA') continue;
      const values = rewriteFirst(rule.values, (f) => {
        let text = rewritten.get(f);
        if (text === undefined) {
          text = rewrite(f, other, ruleChange);
          rewritten.set(f, text);
        }
        return text;
      });
      cell.validation = { ...rule, values } satisfies ValidationSpec;
    }
  }
}

/** Criteria values with the first (the formula) rewritten. */
const rewriteFirst = <T>(values: readonly T[], rewrite: (formula: string) => string): T[] =>
  values.length && typeof values[0] === 'string' ? [rewrite(values[0]) as T, ...values.slice(1)] : [...values];

function remapSheet(sheet: SheetModel, dimension: Dimension, move: (index: number) => number | undefined): void {
  const entries = [...sheet.entries()];
  sheet.cells.clear();
  for (const [row, col, cell] of entries) {
    const r = dimension === 'ROWS' ? move(row) : row;
    const c = dimension === 'COLUMNS' ? move(col) : col;
    if (r !== undefined && c !== undefined) sheet.cells.set(`${r}:${c}`, cell);
  }
  if (dimension === 'COLUMNS') {
    const widths: Record<number, number> = {};
    for (const [col, width] of Object.entries(sheet.columnWidths)) {
      const moved = move(Number(col));
      if (moved !== undefined) widths[moved] = width;
    }
    sheet.columnWidths = widths;
    sheet.hiddenColumns = sheet.hiddenColumns.map(move).filter((c): c is number => c !== undefined);
    moveFilterColumns(sheet, move);
  }
  moveDimensionMetadata(sheet, dimension, move);
}

/** A basic filter's column criteria stay on their column; a deleted column's go with it. */
export function moveFilterColumns(sheet: SheetModel, move: (col: number) => number | undefined): void {
  if (!sheet.filter) return;
  const columns: typeof sheet.filter.columns = {};
  for (const [col, spec] of Object.entries(sheet.filter.columns)) {
    const moved = move(Number(col));
    if (moved !== undefined) columns[moved] = spec;
  }
  sheet.filter = { ...sheet.filter, columns };
}

/** Row/column metadata travels with its row/column and goes when it is deleted (see developer-metadata.ts). */
export function moveDimensionMetadata(sheet: SheetModel, dimension: Dimension, move: (index: number) => number | undefined): void {
  const type = dimension === 'ROWS' ? 'ROW' : 'COLUMN';
  sheet.developerMetadata = sheet.developerMetadata.flatMap((spec) => {
    if (spec.location.type !== type) return [spec];
    const index = move(spec.location.index);
    return index === undefined ? [] : [{ ...spec, location: { type, index } }];
  });
}

/** Applies a (start, size) -> (start, size) | removed change to every range on the sheet. */
export function adjustRects(
  workbook: Workbook,
  sheetId: number,
  dimension: Dimension,
  change: (start: number, size: number) => [number, number] | undefined,
): void {
  const lastRow = workbook.sheet(sheetId).maxRows; // already the new one
  const apply = <T extends GridRect & { toLastRow?: true }>(rect: T): T | undefined => {
    const [start, size] = dimension === 'ROWS' ? [rect.row, rect.numRows] : [rect.col, rect.numCols];
    const moved = change(start, size);
    if (!moved) return undefined;
    // A range made from open-ended A1 (A2:A) still reaches the last row, rows added below it included.
    if (dimension === 'ROWS' && rect.toLastRow) return { ...rect, row: moved[0], numRows: lastRow - moved[0] + 1 };
    return dimension === 'ROWS' ? { ...rect, row: moved[0], numRows: moved[1] } : { ...rect, col: moved[0], numCols: moved[1] };
  };
  const onSheet = <T extends GridRect & { sheetId: number }>(ref: T) => (ref.sheetId === sheetId ? apply(ref) : ref);
  const keep = <T>(value: T | undefined): value is T => value !== undefined;
  for (const other of workbook.sheets) {
    other.conditionalFormats = other.conditionalFormats.map((rule) => ({ ...rule, ranges: rule.ranges.map(onSheet).filter(keep) }));
    other.charts = other.charts.map((chart) => ({ ...chart, ranges: chart.ranges.map(onSheet).filter(keep) }));
    other.protections = other.protections
      .filter((p) => !p.range || onSheet(p.range))
      .map((p) => ({ ...p, range: p.range && (onSheet(p.range) ?? null) }));
  }
  for (const other of workbook.sheets) {
    for (const [, , cell] of other.entries()) {
      const validation = cell.validation;
      const criterion = validation?.values[0];
      if (validation && criterion && typeof criterion === 'object' && 'range' in criterion) {
        const moved = onSheet(criterion.range);
        // Cells may share one rule object: give this cell its own copy.
        if (moved) cell.validation = { ...validation, values: [{ range: moved }, ...validation.values.slice(1)] };
      }
    }
  }
  const sheet = workbook.sheet(sheetId);
  sheet.merges = sheet.merges.map(apply).filter(keep);
  // A basic filter's range follows like any range; with no row or column left, the filter goes.
  if (sheet.filter) {
    const range = apply(sheet.filter.range);
    sheet.filter = range ? { ...sheet.filter, range } : null;
  }
  for (const [name, ref] of [...workbook.namedRanges]) {
    const moved = onSheet(ref);
    if (moved)
      workbook.namedRanges.set(name, moved); // HyperFormula moved its copy itself
    else workbook.removeNamedRange(name);
  }
}
