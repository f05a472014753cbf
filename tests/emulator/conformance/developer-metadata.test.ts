// Developer metadata, as recorded against live Sheets by gas-fakes (test/testsheetsdeveloper.js:96-215).
import { describe, expect, it } from 'vitest';
import { gas, printed, thrown } from './gas';

const REFUSED =
  'Adding developer metadata to arbitrary ranges is not currently supported. Developer metadata may only be added to the top-level spreadsheet, an individual sheet, or an entire row or column.';

describe('developer metadata (test/testsheetsdeveloper.js)', () => {
  it('refuses a block, part of a row or column, and a single cell (lines 111-125)', () => {
    const got = gas(({ SpreadsheetApp }) => {
      const sheet = SpreadsheetApp.getActiveSheet();
      return ['B2:D4', 'B6:D6', 'F2:F5', 'A1'].map((a1) => thrown(() => sheet.getRange(a1).addDeveloperMetadata('key', 'value')));
    });
    expect(got).toEqual(Array(4).fill(REFUSED));
  });

  it('tags a whole column and a whole row, found on that range only (lines 128-150)', () => {
    const got = gas(({ SpreadsheetApp }) => {
      const sheet = SpreadsheetApp.getActiveSheet();
      const column = sheet.getRange('G:G');
      const returned = column.addDeveloperMetadata('colKey', 'colValue', SpreadsheetApp.DeveloperMetadataVisibility.PROJECT);
      const [onColumn] = column.getDeveloperMetadata();
      const row = sheet.getRange('8:8');
      row.addDeveloperMetadata('entireRowKey', 'entireRowValue');
      const [onRow] = row.getDeveloperMetadata();
      return {
        returned: returned.getA1Notation() === column.getA1Notation(), // 129
        column: [
          column.getDeveloperMetadata().length,
          onColumn.getKey(),
          onColumn.getValue(),
          printed(onColumn.getVisibility()),
          printed(onColumn.getLocation().getLocationType()),
        ], // 130-137
        cellInColumn: sheet.getRange('G3').getDeveloperMetadata().length, // 138-139
        row: [row.getDeveloperMetadata().length, onRow.getKey(), printed(onRow.getLocation().getLocationType())], // 143-148
        cellInRow: sheet.getRange('C8').getDeveloperMetadata().length, // 149-150
      };
    });
    expect(got).toEqual({
      returned: true,
      column: [1, 'colKey', 'colValue', 'PROJECT', 'COLUMN'],
      cellInColumn: 0,
      row: [1, 'entireRowKey', 'ROW'],
      cellInRow: 0,
    });
  });

  it('tags a sheet, finds by key and value, updates and removes (lines 153-180, 206-208)', () => {
    const got = gas(({ SpreadsheetApp }) => {
      const ss = SpreadsheetApp.getActiveSpreadsheet();
      const sheet = ss.getActiveSheet();
      const column = sheet.getRange('G:G').addDeveloperMetadata('colKey', 'colValue');
      const returned = sheet.addDeveloperMetadata('sheetKey', 'sheetValue').getSheetId() === sheet.getSheetId(); // 153-154
      const onSheet = sheet.getDeveloperMetadata();
      const [meta] = onSheet;
      const read = [
        onSheet.length,
        meta.getKey(),
        meta.getValue(),
        printed(meta.getVisibility()),
        printed(meta.getLocation().getLocationType()),
      ]; // 155-162
      const found = ss.createDeveloperMetadataFinder().withKey('colKey').find(); // 166-170
      const byKey = [found.length, found[0].getValue()];
      const byBoth = ss.createDeveloperMetadataFinder().withKey('sheetKey').withValue('sheetValue').find(); // 173-176
      meta.setValue('updatedValue').setKey('updatedKey');
      const [updated] = sheet.getDeveloperMetadata(); // 178-181
      column.getDeveloperMetadata()[0].remove();
      return {
        returned,
        read,
        byKey,
        byBoth: [byBoth.length, byBoth[0].getId() === meta.getId()],
        updated: [updated.getValue(), updated.getKey()],
        removed: column.getDeveloperMetadata().length, // 206-208
      };
    });
    expect(got).toEqual({
      returned: true,
      read: [1, 'sheetKey', 'sheetValue', 'DOCUMENT', 'SHEET'],
      byKey: [1, 'colValue'],
      byBoth: [1, true],
      updated: ['updatedValue', 'updatedKey'],
      removed: 0,
    });
  });

  it('moves metadata to a column, a row, a sheet and the spreadsheet (lines 184-204)', () => {
    const got = gas(({ SpreadsheetApp }) => {
      const ss = SpreadsheetApp.getActiveSpreadsheet();
      const sheet = ss.getActiveSheet();
      sheet.getRange('8:8').addDeveloperMetadata('entireRowKey', 'entireRowValue');
      const meta = sheet.getRange('8:8').getDeveloperMetadata()[0];
      meta.moveToColumn(sheet.getRange('J:J'));
      const column = [printed(meta.getLocation().getLocationType()), meta.getLocation().getColumn()?.getColumn()];
      meta.moveToRow(sheet.getRange('9:9'));
      const row = [printed(meta.getLocation().getLocationType()), meta.getLocation().getRow()?.getRow()];
      const other = ss.insertSheet('MetaSheet2');
      meta.moveToSheet(other);
      const toSheet = [printed(meta.getLocation().getLocationType()), meta.getLocation().getSheet()?.getSheetId() === other.getSheetId()];
      meta.moveToSpreadsheet();
      const toSpreadsheet = [printed(meta.getLocation().getLocationType()), meta.getLocation().getSpreadsheet()?.getId() === ss.getId()];
      return { column, row, toSheet, toSpreadsheet };
    });
    expect(got).toEqual({
      // gas-fakes also reads the location's range as "J:J" and "9:9" (lines 190, 194): the
      // location's range comes from developer-metadata.ts, left to the branch that owns it.
      column: ['COLUMN', 10],
      row: ['ROW', 9],
      toSheet: ['SHEET', true],
      toSpreadsheet: ['SPREADSHEET', true],
    });
  });
});
