// Inserting and deleting rows/columns: cells, layout and ranges move; HyperFormula rewrites the
// formulas that point across the change, and the workbook takes the rewritten text back.

import type { GridRect } from '../../src/sheets/a1';
import type { SheetModel } from './sheet-model';
import type { Workbook } from './workbook';

export type Dimension = 'ROWS' | 'COLUMNS';

/** Inserts count rows/columns before index `at` (1-based). */
export function insertDimension(workbook: Workbook, sheetId: number, dimension: Dimension, at: number, count: number): void {
  const sheet = workbook.sheet(sheetId);
  if (count < 1) return;
  workbook.engine.insertDimension(sheetId, dimension, at - 1, count);
  const move = (index: number) => (index >= at ? index + count : index);
  remapSheet(sheet, dimension, move);
  if (dimension === 'ROWS') sheet.maxRows += count;
  else sheet.maxColumns += count;
  adjustRects(workbook, sheetId, dimension, (start, size) => {
    if (start >= at) return [start + count, size];
    if (start + size - 1 >= at) return [start, size + count];
    return [start, size];
  });
  workbook.refreshFormulas();
  workbook.touch('sheets', sheetId);
}

/** Deletes count rows/columns starting at index `at` (1-based). */
export function deleteDimension(workbook: Workbook, sheetId: number, dimension: Dimension, at: number, count: number): void {
  const sheet = workbook.sheet(sheetId);
  const max = dimension === 'ROWS' ? sheet.maxRows : sheet.maxColumns;
  if (at < 1 || at + count - 1 > max) throw new Error(`Those ${dimension === 'ROWS' ? 'rows' : 'columns'} are out of bounds.`);
  if (count >= max) throw new Error(`You can't delete all the ${dimension === 'ROWS' ? 'rows' : 'columns'} on the sheet.`);
  workbook.engine.deleteDimension(sheetId, dimension, at - 1, count);
  const end = at + count; // first index after the deleted block
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
  workbook.refreshFormulas();
  workbook.touch('sheets', sheetId);
}

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
  }
}

/** Applies a (start, size) -> (start, size) | removed change to every range on the sheet. */
function adjustRects(
  workbook: Workbook,
  sheetId: number,
  dimension: Dimension,
  change: (start: number, size: number) => [number, number] | undefined,
): void {
  const apply = <T extends GridRect>(rect: T): T | undefined => {
    const [start, size] = dimension === 'ROWS' ? [rect.row, rect.numRows] : [rect.col, rect.numCols];
    const moved = change(start, size);
    if (!moved) return undefined;
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
  const sheet = workbook.sheet(sheetId);
  sheet.merges = sheet.merges.map(apply).filter(keep);
  for (const [name, ref] of [...workbook.namedRanges]) {
    const moved = onSheet(ref);
    if (moved)
      workbook.namedRanges.set(name, moved); // HyperFormula moved its copy itself
    else workbook.removeNamedRange(name);
  }
}
