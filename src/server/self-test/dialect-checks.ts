// Each form of the Sheets dialect table (src/sheets/dialect.ts) that Google's pages do not settle,
// run on known data against literal expected values. The emulator evaluates them the way the
// table says (so they pass there); all but dialect-sumifs-one-value are real Sheets only (the
// emulator has no switch to do otherwise): what they settle is whether Sheets does what the table says.
import { runCustomFunction } from '../../functions/broadcast';
import { customFunctions } from '../../functions/registry';
import { show, type CheckOutcome, type SelfTestCheck } from './check';
import { ERROR_CHECKS } from './error-checks';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

/** Names in A1:A4 and points in B1:B4: Ana twice (3 + 4), Bo 2, Cy 1. */
function writeScores(sheet: Sheet): void {
  sheet.getRange('A1:B4').setValues([
    ['Ana', 3],
    ['Bo', 2],
    ['Ana', 4],
    ['Cy', 1],
  ]);
}

/** A column of computed values, read after Sheets has computed them. */
function columnOf(sheet: Sheet, a1: string): unknown[] {
  SpreadsheetApp.flush();
  return sheet
    .getRange(a1)
    .getValues()
    .map((row) => row[0] as unknown);
}

/** Each formula in its cell, then every result against what was expected, in one report row. */
function compare(sheet: Sheet, cases: readonly { formula: string; at: string; read: string; expected: unknown[] }[]): CheckOutcome {
  for (const c of cases) sheet.getRange(c.at).setFormula(c.formula);
  const results = cases.map((c) => ({ ...c, got: columnOf(sheet, c.read) }));
  const wrong = results.filter((r) => show(r.got) !== show(r.expected));
  return {
    observed: results.map((r) => `${r.formula} gave ${show(r.got)}`).join('; ') + '.',
    pass: wrong.length === 0,
  };
}

export const criteriaPerRow: SelfTestCheck = {
  id: 'dialect-criteria-per-row',
  assumption:
    "Inside ARRAYFORMULA, SUMIF, COUNTIF and COUNTIFS given a column of criteria give one result per row (the tracker's averages and counts are written so).",
  run({ sheet }) {
    writeScores(sheet);
    return compare(sheet, [
      { formula: '=ARRAYFORMULA(SUMIF(A1:A4,A1:A4,B1:B4))', at: 'C1', read: 'C1:C4', expected: [7, 2, 7, 1] },
      { formula: '=ARRAYFORMULA(COUNTIF(A1:A4,A1:A4))', at: 'D1', read: 'D1:D4', expected: [2, 1, 2, 1] },
      { formula: '=ARRAYFORMULA(COUNTIFS(A1:A4,A1:A4,B1:B4,">1"))', at: 'E1', read: 'E1:E4', expected: [2, 1, 2, 0] },
    ]);
  },
};

export const sumifsOneValue: SelfTestCheck = {
  id: 'dialect-sumifs-one-value', // the emulator's switch oneValueFunctions does otherwise
  assumption:
    "Inside ARRAYFORMULA, SUMIFS, MAXIFS and MINIFS given a column of criteria give one value, not one per row (so the tracker never uses them there; the emulator gives the first criterion's).",
  run({ sheet }) {
    writeScores(sheet);
    const cases = [
      { formula: '=ARRAYFORMULA(SUMIFS(B1:B4,A1:A4,A1:A4))', at: 'C1', read: 'C1:C4' },
      { formula: '=ARRAYFORMULA(MAXIFS(B1:B4,A1:A4,A1:A4))', at: 'D1', read: 'D1:D4' },
      { formula: '=ARRAYFORMULA(MINIFS(B1:B4,A1:A4,A1:A4))', at: 'E1', read: 'E1:E4' },
    ];
    for (const c of cases) sheet.getRange(c.at).setFormula(c.formula);
    const results = cases.map((c) => ({ ...c, got: columnOf(sheet, c.read) }));
    const oneValue = (got: unknown[]) => typeof got[0] === 'number' && got.slice(1).every((v) => v === '');
    return {
      observed: results.map((r) => `${r.formula} gave ${show(r.got)}`).join('; ') + '.',
      pass: results.every((r) => oneValue(r.got)),
    };
  },
};

export const tildeEscape: SelfTestCheck = {
  id: 'dialect-tilde-escape',
  assumption:
    'In a criterion, ~* ~? and ~~ match *, ? and ~ literally (how the tracker matches a candidate named "a*b" or "a~b" to their scorecards only).',
  run({ sheet }) {
    sheet.getRange('A1:A4').setValues([['a*b'], ['axb'], ['a~b'], ['a?b']]);
    const escaped = 'SUBSTITUTE(SUBSTITUTE(SUBSTITUTE(A1:A4,"~","~~"),"*","~*"),"?","~?")';
    return compare(sheet, [
      { formula: `=ARRAYFORMULA(COUNTIFS(A1:A4,"="&${escaped}))`, at: 'B1', read: 'B1:B4', expected: [1, 1, 1, 1] },
      { formula: '=COUNTIF(A1:A4,"a~*b")', at: 'C1', read: 'C1', expected: [1] },
      { formula: '=COUNTIF(A1:A4,"a~~b")', at: 'C2', read: 'C2', expected: [1] },
      { formula: '=COUNTIF(A1:A4,"a~?b")', at: 'C3', read: 'C3', expected: [1] },
      { formula: '=COUNTIF(A1:A4,"a?b")', at: 'C4', read: 'C4', expected: [4] },
    ]);
  },
};

/** Custom functions recalculate in executions of their own: wait (briefly) until none shows "Loading...". */
function computed(sheet: Sheet, a1: string): unknown[][] {
  for (let attempt = 0; ; attempt++) {
    SpreadsheetApp.flush();
    const values = sheet.getRange(a1).getValues();
    if (attempt >= 20 || !values.some((row) => row.some((v) => v === 'Loading...'))) return values;
    Utilities.sleep(500);
  }
}

export const customFunctionComputedArrays: SelfTestCheck = {
  id: 'dialect-custom-function-computed-arrays',
  assumption:
    "A custom function given computed arrays inside ARRAYFORMULA (as the Candidates market-rate column calls DEVRATE) gets them as two-dimensional arrays and gives each row what it gives that row's values alone.",
  run({ sheet }) {
    const spec = customFunctions.find((f) => f.name === 'DEVRATE');
    if (!spec) throw new Error('DevRate has no DEVRATE function to check.');
    sheet.getRange('A1:B2').setValues([
      ['senior', 'asia'],
      ['junior', 'eastern_europe'],
    ]);
    sheet.getRange('C1').setFormula('=ARRAYFORMULA(DEVRATE(IF(A1:A2="","",A1:A2),TRIM(B1:B2),"backend","mid"))');
    const got = computed(sheet, 'C1:C2').map((row) => row[0]);
    const expected = [
      runCustomFunction(spec, ['senior', 'asia', 'backend', 'mid']),
      runCustomFunction(spec, ['junior', 'eastern_europe', 'backend', 'mid']),
    ];
    return { observed: `The column gave ${show(got)}; DEVRATE row by row gives ${show(expected)}.`, pass: show(got) === show(expected) };
  },
};

export const vstackLiteralLocale: SelfTestCheck = {
  id: 'dialect-vstack-literal-locale',
  assumption:
    "setFormula takes VSTACK of array literals written with commas between columns under a locale that writes decimals with a comma (de_DE), as the budget's rate rows are written.",
  run({ spreadsheet, sheet, afterwards }) {
    const original = spreadsheet.getSpreadsheetLocale();
    afterwards(() => spreadsheet.setSpreadsheetLocale(original));
    spreadsheet.setSpreadsheetLocale('de_DE');
    sheet.getRange('A1').setFormula('=VSTACK({"low", "high"}, {1.5, 2})');
    SpreadsheetApp.flush();
    const got = sheet.getRange('A1:B2').getValues();
    return {
      observed: `With the locale de_DE (was ${original}), =VSTACK({"low", "high"}, {1.5, 2}) filled A1:B2 with ${show(got)}.`,
      pass:
        show(got) ===
        show([
          ['low', 'high'],
          [1.5, 2],
        ]),
    };
  },
};

export const DIALECT_CHECKS: readonly SelfTestCheck[] = [
  criteriaPerRow,
  sumifsOneValue,
  tildeEscape,
  customFunctionComputedArrays,
  vstackLiteralLocale,
  ...ERROR_CHECKS,
];
