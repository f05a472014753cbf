// A basic filter hides rows and nothing more: Sheet.isRowHiddenByFilter tells which, getValues
// still returns every row (playground/emulator/filter.ts).
import { describe, expect, it } from 'vitest';
import { loadAddon, type ServiceGlobals } from '../../playground/emulator';
import type { SheetFacade } from '../../playground/emulator/sheet';
import { sheetView } from '../../playground/web/sheet-view';
import { applyStructureEdit } from '../../playground/web/structure-edits';

function withTable<T>(body: (g: ServiceGlobals, sheet: SheetFacade) => T): T {
  return loadAddon({ code: '' }).withServices((g) => {
    const sheet = g.SpreadsheetApp.getActiveSheet();
    sheet.getRange('A1:C5').setValues([
      ['Name', 'Score', 'Stage'],
      ['ana', 3, 'Offer'],
      ['bo', 1, 'Screen'],
      ['cy', 4, 'Offer'],
      ['di', 2, 'Rejected'],
    ]);
    return body(g, sheet);
  });
}

const hiddenRows = (sheet: SheetFacade) => [1, 2, 3, 4, 5, 6].filter((row) => sheet.isRowHiddenByFilter(row));

describe('a basic filter', () => {
  it('hides the data rows its criteria reject; the header stays; getValues still returns every row', () => {
    const after = withTable(({ SpreadsheetApp }, sheet) => {
      const filter = sheet.getRange('A1:C5').createFilter();
      filter.setColumnFilterCriteria(3, SpreadsheetApp.newFilterCriteria().whenTextEqualTo('Offer').build());
      return { hidden: hiddenRows(sheet), rows: sheet.getRange('A1:A5').getValues().flat() };
    });
    expect(after.hidden).toEqual([3, 5]);
    expect(after.rows).toEqual(['Name', 'ana', 'bo', 'cy', 'di']);
  });

  it('combines columns (a row hidden by any), hides listed values, and shows all once criteria go', () => {
    const after = withTable(({ SpreadsheetApp }, sheet) => {
      const filter = sheet.getRange('A1:C5').createFilter();
      filter.setColumnFilterCriteria(2, SpreadsheetApp.newFilterCriteria().whenNumberGreaterThan(1).build());
      filter.setColumnFilterCriteria(3, SpreadsheetApp.newFilterCriteria().setHiddenValues(['Rejected']).build());
      const both = hiddenRows(sheet);
      const criteria = filter.getColumnFilterCriteria(2);
      filter.removeColumnFilterCriteria(2);
      filter.removeColumnFilterCriteria(3);
      return {
        both,
        type: criteria?.getCriteriaType(),
        values: criteria?.getCriteriaValues(),
        after: hiddenRows(sheet),
        removed: filter.getColumnFilterCriteria(2),
      };
    });
    expect(after).toEqual({ both: [3, 5], type: 'NUMBER_GREATER_THAN', values: [1], after: [], removed: null });
  });

  it('is the one filter of the sheet: any range reaches it, a second is refused, remove takes it away', () => {
    const after = withTable((_, sheet) => {
      const filter = sheet.getRange('A1:C5').createFilter();
      let second = '';
      try {
        sheet.getRange('E1:E2').createFilter();
      } catch (error) {
        second = (error as Error).message;
      }
      const reached = [sheet.getFilter()?.getRange().getA1Notation(), sheet.getRange('F9').getFilter()?.getRange().getA1Notation()];
      filter.remove();
      return { second, reached, gone: sheet.getFilter() };
    });
    expect(after).toEqual({
      second: "You can't create a filter in a sheet that already has a filter.",
      reached: ['A1:C5', 'A1:C5'],
      gone: null,
    });
  });

  it('follows inserted rows and moved columns, criteria staying on their column', () => {
    const after = withTable(({ SpreadsheetApp }, sheet) => {
      const filter = sheet.getRange('A1:C5').createFilter();
      filter.setColumnFilterCriteria(3, SpreadsheetApp.newFilterCriteria().whenTextEqualTo('Offer').build());
      sheet.insertRowBefore(1);
      sheet.moveColumns(sheet.getRange('C1'), 1); // Stage to the front
      return {
        range: filter.getRange().getA1Notation(),
        onStage: filter.getColumnFilterCriteria(1)?.getCriteriaType(),
        hidden: hiddenRows(sheet),
      };
    });
    expect(after).toEqual({ range: 'A2:C6', onStage: 'TEXT_EQUAL_TO', hidden: [4, 6] });
  });

  it('the playground grid leaves out the rows it hides', () => {
    const addon = loadAddon({ code: '' });
    const id = addon.withServices(({ SpreadsheetApp }) => {
      const sheet = SpreadsheetApp.getActiveSheet();
      sheet.getRange('A1:A4').setValues([['Stage'], ['Offer'], ['Screen'], ['Offer']]);
      sheet
        .getRange('A1:A4')
        .createFilter()
        .setColumnFilterCriteria(1, SpreadsheetApp.newFilterCriteria().whenTextEqualTo('Offer').build());
      return sheet.getSheetId();
    });
    expect(sheetView(addon.workbook, id).filteredRows).toEqual([3]);
  });

  it("a person's Filter by cell value keeps the rows showing that value; Remove filter shows all again", () => {
    const addon = loadAddon({ code: '' });
    const sheet = addon.spreadsheet.getActiveSheet();
    sheet.getRange('A1:B4').setValues([
      ['Stage', 'Name'],
      ['Offer', 'ana'],
      ['Screen', 'bo'],
      ['Offer', 'cy'],
    ]);
    applyStructureEdit(addon.spreadsheet, sheet.getName(), { kind: 'filterByCellValue', row: 2, col: 1 });
    const filtered = sheetView(addon.workbook, sheet.getSheetId());
    expect([filtered.filter, filtered.filteredRows]).toEqual([{ row: 1, col: 1, numRows: 4, numCols: 2 }, [3]]);
    applyStructureEdit(addon.spreadsheet, sheet.getName(), { kind: 'removeFilter' });
    expect(sheetView(addon.workbook, sheet.getSheetId())).toMatchObject({ filter: null, filteredRows: [] });
  });
});
