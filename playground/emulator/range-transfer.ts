// Range.copyTo and Range.moveTo: a script's copy and paste, and cut and paste. They make the same
// edit as a person's Ctrl+C/X/V (userPaste in user-paste.ts), so what travels is decided once.
//
// Confirmed in Google's docs:
// - A destination that spans a multiple of the source's height or width gets the data repeated;
//   one smaller than the source still gets the whole source, from its top-left cell (Sheets API
//   CopyPasteRequest.destination, https://developers.google.com/sheets/api/reference/rest/v4/spreadsheets/request#CopyPasteRequest;
//   gas-fakes records the same for copyTo, test/testsheets.js:1317-1380).
// - PASTE_VALUES pastes "the values ONLY without formats, formulas or merges", PASTE_FORMAT "the
//   format only" (https://developers.google.com/apps-script/reference/spreadsheet/copy-paste-type);
//   {contentsOnly: true} is PASTE_VALUES and {formatOnly: true} PASTE_FORMAT (gas-fakes
//   src/services/spreadsheetapp/fakesheetrange.js:1166-1169, test/testsheets.js:1381-1530).
// - moveTo(target) cuts and pastes, format and values
//   (https://developers.google.com/apps-script/reference/spreadsheet/range#moveTo(Range)).
// Developer metadata never travels (user-paste.ts). A paste that does not fit the sheet is refused
// here, as a person's is (belief: README).

import type { GridRect } from '../../src/sheets/a1';
import type { RangeRef } from '../formulas/sheet-model';
import type { Workbook } from '../formulas/workbook';
import { enumOf } from './criteria';
import { userPaste } from './user-paste';

export const CopyPasteType = enumOf([
  'PASTE_NORMAL',
  'PASTE_NO_BORDERS',
  'PASTE_FORMAT',
  'PASTE_FORMULA',
  'PASTE_DATA_VALIDATION',
  'PASTE_VALUES',
  'PASTE_CONDITIONAL_FORMATTING',
  'PASTE_COLUMN_WIDTHS',
] as const);

type Only = 'values' | 'formats' | undefined;

/** What a copyTo call's second argument asks for; an unsupported kind is refused by name. */
function pasteKind(typeOrOptions: unknown): Only {
  if (typeOrOptions === undefined || typeOrOptions === null) return undefined;
  if (typeof typeOrOptions === 'object') {
    const { contentsOnly, formatOnly, ...rest } = typeOrOptions as { contentsOnly?: unknown; formatOnly?: unknown };
    if (Object.keys(rest).length > 0 || (contentsOnly === true && formatOnly === true))
      throw new Error("The parameters (SpreadsheetApp.Range,Object) don't match the method signature for SpreadsheetApp.Range.copyTo.");
    return contentsOnly === true ? 'values' : formatOnly === true ? 'formats' : undefined;
  }
  const type = typeof typeOrOptions === 'string' ? typeOrOptions : '(not a CopyPasteType)';
  switch (type) {
    case 'PASTE_NORMAL':
    case 'PASTE_NO_BORDERS': // the emulator has no borders
      return undefined;
    case 'PASTE_VALUES':
      return 'values';
    case 'PASTE_FORMAT':
      return 'formats';
    default:
      throw new Error(`Range.copyTo with CopyPasteType.${type} is not implemented in the DevRate emulator`);
  }
}

/** Range.copyTo: the source pasted at the destination's top-left, repeated while it fits the destination. */
export function copyRange(
  workbook: Workbook,
  source: RangeRef,
  destination: RangeRef,
  typeOrOptions?: unknown,
  transposed?: unknown,
): void {
  if (transposed !== undefined && typeof transposed !== 'boolean')
    throw new Error(
      "The parameters (SpreadsheetApp.Range,SpreadsheetApp.CopyPasteType,String) don't match the method signature for SpreadsheetApp.Range.copyTo.",
    );
  if (transposed === true) throw new Error('Range.copyTo transposed is not implemented in the DevRate emulator');
  const only = pasteKind(typeOrOptions);
  const from = { sheet: workbook.sheet(source.sheetId).name, area: rectOf(source) };
  const to = workbook.sheet(destination.sheetId).name;
  const down = Math.max(1, Math.floor(destination.numRows / source.numRows));
  const across = Math.max(1, Math.floor(destination.numCols / source.numCols));
  for (let i = 0; i < down; i++) {
    for (let j = 0; j < across; j++) {
      userPaste(workbook, {
        from,
        to: { sheet: to, row: destination.row + i * source.numRows, col: destination.col + j * source.numCols },
        valuesOnly: only === 'values',
        formatsOnly: only === 'formats',
      });
    }
  }
}

/** Range.moveTo: a cut and paste to the target's top-left cell. */
export function moveRange(workbook: Workbook, source: RangeRef, target: RangeRef): void {
  userPaste(workbook, {
    from: { sheet: workbook.sheet(source.sheetId).name, area: rectOf(source) },
    to: { sheet: workbook.sheet(target.sheetId).name, row: target.row, col: target.col },
    cut: true,
  });
}

function rectOf(ref: RangeRef): GridRect {
  return { row: ref.row, col: ref.col, numRows: ref.numRows, numCols: ref.numCols };
}
