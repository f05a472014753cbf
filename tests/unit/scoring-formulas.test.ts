// The Candidates sheet's formulas as text: only functions that both Google Sheets and
// HyperFormula have, and ranges sized to the stated capacity rather than open-ended.
import { HyperFormula } from 'hyperformula';
import { describe, expect, it } from 'vitest';
import { customFunctions } from '../../src/functions/registry';
import { debriefFormulas, marketRateFormula, rateCheckFormula } from '../../src/sheets/tracker/candidate-formulas';
import { CANDIDATE_CAPACITY, CANDIDATE_COLUMNS, SCORECARD_CAPACITY, columnOf } from '../../src/sheets/tracker/layout';
import { panelValues } from '../../src/sheets/tracker/panel';

/** Functions checked by hand against Google Sheets' function list; HyperFormula's is read below. */
const IN_GOOGLE_SHEETS = new Set([
  'IF',
  'AND',
  'OR',
  'ISNUMBER',
  'COUNTIF',
  'COUNTIFS',
  'SUMIFS',
  'MAXIFS',
  'MINIFS',
  'ROUND',
  'SUM',
  'TEXTJOIN',
]);
const OURS = new Set(customFunctions.map((f) => f.name));

const ctx = { scorecardsSheet: "Bob's Scorecards (2)", rateCard: 'DevRateCard' };
const allFormulas = () => [
  ...[2, CANDIDATE_CAPACITY + 1].flatMap((row) => [marketRateFormula(row, ctx), rateCheckFormula(row, ctx), ...debriefFormulas(row, ctx)]),
  ...panelValues('Scorecards')
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

  it(`read the Scorecards rows 2–${SCORECARD_CAPACITY + 1}, never an open-ended column`, () => {
    for (const formula of allFormulas()) {
      expect(formula).not.toMatch(/\$[A-Z]+\$\d+:\$[A-Z]+(?![A-Z$\d])/); // $A$2:$A
      expect(formula).not.toMatch(/\b[A-Z]+:[A-Z]+\b/); // A:A
      for (const [, last] of formula.matchAll(/'Bob''s Scorecards \(2\)'!\$[A-Z]+\$2:\$[A-Z]+\$(\d+)/g))
        expect(Number(last)).toBe(SCORECARD_CAPACITY + 1);
    }
  });

  it('give one debrief formula per debrief column, each blank on an empty row', () => {
    const formulas = debriefFormulas(7, ctx);
    expect(formulas).toHaveLength(CANDIDATE_COLUMNS.length - columnOf(CANDIDATE_COLUMNS, 'scorecards') + 1);
    for (const f of formulas) expect(f.startsWith('=IF($A7="","",')).toBe(true);
  });
});
