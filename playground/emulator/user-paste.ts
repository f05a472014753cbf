// A person's copy, cut and paste of cells, ranges and whole rows or columns, as Sheets does them.
// The playground's Ctrl+C/X/V and the tests call this one function, so both make the same edit.
//
// What travels (confirmed in Google's docs):
// - A normal paste brings "values, formulas, formats and merges"; "Paste values only" brings "the
//   values ONLY without formats, formulas or merges"
//   (https://developers.google.com/apps-script/reference/spreadsheet/copy-paste-type).
// - Developer metadata stays where it is: it is "associated with a location" (a row, a column, a
//   sheet) and stays with that row or column as it moves; only deleting the row deletes it
//   (https://developers.google.com/sheets/api/guides/metadata). Cells are pasted, rows are not
//   moved, so no metadata is copied or moved.
// Beliefs (playground/emulator/README.md): a copied formula's relative references shift by the
// distance pasted and become #REF! off the sheet's edge, as when filling; notes and validation
// travel with a normal paste; a cut's formulas keep pointing at the same cells, and formulas on the
// same sheet that pointed into the cut block follow it to where it was pasted.

import type { GridRect } from '../../src/sheets/a1';
import type { CellContent } from '../formulas/cell-values';
import { formatReference, rewriteReferences } from '../formulas/references';
import type { CellRecord, SheetModel } from '../formulas/sheet-model';
import { retargetFormulas } from '../formulas/structure';
import type { Workbook } from '../formulas/workbook';

export interface PasteRequest {
  /** Where the copied or cut cells are: a sheet and a block (whole rows or columns are blocks too). */
  from: { sheet: string; area: GridRect };
  /** The top-left cell of the paste, on this sheet. */
  to: { sheet: string; row: number; col: number };
  /** "Paste values only" (Ctrl+Shift+V): computed values, the target keeps its formats. */
  valuesOnly?: boolean;
  /** A cut: the source is emptied and references to it follow the cells. */
  cut?: boolean;
  /** "Paste format only" (CopyPasteType.PASTE_FORMAT): number formats, styles and merges; contents stay. */
  formatsOnly?: boolean;
}

/** Pastes and returns the block that was written. Refuses, changing nothing, when it does not fit. */
export function userPaste(workbook: Workbook, request: PasteRequest): { sheetId: number; area: GridRect } {
  const source = sheetNamed(workbook, request.from.sheet);
  const target = sheetNamed(workbook, request.to.sheet);
  const { area } = request.from;
  const into: GridRect = { row: request.to.row, col: request.to.col, numRows: area.numRows, numCols: area.numCols };
  const lastRow = into.row + into.numRows - 1;
  const lastCol = into.col + into.numCols - 1;
  if (into.row < 1 || into.col < 1 || lastRow > target.maxRows || lastCol > target.maxColumns) {
    throw new Error(
      `The paste needs ${into.numRows} row(s) and ${into.numCols} column(s) from ${request.to.sheet} row ${into.row}, column ${into.col}; the sheet has ${target.maxRows} rows and ${target.maxColumns} columns. Add rows or columns first.`,
    );
  }
  const offset = { rows: into.row - area.row, cols: into.col - area.col };
  const copied = copyBlock(workbook, source, area);

  if (request.formatsOnly) {
    workbook.updateCells(target.id, into, (cell, r, c) => {
      const { record } = copied[r][c];
      cell.numberFormat = record.numberFormat;
      cell.style = record.style && { ...record.style };
    });
    pasteMerges(source, area, target, into, false);
    return { sheetId: target.id, area: into };
  }

  if (request.valuesOnly) {
    const values = copied.map((line) =>
      line.map(({ computed }): CellContent => (computed === '' ? { kind: 'empty' } : { kind: 'value', value: computed })),
    );
    workbook.writeContents(target.id, into.row, into.col, values);
    if (request.cut) clearOutside(workbook, source, area, target, into);
    return { sheetId: target.id, area: into };
  }

  if (request.cut) clearOutside(workbook, source, area, target, into);
  const contents = copied.map((line) =>
    line.map(({ record, computed }): CellContent => {
      if (record.formula !== undefined)
        return { kind: 'formula', formula: request.cut ? record.formula : shiftedFormula(record.formula, offset.rows, offset.cols) };
      if (record.value !== undefined) return { kind: 'value', value: record.value };
      // A cell filled by another cell's array result: its value is what a paste brings.
      return computed === '' ? { kind: 'empty' } : { kind: 'value', value: computed };
    }),
  );
  workbook.writeContents(target.id, into.row, into.col, contents);
  workbook.updateCells(target.id, into, (cell, r, c) => {
    const { record } = copied[r][c];
    cell.numberFormat = record.numberFormat;
    cell.style = record.style && { ...record.style };
    cell.note = record.note;
    cell.validation = record.validation && structuredClone(record.validation);
  });
  pasteMerges(source, area, target, into, request.cut === true);
  if (request.cut && source === target) {
    // Formulas that pointed into the cut block now point where it went.
    const inside = (col: number, row: number | undefined) =>
      col >= area.col && col < area.col + area.numCols && row !== undefined && row >= area.row && row < area.row + area.numRows;
    retargetFormulas(workbook, source, (ref) =>
      inside(ref.startCol, ref.startRow) && inside(ref.endCol, ref.endRow ?? ref.startRow)
        ? {
            ...ref,
            startCol: ref.startCol + offset.cols,
            endCol: ref.endCol + offset.cols,
            startRow: ref.startRow === undefined ? undefined : ref.startRow + offset.rows,
            endRow: ref.endRow === undefined ? undefined : ref.endRow + offset.rows,
          }
        : ref,
    );
    workbook.rebuildEngine();
    workbook.touch('cells', source.id);
  }
  return { sheetId: target.id, area: into };
}

/**
 * Delete on a selected range: the contents of every cell go, formats, notes and validation stay
 * (Sheets' Delete key clears contents only; belief, playground/emulator/README.md).
 */
export function userClear(workbook: Workbook, sheetName: string, area: GridRect): { sheetId: number; area: GridRect } {
  const sheet = sheetNamed(workbook, sheetName);
  if (area.row < 1 || area.col < 1 || area.row + area.numRows - 1 > sheet.maxRows || area.col + area.numCols - 1 > sheet.maxColumns)
    throw new Error(`That range is outside ${sheetName}.`);
  workbook.clearContents(sheet.id, area);
  return { sheetId: sheet.id, area };
}

/** A formula pasted rows/cols away: relative references move with it; off the sheet they are #REF!. */
export function shiftedFormula(formula: string, rows: number, cols: number): string {
  if (rows === 0 && cols === 0) return formula;
  return rewriteReferences(formula, (ref) => {
    const startCol = ref.absolute.startCol ? ref.startCol : ref.startCol + cols;
    const endCol = ref.absolute.endCol ? ref.endCol : ref.endCol + cols;
    const startRow = ref.startRow === undefined || ref.absolute.startRow ? ref.startRow : ref.startRow + rows;
    const endRow = ref.endRow === undefined || ref.absolute.endRow ? ref.endRow : ref.endRow + rows;
    if (startCol < 1 || endCol < 1 || (startRow !== undefined && startRow < 1) || (endRow !== undefined && endRow < 1)) return '#REF!';
    return formatReference({ ...ref, startCol, endCol, startRow, endRow });
  });
}

interface CopiedCell {
  record: CellRecord;
  computed: string | number | boolean;
}

/** The block's cells as they are now (records cloned, so an overlapping paste reads the originals). */
function copyBlock(workbook: Workbook, sheet: SheetModel, area: GridRect): CopiedCell[][] {
  const values = workbook.readValues(sheet.id, area);
  return values.map((line, r) =>
    line.map((computed, c): CopiedCell => ({ record: structuredClone(sheet.cell(area.row + r, area.col + c) ?? {}), computed })),
  );
}

/** Empties the cut block, except where the paste has just written. */
function clearOutside(workbook: Workbook, source: SheetModel, area: GridRect, target: SheetModel, into: GridRect): void {
  for (let r = 0; r < area.numRows; r++) {
    for (let c = 0; c < area.numCols; c++) {
      const row = area.row + r;
      const col = area.col + c;
      if (source === target && within(into, row, col)) continue;
      workbook.writeContents(source.id, row, col, [[{ kind: 'empty' }]]);
      source.updateCell(row, col, (cell) => {
        cell.numberFormat = cell.style = cell.note = cell.validation = undefined;
      });
    }
  }
  source.merges = source.merges.filter((m) => !(source !== target && inside(area, m)));
}

/** Merges wholly inside the copied block are made again at the target; merges the paste overlaps go. */
function pasteMerges(source: SheetModel, area: GridRect, target: SheetModel, into: GridRect, cut: boolean): void {
  const copied = source.merges.filter((m) => inside(area, m));
  if (cut) source.merges = source.merges.filter((m) => !inside(area, m));
  target.merges = target.merges.filter((m) => !overlaps(into, m));
  for (const m of copied) target.merges.push({ ...m, row: m.row + into.row - area.row, col: m.col + into.col - area.col });
}

function within(rect: GridRect, row: number, col: number): boolean {
  return row >= rect.row && row < rect.row + rect.numRows && col >= rect.col && col < rect.col + rect.numCols;
}
function inside(outer: GridRect, inner: GridRect): boolean {
  return within(outer, inner.row, inner.col) && within(outer, inner.row + inner.numRows - 1, inner.col + inner.numCols - 1);
}
function overlaps(a: GridRect, b: GridRect): boolean {
  return a.row < b.row + b.numRows && b.row < a.row + a.numRows && a.col < b.col + b.numCols && b.col < a.col + a.numCols;
}

function sheetNamed(workbook: Workbook, name: string): SheetModel {
  const sheet = workbook.sheetByName(name);
  if (!sheet) throw new Error(`There is no sheet named "${name}" any more.`);
  return sheet;
}
