// The rest of a team's edits, as a script makes them through the emulated services (and so as the
// add-on's code sees them): merges, copyTo / moveTo (a script's copy and cut, the same edit as a
// person's paste) and moveRows.
import { describe, expect, it } from 'vitest';
import { loadAddon, type ServiceGlobals } from '../../playground/emulator';
import type { SheetFacade } from '../../playground/emulator/sheet';
import { applyStructureEdit } from '../../playground/web/structure-edits';
import { sheetView } from '../../playground/web/sheet-view';
import { mergeLosesValues } from '../../playground/client/merge-question';

function withSheet<T>(body: (g: ServiceGlobals, sheet: SheetFacade) => T): T {
  const addon = loadAddon({ code: '' });
  return addon.withServices((g) => body(g, g.SpreadsheetApp.getActiveSheet()));
}

describe('merging cells', () => {
  it('keeps only the top-left value or formula; the others are gone after breakApart', () => {
    const after = withSheet((_, sheet) => {
      sheet.getRange('A1:C2').setValues([
        ['=B3*2', 'Score', 'Level'],
        ['x', 'y', 'z'],
      ]);
      sheet.getRange('B3').setValue(21);
      sheet.getRange('A1:C1').merge();
      const merged = { values: sheet.getRange('A1:C1').getValues(), formula: sheet.getRange('A1').getFormula() };
      sheet.getRange('A1:C1').breakApart();
      return { merged, broken: sheet.getRange('A1:C2').getValues(), parts: sheet.getRange('A1:C1').isPartOfMerge() };
    });
    expect(after.merged).toEqual({ values: [[42, '', '']], formula: '=B3*2' });
    expect(after.broken).toEqual([
      [42, '', ''],
      ['x', 'y', 'z'],
    ]);
    expect(after.parts).toBe(false);
  });

  it('mergeAcross keeps each row its first value; mergeVertically each column its top value', () => {
    const after = withSheet((_, sheet) => {
      sheet.getRange('A1:B2').setValues([
        [1, 2],
        [3, 4],
      ]);
      sheet.getRange('D1:E2').setValues([
        [5, 6],
        [7, 8],
      ]);
      sheet.getRange('A1:B2').mergeAcross();
      sheet.getRange('D1:E2').mergeVertically();
      return {
        across: sheet.getRange('A1:B2').getValues(),
        vertical: sheet.getRange('D1:E2').getValues(),
        merges: sheet
          .getRange('A1:E2')
          .getMergedRanges()
          .map((r) => r.getA1Notation())
          .sort(),
      };
    });
    expect(after.across).toEqual([
      [1, ''],
      [3, ''],
    ]);
    expect(after.vertical).toEqual([
      [5, 6],
      ['', ''],
    ]);
    expect(after.merges).toEqual(['A1:B1', 'A2:B2', 'D1:D2', 'E1:E2']);
  });
});

describe("a person's Merge all in the playground", () => {
  it('makes the same edit as Range.merge: the top-left value stays, the others are gone', () => {
    const addon = loadAddon({ code: '' });
    const sheet = addon.spreadsheet.getActiveSheet();
    sheet.getRange('A1:B1').setValues([['Stage', '=1+1']]);
    applyStructureEdit(addon.spreadsheet, sheet.getName(), { kind: 'mergeCells', area: { row: 1, col: 1, numRows: 1, numCols: 2 } });
    expect([sheet.getRange('A1:B1').getValues(), sheet.getRange('B1').getFormula(), sheet.getRange('A1').isPartOfMerge()]).toEqual([
      [['Stage', '']],
      '',
      true,
    ]);
    applyStructureEdit(addon.spreadsheet, sheet.getName(), { kind: 'unmergeCells', area: { row: 1, col: 1, numRows: 1, numCols: 2 } });
    expect(sheet.getRange('A1').isPartOfMerge()).toBe(false);
  });

  it('asks first only when a cell other than the top-left one shows something', () => {
    const addon = loadAddon({ code: '' });
    const sheet = addon.spreadsheet.getActiveSheet();
    sheet.getRange('A1:C1').setValues([['Stage', '', 'Level']]);
    const view = sheetView(addon.workbook, sheet.getSheetId());
    expect(mergeLosesValues(view, { row: 1, col: 1, numRows: 1, numCols: 2 })).toBe(false);
    expect(mergeLosesValues(view, { row: 1, col: 1, numRows: 1, numCols: 3 })).toBe(true);
  });
});

describe('Range.copyTo and Range.moveTo', () => {
  it('copyTo brings values, shifted formulas, formats and validation; developer metadata stays on its row', () => {
    const after = withSheet(({ SpreadsheetApp }, sheet) => {
      sheet.getRange('A1:B1').setValues([[2, '=A1*10']]);
      sheet.getRange('B1').setFontWeight('bold').setDataValidation(SpreadsheetApp.newDataValidation().requireNumberGreaterThan(0).build());
      sheet.getRange('1:1').addDeveloperMetadata('devrate.row', 'scorecard');
      sheet.getRange('A1:B1').copyTo(sheet.getRange('A3'));
      return {
        values: sheet.getRange('A3:B3').getValues(),
        formula: sheet.getRange('B3').getFormula(),
        bold: sheet.getRange('B3').getFontWeight(),
        rule: sheet.getRange('B3').getDataValidation()?.getCriteriaType().toString(),
        metadataRows: sheet
          .createDeveloperMetadataFinder()
          .withKey('devrate.row')
          .find()
          .map((m) => m.getLocation().getRow()?.getRow()),
      };
    });
    expect(after).toEqual({ values: [[2, 20]], formula: '=A3*10', bold: 'bold', rule: 'NUMBER_GREATER_THAN', metadataRows: [1] });
  });

  it('PASTE_VALUES (and {contentsOnly: true}) pastes computed values and keeps the target formats', () => {
    const after = withSheet(({ SpreadsheetApp }, sheet) => {
      sheet.getRange('A1:B1').setValues([[2, '=A1*10']]);
      sheet.getRange('A1:B1').setFontWeight('bold');
      sheet.getRange('D1:E2').setBackground('#ffff00');
      sheet.getRange('A1:B1').copyTo(sheet.getRange('D1'), SpreadsheetApp.CopyPasteType.PASTE_VALUES, false);
      sheet.getRange('A1:B1').copyTo(sheet.getRange('D2'), { contentsOnly: true });
      sheet.getRange('A1').setValue(5);
      return {
        values: sheet.getRange('D1:E2').getValues(),
        formulas: sheet.getRange('D1:E2').getFormulas(),
        background: sheet.getRange('E1').getBackground(),
        weight: sheet.getRange('E1').getFontWeight(),
      };
    });
    expect(after).toEqual({
      values: [
        [2, 20],
        [2, 20],
      ],
      formulas: [
        ['', ''],
        ['', ''],
      ],
      background: '#ffff00',
      weight: 'normal',
    });
  });

  it('PASTE_FORMAT (and {formatOnly: true}) brings the formats and keeps the target values', () => {
    const after = withSheet(({ SpreadsheetApp }, sheet) => {
      sheet.getRange('A1').setValue(1).setFontWeight('bold').setNumberFormat('0.00');
      sheet.getRange('C1:C2').setValues([[7], [8]]);
      sheet.getRange('A1').copyTo(sheet.getRange('C1'), SpreadsheetApp.CopyPasteType.PASTE_FORMAT, false);
      sheet.getRange('A1').copyTo(sheet.getRange('C2'), { formatOnly: true });
      return { values: sheet.getRange('C1:C2').getDisplayValues(), weights: sheet.getRange('C1:C2').getFontWeights() };
    });
    expect(after).toEqual({
      values: [['7.00'], ['8.00']],
      weights: [['bold'], ['bold']],
    });
  });

  it('repeats the source over a destination that holds it twice (Sheets API CopyPasteRequest)', () => {
    const values = withSheet((_, sheet) => {
      sheet.getRange('A1:A2').setValues([[1], [2]]);
      sheet.getRange('A1:A2').copyTo(sheet.getRange('C1:C4'));
      return sheet.getRange('C1:C5').getValues();
    });
    expect(values).toEqual([[1], [2], [1], [2], ['']]);
  });

  it('moveTo cuts: the source empties, formulas keep reading the moved cells', () => {
    const after = withSheet((_, sheet) => {
      sheet.getRange('A1:A2').setValues([[7], ['=A1+1']]);
      sheet.getRange('C1').setFormula('=SUM(A1:A2)');
      sheet.getRange('A1:A2').moveTo(sheet.getRange('B5'));
      return {
        source: sheet.getRange('A1:A2').getValues(),
        moved: sheet.getRange('B5:B6').getValues(),
        movedFormula: sheet.getRange('B6').getFormula(),
        reader: sheet.getRange('C1').getFormula(),
        total: sheet.getRange('C1').getValue(),
      };
    });
    expect(after).toEqual({ source: [[''], ['']], moved: [[7], [8]], movedFormula: '=B5+1', reader: '=SUM(B5:B6)', total: 15 });
  });

  it('refuses a paste type it does not emulate by name, changing nothing', () => {
    const after = withSheet(({ SpreadsheetApp }, sheet) => {
      sheet.getRange('A1').setValue(1);
      let message = '';
      try {
        sheet.getRange('A1').copyTo(sheet.getRange('B1'), SpreadsheetApp.CopyPasteType.PASTE_COLUMN_WIDTHS, false);
      } catch (error) {
        message = (error as Error).message;
      }
      return { message, b1: sheet.getRange('B1').getValue() };
    });
    expect(after).toEqual({
      message: 'Range.copyTo with CopyPasteType.PASTE_COLUMN_WIDTHS is not implemented in the DevRate emulator',
      b1: '',
    });
  });
});

describe('Sheet.moveRows', () => {
  it('moves whole rows; formulas, named ranges, validation and row metadata follow them', () => {
    const after = withSheet(({ SpreadsheetApp }, sheet) => {
      const ss = SpreadsheetApp.getActiveSpreadsheet();
      sheet.getRange('A1:B4').setValues([
        ['Name', 'Score'],
        ['ana', 3],
        ['bo', 4],
        ['cy', 5],
      ]);
      sheet.getRange('D1').setFormula('=B2*100');
      sheet.getRange('D2').setFormula('=SUM(B2:B3)');
      ss.setNamedRange('Ana', sheet.getRange('A2:B2'));
      sheet.getRange('B2').setDataValidation(SpreadsheetApp.newDataValidation().requireNumberBetween(1, 5).build());
      sheet.getRange('2:2').addDeveloperMetadata('devrate.candidate', 'ana');
      sheet.moveRows(sheet.getRange('A2'), 5); // ana's row goes below cy's
      return {
        table: sheet.getRange('A1:B4').getValues(),
        d1: sheet.getRange('D1').getFormula(),
        d1Value: sheet.getRange('D1').getValue(),
        named: ss.getRangeByName('Ana')?.getA1Notation(),
        rule: sheet.getRange('B4').getDataValidation()?.getCriteriaType().toString(),
        metadataRow: sheet.createDeveloperMetadataFinder().withKey('devrate.candidate').find()[0].getLocation().getRow()?.getRow(),
      };
    });
    expect(after).toEqual({
      table: [
        ['Name', 'Score'],
        ['bo', 4],
        ['cy', 5],
        ['ana', 3],
      ],
      d1: '=B4*100',
      d1Value: 300,
      named: 'A4:B4',
      rule: 'NUMBER_BETWEEN',
      metadataRow: 4,
    });
  });

  it('moves rows up: the rows in between make way', () => {
    const values = withSheet((_, sheet) => {
      sheet.getRange('A1:A5').setValues([[0], [1], [2], [3], [4]]);
      sheet.moveRows(sheet.getRange('A4:A5'), 2);
      return sheet.getRange('A1:A5').getValues();
    });
    expect(values).toEqual([[0], [3], [4], [1], [2]]);
  });
});
