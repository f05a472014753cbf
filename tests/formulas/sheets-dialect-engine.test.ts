// The emulator evaluates the dialect table's functions inside ARRAYFORMULA as Google Sheets does
// (playground/formulas/sheets-dialect.ts): SUMIFS gives one value where HyperFormula alone gives
// one per row, so a formula relying on it shows the wrong figures a user would see.
import { describe, expect, it } from 'vitest';
import { FormulaEngine } from '../../playground/formulas/hyperformula-bridge';

/** Names in A, points in B; each formula in C1 over rows 1 to 4, read back as a column. */
function column(formula: string): unknown[] {
  const engine = new FormulaEngine();
  engine.addSheet(1, 'Data');
  engine.setContents(1, 0, 0, [
    ['Ana', 3, formula],
    ['Bo', 2],
    ['Ana', 4],
    ['Cy', 1],
  ]);
  const values = engine.getValues(1, 0, 2, 4, 1).map((row) => row[0]);
  engine.destroy();
  return values;
}

describe('ARRAYFORMULA in the emulator, as Google Sheets evaluates it', () => {
  it('gives one SUMIFS value, not one per row (what HyperFormula alone would give)', () => {
    expect(column('=ARRAYFORMULA(SUMIFS(B1:B4,A1:A4,A1:A4))')).toEqual([7, null, null, null]);
    expect(column('=ARRAYFORMULA(MAXIFS(B1:B4,A1:A4,A1:A4))')).toEqual([4, null, null, null]);
  });

  it('expands SUMIF and COUNTIFS per row', () => {
    expect(column('=ARRAYFORMULA(SUMIF(A1:A4,A1:A4,B1:B4))')).toEqual([7, 2, 7, 1]);
    expect(column('=ARRAYFORMULA(COUNTIFS(A1:A4,A1:A4,B1:B4,">1"))')).toEqual([2, 1, 2, 0]);
  });

  it('keeps SUMIFS with one criterion what it is outside ARRAYFORMULA', () => {
    expect(column('=SUMIFS(B1:B4,A1:A4,"Ana")')[0]).toBe(7);
  });
});
