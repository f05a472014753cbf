// The Candidates sheet's formulas as text: only functions of the Sheets dialect table that
// HyperFormula also has (tests/formulas/dialect.test.ts checks where each may stand), over their
// own columns from the header row down (no fixed capacity), one array formula per formula column,
// per row only (no aggregation over the Scorecards sheet: the server writes the debrief as values).
import { HyperFormula } from 'hyperformula';
import { describe, expect, it } from 'vitest';
import { customFunctions } from '../../src/functions/registry';
import { columnLetter } from '../../src/sheets/a1';
import { DIALECT_FUNCTIONS } from '../../src/sheets/dialect';
import { candidateHeaderCell, pristinePositions } from '../../src/sheets/tracker/candidates-sheet';
import { type CandidateFormulaContext } from '../../src/sheets/tracker/candidate-formulas';
import { CANDIDATE_COLUMNS, SCORECARD_COLUMNS } from '../../src/sheets/tracker/layout';
import { rulesValues } from '../../src/sheets/tracker/rules-sheet';

/** Functions of the Sheets dialect table (src/sheets/dialect.ts): what Google Sheets evaluates, with its source. */
const IN_GOOGLE_SHEETS = new Set(DIALECT_FUNCTIONS.map((f) => f.name));
const OURS = new Set(customFunctions.map((f) => f.name));

const candidates = pristinePositions(CANDIDATE_COLUMNS);
const ctx: CandidateFormulaContext = {
  candidates: (key) => columnLetter(candidates.get(key)!),
  rateCard: 'DevRateCard',
};
const computed = CANDIDATE_COLUMNS.filter((c) => c.formula).map((c) => candidateHeaderCell(c, candidates, ctx));
const allFormulas = () => [
  ...computed,
  ...rulesValues()
    .rows.flat()
    .filter((v): v is string => typeof v === 'string' && v.startsWith('=')),
];
const functionsIn = (formula: string) => [...formula.replace(/"(?:[^"]|"")*"/g, '""').matchAll(/([A-Z][A-Z0-9.]*)\(/g)].map((m) => m[1]);

describe('tracker formulas', () => {
  it("call only functions that Google Sheets and HyperFormula both have, besides DevRate's own", () => {
    const hyperFormula = new Set(HyperFormula.getRegisteredFunctionNames('enGB'));
    const used = new Set(allFormulas().flatMap(functionsIn));
    for (const fn of used) {
      if (OURS.has(fn)) continue;
      expect(IN_GOOGLE_SHEETS.has(fn), `${fn} in Google Sheets`).toBe(true);
      expect(hyperFormula.has(fn), `${fn} in HyperFormula`).toBe(true);
    }
    expect(used).toContain('DEVRATE');
    expect(used).toContain('RATECHECK');
  });

  it('read from the header row down, never a fixed number of rows, and never the Scorecards sheet', () => {
    for (const formula of computed) {
      expect(formula).not.toMatch(/\$[A-Z]+\$\d+:\$?[A-Z]+\$?\d+/); // no $A$2:$A$101
      expect(formula).not.toContain('Scorecards');
    }
  });

  it('are one array formula per formula column, in the header cell, with one call to each custom function', () => {
    expect(computed).toHaveLength(2);
    for (const f of computed) expect(f.startsWith('=ARRAYFORMULA(IF($A$1:$A=$A$1,')).toBe(true);
    const calls = computed.flatMap(functionsIn).filter((fn) => OURS.has(fn));
    expect(calls.sort()).toEqual(['DEVRATE', 'RATECHECK']);
  });

  it('leave the debrief to the server: its columns hold values, and the Scorecards sheet no formula', () => {
    expect(CANDIDATE_COLUMNS.filter((c) => c.formula).map((c) => c.key)).toEqual(['market', 'rate_check']);
    expect(CANDIDATE_COLUMNS.filter((c) => c.debrief).map((c) => c.key)).toContain('recommendation');
    expect(SCORECARD_COLUMNS.filter((c) => c.formula || c.debrief)).toEqual([]);
  });

  it('start at the header row wherever people moved it', () => {
    for (const column of CANDIDATE_COLUMNS.filter((c) => c.formula)) {
      const formula = candidateHeaderCell(column, candidates, { ...ctx, headerRow: 3 });
      expect(formula.startsWith('=ARRAYFORMULA(IF($A$3:$A=$A$3,'), column.key).toBe(true);
      expect(formula, column.key).not.toMatch(/\$[A-Z]+\$1:/);
    }
  });
});
