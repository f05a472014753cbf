// Protections, named ranges and conditional format rules, as recorded against live Sheets by gas-fakes.
import { describe, expect, it } from 'vitest';
import { gas, printed } from './gas';

describe('protections (test/testsheets.js:2903-2970)', () => {
  it('protects a sheet as a warning, with unprotected ranges and no editors (lines 2908-2924)', () => {
    const got = gas(({ SpreadsheetApp }) => {
      const ss = SpreadsheetApp.getActiveSpreadsheet();
      const sheet = ss.getActiveSheet();
      const p = sheet
        .protect()
        .setDescription('sample1')
        .setWarningOnly(true)
        .setUnprotectedRanges([sheet.getRange('A1:B1')]);
      const listed = ss.getProtections(SpreadsheetApp.ProtectionType.SHEET).some((q) => q.getDescription() === 'sample1');
      const read = [
        p.getDescription(),
        p.getUnprotectedRanges()[0].getA1Notation(),
        p.canEdit(),
        p.getEditors().length,
        printed(p.getProtectionType()),
        p.isWarningOnly(),
        listed,
      ];
      p.remove();
      return read;
    });
    expect(got).toEqual(['sample1', 'A1:B1', true, 0, 'SHEET', true, true]);
  });

  it('moves a range protection to another range (lines 2928-2934)', () => {
    const got = gas(({ SpreadsheetApp }) => {
      const sheet = SpreadsheetApp.getActiveSheet();
      const p = sheet.getRange('A1:D5').protect().setDescription('sample2');
      p.setRange(sheet.getRange('B2:E6'));
      return [p.getRange().getA1Notation(), printed(p.getProtectionType())];
    });
    expect(got).toEqual(['B2:E6', 'RANGE']);
  });

  it('protects a named range, by name or by the NamedRange (lines 2936-2967)', () => {
    const got = gas(({ SpreadsheetApp }) => {
      const ss = SpreadsheetApp.getActiveSpreadsheet();
      const sheet = ss.getActiveSheet();
      ss.setNamedRange('sampleNamedRange1', sheet.getRange('C3:F7'));
      const named = ss.getNamedRanges().find((n) => n.getName() === 'sampleNamedRange1');
      if (!named) throw new Error('named range not listed');
      const byName = sheet.getRange('A1:D5').protect().setDescription('sample2').setRangeName('sampleNamedRange1');
      const byObject = sheet.getRange('A1:D5').protect().setDescription('sample2').setNamedRange(named);
      return [byName.getRangeName(), byObject.getRangeName()];
    });
    expect(got).toEqual(['sampleNamedRange1', 'sampleNamedRange1']);
  });
});

describe('protections as listed (test/testsheetspermissions.js:22-55)', () => {
  it('prints as Protection; a sheet protection covers the sheet and has no A1 notation; the owner edits', () => {
    const got = gas(({ SpreadsheetApp, Session }) => {
      const ss = SpreadsheetApp.getActiveSpreadsheet();
      const sheet = ss.getActiveSheet();
      sheet.protect().setDescription('');
      const range = sheet.getRange('B2:C3');
      range.protect().setDescription(range.getA1Notation());
      const [onRange] = ss.getProtections(SpreadsheetApp.ProtectionType.RANGE);
      const [onSheet] = ss.getProtections(SpreadsheetApp.ProtectionType.SHEET);
      const me = Session.getEffectiveUser().getEmail();
      return {
        enums: [printed(SpreadsheetApp.ProtectionType.SHEET), printed(SpreadsheetApp.ProtectionType.RANGE)], // 25-26
        printed: [printed(onRange), printed(onSheet)], // 31-32
        description: onRange.getDescription() === onRange.getRange().getA1Notation(), // 35-36
        canEdit: [onRange.canEdit(), onSheet.canEdit()], // 38-39
        domainEdit: [onRange.canDomainEdit(), onSheet.canDomainEdit()], // 41-42
        sheetRange: [onSheet.getRange().getNumColumns() === sheet.getMaxColumns(), onSheet.getRange().getNumRows() === sheet.getMaxRows()], // 45-46
        sheetA1: onSheet.getRange().getA1Notation(), // 47
        unprotected: [onRange.getUnprotectedRanges().length, onSheet.getUnprotectedRanges().length], // 50-51
        editors: [onRange.getEditors().map((u) => u.getEmail()), onSheet.getEditors().map((u) => u.getEmail()), me], // 54-55
      };
    });
    expect(got.enums).toEqual(['SHEET', 'RANGE']);
    expect(got.printed).toEqual(['Protection', 'Protection']);
    expect(got.description).toBe(true);
    expect(got.canEdit).toEqual([true, true]);
    expect(got.domainEdit).toEqual([false, false]);
    expect(got.sheetRange).toEqual([true, true]);
    expect(got.sheetA1).toBe('');
    expect(got.unprotected).toEqual([0, 0]);
    const [onRange, onSheet, me] = got.editors;
    expect(onRange).toEqual([me]);
    expect(onSheet).toEqual([me]);
  });
});

describe('named ranges (test/testsheetsrange.js:19-105)', () => {
  it('names ranges, finds them from the spreadsheet and the sheet, renames, moves and removes them', () => {
    const got = gas(({ SpreadsheetApp }) => {
      const ss = SpreadsheetApp.getActiveSpreadsheet();
      const sheet = ss.getActiveSheet().setName('sample');
      const listed = (names: ReturnType<typeof ss.getNamedRanges>) =>
        names.map((n) => `${n.getName()}: '${n.getRange().getSheet().getSheetName()}'!${n.getRange().getA1Notation()}`).sort();
      ss.setNamedRange('sampleNamedRange1', sheet.getRange('A1:B2'));
      ss.setNamedRange('sampleNamedRange2', sheet.getRange('C1:E2'));
      const count = ss.getNamedRanges().length; // 31
      const byName = ss.getRangeByName('sampleNamedRange1')?.getA1Notation(); // 34-35
      const fromSpreadsheet = listed(ss.getNamedRanges()); // 38-51
      const fromSheet = listed(sheet.getNamedRanges()); // 53-67
      ss.getNamedRanges()
        .sort((a, b) => (a.getName() > b.getName() ? 1 : -1))
        .forEach((n, i) => n.setName(`${n.getName()}_${i + 10}`).setRange(n.getRange().offset(0, 2))); // 70-76
      const moved = listed(ss.getNamedRanges()); // 77-89
      ss.getNamedRanges().forEach((n) => n.remove()); // 92
      return { count, byName, fromSpreadsheet, fromSheet, moved, left: ss.getNamedRanges().length };
    });
    const first = ["sampleNamedRange1: 'sample'!A1:B2", "sampleNamedRange2: 'sample'!C1:E2"];
    expect(got.count).toBe(2);
    expect(got.byName).toBe('A1:B2');
    expect(got.fromSpreadsheet).toEqual(first);
    expect(got.fromSheet).toEqual(first);
    expect(got.moved).toEqual(["sampleNamedRange1_10: 'sample'!C1:D2", "sampleNamedRange2_11: 'sample'!E1:G2"]);
    expect(got.left).toBe(0);
  });
});

describe('conditional format rules (test/testconditionalformat.js)', () => {
  it('builds a rule, stores it on the sheet, reads its condition back, copies and clears (lines 9-71)', () => {
    const got = gas(({ SpreadsheetApp }) => {
      const sheet = SpreadsheetApp.getActiveSheet();
      const rule = SpreadsheetApp.newConditionalFormatRule()
        .whenNumberGreaterThan(50)
        .setBackground('#FF0000')
        .setFontColor('#FFFFFF')
        .setBold(true)
        .setRanges([sheet.getRange('A1:B10')])
        .build();
      sheet.setConditionalFormatRules([rule]);
      const [stored] = sheet.getConditionalFormatRules();
      const condition = stored.getBooleanCondition();
      const copied = stored.copy().whenCellEmpty().build().getBooleanCondition();
      const read = {
        printed: printed(rule), // 27
        count: sheet.getConditionalFormatRules().length, // 40
        condition: [printed(condition?.getCriteriaType()), condition?.getCriteriaValues(), condition?.getBold()], // 46-51
        copied: [printed(copied?.getCriteriaType()), copied?.getBold()], // 62-63
      };
      sheet.clearConditionalFormatRules();
      return { ...read, cleared: sheet.getConditionalFormatRules().length }; // 66-67
    });
    expect(got).toEqual({
      printed: 'ConditionalFormatRule',
      count: 1,
      condition: ['NUMBER_GREATER_THAN', [50], true],
      copied: ['CELL_EMPTY', true],
      cleared: 0,
    });
  });

  // withCriteria (line 87) is not emulated (not-implemented.test.ts); date rules (85-86) neither.
  it('keeps the criteria of varied conditions (lines 74-117)', () => {
    const got = gas(({ SpreadsheetApp }) => {
      const sheet = SpreadsheetApp.getActiveSheet();
      const range = sheet.getRange('A1:B10');
      const n = () => SpreadsheetApp.newConditionalFormatRule();
      sheet.setConditionalFormatRules(
        [n().whenTextContains('hello'), n().whenNumberBetween(10, 20), n().whenFormulaSatisfied('=A1>10')].map((b) =>
          b.setRanges([range]).build(),
        ),
      );
      return sheet
        .getConditionalFormatRules()
        .map((r) => [printed(r.getBooleanCondition()?.getCriteriaType()), r.getBooleanCondition()?.getCriteriaValues()]);
    });
    expect(got).toEqual([
      ['TEXT_CONTAINS', ['hello']],
      ['NUMBER_BETWEEN', [10, 20]],
      ['CUSTOM_FORMULA', ['=A1>10']],
    ]);
  });
});
