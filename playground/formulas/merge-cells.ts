// Merging cells, by a script (Range.merge, mergeAcross, mergeVertically) or by a person (Format ›
// Merge cells in the playground): one edit, so both lose the same values.
//
// Apps Script documents the merge itself ("Merges the cells in the range together into a single
// block", https://developers.google.com/apps-script/reference/spreadsheet/range#merge) but not
// what becomes of the other cells' contents. Belief (playground/emulator/README.md): as Sheets'
// own merge dialog warns, only the top-left cell's value or formula is kept; the others' values and
// formulas are gone for good (breaking the merge apart does not bring them back); their formats,
// notes and validation stay underneath.

import type { GridRect } from '../../src/sheets/a1';
import type { Workbook } from './workbook';

/** How a block is merged: into one cell, one merge per row, or one per column. */
export type MergeKind = 'all' | 'across' | 'vertically';

/** Merges `rect` on the sheet; merges it overlaps are replaced. Returns the merged blocks. */
export function mergeCells(workbook: Workbook, sheetId: number, rect: GridRect, kind: MergeKind = 'all'): GridRect[] {
  const sheet = workbook.sheet(sheetId);
  const blocks = mergeBlocks(rect, kind);
  for (const block of blocks) {
    for (let r = 0; r < block.numRows; r++) {
      for (let c = 0; c < block.numCols; c++) {
        if (r === 0 && c === 0) continue;
        const cell = sheet.cell(block.row + r, block.col + c);
        if (cell?.value !== undefined || cell?.formula !== undefined)
          workbook.clearContents(sheetId, { row: block.row + r, col: block.col + c, numRows: 1, numCols: 1 });
      }
    }
  }
  sheet.merges = sheet.merges.filter((m) => !overlaps(m, rect)).concat(blocks.filter((b) => b.numRows * b.numCols > 1));
  workbook.touch('format', sheetId);
  return blocks;
}

function mergeBlocks(rect: GridRect, kind: MergeKind): GridRect[] {
  if (kind === 'across') return Array.from({ length: rect.numRows }, (_, r) => ({ ...rect, row: rect.row + r, numRows: 1 }));
  if (kind === 'vertically') return Array.from({ length: rect.numCols }, (_, c) => ({ ...rect, col: rect.col + c, numCols: 1 }));
  return [{ ...rect }];
}

function overlaps(a: GridRect, b: GridRect): boolean {
  return a.row < b.row + b.numRows && b.row < a.row + a.numRows && a.col < b.col + b.numCols && b.col < a.col + a.numCols;
}
