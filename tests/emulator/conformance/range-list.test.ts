// RangeList: one call over several ranges, as recorded against live Sheets by gas-fakes
// (test/testsheetsexotics.js:47-220).
import { describe, expect, it } from 'vitest';
import { gas, printed } from './gas';

describe('RangeList (test/testsheetsvui.js:288-297)', () => {
  it('holds the ranges in the order given, in upper case', () => {
    const got = gas(({ SpreadsheetApp }) => {
      // Column BE is the 57th: the recorded sheet was that wide.
      const sheet = SpreadsheetApp.getActiveSheet().insertColumnsAfter(26, 40);
      return sheet
        .getRangeList(['a2:c3', 'bb4:be12'])
        .getRanges()
        .map((r) => r.getA1Notation());
    });
    expect(got).toEqual(['A2:C3', 'BB4:BE12']);
  });
});

describe('RangeList (test/testsheetsexotics.js)', () => {
  it('clears contents only, keeping colours, then everything (lines 51-76)', () => {
    const got = gas(({ SpreadsheetApp }) => {
      const sheet = SpreadsheetApp.getActiveSheet();
      const list = sheet.getRangeList(['A1:B2', 'D4:E5']);
      list.getRanges().forEach((r) => r.setValue('some content').setBackground('red'));
      list.clear({ contentsOnly: true });
      const contentsOnly = list.getRanges().map((r) => [r.isBlank(), r.getBackground()]);
      list.clear();
      return { contentsOnly, all: list.getRanges().map((r) => r.getBackground()) };
    });
    expect(got.contentsOnly).toEqual([
      [true, '#ff0000'],
      [true, '#ff0000'],
    ]);
    expect(got.all).toEqual(['#ffffff', '#ffffff']);
  });

  it('sets value, colours, font, alignment and note on every range (lines 78-117)', () => {
    const got = gas(({ SpreadsheetApp }) => {
      const list = SpreadsheetApp.getActiveSheet().getRangeList(['A1', 'E5']);
      list
        .setValue('hello')
        .setBackground('blue')
        .setFontColor('yellow')
        .setFontWeight('bold')
        .setFontStyle('italic')
        .setFontSize(14)
        .setFontFamily('Arial')
        .setHorizontalAlignment('center')
        .setVerticalAlignment('middle')
        .setNote('a note');
      const set = list
        .getRanges()
        .map((r) => [
          r.getValue(),
          r.getBackground(),
          r.getFontColor(),
          r.getFontWeight(),
          r.getFontStyle(),
          r.getFontSize(),
          r.getFontFamily(),
          r.getHorizontalAlignment(),
          r.getVerticalAlignment(),
          r.getNote(),
        ]);
      list.setFormula('=SUM(1,2)');
      return { set, formulas: list.getRanges().map((r) => [r.getFormula(), r.getValue()]) };
    });
    const expected = ['hello', '#0000ff', '#ffff00', 'bold', 'italic', 14, 'Arial', 'center', 'middle', 'a note'];
    expect(got.set).toEqual([expected, expected]);
    expect(got.formulas).toEqual([
      ['=SUM(1,2)', 3],
      ['=SUM(1,2)', 3],
    ]);
  });

  it('inserts, checks, unchecks and removes checkboxes (lines 119-139)', () => {
    const got = gas(({ SpreadsheetApp }) => {
      const list = SpreadsheetApp.getActiveSheet().getRangeList(['A1', 'E5']);
      list.insertCheckboxes();
      const types = list.getRanges().map((r) => printed(r.getDataValidation()?.getCriteriaType()));
      list.check();
      const checked = list.getRanges().map((r) => r.isChecked());
      list.uncheck();
      const unchecked = list.getRanges().map((r) => r.isChecked());
      list.removeCheckboxes();
      return { types, checked, unchecked, removed: list.getRanges().map((r) => r.getDataValidation()) };
    });
    expect(got).toEqual({ types: ['CHECKBOX', 'CHECKBOX'], checked: [true, true], unchecked: [false, false], removed: [null, null] });
  });

  it('clears notes but not values, then validations (lines 165-179)', () => {
    const got = gas(({ SpreadsheetApp }) => {
      const list = SpreadsheetApp.getActiveSheet().getRangeList(['A1:B2', 'D4:E5']);
      list
        .getRanges()
        .forEach((r) => r.setValue('a').setNote('b').setDataValidation(SpreadsheetApp.newDataValidation().requireNumberEqualTo(1).build()));
      list.clearNote();
      const afterNotes = list.getRanges().map((r) => [r.getNote(), r.getValue()]);
      list.clearDataValidations();
      return { afterNotes, rules: list.getRanges().map((r) => r.getDataValidation()) };
    });
    expect(got.afterNotes).toEqual([
      ['', 'a'],
      ['', 'a'],
    ]);
    expect(got.rules).toEqual([null, null]);
  });

  it('breaks merges apart (lines 190-197)', () => {
    const got = gas(({ SpreadsheetApp }) => {
      const list = SpreadsheetApp.getActiveSheet().getRangeList(['A10:B11', 'D10:E11']);
      list.getRanges().forEach((r) => r.merge());
      const merged = list.getRanges().map((r) => r.isPartOfMerge());
      list.breakApart();
      return { merged, broken: list.getRanges().map((r) => r.isPartOfMerge()) };
    });
    expect(got).toEqual({ merged: [true, true], broken: [false, false] });
  });

  it('sets wrap and number format on every range (lines 205-218)', () => {
    const got = gas(({ SpreadsheetApp }) => {
      const list = SpreadsheetApp.getActiveSheet().getRangeList(['A1', 'E5']);
      list.setWrap(true).setNumberFormat('0.00');
      return list.getRanges().map((r) => [r.getWrap(), r.getNumberFormat()]);
    });
    expect(got).toEqual([
      [true, '0.00'],
      [true, '0.00'],
    ]);
  });
});

describe('sheet order and sizes (test/testsheetsvalues.js:23-150)', () => {
  it('inserts sheets at a position and numbers them in order (lines 45-57)', () => {
    const got = gas(({ SpreadsheetApp }) => {
      const ss = SpreadsheetApp.getActiveSpreadsheet();
      const first = ss.getSheets()[0].getName();
      const s1 = ss.insertSheet('s1');
      ss.insertSheet('s2');
      ss.insertSheet('s3', 1);
      ss.insertSheet('s4', 0);
      return {
        first,
        order: ss.getSheets().map((s) => [s.getName(), s.getIndex()]),
        same: ss.getSheetByName('s1')?.getIndex() === ss.getSheetById(s1.getSheetId())?.getIndex(),
      };
    });
    expect(got.order).toEqual([
      ['s4', 1],
      [got.first, 2],
      ['s3', 3],
      ['s1', 4],
      ['s2', 5],
    ]);
    expect(got.same).toBe(true);
  });

  it('sets one column width or several (lines 87-90, 110-118)', () => {
    const got = gas(({ SpreadsheetApp }) => {
      const sheet = SpreadsheetApp.getActiveSheet();
      const before = sheet.getColumnWidth(2);
      sheet.setColumnWidth(2, 200);
      const one = sheet.getColumnWidth(2);
      sheet.setColumnWidths(2, 3, 150);
      const several = [2, 3, 4].map((c) => sheet.getColumnWidth(c));
      sheet.setColumnWidths(2, 3, before);
      return { one, several, reset: sheet.getColumnWidth(2) === before };
    });
    expect(got).toEqual({ one: 200, several: [150, 150, 150], reset: true });
  });
});
