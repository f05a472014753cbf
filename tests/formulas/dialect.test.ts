// Every formula the add-on writes is in the Sheets dialect (src/sheets/dialect.ts): each template
// is inserted in the emulator (budget through the wizard's endpoint, tracker and its Repair, rate
// card, sources, the self-test's scratch sheets), and every formula it wrote (cells, colour rules,
// custom validations) and every named range is checked. The budget's and tracker's formula tests
// (tests/formulas) then compute them on the emulator that evaluates the table's forms as Sheets does.
import { describe, expect, it } from 'vitest';
import { customFunctions } from '../../src/functions/registry';
import { DIALECT_FUNCTIONS, DIALECT_FORMS } from '../../src/sheets/dialect';
import { checkFormula, checkRangeName } from '../../src/sheets/dialect-check';
import type { Addon } from '../../playground/emulator';
import { call, newAddon } from '../support/emulator';
import { scenario } from '../templates/budget-fixture';

const CUSTOM = customFunctions.map((f) => f.name);

/** Every formula written into a cell from now on, wherever (scratch sheets deleted later included). */
function recordCellFormulas(addon: Addon): string[] {
  const written: string[] = [];
  const workbook = addon.workbook;
  const write = workbook.writeContents.bind(workbook);
  workbook.writeContents = (sheetId, row, col, contents) => {
    for (const line of contents) for (const content of line) if (content.kind === 'formula') written.push(content.formula);
    write(sheetId, row, col, contents);
  };
  return written;
}

/** The formulas of colour rules and custom validations on every sheet now. */
function ruleFormulas(addon: Addon): string[] {
  const formulas: string[] = [];
  for (const sheet of addon.spreadsheet.getSheets()) {
    for (const rule of sheet.getConditionalFormatRules()) {
      const condition = rule.getBooleanCondition();
      const type: unknown = condition?.getCriteriaType(); // the emulator's enums are their names
      if (condition && type === 'CUSTOM_FORMULA') formulas.push(String(condition.getCriteriaValues()[0]));
    }
    for (const row of sheet.getDataRange().getDataValidations())
      for (const rule of row)
        if (rule && (rule.getCriteriaType() as unknown) === 'CUSTOM_FORMULA') formulas.push(String(rule.getCriteriaValues()[0]));
  }
  return formulas;
}

describe('the Sheets dialect', () => {
  /** The problems of every formula written and every rule and named range left, after `act`. */
  function problemsAfter(act: (addon: Addon) => void): { written: string[]; problems: unknown[] } {
    const addon = newAddon();
    const written = recordCellFormulas(addon);
    act(addon);
    const rules = ruleFormulas(addon);
    const names = addon.spreadsheet.getNamedRanges().map((n) => n.getName());
    const problems = [...written, ...rules].flatMap((f) => checkFormula(f, CUSTOM)).concat(names.flatMap(checkRangeName));
    return { written: [...written, ...rules, ...names], problems };
  }

  it('allows every formula and named range of the rate card, the budget (through the wizard) and the sources', () => {
    const { written, problems } = problemsAfter((addon) => {
      call(addon, 'insertRateCard', 'both');
      expect(call(addon, 'createBudgetSheet', scenario()).error).toBeUndefined();
      addon.clickMenu(['DevRate', 'Insert sources']);
    });
    expect(written.filter((f) => f.startsWith('=VSTACK(')).length).toBeGreaterThan(0);
    expect(written).toContain('DevRateCard');
    expect(problems).toEqual([]);
  });

  it('allows every formula, colour rule and custom validation of the tracker, and of its Repair', () => {
    const { written, problems } = problemsAfter((addon) => {
      addon.clickMenu(['DevRate', 'Insert candidate tracker']);
      addon.spreadsheet.getSheetByName('Candidates')!.deleteColumn(30); // Repair writes its formulas again
      addon.clickMenu(['DevRate', 'Repair tracker']);
    });
    expect(written.filter((f) => f.includes('ARRAYFORMULA')).length).toBeGreaterThanOrEqual(2); // market rate and rate check: the debrief is written as values
    expect(written.filter((f) => f.startsWith('=COUNTIF(')).length).toBeGreaterThan(0); // the name column's rule
    expect(problems).toEqual([]);
  });

  it('allows every formula the self-test writes in its scratch sheets, besides its probes of what Sheets refuses', () => {
    const addon = newAddon();
    const written = recordCellFormulas(addon);
    addon.clickMenu(['DevRate', 'Run self-test']);
    // The row dialect-sumifs-one-value writes the forms the table refuses, to show Sheets refuses them.
    const probes = written.filter((f) => /^=ARRAYFORMULA\((SUMIFS|MAXIFS|MINIFS)\(/.test(f));
    expect(probes).toHaveLength(3);
    for (const probe of probes) expect(checkFormula(probe, CUSTOM)).toHaveLength(1);
    expect(written.filter((f) => !probes.includes(f)).flatMap((f) => checkFormula(f, CUSTOM))).toEqual([]);
  });

  it('refuses SUMIFS inside ARRAYFORMULA, the form Sheets does not expand per row', () => {
    const problems = checkFormula('=ARRAYFORMULA(IF(A2:A="","",SUMIFS(Scores!B:B,Scores!A:A,A2:A)))', CUSTOM);
    expect(problems.map((p) => p.problem)).toEqual([expect.stringMatching(/^SUMIFS inside ARRAYFORMULA: Google Sheets gives one value/)]);
    expect(checkFormula('=SUMIFS(Scores!B:B,Scores!A:A,"Ada")', CUSTOM)).toEqual([]); // one value asked for, one given
  });

  it('refuses a function it does not list, an aggregate that collapses a column, and a reference in an array literal', () => {
    expect(checkFormula('=ARRAYFORMULA(IF(A2:A="","",XLOOKUP(A2:A,B:B,C:C)))', CUSTOM).map((p) => p.problem)).toEqual([
      'XLOOKUP is not in the Sheets dialect table (src/sheets/dialect.ts)',
    ]);
    expect(checkFormula('=ARRAYFORMULA(IF(A2:A="","",SUM(B2:B)))', CUSTOM).map((p) => p.problem)).toEqual([
      'SUM inside ARRAYFORMULA aggregates the whole column into one value',
    ]);
    expect(checkFormula('=ARRAYFORMULA(SUMPRODUCT(A1:A3,B1:B3))', CUSTOM)).toEqual([]); // the whole formula is the one sum
    expect(checkFormula('=VSTACK({A1, "x"}, B1:B2)', CUSTOM).map((p) => p.problem)).toEqual([
      'a reference inside an array literal ({…}): HyperFormula does not update it',
    ]);
    expect(checkFormula('=COUNTIF(A:A,"~*")+LEN("SUMIFS(")', CUSTOM)).toEqual([]); // text is not code
    expect(checkRangeName('ABC1')).toHaveLength(1);
  });

  it('cites a source for every function and form, and a self-test row for each undocumented one we rely on', () => {
    const neverInAColumn = new Set(['one-value', 'unknown', 'aggregate']);
    for (const entry of [...DIALECT_FUNCTIONS, ...DIALECT_FORMS]) {
      expect(entry.source).toMatch(/^https:\/\//);
      const reliedOn = !('inArrayFormula' in entry) || !neverInAColumn.has(entry.inArrayFormula);
      if (entry.evidence !== 'documented' && reliedOn) expect(entry.selfTest, JSON.stringify(entry)).toBeDefined();
    }
  });
});
