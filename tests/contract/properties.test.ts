// For any input at all, every custom function returns values or throws an Error with a message:
// never undefined, never NaN or Infinity, never a crash of another kind. PROPERTY_RUNS sets the
// number of cases per function (10,000 by default: the hardening bar of issue 6).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { cardIndex } from '../../src/functions/broadcast';
import { customFunctions } from '../../src/functions/registry';
import { loadBundle } from '../support/bundle';
import { argument, extremeNumber, rateCard } from '../support/arbitraries';
import { PROPERTY_RUNS } from '../support/runs';

const context = loadBundle();
const RUNS = PROPERTY_RUNS;

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

/** Why a result is not something Sheets can show (a finite number or text, alone or in rectangular rows), if it is not. */
function unshowable(result: unknown): string | undefined {
  const cellOk = (v: unknown) => (typeof v === 'number' && Number.isFinite(v)) || typeof v === 'string';
  if (!Array.isArray(result)) return cellOk(result) ? undefined : `value ${String(result)}`;
  if (result.length === 0) return 'an empty array';
  const width = Array.isArray(result[0]) ? result[0].length : -1;
  for (const row of result) {
    if (!Array.isArray(row) || row.length !== width) return `ragged rows: ${JSON.stringify(result).slice(0, 200)}`;
    for (const v of row) if (!cellOk(v)) return `cell ${String(v)}`;
  }
  return undefined;
}

/** Why a thrown value is not an Error whose message a person can read in the cell's tooltip, if it is not. */
function unreadable(name: string, error: unknown): string | undefined {
  if (Object.prototype.toString.call(error) !== '[object Error]') return `threw ${String(error)}, not an Error`;
  const message = (error as Error).message;
  if (!message.startsWith(`${name}: `) || !/^\S/.test(message.slice(name.length + 2)))
    return `message without the function's name: ${message.slice(0, 200)}`;
  // Typed text is quoted, not echoed whole.
  if (message.length >= 400) return `a message of ${message.length} characters: ${message.slice(0, 200)}…`;
  return undefined;
}

describe.each(customFunctions.map((f) => [f.name, f] as const))('%s with any input', (name, spec) => {
  it(`returns showable values or throws an Error with a message (${RUNS} cases)`, () => {
    const fn = context[name] as (...args: unknown[]) => unknown;
    fc.assert(
      fc.property(argumentsFor(spec.params), rateCard, (args, card) => {
        const padded = [...args, ...Array<unknown>(spec.params.length - args.length).fill(undefined)];
        const all = spec.ratecard ? [...padded.slice(0, cardIndex(spec)), card, ...padded.slice(cardIndex(spec))] : args;
        // Plain checks, expect only on a failure: this runs 10,000 times per function.
        let problem: string | undefined;
        try {
          problem = unshowable(fn(...all));
        } catch (error) {
          problem = unreadable(name, error);
        }
        if (problem) expect.fail(problem);
      }),
      { numRuns: RUNS },
    );
  });
});
