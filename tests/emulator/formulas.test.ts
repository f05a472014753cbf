import { describe, expect, it } from 'vitest';
import { loadFixture } from './load-fixture';

describe('formulas computed by HyperFormula', () => {
  it('finds custom functions from their @customfunction JSDoc', () => {
    const addon = loadFixture();
    expect(addon.customFunctions.sort()).toEqual(['ARGTYPES', 'DEVRATE', 'DOUBLE', 'PAIR', 'PEEK', 'SHOWUI', 'SNEAKY']);
    expect(addon.customFunctionDocs.find((d) => d.name === 'DEVRATE')?.params.map((p) => p.name)).toEqual(['levels', 'region']);
    expect(addon.functions).toContain('NOTCUSTOM');
  });

  it('computes cross-sheet references, named ranges and common functions', () => {
    const addon = loadFixture();
    addon.run('seedRates');
    const calc = addon.spreadsheet.insertSheet('Budget calc');
    const formulas = [
      '=SUM(RateTable)',
      "=Rates!B2+'Rates'!B3",
      '=AVERAGE(RateTable)',
      '=AVERAGEIF(Rates!A2:A4,"<>asia",Rates!B2:B4)',
      '=COUNTIFS(RateTable,">50",RateTable,"<100")',
      '=COUNTA(Rates!A1:A10)',
      '=INDEX(Rates!B2:B4,MATCH("europe",Rates!A2:A4,0))',
      '=IF(AND(MIN(RateTable)>=40,OR(MAX(RateTable)>100,TRUE)),ROUND(200/3,2),0)',
      '=IFERROR(1/0,"n/a")',
      '=SUMPRODUCT(RateTable,RateTable)',
      '=ISBLANK(Z99)',
    ];
    calc.getRange(1, 1, formulas.length, 1).setValues(formulas.map((f) => [f]));
    expect(calc.getRange(1, 1, formulas.length, 1).getValues().flat()).toEqual([
      200,
      110,
      200 / 3,
      80,
      2,
      4,
      70,
      66.67,
      'n/a',
      40 * 40 + 70 * 70 + 90 * 90,
      true,
    ]);
    expect(calc.getRange('A1').getFormula()).toBe('=SUM(RateTable)');
  });

  /** A Calc sheet doubling the rate in Rates!B2, computed once (80), then that rate changed to 50. */
  function doubledRateChanged() {
    const addon = loadFixture();
    addon.run('seedRates');
    const calc = addon.spreadsheet.insertSheet('Calc');
    calc.getRange('A1').setFormula('=Rates!B2*2');
    expect(calc.getRange('A1').getValue()).toBe(80);
    addon.spreadsheet.getSheetByName('Rates')!.getRange('B2').setValue(50);
    return { addon, calc };
  }

  it('recomputes after the inputs change and follows sheet renames', () => {
    const { addon, calc } = doubledRateChanged();
    expect(calc.getRange('A1').getValue()).toBe(100);
    addon.spreadsheet.getSheetByName('Rates')!.setName('Rate card');
    expect(calc.getRange('A1').getFormula()).toBe("='Rate card'!B2*2");
    expect(calc.getRange('A1').getValue()).toBe(100);
  });

  it('recomputes when asked to settle, as Sheets does after a change, not only at the next read', () => {
    const { addon, calc } = doubledRateChanged();
    expect(addon.workbook.engine.pending).toBe(true);
    addon.workbook.settle();
    expect(addon.workbook.engine.pending).toBe(false);
    expect(calc.getRange('A1').getValue()).toBe(100);
  });

  it('passes a single cell as a scalar and a range as a 2D array (empty cells as "")', () => {
    const addon = loadFixture();
    const sheet = addon.spreadsheet.getActiveSheet();
    sheet.getRange('A1:A3').setValues([[1], [''], ['x']]);
    sheet.getRange('B1').setValue('=ARGTYPES(A1,A1:A3)');
    sheet.getRange('B2').setValue('=ARGTYPES(A2,A1)');
    expect(sheet.getRange('B1').getValue()).toBe('number | array 3x1 [[1],[""],["x"]]');
    expect(sheet.getRange('B2').getValue()).toBe('string | number');
  });

  it('spills a custom function result down from a range argument', () => {
    const addon = loadFixture();
    const sheet = addon.spreadsheet.getActiveSheet();
    sheet.getRange('A2:A5').setValues([['junior'], ['senior'], ['junior'], ['senior']]);
    sheet.getRange('B2').setValue('=DEVRATE(A2:A5,"asia")');
    expect(sheet.getRange('B2:B5').getValues()).toEqual([[40], [80], [40], [80]]);
    expect(sheet.getRange('B3').getFormula()).toBe('');
    expect(sheet.getLastRow()).toBe(5);
  });

  it('spills a 1x2 result to the right, and a scalar-argument call to one cell', () => {
    const addon = loadFixture();
    const sheet = addon.spreadsheet.getActiveSheet();
    sheet.getRange('A1').setValue('=PAIR(21)');
    sheet.getRange('A2').setValue('=DOUBLE(4)');
    sheet.getRange('A3').setValue('=SUM(PAIR(1))');
    expect(sheet.getRange('A1:C3').getValues()).toEqual([
      [21, 42, ''],
      [8, '', ''],
      [3, '', ''],
    ]);
  });

  it("shows an Error thrown by a custom function as that cell's error, with its message", () => {
    const addon = loadFixture();
    const sheet = addon.spreadsheet.getActiveSheet();
    sheet.getRange('A1').setValue('senior');
    sheet.getRange('B1').setValue('=DEVRATE(A1,"mars")');
    expect(sheet.getRange('B1').getValue()).toBe('#ERROR!');
    expect(sheet.getRange('B1').getDisplayValue()).toBe('#ERROR!');
    const [cell] = addon.workbook.readCells(sheet.getSheetId(), { row: 1, col: 2, numRows: 1, numCols: 1 })[0];
    expect(cell.error).toEqual({ code: '#ERROR!', message: 'Unknown region: mars' });
    expect(cell.formula).toBe('=DEVRATE(A1,"mars")');
  });

  it("explains broken formulas in Sheets' words", () => {
    const addon = loadFixture();
    const sheet = addon.spreadsheet.getActiveSheet();
    sheet.getRange('A1:A3').setValues([['=SUM(1,'], ['=NOPE(1)'], ['=SUM(NoSuchRange)']]);
    const errors = addon.workbook.readErrors(sheet.getSheetId(), { row: 1, col: 1, numRows: 3, numCols: 1 }).flat();
    expect(errors).toEqual([
      { code: '#ERROR!', message: 'Formula parse error.' },
      { code: '#NAME?', message: "Unknown function: 'NOPE'." },
      { code: '#NAME?', message: "Unknown range name: 'NoSuchRange'." },
    ]);
  });

  it("shows a spill blocked by data as Sheets' #REF!, naming the cell in the way, and keeps what was typed", () => {
    const addon = loadFixture();
    const sheet = addon.spreadsheet.getActiveSheet();
    sheet.getRange('A1:A3').setValues([[1], [2], [3]]);
    sheet.getRange('B2').setValue('keep me');
    sheet.getRange('B1').setValue('=DOUBLE(A1:A3)');
    expect(sheet.getRange('B1:B3').getValues()).toEqual([['#REF!'], ['keep me'], ['']]);
    const [[error]] = addon.workbook.readErrors(sheet.getSheetId(), { row: 1, col: 2, numRows: 1, numCols: 1 });
    expect(error).toEqual({ code: '#REF!', message: 'Array result was not expanded because it would overwrite data in B2.' });
  });

  it('blocks a working array when someone types into its output, and lets it spill again once the cell is cleared', () => {
    const addon = loadFixture();
    const sheet = addon.spreadsheet.getActiveSheet();
    sheet.getRange('A1:A3').setValues([[1], [2], [3]]);
    sheet.getRange('B1').setFormula('=ARRAYFORMULA(A1:A3*2)');
    expect(sheet.getRange('B1:B3').getValues()).toEqual([[2], [4], [6]]);
    addon.edit(sheet.getName(), 'B3', 'note');
    expect(sheet.getRange('B1:B3').getValues()).toEqual([['#REF!'], [''], ['note']]);
    expect(addon.workbook.readCells(sheet.getSheetId(), { row: 1, col: 2, numRows: 1, numCols: 1 })[0][0].error?.message).toBe(
      'Array result was not expanded because it would overwrite data in B3.',
    );
    sheet.getRange('B3').clearContent();
    // Read below the formula only: the array is back without its own cell being read first.
    expect(sheet.getRange('B2:B3').getValues()).toEqual([[4], [6]]);
  });

  it('reads a block of typed values, formulas and spilled results each as the cell shows it', () => {
    const addon = loadFixture();
    const sheet = addon.spreadsheet.getActiveSheet();
    const date = new Date(Date.UTC(2026, 0, 2));
    sheet.getRange('A1:D1').setValues([["'007", true, 3.5, date]]);
    sheet.getRange('A2:C2').setValues([['=A1&"x"', '=NOT(B1)', '=ARRAYFORMULA(C1:C1*{2,3})']]);
    // Typed text stays text, a typed date comes back a Date; C2's array spills into D2, which holds nothing.
    expect(sheet.getRange('A1:D2').getValues()).toEqual([
      ['007', true, 3.5, date],
      ['007x', false, 7, 10.5],
    ]);
    sheet.getRange('C1').setValue(4);
    expect(sheet.getRange('C1:D2').getValues()).toEqual([
      [4, date],
      [8, 12],
    ]);
  });
});
