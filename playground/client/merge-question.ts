// Sheets asks before a merge that would lose values: only the top-left one stays (the merge itself
// is playground/formulas/merge-cells.ts). The question's wording is as people quote Sheets'
// dialog, not confirmed in Google's documentation (playground/emulator/README.md).
import type { GridArea, SheetView } from '../protocol';
import { splitA1 } from './cell-address';

export const MERGE_QUESTION = 'Merging cells will only preserve the top-leftmost value. Merge anyway?';

/** Whether a cell of the block other than its top-left one shows something. */
export function mergeLosesValues(sheet: SheetView, area: GridArea): boolean {
  return sheet.cells.some((cell) => {
    const { row, col } = splitA1(cell.a1);
    const inside = row >= area.row && row < area.row + area.numRows && col >= area.col && col < area.col + area.numCols;
    return inside && !(row === area.row && col === area.col) && cell.display !== '';
  });
}
