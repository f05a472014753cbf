// Values a script reads cross from the emulator into the add-on's realm: a grid of text, numbers
// and booleans copied by the realm itself (a column of thousands of names), anything else cell by cell.
// Either way the add-on gets arrays and dates of its own realm, with the values Sheets gave.
import { describe, expect, it } from 'vitest';
import { loadAddon } from '../../playground/emulator';

const CODE = `
function readBack(withDate) {
  var sheet = SpreadsheetApp.getActiveSheet();
  var rows = [['Ada', 1, true], ['', 2.5, false]];
  if (withDate) rows.push([new Date(Date.UTC(2026, 11, 7, 12)), 3, true]);
  sheet.getRange(1, 1, rows.length, 3).setValues(rows);
  var values = sheet.getRange(1, 1, rows.length, 3).getValues();
  return {
    ownArrays: values instanceof Array && values.every(function (row) { return row instanceof Array; }),
    firstRows: values.slice(0, 2),
    dateIsOwn: withDate ? values[2][0] instanceof Date : null,
    column: sheet.getRange(1, 1, rows.length, 1).getValues().map(function (row) { return row.length; }),
  };
}
`;

describe('values read by a script', () => {
  it('are arrays of the add-on realm with the values typed, text, numbers and booleans alike', () => {
    const addon = loadAddon({ code: CODE });
    const { value } = addon.run<{ ownArrays: boolean; firstRows: unknown[][]; column: number[] }>('readBack', [false]);
    expect(value.ownArrays).toBe(true);
    expect(value.firstRows).toEqual([
      ['Ada', 1, true],
      ['', 2.5, false],
    ]);
    expect(value.column).toEqual([1, 1]);
  });

  it('keep a date a Date of the add-on realm beside text and numbers', () => {
    const addon = loadAddon({ code: CODE });
    const { value } = addon.run<{ ownArrays: boolean; dateIsOwn: boolean; firstRows: unknown[][] }>('readBack', [true]);
    expect(value.ownArrays).toBe(true);
    expect(value.dateIsOwn).toBe(true);
    expect(value.firstRows[0]).toEqual(['Ada', 1, true]);
  });
});
