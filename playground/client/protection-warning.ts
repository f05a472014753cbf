// Sheets asks before an edit inside a warning-only protection (a protected formula, e.g. a
// budget total): "OK" edits, "Cancel" keeps the cell. Ticking "Don't show this again for 5
// minutes" lets edits through without asking for five minutes. The wording is Sheets' as we
// know it; it could not be confirmed in Google's documentation (see playground/emulator/README.md).

import type { SheetView } from '../protocol';
import { splitA1 } from './cell-address';

export const PROTECTION_WARNING = {
  title: 'Heads up!',
  message: "You're trying to edit part of this sheet that shouldn't be changed accidentally.",
  checkbox: "Don't show this again for 5 minutes",
  cancel: 'Cancel',
};

export const SNOOZE_MS = 5 * 60 * 1000;

/** Whether editing the cell falls inside a warning-only protection and outside its exceptions. */
export function warnsBeforeEdit(sheet: SheetView, a1: string): boolean {
  const at = splitA1(a1);
  const inside = (a: { row: number; col: number; numRows: number; numCols: number }) =>
    at.row >= a.row && at.row < a.row + a.numRows && at.col >= a.col && at.col < a.col + a.numCols;
  return sheet.warningAreas.some((w) => inside(w.area) && !w.except.some(inside));
}
