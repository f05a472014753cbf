// Clearing and data validation (checkboxes included), as recorded against live Sheets by gas-fakes.
import { describe, expect, it } from 'vitest';
import type { ServiceGlobals } from '../../../playground/emulator';
import { gas, printed } from './gas';

type Sheet = ReturnType<ServiceGlobals['SpreadsheetApp']['getActiveSheet']>;

/** gas-fakes' fixture for the clearing tests (test/testsheets.js:478-501): values, colours, notes, a rule. */
function filled(SpreadsheetApp: ServiceGlobals['SpreadsheetApp'], sheet: Sheet) {
  const range = sheet.getRange('A1:C3');
  range.setValues([
    ['A1', 'B1', 'C1'],
    ['A2', 'B2', 'C2'],
    ['A3', 'B3', 'C3'],
  ]);
  range.setBackgrounds([
    ['#ff0000', '#00ff00', '#0000ff'],
    ['#ffff00', '#00ffff', '#ff00ff'],
    ['#cccccc', '#999999', '#666666'],
  ]);
  range.setNotes([
    ['Note A1', 'Note B1', 'Note C1'],
    ['Note A2', 'Note B2', 'Note C2'],
    ['Note A3', 'Note B3', 'Note C3'],
  ]);
  range.setDataValidation(SpreadsheetApp.newDataValidation().requireNumberEqualTo(5).build());
  return () => {
    const again = sheet.getRange('A1:C3');
    return {
      values: again.getValues()[0][0],
      background: again.getBackgrounds()[1][1],
      note: again.getNotes()[2][2],
      validated: again.getDataValidations()[0][0] !== null,
    };
  };
}

describe('clearing a sheet (test/testsheets.js:475-608)', () => {
  it.each([
    ['clear', 504, { values: '', background: '#ffffff', note: 'Note C3', validated: true }],
    ['clearContents', 530, { values: '', background: '#00ffff', note: 'Note C3', validated: true }],
    ['clearFormats', 555, { values: 'A1', background: '#ffffff', note: 'Note C3', validated: true }],
    ['clearNotes', 580, { values: 'A1', background: '#00ffff', note: '', validated: true }],
  ] as const)('Sheet.%s (line %i) clears only its part', (method, _line, expected) => {
    const got = gas(({ SpreadsheetApp }) => {
      const sheet = SpreadsheetApp.getActiveSheet();
      const read = filled(SpreadsheetApp, sheet);
      sheet[method]();
      return read();
    });
    expect(got).toEqual(expected);
  });

  it('clears the validations of a range (test/testsheetssets.js:587-603)', () => {
    const got = gas(({ SpreadsheetApp }) => {
      const range = SpreadsheetApp.getActiveSheet().getRange('!c2:e5');
      range.setDataValidation(SpreadsheetApp.newDataValidation().requireValueInList(['1', '2'], true).build());
      const before = range.getDataValidations();
      range.clearDataValidations();
      return { size: [before.length, before[0].length], after: range.getDataValidations() };
    });
    expect(got.size).toEqual([4, 3]);
    expect(got.after).toEqual(Array(4).fill(Array(3).fill(null)));
  });
});

describe('checkboxes (test/testsheetsdatavalidations.js)', () => {
  it('inserts boxes with no, one or two custom values, replacing a rule (lines 109-136)', () => {
    const got = gas(({ SpreadsheetApp }) => {
      const sheet = SpreadsheetApp.getActiveSheet();
      const rule = (a1: string) => sheet.getRange(a1).getDataValidation();
      sheet.getRange('A1:A2').insertCheckboxes();
      sheet.getRange('B1:B2').insertCheckboxes('DONE');
      sheet.getRange('C1:C2').insertCheckboxes('YES', 'NO');
      sheet.getRange('D1').setDataValidation(SpreadsheetApp.newDataValidation().requireNumberEqualTo(5).build()).insertCheckboxes();
      return ['A1', 'B1', 'C1', 'D1'].map((a1) => [printed(rule(a1)?.getCriteriaType()), rule(a1)?.getCriteriaValues()]);
    });
    expect(got[0]).toEqual(['CHECKBOX', []]);
    expect(got[1]).toEqual(['CHECKBOX', ['DONE']]);
    expect(got[2]).toEqual(['CHECKBOX', ['YES', 'NO']]);
    expect(got[3][0]).toBe('CHECKBOX');
  });

  /** Boxes in A (true/false) and B (YES/NO), text in C1, nothing in C2 (lines 144-157, 184-197). */
  function checkboxes(act: 'check' | 'uncheck') {
    return gas(({ SpreadsheetApp }) => {
      const sheet = SpreadsheetApp.getActiveSheet();
      const plain = SpreadsheetApp.newDataValidation().requireCheckbox().build();
      const custom = SpreadsheetApp.newDataValidation().requireCheckbox('YES', 'NO').build();
      sheet
        .getRange('A1')
        .setDataValidation(plain)
        .setValue(act === 'uncheck');
      sheet
        .getRange('A2')
        .setDataValidation(plain)
        .setValue(act === 'check');
      sheet
        .getRange('B1')
        .setDataValidation(custom)
        .setValue(act === 'uncheck' ? 'YES' : 'NO');
      sheet
        .getRange('B2')
        .setDataValidation(custom)
        .setValue(act === 'uncheck' ? 'NO' : 'YES');
      sheet.getRange('C1').setValue('some text');
      sheet.getRange('A1:C2')[act]();
      const plainRow = sheet.getRange('A3:C3').setValues([['a', 'b', 'c']]);
      plainRow[act]();
      return { boxes: sheet.getRange('A1:C2').getValues(), plain: plainRow.getValues() };
    });
  }

  it('uncheck() unticks boxes and leaves other cells alone (lines 140-176)', () => {
    const got = checkboxes('uncheck');
    expect(got.boxes).toEqual([
      [false, 'NO', 'some text'],
      [false, 'NO', ''],
    ]);
    expect(got.plain).toEqual([['a', 'b', 'c']]);
  });

  it('check() ticks boxes and leaves other cells alone (lines 180-216)', () => {
    const got = checkboxes('check');
    expect(got.boxes).toEqual([
      [true, 'YES', 'some text'],
      [true, 'YES', ''],
    ]);
    expect(got.plain).toEqual([['a', 'b', 'c']]);
  });

  it('removeCheckboxes() takes the boxes and their values away (lines 228-237)', () => {
    const got = gas(({ SpreadsheetApp }) => {
      const range = SpreadsheetApp.getActiveSheet().getRange('K2:M3');
      range.setDataValidation(SpreadsheetApp.newDataValidation().requireCheckbox().build());
      range.setValues([
        [true, false, null],
        [false, false, true],
      ]);
      range.removeCheckboxes();
      return { values: range.getValues().flat(), rules: range.getDataValidations().flat() };
    });
    expect(got.values).toEqual(Array(6).fill(''));
    expect(got.rules).toEqual(Array(6).fill(null));
  });
});

describe('data validation rules (test/testsheetsdatavalidations.js)', () => {
  it('names its enums as Apps Script does (lines 298-305)', () => {
    const got = gas(({ SpreadsheetApp }) => [
      printed(SpreadsheetApp.DataValidationCriteria.DATE_AFTER),
      printed(SpreadsheetApp.ProtectionType.SHEET),
      printed(SpreadsheetApp.DataValidationCriteria.DATE_BEFORE),
    ]);
    expect(got).toEqual(['DATE_AFTER', 'SHEET', 'DATE_BEFORE']);
  });

  it('starts a builder empty, allowing invalid input (lines 329-340)', () => {
    const got = gas(({ SpreadsheetApp }) => {
      const builder = SpreadsheetApp.newDataValidation();
      return [
        printed(builder),
        builder.getCriteriaType(),
        builder.getCriteriaValues(),
        builder.getHelpText(),
        builder.getAllowInvalid(),
        builder.setAllowInvalid(false).getAllowInvalid(),
        builder.setAllowInvalid(true).getAllowInvalid(),
      ];
    });
    expect(got).toEqual(['DataValidationBuilder', null, [], null, true, false, true]);
  });

  it('keeps the last checkbox values and help text into the built rule (lines 341-357)', () => {
    const got = gas(({ SpreadsheetApp }) => {
      const builder = SpreadsheetApp.newDataValidation();
      const steps = [
        printed(builder.requireCheckbox().getCriteriaType()),
        builder.getCriteriaValues(),
        builder.requireCheckbox('A').getCriteriaValues(),
        builder.requireCheckbox('A', 'B').getCriteriaValues(),
        builder.setHelpText('foo').getHelpText(),
      ];
      const built = builder.build();
      return {
        steps,
        built: [printed(built), printed(built.getCriteriaType()), built.getCriteriaValues(), built.getAllowInvalid(), built.getHelpText()],
      };
    });
    expect(got.steps).toEqual(['CHECKBOX', [], ['A'], ['A', 'B'], 'foo']);
    expect(got.built).toEqual(['DataValidation', 'CHECKBOX', ['A', 'B'], true, 'foo']);
  });

  it('records the criteria of each require… method (lines 359-401)', () => {
    const got = gas(({ SpreadsheetApp }) => {
      const n = () => SpreadsheetApp.newDataValidation();
      const rules = [
        n().requireDate(),
        n().requireFormulaSatisfied('=ISNUMBER(A1)'),
        n().requireNumberBetween(1.5, 2.5),
        n().requireNumberEqualTo(3),
        n().requireNumberGreaterThan(4),
        n().requireNumberGreaterThanOrEqualTo(5),
        n().requireNumberLessThan(6),
        n().requireNumberLessThanOrEqualTo(7),
        n().requireNumberNotBetween(8, 9),
        n().requireNumberNotEqualTo(10),
        n().requireTextContains('x'),
        n().requireTextDoesNotContain('y'),
        n().requireTextEqualTo('z'),
        n().requireTextIsEmail(),
        n().requireTextIsUrl(),
        n().requireValueInList(['a', 'false', '2', 'c'], true),
      ].map((b) => b.build());
      return rules.map((r) => [printed(r.getCriteriaType()), r.getCriteriaValues()]);
    });
    expect(got).toEqual([
      ['DATE_IS_VALID_DATE', []],
      ['CUSTOM_FORMULA', ['=ISNUMBER(A1)']],
      ['NUMBER_BETWEEN', [1.5, 2.5]],
      ['NUMBER_EQUAL_TO', [3]],
      ['NUMBER_GREATER_THAN', [4]],
      ['NUMBER_GREATER_THAN_OR_EQUAL_TO', [5]],
      ['NUMBER_LESS_THAN', [6]],
      ['NUMBER_LESS_THAN_OR_EQUAL_TO', [7]],
      ['NUMBER_NOT_BETWEEN', [8, 9]],
      ['NUMBER_NOT_EQUAL_TO', [10]],
      ['TEXT_CONTAINS', ['x']],
      ['TEXT_DOES_NOT_CONTAIN', ['y']],
      ['TEXT_EQUAL_TO', ['z']],
      ['TEXT_IS_VALID_EMAIL', []],
      ['TEXT_IS_VALID_URL', []],
      ['VALUE_IN_LIST', [['a', 'false', '2', 'c'], true]],
    ]);
  });

  it('turns list values into text and shows the dropdown unless told (lines 404-408)', () => {
    const got = gas(({ SpreadsheetApp }) => {
      const builder = SpreadsheetApp.newDataValidation().requireValueInList([9, false, 'z'] as unknown as string[]);
      return [printed(builder.getCriteriaType()), builder.getCriteriaValues()];
    });
    expect(got).toEqual(['VALUE_IN_LIST', [['9', 'false', 'z'], true]]);
  });

  it('keeps the range of a range rule, showing the dropdown unless told (lines 410-420)', () => {
    const got = gas(({ SpreadsheetApp }) => {
      const range = SpreadsheetApp.getActiveSheet().getRange('A2:C4');
      const shown = SpreadsheetApp.newDataValidation().requireValueInRange(range).getCriteriaValues();
      const hidden = SpreadsheetApp.newDataValidation().requireValueInRange(range, false).getCriteriaValues();
      const a1 = (v: unknown) =>
        v !== null && typeof v === 'object' && 'getA1Notation' in v ? printed((v as { getA1Notation: () => string }).getA1Notation()) : v;
      return [shown.map(a1), hidden.map(a1)];
    });
    expect(got).toEqual([
      ['A2:C4', true],
      ['A2:C4', false],
    ]);
  });

  it('dates: each date rule keeps its dates (lines 361-377)', () => {
    const got = gas(({ SpreadsheetApp }) => {
      const [a, b] = [new Date('2026-01-05T00:00:00Z'), new Date('2026-01-06T00:00:00Z')];
      const n = () => SpreadsheetApp.newDataValidation();
      return [
        n().requireDateAfter(a),
        n().requireDateBefore(a),
        n().requireDateBetween(a, b),
        n().requireDateEqualTo(a),
        n().requireDateNotBetween(a, b),
        n().requireDateOnOrBefore(a),
        n().requireDateOnOrAfter(a),
      ].map((builder) => {
        const rule = builder.build();
        return [printed(rule.getCriteriaType()), rule.getCriteriaValues().map((d) => new Date(d as Date).toISOString())];
      });
    });
    const [a, b] = ['2026-01-05T00:00:00.000Z', '2026-01-06T00:00:00.000Z'];
    expect(got).toEqual([
      ['DATE_AFTER', [a]],
      ['DATE_BEFORE', [a]],
      ['DATE_BETWEEN', [a, b]],
      ['DATE_EQUAL_TO', [a]],
      ['DATE_NOT_BETWEEN', [a, b]],
      ['DATE_ON_OR_BEFORE', [a]],
      ['DATE_ON_OR_AFTER', [a]],
    ]);
  });

  it('copies a builder (lines 437-438)', () => {
    expect(gas(({ SpreadsheetApp }) => printed(SpreadsheetApp.newDataValidation().copy()))).toBe('DataValidationBuilder');
  });
});
