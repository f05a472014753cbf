// For any input at all, every custom function returns values or throws an Error with a message:
// never undefined, never NaN, never a crash of another kind.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { loadBundle } from '../support/bundle';
import { argument, rateCard } from '../support/arbitraries';

const context = loadBundle();
const RUNS = Number(process.env.PROPERTY_RUNS ?? 2000);
const ARITY: Record<string, number> = {
  DEVRATE: 4, DEVMONTHLY: 4, PROJECTCOST: 2, PROJECTTIMELINE: 3, SALARY: 2, LOADEDCOST: 2, BADHIRECOST: 2,
  AGENCYRATE: 2, RATECHECK: 4, HIRECOMPARE: 5, RATESOURCE: 4,
};
const TAKES_CARD = new Set(['DEVRATE', 'DEVMONTHLY', 'PROJECTCOST', 'PROJECTTIMELINE', 'SALARY', 'AGENCYRATE', 'RATECHECK', 'HIRECOMPARE', 'RATESOURCE']);

/** A value Sheets can show: a finite number or text, alone or in rectangular rows. */
function assertShowable(result: unknown): void {
  const cellOk = (v: unknown) => (typeof v === 'number' && Number.isFinite(v)) || typeof v === 'string';
  if (Array.isArray(result)) {
    expect(result.length).toBeGreaterThan(0);
    const width = (result[0] as unknown[]).length;
    for (const row of result) {
      expect(Array.isArray(row) && row.length === width).toBe(true);
      for (const v of row as unknown[]) expect(cellOk(v), `cell ${String(v)}`).toBe(true);
    }
  } else {
    expect(cellOk(result), `value ${String(result)}`).toBe(true);
  }
}

describe.each(Object.keys(ARITY))('%s with any input', (name) => {
  it(`returns showable values or throws an Error with a message (${RUNS} cases)`, () => {
    const fn = context[name] as (...args: unknown[]) => unknown;
    fc.assert(
      fc.property(fc.array(argument, { minLength: 0, maxLength: ARITY[name] }), rateCard, (args, card) => {
        const all = TAKES_CARD.has(name) ? [...args, ...Array(ARITY[name] - args.length).fill(undefined), card] : args;
        let result: unknown;
        try {
          result = fn(...all);
        } catch (error) {
          expect(Object.prototype.toString.call(error)).toBe('[object Error]');
          expect((error as Error).message).toMatch(new RegExp(`^${name}: \\S`));
          return;
        }
        assertShowable(result);
      }),
      { numRuns: RUNS },
    );
  });
});
