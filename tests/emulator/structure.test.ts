import { describe, expect, it } from 'vitest';
import { loadFixture } from './load-fixture';

describe('inserting and deleting rows and columns', () => {
  it('moves cells and rewrites formulas that point across the change', () => {
    const addon = loadFixture();
    const sheet = addon.spreadsheet.getActiveSheet();
    sheet.getRange('A1:B2').setValues([
      [1, 2],
      [3, 4],
    ]);
    sheet.getRange('C1').setFormula('=SUM(A1:B2)');
    sheet.getRange('A1').setNote('first');
    expect(sheet.getRange('C1').getValue()).toBe(10);
    sheet.insertColumnsAfter(1, 2);
    expect(sheet.getMaxColumns()).toBe(28);
    expect(sheet.getRange('A1:D1').getValues()).toEqual([[1, '', '', 2]]);
    expect(sheet.getRange('E1').getFormula()).toBe('=SUM(A1:D2)');
    expect(sheet.getRange('E1').getValue()).toBe(10);
    sheet.insertRowBefore(1);
    expect(sheet.getRange('A2').getNote()).toBe('first');
    expect(sheet.getRange('E2').getFormula()).toBe('=SUM(A2:D3)');
    sheet.deleteRow(1);
    sheet.deleteColumns(2, 2);
    expect(sheet.getRange('C1').getFormula()).toBe('=SUM(A1:B2)');
    expect(sheet.getRange('A1:C2').getValues()).toEqual([
      [1, 2, 10],
      [3, 4, ''],
    ]);
  });

  it('keeps named ranges and spilled custom functions in step', () => {
    const addon = loadFixture();
    addon.run('seedRates');
    const rates = addon.spreadsheet.getSheetByName('Rates')!;
    rates.getRange('D2').setFormula('=DOUBLE(B2:B4)');
    expect(rates.getRange('D2:D4').getValues()).toEqual([[80], [140], [180]]);
    rates.insertRowsBefore(1, 2);
    expect(addon.spreadsheet.getRangeByName('RateTable')!.getA1Notation()).toBe('B4:B6');
    expect(rates.getRange('D4:D6').getValues()).toEqual([[80], [140], [180]]);
    expect(rates.getFrozenRows()).toBe(1);
    expect(() => rates.deleteRows(1, 5000)).toThrow('Those rows are out of bounds.');
  });
});
