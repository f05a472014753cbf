// For any input at all, every custom function returns values or throws an Error with a message:
// never undefined, never NaN or Infinity, never a crash of another kind. PROPERTY_RUNS sets the
// number of cases per function (10,000 by default: the hardening bar of issue 6).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { customFunctions } from '../../src/functions/registry';
import { loadBundle } from '../support/bundle';
import { argument, extremeNumber, rateCard } from '../support/arbitraries';

const context = loadBundle();
const RUNS = Number(process.env.PROPERTY_RUNS ?? 10_000);

const amount = fc.oneof(fc.integer({ min: 0, max: 400_000 }), fc.double({ min: 0, max: 1e6, noNaN: true }), extremeNumber);
/** Values each parameter accepts, amounts at the edges included: deep paths need valid neighbours. */
const VALID: Record<string, fc.Arbitrary<unknown>> = {
  level: fc.constantFrom('senior', 'mid', 'junior', 'Sr', 0, 4, 12),
  region: fc.constantFrom('global', 'asia', 'north_america', 'eastern_europe', 'latam', undefined),
  spec: fc.constantFrom('backend', 'ai', 'ML', undefined),
  point: fc.constantFrom('low', 'mid', 'high', 'range', undefined),
  type: fc.constantFrom('mvp', 'saas', 'simple_api', 'ai_platform', 'mobile app'),
  unit: fc.constantFrom('months', 'weeks', undefined),
  kind: fc.constantFrom('hourly', 'monthly', 'project', 'timeline', 'salary', 'agency', 'loaded', 'badhire'),
  key: fc.constantFrom('senior', 'mid', 'mvp', 'saas', undefined),
  salary: amount,
  quote: amount,
  months: amount,
  hours_per_month: amount,
};

/** Mostly valid arguments with hostile ones mixed in, or anything at all. */
function argumentsFor(params: readonly { name: string }[]): fc.Arbitrary<unknown[]> {
  const nearValid = fc
    .tuple(...params.map((p) => fc.oneof({ weight: 3, arbitrary: VALID[p.name] ?? argument }, { weight: 1, arbitrary: argument })))
    .chain((args) => fc.integer({ min: 0, max: args.length }).map((n) => args.slice(0, n)));
  return fc.oneof(nearValid, fc.array(argument, { minLength: 0, maxLength: params.length }));
}

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

describe.each(customFunctions.map((f) => [f.name, f] as const))('%s with any input', (name, spec) => {
  it(`returns showable values or throws an Error with a message (${RUNS} cases)`, () => {
    const fn = context[name] as (...args: unknown[]) => unknown;
    fc.assert(
      fc.property(argumentsFor(spec.params), rateCard, (args, card) => {
        const all = spec.ratecard ? [...args, ...Array(spec.params.length - args.length).fill(undefined), card] : args;
        let result: unknown;
        try {
          result = fn(...all);
        } catch (error) {
          expect(Object.prototype.toString.call(error)).toBe('[object Error]');
          expect((error as Error).message).toMatch(new RegExp(`^${name}: \\S`));
          // A message a person reads in a cell's tooltip: typed text is quoted, not echoed whole.
          expect((error as Error).message.length).toBeLessThan(400);
          return;
        }
        assertShowable(result);
      }),
      { numRuns: RUNS },
    );
  });
});
