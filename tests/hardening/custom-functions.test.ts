// The custom functions at the edges the property tests found or aim at, pinned as examples:
// amounts a double can barely hold, keys that name a prototype, text far longer than a cell shows.
// (tests/contract/properties.test.ts runs 10,000 generated cases per function.)
import { describe, expect, it } from 'vitest';
import { loadBundle, sheetsCaller } from '../support/bundle';

const call = sheetsCaller(loadBundle());

/** What the cell shows: its value, or the Error's message (as the cell's tooltip does). */
function shown(name: string, ...args: unknown[]): unknown {
  try {
    return call(name, ...args);
  } catch (error) {
    return `Error: ${(error as Error).message}`;
  }
}

describe('custom functions at the edges', () => {
  it.each([
    ['HIRECOMPARE', 'senior', Number.MAX_VALUE], // months
    ['HIRECOMPARE', 'senior', 6, 'global', 'backend', 1e308], // hours per month
    ['LOADEDCOST', 1e308],
    ['BADHIRECOST', Number.MAX_VALUE, 'high'],
  ])('%s with an amount near the largest double says it is too large, never Infinity', (name, ...args) => {
    expect(shown(name, ...args)).toMatch(new RegExp(`^Error: ${name}: the result is too large to show\\.`));
  });

  it('HIRECOMPARE with the smallest amounts still answers a table of finite numbers', () => {
    const table = shown('HIRECOMPARE', 'senior', Number.MIN_VALUE) as unknown[][];
    expect(
      table
        .flat()
        .filter((v) => typeof v === 'number')
        .every(Number.isFinite),
    ).toBe(true);
  });

  it.each(['__proto__', 'constructor', 'prototype', 'toString', 'hasOwnProperty'])(
    'reads %s as an unknown word, not a property',
    (word) => {
      expect(shown('DEVRATE', word)).toBe(`Error: DEVRATE: unknown level "${word}". Use junior, mid, senior, or years of experience.`);
      expect(shown('DEVRATE', 'senior', word)).toMatch(/^Error: DEVRATE: unknown region /);
      expect(shown('RATESOURCE', word)).toMatch(/^Error: RATESOURCE: unknown kind /);
      const card = [
        ['kind', 'key', 'region', 'spec', 'low', 'high'],
        ['hourly', word, 'global', 'backend', 1, 2],
      ];
      expect(shown('DEVRATE', 'senior', 'global', 'backend', 'mid', card)).toMatch(
        /^Error: DEVRATE: row 2 of the card \(hourly, "\w+", global, backend\): unknown level /,
      );
    },
  );

  it('quotes 60,000 typed characters in a message a tooltip can show', () => {
    const message = shown('PROJECTCOST', 'x'.repeat(60_000)) as string;
    expect(message).toMatch(/^Error: PROJECTCOST: unknown project type "x+\.\.\."\. Use /);
    expect(message.length).toBeLessThan(200);
  });
});
