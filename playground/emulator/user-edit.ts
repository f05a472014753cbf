// A person typing into a cell: the input is parsed like Sheets does, and refused when the cell's
// data validation rejects it (unless the rule allows invalid data, which only warns in Sheets).
// The refusal carries the rule's help text: Sheets shows a rule's help text (the Sheets API's
// inputMessage, "a message to show the user when adding data to the cell") in the dialog that
// rejects the input, and a generic sentence (the error's message) when it has none.

import { parseA1 } from '../../src/sheets/a1';
import { parseInput, type CellScalar } from '../formulas/cell-values';
import type { ValidationSpec } from '../formulas/sheet-model';
import type { Workbook } from '../formulas/workbook';
import { acceptsValue } from './data-validation';

/** Input the cell's validation rejects, with the rule's help text (what Sheets' dialog shows). */
export class InvalidInput extends Error {
  constructor(
    message: string,
    readonly helpText: string | null,
  ) {
    super(message);
  }
}

export interface UserEditOptions {
  user?: string;
}

export interface UserEditResult {
  sheetId: number;
  row: number;
  col: number;
  /** Display text of the new and old value, as in an onEdit event. */
  value: string;
  oldValue: string;
}

export function userEdit(workbook: Workbook, sheetName: string, a1: string, input: unknown): UserEditResult {
  const sheet = workbook.sheetByName(sheetName);
  if (!sheet) throw new Error(`No sheet named ${sheetName}`);
  const at = parseA1(a1, sheet.maxRows, sheet.maxColumns);
  if (!at || at.numRows !== 1 || at.numCols !== 1) throw new Error(`Not a single cell: ${a1}`);
  const cell = { row: at.row, col: at.col, numRows: 1, numCols: 1 };
  const oldValue = workbook.readCells(sheet.id, cell)[0][0].display;
  const content = parseInput(input);
  const rule = sheet.cell(at.row, at.col)?.validation;
  if (rule && !rule.allowInvalid && content.kind === 'value' && !acceptsValue(rule, content.value, rangeList(workbook, rule.values[0]))) {
    throw new InvalidInput(
      `The data you entered in cell ${a1} violates the data validation rules set on this cell.`,
      rule.helpText || null,
    );
  }
  workbook.writeContents(sheet.id, at.row, at.col, [[content]]);
  const value = workbook.readCells(sheet.id, cell)[0][0].display;
  return { sheetId: sheet.id, row: at.row, col: at.col, value, oldValue };
}

function rangeList(workbook: Workbook, criterion: unknown): CellScalar[] | undefined {
  if (!criterion || typeof criterion !== 'object' || !('range' in criterion)) return undefined;
  const ref = (criterion as { range: { sheetId: number; row: number; col: number; numRows: number; numCols: number } }).range;
  return workbook.readValues(ref.sheetId, ref).flat();
}

/** Choices a dropdown shows for a validation (list or range), or null when it is not a dropdown. */
export function dropdownOptions(workbook: Workbook, validation: ValidationSpec): string[] | null {
  const [source, showDropdown] = validation.values;
  if (showDropdown === false) return null;
  if (validation.criteria === 'VALUE_IN_LIST' && Array.isArray(source)) return source.map(String);
  if (validation.criteria === 'VALUE_IN_RANGE') {
    const values = rangeList(workbook, source) ?? [];
    return [...new Set(values.filter((v) => v !== '').map(String))];
  }
  return null;
}
