// The Candidates sheet's formulas as text: only functions of the Sheets dialect table that
// HyperFormula also has (tests/formulas/dialect.test.ts checks where each may stand), over their
// own columns from the header row down and the Scorecards sheet's whole columns (no fixed
// capacity), one array formula per computed column.
import { HyperFormula } from 'hyperformula';
import { describe, expect, it } from 'vitest';
import { customFunctions } from '../../src/functions/registry';
import { columnLetter } from '../../src/sheets/a1';
import { DIALECT_FUNCTIONS } from '../../src/sheets/dialect';
import { candidateHeaderCell, pristinePositions } from '../../src/sheets/tracker/candidates-sheet';
import { matchKeyFormula, type CandidateFormulaContext } from '../../src/sheets/tracker/candidate-formulas';
import { CANDIDATE_COLUMNS, SCORECARD_COLUMNS } from '../../src/sheets/tracker/layout';
import { rulesValues } from '../../src/sheets/tracker/rules-sheet';

/** Functions of the Sheets dialect table (src/sheets/dialect.ts): what Google Sheets evaluates, with its source. */
const IN_GOOGLE_SHEETS = new Set(DIALECT_FUNCTIONS.map((f) => f.name));
const OURS = new Set(customFunctions.map((f) => f.name));

const candidates = pristinePositions(CANDIDATE_COLUMNS);
const scorecards = pristinePositions(SCORECARD_COLUMNS);
const ctx: CandidateFormulaContext = {
  candidates: (key) => columnLetter(candidates.get(key)!),
  scorecardsSheet: "Bob's Scorecards (2)",
  scorecards: (key) => columnLetter(scorecards.get(key)!),
  weights: 'DevRateWeights_2',
  rateCard: 'DevRateCard',
};
const computed = CANDIDATE_COLUMNS.filter((c) => c.formula).map((c) => candidateHeaderCell(c, candidates, ctx));
const allFormulas = () => [
  ...computed,
  matchKeyFormula('A', 'Match key'),
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

  it('read from the header row down and whole Scorecards columns, never a fixed number of rows', () => {
    for (const formula of computed) {
      expect(formula).not.toMatch(/\$[A-Z]+\$\d+:\$?[A-Z]+\$?\d+/); // no $A$2:$A$101
      if (formula.includes('COUNTIFS')) expect(formula).toMatch(/'Bob''s Scorecards \(2\)'!\$[A-Z]+:\$[A-Z]+/);
    }
  });

  it('are one array formula per computed column, in the header cell, with one call to each custom function', () => {
    expect(computed).toHaveLength(CANDIDATE_COLUMNS.filter((c) => c.formula).length);
    for (const f of computed) expect(f.startsWith('=ARRAYFORMULA(IF($A$1:$A=$A$1,')).toBe(true);
    const calls = computed.flatMap(functionsIn).filter((fn) => OURS.has(fn));
    expect(calls.sort()).toEqual(['DEVRATE', 'RATECHECK']);
  });

  it('leave every debrief column blank until the reveal ("Revealed by" filled), and the market rate and rate check not', () => {
    const revealedBy = columnLetter(candidates.get('revealed_by')!);
    for (const column of CANDIDATE_COLUMNS.filter((c) => c.formula)) {
      const sealed = candidateHeaderCell(column, candidates, ctx).includes(`IF(TRIM($${revealedBy}$1:$${revealedBy})="","",`);
      expect(sealed, column.key).toBe(column.key !== 'market' && column.key !== 'rate_check');
    }
  });

  it('start at the header row wherever people moved it, the guard on blocked columns included', () => {
    const moved = { ...ctx, headerRow: 3, scorecardsHeaderRow: 2 };
    const matchKey = columnLetter(scorecards.get('match_key')!);
    for (const column of CANDIDATE_COLUMNS.filter((c) => c.formula)) {
      const formula = candidateHeaderCell(column, candidates, moved);
      expect(formula.startsWith('=ARRAYFORMULA(IF($A$3:$A=$A$3,'), column.key).toBe(true);
      expect(formula, column.key).not.toMatch(/\$[A-Z]+\$1:/);
      // Every debrief column shows #N/A while the Scorecards match key is blocked (its header cell an error).
      const guarded = formula.includes(`ISERROR('Bob''s Scorecards (2)'!$${matchKey}$2)`);
      expect(guarded, column.key).toBe(column.key !== 'market' && column.key !== 'rate_check');
    }
    expect(matchKeyFormula('A', 'Match key', 2)).toBe('=ARRAYFORMULA(IF($A$2:$A=$A$2,"Match key",TRIM($A$2:$A)))');
  });
});
