// Checks of what cells hold: typed values, number formats, formulas and their locale.
import { AUTOMATIC_FORMAT_READS_AS } from '../../sheets/grid';
import { show, thrown, type SelfTestCheck } from './check';

export const dropdownNumber: SelfTestCheck = {
  id: 'dropdown-number',
  assumption:
    'Text "3" written to a dropdown cell whose choices are "1" to "4" (as a score is chosen) is stored as the number 3, so SUM and AVERAGE count it.',
  run({ sheet }) {
    const cell = sheet.getRange('A1');
    cell.setDataValidation(
      SpreadsheetApp.newDataValidation().requireValueInList(['1', '2', '3', '4'], true).setAllowInvalid(false).build(),
    );
    cell.setValue('3');
    const sum = sheet.getRange('B1').setFormula('=SUM(A1:A1)');
    const value: unknown = cell.getValue();
    const total: unknown = sum.getValue();
    return {
      observed: `getValue() gave ${typeof value} ${show(value)}; =SUM(A1:A1) gave ${show(total)}.`,
      pass: value === 3 && total === 3,
    };
  },
};

export const numberFormatGeneral: SelfTestCheck = {
  id: 'number-format-general',
  assumption: `A new cell's number format reads "${AUTOMATIC_FORMAT_READS_AS}" (the automatic format), and setNumberFormat("General") keeps it automatic: it reads the same and 1234.5 shows as 1234.5.`,
  run({ sheet }) {
    const cell = sheet.getRange('A1');
    const fresh = cell.getNumberFormat();
    cell.setNumberFormat('General').setValue(1234.5);
    const after = cell.getNumberFormat();
    const shown = cell.getDisplayValue();
    return {
      observed: `A new cell's format is ${show(fresh)}; after setNumberFormat("General") it is ${show(after)} and 1234.5 shows as ${show(shown)}.`,
      pass: fresh === AUTOMATIC_FORMAT_READS_AS && after === AUTOMATIC_FORMAT_READS_AS && shown === '1234.5',
    };
  },
};

export const setFormulaMovesReferences: SelfTestCheck = {
  id: 'set-formula-moves-references',
  assumption: 'Range.setFormula on several cells moves relative references with each cell, as filling down does.',
  run({ sheet }) {
    const got = sheet
      .getRange('B1:B3')
      .setFormula('=A1*2')
      .getFormulas()
      .map((row) => row[0]);
    return { observed: `setFormula("=A1*2") on B1:B3 gave ${show(got)}.`, pass: got.join() === '=A1*2,=A2*2,=A3*2' };
  },
};

export const formulaLocale: SelfTestCheck = {
  id: 'formula-locale',
  assumption:
    "setFormula takes English function names, commas between arguments and a dot for decimals whatever the spreadsheet's locale (checked under de_DE, which shows 1,5).",
  run({ spreadsheet, sheet, afterwards }) {
    const original = spreadsheet.getSpreadsheetLocale();
    afterwards(() => spreadsheet.setSpreadsheetLocale(original));
    spreadsheet.setSpreadsheetLocale('de_DE');
    const cell = sheet.getRange('A1').setFormula('=IF(TRUE,1.5,0)');
    SpreadsheetApp.flush();
    const value: unknown = cell.getValue();
    const formula = cell.getFormula();
    return {
      observed: `With the locale de_DE (was ${original}), =IF(TRUE,1.5,0) gave ${typeof value} ${show(value)}; getFormula() gave ${show(formula)}.`,
      pass: value === 1.5,
    };
  },
};

export const conditionalFormatOnEmptyText: SelfTestCheck = {
  id: 'conditional-format-empty-text',
  assumption: 'A "number less than 2" colour rule does not colour a formula cell whose result is "" (empty candidate rows stay white).',
  run() {
    return {
      observed:
        'Apps Script cannot read the colour a conditional format gives a cell: the sample cell of this row holds =IF(TRUE,"","") under the rule "number less than 2: red".',
      look: {
        instruction: 'LOOK: PASS if the sample is white, FAIL if it is red',
        draw(cell) {
          cell.setFormula('=IF(TRUE,"","")');
          const sheet = cell.getSheet();
          const rule = SpreadsheetApp.newConditionalFormatRule().setRanges([cell]).whenNumberLessThan(2).setBackground('#f4c7c3').build();
          sheet.setConditionalFormatRules(sheet.getConditionalFormatRules().concat([rule]));
        },
      },
    };
  },
};

export const scriptWritesPastValidation: SelfTestCheck = {
  id: 'script-writes-past-validation',
  assumption:
    'A script\'s setValue stores a value that the cell\'s strict rule would refuse from a person (a sealed scorecard writes "sealed" into its checkbox and dropdown cells).',
  run({ sheet }) {
    const cell = sheet.getRange('A1');
    cell.setDataValidation(SpreadsheetApp.newDataValidation().requireCheckbox().setAllowInvalid(false).build());
    let observed: string;
    try {
      cell.setValue('sealed');
      observed = `setValue("sealed") on a checkbox cell left ${show(cell.getValue())} in it.`;
    } catch (error) {
      observed = `setValue("sealed") on a checkbox cell threw: ${thrown(error)}`;
    }
    return { observed, pass: cell.getValue() === 'sealed' };
  },
};

export const blockedArrayShowsRef: SelfTestCheck = {
  id: 'blocked-array-shows-ref',
  assumption:
    'An ARRAYFORMULA with a typed value in the cells it would fill shows #REF! in its own cell, fills nothing, and keeps the value (Repair tracker finds what blocks a computed column that way).',
  run({ sheet }) {
    sheet.getRange('A1:A3').setValues([[1], [2], [3]]);
    sheet.getRange('B3').setValue('typed');
    sheet.getRange('B1').setFormula('=ARRAYFORMULA(A1:A3*2)');
    const got = sheet
      .getRange('B1:B3')
      .getValues()
      .map((r) => r[0] as unknown);
    return {
      observed: `With "typed" in B3, =ARRAYFORMULA(A1:A3*2) in B1 left B1:B3 holding ${show(got)}.`,
      pass: got.join() === '#REF!,,typed',
    };
  },
};
