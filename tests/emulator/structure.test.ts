import { describe, expect, it } from 'vitest';
import { conditionalFormatsFor, loadAddon, type SheetsBehaviour } from '../../playground/emulator';
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

// A colour rule on B2:B5 ("above the threshold in A1") and a rule on C2:C5 ("each value once"),
// set by a script as the tracker sets its own.
const RULES = `
function setUp() {
  var sheet = SpreadsheetApp.getActiveSheet();
  sheet.getRange('A1').setValue(5);
  sheet.getRange('B2:B3').setValues([[10], [1]]);
  sheet.setConditionalFormatRules([
    SpreadsheetApp.newConditionalFormatRule().whenFormulaSatisfied('=$B2>$A$1').setBackground('#f4cccc')
      .setRanges([sheet.getRange('B2:B5')]).build(),
  ]);
  sheet.getRange('C2:C5').setDataValidation(
    SpreadsheetApp.newDataValidation().requireFormulaSatisfied('=COUNTIF($C:$C,C2)<=1').build());
}`;

describe('conditional format and validation custom formulas after inserts, deletes and moves', () => {
  const setUp = (behaviour: Partial<SheetsBehaviour> = {}) => {
    const addon = loadAddon({ code: RULES, behaviour });
    addon.run('setUp');
    const sheet = addon.spreadsheet.getActiveSheet();
    const rule = () => sheet.getConditionalFormatRules()[0];
    return {
      addon,
      sheet,
      colour: () => ({
        ranges: rule()
          .getRanges()
          .map((r) => r.getA1Notation()),
        formula: rule().getBooleanCondition()!.getCriteriaValues()[0],
      }),
      validation: (a1: string) => sheet.getRange(a1).getDataValidation()?.getCriteriaValues()[0],
      red: (a1: string) => {
        const cell = sheet.getRange(a1);
        const rect = { row: cell.getRow(), col: cell.getColumn(), numRows: 1, numCols: 1 };
        return conditionalFormatsFor(addon.workbook, addon.workbook.sheetByName(sheet.getName())!.id, rect)[0][0]?.background === '#f4cccc';
      },
    };
  };

  it('shift their references with the rows and columns inserted above and before them, so the same cells stay coloured', () => {
    const { sheet, colour, validation, red } = setUp();
    expect([red('B2'), red('B3')]).toEqual([true, false]);
    sheet.insertRowBefore(1);
    expect(colour()).toEqual({ ranges: ['B3:B6'], formula: '=$B3>$A$2' });
    expect([validation('C3'), validation('C6')]).toEqual(['=COUNTIF($C:$C,C3)<=1', '=COUNTIF($C:$C,C3)<=1']);
    expect([red('B3'), red('B4')]).toEqual([true, false]);
    sheet.insertColumnBefore(1);
    expect(colour()).toEqual({ ranges: ['C3:C6'], formula: '=$C3>$B$2' });
    expect(validation('D4')).toBe('=COUNTIF($D:$D,D3)<=1');
    expect([red('C3'), red('C4')]).toEqual([true, false]);
  });

  it('follow moved columns', () => {
    const { sheet, colour, validation, red } = setUp();
    sheet.moveColumns(sheet.getRange('C1'), 1); // the validated column to the front: A, B shift right
    expect(colour()).toEqual({ ranges: ['C2:C5'], formula: '=$C2>$B$1' });
    expect(validation('A2')).toBe('=COUNTIF($A:$A,A2)<=1');
    expect(red('C2')).toBe(true);
  });

  it("keep a relative reference to the range's deleted first row on the row now in its place; an absolute one is gone", () => {
    const { sheet, colour, validation, red } = setUp();
    sheet.deleteRow(2);
    expect(colour()).toEqual({ ranges: ['B2:B4'], formula: '=$B2>$A$1' });
    expect(validation('C2')).toBe('=COUNTIF($C:$C,C2)<=1');
    expect(red('B2')).toBe(false); // 1 is not above 5
    sheet.getRange('B3').setValue(9);
    expect(red('B3')).toBe(true);
    sheet.deleteRow(1);
    expect(colour()).toEqual({ ranges: ['B1:B3'], formula: '=$B1>#REF!' });
  });

  it('keep their text under the opposite belief (ruleFormulasOnStructuralEdit "unchanged") while their ranges move', () => {
    const { sheet, colour, validation } = setUp({ ruleFormulasOnStructuralEdit: 'unchanged' });
    sheet.insertRowBefore(1);
    expect(colour()).toEqual({ ranges: ['B3:B6'], formula: '=$B2>$A$1' });
    expect(validation('C3')).toBe('=COUNTIF($C:$C,C2)<=1');
  });
});
