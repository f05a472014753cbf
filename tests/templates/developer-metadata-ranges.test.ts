// Developer metadata only where Apps Script takes it: the spreadsheet, a sheet, or a whole row or
// column written as one in A1 ("3:3", "C:C"). The emulator refuses anything else with Apps
// Script's message (recorded by brucemcpherson/gas-fakes, test/testsheetsdeveloper.js:110), and
// every template tags its rows and columns that way.
import { describe, expect, it } from 'vitest';
import { call, newAddon } from '../support/emulator';
import { scenario } from './budget-fixture';

const REFUSED =
  'Adding developer metadata to arbitrary ranges is not currently supported. Developer metadata may only be added to the top-level spreadsheet, an individual sheet, or an entire row or column.';

describe('developer metadata ranges', () => {
  it('are refused on cells, part of a row, and a row spanned by numbers rather than written "7:7"', () => {
    const sheet = newAddon().spreadsheet.getSheets()[0];
    expect(() => sheet.getRange('B2:D4').addDeveloperMetadata('k')).toThrow(REFUSED);
    expect(() => sheet.getRange('A1').addDeveloperMetadata('k')).toThrow(REFUSED);
    expect(() => sheet.getRange('F2:F5').addDeveloperMetadata('k')).toThrow(REFUSED);
    expect(() => sheet.getRange(7, 1, 1, sheet.getMaxColumns()).addDeveloperMetadata('k')).toThrow(REFUSED);
    expect(() => sheet.getRange(1, 3, sheet.getMaxRows(), 1).addDeveloperMetadata('k')).toThrow(REFUSED);
  });

  it('are taken on whole rows and columns in A1, several at once ("5:7", "D:F")', () => {
    const sheet = newAddon().spreadsheet.getSheets()[0];
    sheet.getRange('5:7').addDeveloperMetadata('rows', 'r');
    sheet.getRange('D:F').addDeveloperMetadata('columns', 'c');
    expect(sheet.getRange('5:7').getNumRows()).toBe(3);
    expect(sheet.getRange('D:F').getNumColumns()).toBe(3);
    const found = sheet.createDeveloperMetadataFinder().find();
    expect(found.map((m) => `${m.getKey()} ${m.getLocation().getLocationType()}`).sort()).toEqual([
      'columns COLUMN',
      'columns COLUMN',
      'columns COLUMN',
      'rows ROW',
      'rows ROW',
      'rows ROW',
    ]);
  });

  it('are how every template tags its rows and columns: budget, tracker and its Repair', () => {
    const addon = newAddon();
    expect(call(addon, 'createBudgetSheet', scenario()).error).toBeUndefined();
    expect(addon.clickMenu(['DevRate', 'Insert candidate tracker']).error).toBeUndefined();
    addon.spreadsheet.getSheetByName('Scorecards')!.deleteColumn(3);
    expect(addon.clickMenu(['DevRate', 'Repair tracker']).error).toBeUndefined();
    const located = addon.spreadsheet
      .createDeveloperMetadataFinder()
      .find()
      .map((m) => m.getLocation().getLocationType());
    expect(new Set(located)).toEqual(new Set(['ROW', 'COLUMN', 'SHEET']));
  });
});
