// Connecting a budget to a rate card rewrites its formulas: each DevRate call that takes a card
// and has none gains it as its last argument; nothing else in the formula changes.
import { describe, expect, it } from 'vitest';
import { passCard } from '../../src/sheets/budget/connect-budgets';

describe('passCard', () => {
  it('appends the card to every DevRate call that takes one and has none', () => {
    expect(passCard('=DEVRATE($A$2:$A$9, $B$2:$B$9, $C$2:$C$9, "range")', 'DevRateCard')).toBe(
      '=DEVRATE($A$2:$A$9, $B$2:$B$9, $C$2:$C$9, "range", DevRateCard)',
    );
    expect(passCard('=PROJECTCOST($B$8, "low")', 'DevRateCard')).toBe('=PROJECTCOST($B$8, "low", DevRateCard)');
    expect(passCard('=AGENCYRATE($B$20, "mid")*2+SALARY(A1, "mid")', 'C')).toBe('=AGENCYRATE($B$20, "mid", C)*2+SALARY(A1, "mid", C)');
  });

  it('leaves calls that already pass a card, take none, or are not DevRate alone', () => {
    for (const formula of [
      '=DEVRATE(A1, B1, C1, "range", DevRateCard)',
      '=LOADEDCOST(1, "mid")',
      '=SUM(A1:A9)',
      '=IF(A1="DEVRATE(a, b, c, d)", 1, 2)',
      '=MYDEVRATE(A1, B1, C1, D1)',
    ]) {
      expect(passCard(formula, 'DevRateCard')).toBe(formula);
    }
  });

  it('appends the card to a call stacked under the labels of a budget column', () => {
    expect(
      passCard('=VSTACK({"Freelance $/month low", "Freelance $/month high"}, DEVMONTHLY($A$2:$A$9, $B$2:$B$9, $C$2:$C$9, "range"))', 'K'),
    ).toBe('=VSTACK({"Freelance $/month low", "Freelance $/month high"}, DEVMONTHLY($A$2:$A$9, $B$2:$B$9, $C$2:$C$9, "range", K))');
  });

  it('reads nested calls and quoted commas and parentheses', () => {
    expect(passCard('=ROUND(DEVMONTHLY(A1, "a,(b", IF(C1="", "backend", C1), "mid"), 0)', 'K')).toBe(
      '=ROUND(DEVMONTHLY(A1, "a,(b", IF(C1="", "backend", C1), "mid", K), 0)',
    );
  });
});
