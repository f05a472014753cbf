import { describe, expect, it } from 'vitest';
import { ExecutionError } from '../../playground/emulator';
import { loadFixture } from './load-fixture';

describe('Range values as a script writes them', () => {
  it('refuses setValues whose shape does not match the range, with Sheets wording', () => {
    const addon = loadFixture();
    const range = addon.spreadsheet.getActiveSheet().getRange('A1:B2');
    expect(() => range.setValues([[1, 2]])).toThrow(
      'The number of rows in the data does not match the number of rows in the range. The data has 1 but the range has 2.',
    );
    expect(() => range.setValues([[1, 2], [3]])).toThrow(
      'The number of columns in the data does not match the number of columns in the range. The data has 1 but the range has 2.',
    );
  });

  it('gives the add-on a real Error of its own realm', () => {
    const addon = loadFixture();
    const result = addon.run<{ isError: boolean; message: string }>('errorIsVmError');
    expect(result.value.isError).toBe(true);
    expect(result.value.message).toContain('The data has 1 but the range has 2.');
  });

  it('turns "=" strings into formulas and keeps "\'=" as text', () => {
    const addon = loadFixture();
    const sheet = addon.spreadsheet.getActiveSheet();
    sheet.getRange('A1:A2').setValues([[2], [3]]);
    sheet.getRange('B1').setValue('=A1*10');
    sheet.getRange('B2').setValue("'=A1*10");
    expect(sheet.getRange('B1').getFormula()).toBe('=A1*10');
    expect(sheet.getRange('B1').getValue()).toBe(20);
    expect(sheet.getRange('B2').getFormula()).toBe('');
    expect(sheet.getRange('B2').getValue()).toBe('=A1*10');
    expect(sheet.getRange('B2').getDisplayValue()).toBe('=A1*10');
  });

  it('parses typed strings like Sheets (numbers, percents, booleans) and keeps other text', () => {
    const addon = loadFixture();
    const range = addon.spreadsheet.getActiveSheet().getRange('A1:E1');
    range.setValues([['1,200', '15%', 'true', 'asia', "'007"]]);
    expect(range.getValues()).toEqual([[1200, 0.15, true, 'asia', '007']]);
    expect(range.getDisplayValues()).toEqual([['1200', '15%', 'TRUE', 'asia', '007']]);
  });

  it('fills a formula over a range with relative references moving', () => {
    const addon = loadFixture();
    const sheet = addon.spreadsheet.getActiveSheet();
    sheet.getRange('A1:A3').setValues([[1], [2], [3]]);
    sheet.getRange('B1:B3').setFormula('=A1*$A$1+1');
    expect(sheet.getRange('B1:B3').getFormulas()).toEqual([['=A1*$A$1+1'], ['=A2*$A$1+1'], ['=A3*$A$1+1']]);
    expect(sheet.getRange('B1:B3').getValues()).toEqual([[2], [3], [4]]);
  });

  it('stores Dates as dates and hands Dates back to the add-on', () => {
    const addon = loadFixture();
    const { value } = addon.run<{ isDate: boolean; iso: string; display: string }>('dateRoundTrip');
    expect(value).toEqual({ isDate: true, iso: '2024-01-31T00:00:00.000Z', display: '1/31/2024' });
  });

  it('applies number formats to display values', () => {
    const addon = loadFixture();
    const range = addon.spreadsheet.getActiveSheet().getRange('A1:C1');
    range.setValues([[1234.5, 0.256, 42]]);
    range.setNumberFormats([['$#,##0.00', '0.0%', '0" h"']]);
    expect(range.getDisplayValues()).toEqual([['$1,234.50', '25.6%', '42 h']]);
    expect(range.getValues()).toEqual([[1234.5, 0.256, 42]]);
  });

  it('reports the data range and last row, and appends after it', () => {
    const addon = loadFixture();
    const sheet = addon.spreadsheet.getActiveSheet();
    sheet.appendRow(['Region', 'Rate']);
    sheet.appendRow(['asia', 40]);
    expect(sheet.getLastRow()).toBe(2);
    expect(sheet.getDataRange().getA1Notation()).toBe('A1:B2');
    expect(sheet.getRange(2, 1, 1, 2).getValues()).toEqual([['asia', 40]]);
  });

  it('rejects ranges outside the sheet and bad A1 notation', () => {
    const sheet = loadFixture().spreadsheet.getActiveSheet();
    expect(() => sheet.getRange(0, 1)).toThrow('The starting row of the range is too small.');
    expect(() => sheet.getRange('A1001')).toThrow('The coordinates of the range are outside the dimensions of the sheet.');
    expect(() => sheet.getRange('not a range')).toThrow('Range not found');
    expect(sheet.getRange('B2').offset(1, 1, 2, 3).getA1Notation()).toBe('C3:E4');
  });

  it('refuses a sheet name that is taken, ignoring case, like Sheets', () => {
    const addon = loadFixture();
    expect(addon.run('insertSheetNamed', ['Rates']).value).toBe('Rates');
    expect(() => addon.run('insertSheetNamed', ['rates'])).toThrow(
      'A sheet with the name "rates" already exists. Please enter another name.',
    );
    try {
      addon.run('insertSheetNamed', ['Rates']);
    } catch (error) {
      expect(error).toBeInstanceOf(ExecutionError);
      expect((error as ExecutionError).result.counts.byMethod['Spreadsheet.insertSheet']).toBe(1);
    }
    expect(addon.spreadsheet.getSheets().map((s) => s.getName())).toEqual(['Sheet1', 'Rates']);
    expect(addon.spreadsheet.getActiveSheet().getName()).toBe('Rates');
  });

  it('records formats, notes, validations and checkboxes per cell', () => {
    const addon = loadFixture();
    const sheet = addon.spreadsheet.getActiveSheet();
    const header = sheet.getRange('A1:B1');
    header.setFontWeight('bold').setBackground('#eeeeee').setWrap(true).setHorizontalAlignment('center');
    sheet.getRange('A2').setNote('Pick a region');
    expect(sheet.getParent().getName()).toBe('Untitled spreadsheet');
    sheet.getRange('C1:C2').insertCheckboxes();
    expect(header.getFontWeights()).toEqual([['bold', 'bold']]);
    expect(header.getBackground()).toBe('#eeeeee');
    expect(sheet.getRange('A2').getNote()).toBe('Pick a region');
    expect(sheet.getRange('C1:C2').getValues()).toEqual([[false], [false]]);
    sheet.getRange('C1').check();
    expect(sheet.getRange('C1').isChecked()).toBe(true);
    expect(sheet.getRange('C1').getDataValidation()?.getCriteriaType()).toBe('CHECKBOX');
  });
});
