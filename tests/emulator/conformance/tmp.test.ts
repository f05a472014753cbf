import { expect, it } from 'vitest';
import { gas, thrown } from './gas';
it('works', () => {
  const r = gas(({ SpreadsheetApp }) => {
    const sheet = SpreadsheetApp.getActiveSpreadsheet().getActiveSheet();
    const range = sheet.getRange('A1');
    return { s: String(range), m: thrown(() => Reflect.apply(Reflect.get(range, 'getRichTextValue') as () => unknown, range, [])), rows: sheet.getMaxRows(), cols: sheet.getMaxColumns(), a1: sheet.getRange('5:7').getA1Notation() };
  });
  expect(r).toEqual({});
});
