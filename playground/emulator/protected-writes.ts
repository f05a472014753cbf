// Writes into a protected range or sheet fail for a script as they fail for a person: a
// protection that is not warning-only lets only its editors change what it covers, and Apps
// Script throws Sheets' message at the offending call. Warning-only protections let everyone,
// scripts included, write: "Warning-based protection means that every user can edit data in the
// protected range, except editing will prompt a warning" (Sheets API ProtectedRange.warningOnly,
// https://developers.google.com/sheets/api/reference/rest/v4/spreadsheets/sheets#ProtectedRange);
// a script shows no prompt.
//
// The message is Sheets' own, as the Sheets API returns it ("You are trying to edit a protected
// cell or object. Please contact the spreadsheet owner to remove protection if you need to
// edit.", quoted in theoephraim/node-google-spreadsheet#20); that Apps Script's exception carries
// the same text is a belief (README). The emulator has no spreadsheet owner: Google lets the
// owner edit every protection (Protection.canEdit,
// https://developers.google.com/apps-script/reference/spreadsheet/protection#canEdit()), here only
// the protection's editors may.

import type { GridRect } from '../../src/sheets/a1';
import type { ProtectionSpec, RangeRef } from '../formulas/sheet-model';
import type { EmulatorContext } from './context';
import { FilterFacade } from './filter';
import { isWrite } from './policy';
import { RangeFacade } from './range';
import { RangeListFacade } from './range-list';
import { SheetFacade } from './sheet';

export const PROTECTED_CELL_MESSAGE =
  'You are trying to edit a protected cell or object. Please contact the spreadsheet owner to remove protection if you need to edit.';

/** Range writes that change no cell a protection covers. */
const NOT_CELL_EDITS = new Set(['protect', 'addDeveloperMetadata']);

/** Whether `user` may change cells `protection` covers. */
export function mayEdit(protection: ProtectionSpec, user: string): boolean {
  const email = user.toLowerCase();
  return protection.warningOnly || protection.editors.some((e) => e.toLowerCase() === email);
}

/** The message Apps Script throws for this call by `user`, or undefined when it may go ahead. */
export function protectedWriteRefusal(
  ctx: EmulatorContext,
  user: string,
  api: string,
  method: string,
  target: object,
  args: readonly unknown[],
): string | undefined {
  if (!isWrite(api, method) || NOT_CELL_EDITS.has(method)) return undefined;
  const touched = cellsTouched(ctx, api, method, target, args);
  return touched.some((ref) => blockedFor(ctx, ref, user)) ? PROTECTED_CELL_MESSAGE : undefined;
}

/** The blocks a write changes (conservatively: whole lines for row and column edits). */
function cellsTouched(ctx: EmulatorContext, api: string, method: string, target: object, args: readonly unknown[]): RangeRef[] {
  if (target instanceof RangeFacade) {
    const self = RangeFacade.refOf(target);
    if (method === 'copyTo' || method === 'moveTo') {
      const destination = args[0] instanceof RangeFacade ? RangeFacade.refOf(args[0]) : undefined;
      const landing = destination && {
        ...destination,
        numRows: Math.max(destination.numRows, self.numRows),
        numCols: Math.max(destination.numCols, self.numCols),
      };
      return [...(method === 'moveTo' ? [self] : []), ...(landing ? [landing] : [])];
    }
    return [self];
  }
  if (target instanceof RangeListFacade) return target.getRanges().map((r) => RangeFacade.refOf(r));
  if (target instanceof FilterFacade) return method === 'sort' ? [RangeFacade.refOf(target.getRange())] : [];
  if (api === 'Sheet' && target instanceof SheetFacade) {
    const sheetId = SheetFacade.idOf(target);
    const sheet = ctx.workbook.sheet(sheetId);
    const rows = (row: number, numRows: number): RangeRef => ({ sheetId, row, col: 1, numRows, numCols: sheet.maxColumns });
    const cols = (col: number, numCols: number): RangeRef => ({ sheetId, row: 1, col, numRows: sheet.maxRows, numCols });
    const n = (i: number) => Number(args[i]);
    switch (method) {
      case 'clear':
      case 'clearContents':
      case 'clearFormats':
      case 'clearNotes':
      case 'sort':
        return [rows(1, sheet.maxRows)];
      case 'deleteRow':
        return [rows(n(0), 1)];
      case 'deleteRows':
        return [rows(n(0), n(1))];
      case 'deleteColumn':
        return [cols(n(0), 1)];
      case 'deleteColumns':
        return [cols(n(0), n(1))];
      case 'moveRows':
      case 'moveColumns': {
        const spec = args[0] instanceof RangeFacade ? RangeFacade.refOf(args[0]) : undefined;
        if (!spec) return [];
        return [method === 'moveRows' ? rows(spec.row, spec.numRows) : cols(spec.col, spec.numCols)];
      }
      default:
        return [];
    }
  }
  return [];
}

function blockedFor(ctx: EmulatorContext, ref: RangeRef, user: string): boolean {
  const sheet = ctx.workbook.findSheet(ref.sheetId);
  if (!sheet) return false;
  return sheet.protections.some((p) => {
    if (mayEdit(p, user)) return false;
    if (p.range) return overlaps(p.range, ref);
    // A sheet protection covers the sheet except its unprotected ranges.
    return !p.unprotected.some((u) => contains(u, ref));
  });
}

function overlaps(a: GridRect, b: GridRect): boolean {
  return a.row < b.row + b.numRows && b.row < a.row + a.numRows && a.col < b.col + b.numCols && b.col < a.col + a.numCols;
}
function contains(outer: GridRect, inner: GridRect): boolean {
  return (
    inner.row >= outer.row &&
    inner.col >= outer.col &&
    inner.row + inner.numRows <= outer.row + outer.numRows &&
    inner.col + inner.numCols <= outer.col + outer.numCols
  );
}
