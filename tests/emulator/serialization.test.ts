import { describe, expect, it } from 'vitest';
import {
  conditionalFormatsFor,
  deserializeWorkbook,
  dropdownOptions,
  serializeWorkbook,
  type WorkbookJSON,
} from '../../playground/emulator';
import { loadFixture } from './load-fixture';

describe('saving and restoring the workbook', () => {
  it('records what a dashboard-building entry point created', () => {
    const addon = loadFixture({ strictLock: { throwOnViolation: true } });
    const { value } = addon.run('buildDashboard');
    expect(value).toEqual({
      warningOnly: true,
      rules: 3,
      firstRule: 'NUMBER_GREATER_THAN_OR_EQUAL_TO',
      charts: 1,
      chartRange: 'A1:B5',
      validation: ['junior', 'senior'],
      help: 'Pick a level',
    });
    const dashboard = addon.spreadsheet.getSheets()[0];
    expect(dashboard.getName()).toBe('Dashboard');
    expect(dashboard.getRange('B2:B5').getDisplayValues()).toEqual([['$70'], ['$140'], ['$70'], ['$140']]);
  });

  it('round-trips through JSON and recomputes formulas, custom functions included', () => {
    const addon = loadFixture();
    addon.run('seedRates');
    addon.run('buildDashboard');
    const json = serializeWorkbook(addon.workbook);
    const text = JSON.stringify(json);
    const restoredWorkbook = deserializeWorkbook(JSON.parse(text) as WorkbookJSON);
    expect(serializeWorkbook(restoredWorkbook)).toEqual(json);

    const restored = loadFixture({ workbook: restoredWorkbook });
    const dashboard = restored.spreadsheet.getSheetByName('Dashboard')!;
    expect(dashboard.getRange('B2:B5').getValues()).toEqual([[70], [140], [70], [140]]);
    expect(dashboard.getRange('B2').getFormula()).toBe('=DEVRATE(A2:A5,"europe")');
    expect(dashboard.getFrozenRows()).toBe(1);
    expect(dashboard.getColumnWidth(2)).toBe(140);
    expect(dashboard.getTabColor()).toBe('#1a73e8');
    expect(dashboard.getCharts()[0].getOptions().get('title')).toBe('Rates');
    expect(dashboard.getConditionalFormatRules().map((r) => r.getBooleanCondition()?.getCriteriaType())).toEqual([
      'NUMBER_GREATER_THAN_OR_EQUAL_TO',
      'TEXT_EQUAL_TO',
      'CUSTOM_FORMULA',
    ]);
    expect(dashboard.getProtections('RANGE')[0].getDescription()).toBe('Header');
    expect(dashboard.getRange('C2:C5').getValues()).toEqual([[false], [false], [false], [false]]);
    expect(restored.spreadsheet.getRangeByName('RateTable')!.getValues()).toEqual([[40], [70], [90]]);
    expect(restored.run('onOpen', [{ authMode: 'LIMITED' }]).error).toBeUndefined();
    expect(restored.ui.menus[0].items[1]).toEqual({ kind: 'item', caption: 'Reseed rates', functionName: 'seedRates' });

    const restoredRateCell = restored.spreadsheet.getSheetByName('Rates')!.getRange('B2');
    restoredRateCell.setValue(45);
    const calc = restored.spreadsheet.insertSheet('Calc');
    calc.getRange('A1').setFormula('=SUM(RateTable)');
    expect(calc.getRange('A1').getValue()).toBe(205);
  });

  it('exposes cells the way a grid UI shows them', () => {
    const addon = loadFixture();
    addon.run('buildDashboard');
    const sheetId = addon.spreadsheet.getSheetByName('Dashboard')!.getSheetId();
    const [header, first] = addon.workbook.readCells(sheetId, { row: 1, col: 1, numRows: 2, numCols: 3 });
    expect(header[0]).toMatchObject({
      value: 'Level',
      display: 'Level',
      style: { fontWeight: 'bold', background: '#1a73e8', fontColor: '#ffffff' },
    });
    expect(first[0].validation).toEqual({
      criteria: 'VALUE_IN_LIST',
      values: [['junior', 'senior'], true],
      allowInvalid: false,
      helpText: 'Pick a level',
    });
    expect(first[1]).toMatchObject({ value: 70, display: '$70', formula: '=DEVRATE(A2:A5,"europe")', numberFormat: '$#,##0' });
    expect(first[2]).toMatchObject({ value: false, display: 'FALSE', validation: { criteria: 'CHECKBOX' } });
    expect(dropdownOptions(addon.workbook, first[0].validation!)).toEqual(['junior', 'senior']);
    const [[fromRange]] = addon.workbook.readCells(sheetId, { row: 2, col: 5, numRows: 1, numCols: 1 });
    expect(dropdownOptions(addon.workbook, fromRange.validation!)).toEqual(['junior', 'senior']);
  });

  it('tells which conditional format applies to each cell (first matching rule wins)', () => {
    const addon = loadFixture();
    addon.run('buildDashboard');
    const sheet = addon.spreadsheet.getSheetByName('Dashboard')!;
    const area = { row: 2, col: 1, numRows: 2, numCols: 3 };
    expect(conditionalFormatsFor(addon.workbook, sheet.getSheetId(), area)).toEqual([
      [null, null, null],
      [{ fontColor: '#0b8043' }, { background: '#f4c7c3' }, null],
    ]);
    sheet.getRange('C2').check();
    expect(conditionalFormatsFor(addon.workbook, sheet.getSheetId(), area)[0]).toEqual([
      { background: '#e6f4ea' },
      { background: '#e6f4ea' },
      { background: '#e6f4ea' },
    ]);
  });
});

describe('user edits', () => {
  it('types into cells like a person: formulas, text, numbers, and validation', () => {
    const addon = loadFixture();
    addon.run('buildDashboard');
    addon.edit('Dashboard', 'F1', '=B2*2');
    addon.edit('Dashboard', 'F2', '12.5');
    addon.edit('Dashboard', 'F3', 'hello');
    const sheet = addon.spreadsheet.getSheetByName('Dashboard')!;
    expect(sheet.getRange('F1:F3').getValues()).toEqual([[140], [12.5], ['hello']]);
    expect(() => addon.edit('Dashboard', 'A2', 'principal')).toThrow(
      'The data you entered in cell A2 violates the data validation rules set on this cell.',
    );
    expect(() => addon.edit('Dashboard', 'D2', '150')).toThrow('violates the data validation rules');
    addon.edit('Dashboard', 'D2', '50');
    addon.edit('Dashboard', 'A2', 'senior');
    expect(sheet.getRange('B2').getValue()).toBe(140);
  });

  it('notifies listeners with a version counter', () => {
    const addon = loadFixture();
    const before = addon.workbook.version;
    const sources: string[] = [];
    addon.onChange((source) => sources.push(source));
    addon.edit('Sheet1', 'A1', '1');
    expect(addon.workbook.version).toBeGreaterThan(before);
    expect(sources).toEqual(['workbook']);
  });
});
