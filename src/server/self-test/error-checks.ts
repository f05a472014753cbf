// The dialect forms the budget's errors rest on (src/sheets/budget/checks.ts): a custom function
// that throws shows #ERROR! and formulas over it are that error, and SUMPRODUCT counts a text
// entry as 0 (which is why the budget checks each rate column before summing it). Run on known
// data against literal values; the emulator evaluates them so, and real Sheets settles them.
import { customFunctions } from '../../functions/registry';
import { runCustomFunction } from '../../functions/broadcast';
import { show, thrown, type SelfTestCheck } from './check';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

/** Cells after Sheets has computed them: a custom function shows "Loading..." for a moment. */
function computedValues(sheet: Sheet, a1: string): unknown[] {
  for (let attempt = 0; ; attempt++) {
    SpreadsheetApp.flush();
    const values = sheet
      .getRange(a1)
      .getValues()
      .map((row) => row[0] as unknown);
    if (attempt >= 20 || !values.includes('Loading...')) return values;
    Utilities.sleep(500);
  }
}

/** An unknown level: DEVRATE refuses it, as a broken rate-card row is refused. */
const BAD_CALL = ['wizard', 'asia'] as const;

export const customFunctionError: SelfTestCheck = {
  id: 'dialect-custom-function-error',
  assumption:
    'A custom function that throws shows #ERROR! (its message in the cell\'s tooltip), and a formula over that cell (IF(ISERROR(x), x, …), arithmetic) is #ERROR! too: the budget\'s "Team rates check" and the totals built on it rely on both.',
  run({ sheet }) {
    const spec = customFunctions.find((f) => f.name === 'DEVRATE');
    if (!spec) throw new Error('DevRate has no DEVRATE function to check.');
    let message = '';
    try {
      runCustomFunction(spec, [...BAD_CALL]);
    } catch (error) {
      message = thrown(error);
    }
    sheet.getRange('A1').setFormula(`=DEVRATE("${BAD_CALL[0]}","${BAD_CALL[1]}")`);
    sheet.getRange('A2').setFormula('=IF(ISERROR(A1),A1,0)');
    sheet.getRange('A3').setFormula('=A1*2');
    const got = computedValues(sheet, 'A1:A3');
    return {
      observed: `=DEVRATE("${BAD_CALL[0]}","${BAD_CALL[1]}"), IF(ISERROR(…)) over it and it × 2 gave ${show(got)}; DevRate throws ${show(message)} (Apps Script cannot read a tooltip: hover such a cell to see it).`,
      pass: message !== '' && got.every((v) => v === '#ERROR!'),
    };
  },
};

export const sumproductTextAsZero: SelfTestCheck = {
  id: 'dialect-sumproduct-text-as-zero',
  assumption:
    'SUMPRODUCT counts a text entry as 0, also inside ARRAYFORMULA with a --(…<>"") factor as the budget writes it (so a rate written as text would drop out of a total unchecked).',
  run({ sheet }) {
    sheet.getRange('A1:B3').setValues([
      [2, 10],
      ['Unknown region "Asai"', 10],
      [3, 10],
    ]);
    sheet.getRange('C1').setFormula('=SUMPRODUCT(A1:A3,B1:B3)');
    sheet.getRange('C2').setFormula('=ARRAYFORMULA(SUMPRODUCT(A1:A3,B1:B3,--(B1:B3<>"")))');
    const got = computedValues(sheet, 'C1:C2');
    return {
      observed: `=SUMPRODUCT(A1:A3,B1:B3) over 2, a text and 3 (times 10) gave ${show(got[0])}; the budget's ARRAYFORMULA form gave ${show(got[1])}.`,
      pass: got[0] === 50 && got[1] === 50,
    };
  },
};

export const ERROR_CHECKS: readonly SelfTestCheck[] = [customFunctionError, sumproductTextAsZero];
