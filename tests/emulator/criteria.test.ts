// Validations and conditional formats judge a value by one evaluator, so a rule means the same
// in both: a user's typing is refused exactly where the matching format would not light up.
import { describe, expect, it } from 'vitest';
import { acceptsValue, loadAddon } from '../../playground/emulator';
import { conditionalFormatsFor } from '../../playground/formulas';

const CASES: [criteria: string, values: (string | number)[], value: string | number][] = [
  ['NUMBER_BETWEEN', [10, 1], 5],
  ['NUMBER_BETWEEN', [1, 10], 11],
  ['NUMBER_NOT_BETWEEN', [10, 1], 0],
  ['TEXT_CONTAINS', ['Senior'], 'a senior engineer'],
  ['TEXT_EQUAL_TO', ['yes'], 'YES'],
  ['TEXT_EQUAL_TO', ['yes'], 'no'],
];

describe('a criterion judges a value the same way in a validation and in a conditional format', () => {
  it.each(CASES)('%s %j on %j', (criteria, values, value) => {
    const validated = acceptsValue({ criteria, values, allowInvalid: false, helpText: null }, value);
    const addon = loadAddon({ code: 'function noop() {}' });
    const sheet = addon.workbook.sheetByName('Sheet1')!;
    addon.spreadsheet.getSheetByName('Sheet1')!.getRange('A1').setValue(value);
    sheet.conditionalFormats.push({
      ranges: [{ sheetId: sheet.id, row: 1, col: 1, numRows: 1, numCols: 1 }],
      condition: { type: criteria, values },
      format: { background: '#ff0000' },
    });
    const formatted = conditionalFormatsFor(addon.workbook, sheet.id, { row: 1, col: 1, numRows: 1, numCols: 1 })[0][0] !== null;
    expect(formatted).toBe(validated);
  });

  it('takes "between" bounds in either order and ignores case in text', () => {
    expect(
      CASES.map(([criteria, values, value]) => acceptsValue({ criteria, values, allowInvalid: false, helpText: null }, value)),
    ).toEqual([true, false, true, true, true, false]);
  });
});
