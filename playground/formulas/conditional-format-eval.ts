// Which conditional format applies to each cell (for a grid UI). As in Sheets, the first rule in
// the sheet's list that matches a cell wins. Custom formulas are evaluated by HyperFormula with
// their relative references moved to each cell of the rule's range.

import type { GridRect } from '../../src/sheets/a1';
import { textOf, type CellScalar } from './cell-values';
import { meetsCriterion } from './criteria-eval';
import { shiftFormula } from './formula-shift';
import type { ConditionalRuleSpec, TextFormatSpec } from './sheet-model';
import type { Workbook } from './workbook';

/** How number rules see a "" value (the emulator's behaviour profile, emptyTextInNumberRules). */
export interface ConditionalFormatOptions {
  emptyTextInNumberRules?: 'not-a-number' | 'zero';
}

export function conditionalFormatsFor(
  workbook: Workbook,
  sheetId: number,
  rect: GridRect,
  options: ConditionalFormatOptions = {},
): (TextFormatSpec | null)[][] {
  const sheet = workbook.sheet(sheetId);
  const values = workbook.readValues(sheetId, rect);
  const result: (TextFormatSpec | null)[][] = values.map((row) => row.map(() => null));
  for (const rule of sheet.conditionalFormats) {
    const condition = rule.condition;
    if (!condition) continue;
    for (const range of rule.ranges) {
      if (range.sheetId !== sheetId) continue;
      const top = Math.max(range.row, rect.row);
      const bottom = Math.min(range.row + range.numRows, rect.row + rect.numRows) - 1;
      const left = Math.max(range.col, rect.col);
      const right = Math.min(range.col + range.numCols, rect.col + rect.numCols) - 1;
      for (let row = top; row <= bottom; row++) {
        for (let col = left; col <= right; col++) {
          const r = row - rect.row;
          const c = col - rect.col;
          if (result[r][c] !== null) continue;
          const value = values[r][c] === '' && options.emptyTextInNumberRules === 'zero' && isNumberRule(rule) ? 0 : values[r][c];
          const matched = matches(workbook, sheetId, condition, value, row - range.row, col - range.col);
          if (matched) result[r][c] = { ...rule.format };
        }
      }
    }
  }
  return result;
}

function isNumberRule(rule: ConditionalRuleSpec): boolean {
  return rule.condition?.type.startsWith('NUMBER_') ?? false;
}

function matches(
  workbook: Workbook,
  sheetId: number,
  condition: NonNullable<ConditionalRuleSpec['condition']>,
  value: CellScalar,
  rowOffset: number,
  colOffset: number,
): boolean {
  const { type, values } = condition;
  if (type === 'CUSTOM_FORMULA') {
    const outcome = workbook.calculate(shiftFormula(textOf(values[0]), rowOffset, colOffset), sheetId);
    return outcome === true || (typeof outcome === 'number' && outcome !== 0);
  }
  return meetsCriterion(type, values, value) ?? false; // date criteria are not evaluated
}
