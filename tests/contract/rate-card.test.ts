// The ratecard argument: a range of the team's own figures laid over the built-in ones.
import { describe, expect, it } from 'vitest';
import { loadBundle, sheetsCaller } from '../support/bundle';
import { builtIn, mid } from '../support/figures';

const call = sheetsCaller(loadBundle());
const HEADER = ['kind', 'key', 'region', 'spec', 'low', 'high'];

describe('rate cards', () => {
  it('replace the built-in figure with the same kind, key, region and spec', () => {
    const card = [HEADER, ['hourly', 'senior', 'asia', 'backend', 70, 110]];
    expect(call('DEVRATE', 'senior', 'asia', '', 'range', card)).toEqual([[70, 110]]);
    expect(call('DEVRATE', 'senior', 'north_america', '', 'range', card)).toEqual([
      [builtIn('hourly', 'senior', 'north_america').low, builtIn('hourly', 'senior', 'north_america').high],
    ]);
  });

  it('accept headers in any order and case, blank region/spec as global/backend, and ignore extra columns', () => {
    const card = [
      ['Source', 'HIGH', 'Low', 'Spec', 'Region', 'Key', 'Kind', 'Notes'],
      ['our survey', 200, 100, '', '', 'senior', 'hourly', 'anything'],
    ];
    expect(call('DEVRATE', 'senior', '', '', 'range', card)).toEqual([[100, 200]]);
  });

  it("make the derivation rule run over the card's figures, one origin per ratio", () => {
    // The card gives both figures of the ai ratio: asia ai is asia backend × (card ai ÷ card backend).
    const both = [HEADER, ['hourly', 'senior', '', '', 100, 200], ['hourly', 'senior', '', 'ai', 150, 300]];
    const asia = builtIn('hourly', 'senior', 'asia');
    expect(call('DEVRATE', 'senior', 'asia', 'ai', 'low', both)).toBeCloseTo((asia.low * 150) / 100, 10);
    expect(call('DEVRATE', 'senior', 'asia', 'ai', 'high', both)).toBeCloseTo((asia.high * 300) / 200, 10);
    // The card gives only the denominator: the ratio stays built in, from one source.
    const one = [HEADER, ['hourly', 'senior', '', '', 100, 200]];
    const ai = builtIn('hourly', 'senior', 'global', 'ai');
    const backend = builtIn('hourly', 'senior');
    expect(ai.source).toBe(backend.source);
    expect(call('DEVRATE', 'senior', 'asia', 'ai', 'low', one)).toBeCloseTo((asia.low * ai.low) / backend.low, 10);
    expect(call('RATESOURCE', 'hourly', 'senior', 'asia', 'ai', '', one)).toMatch(
      new RegExp(`derived.*both built in from ${backend.source}`),
    );
    // Monthly in a region follows a card's regional hourly figure.
    const regional = [HEADER, ['hourly', 'mid', 'asia', 'backend', 35, 65]];
    const m = builtIn('monthly', 'mid');
    const h = builtIn('hourly', 'mid');
    expect(call('DEVMONTHLY', 'mid', 'asia', '', 'low', regional)).toBeCloseTo((35 * m.low) / h.low, 8);
    expect(call('RATESOURCE', 'hourly', 'senior', 'asia', 'ai')).toMatch(/derived/);
  });

  it('cover every kind: monthly, project, timeline (months), salary and agency', () => {
    const card = [
      HEADER,
      ['monthly', 'mid', '', '', 5000, 9000],
      ['project', 'mvp', '', '', 30000, 60000],
      ['timeline', 'mvp', '', '', 3, 5],
      ['salary', 'senior', '', '', 150000, 210000],
      ['agency', '', 'western_europe', '', 90, 140],
    ];
    expect(call('DEVMONTHLY', 'mid', '', '', 'low', card)).toBe(5000);
    expect(call('PROJECTCOST', 'mvp', 'high', card)).toBe(60000);
    expect(call('PROJECTTIMELINE', 'mvp', 'low', 'months', card)).toBe(3);
    expect(call('PROJECTTIMELINE', 'mvp', 'low', 'weeks', card)).toBeCloseTo((3 * 52) / 12, 10);
    expect(call('SALARY', 'senior', 'range', card)).toEqual([[150000, 210000]]);
    expect(call('AGENCYRATE', 'western_europe', 'mid', card)).toBe(115);
    expect(call('HIRECOMPARE', 'senior', 12, 'western_europe', '', 100, card)).toEqual(
      expect.arrayContaining([['agency', 90 * 100 * 12, 115 * 100 * 12, 140 * 100 * 12]]),
    );
  });

  it('are used by RATECHECK and HIRECOMPARE too', () => {
    const card = [HEADER, ['hourly', 'mid', '', '', 50, 60]];
    expect(call('RATECHECK', 45, 'mid', '', '', card)).toBe('below range');
    expect(call('RATECHECK', 45, 'mid')).toBe('low end');
  });

  it('skip blank rows, and a bad row is an error naming its position in the card, its content and the problem', () => {
    const ok = [HEADER, ['', '', '', '', '', ''], ['hourly', 'junior', '', '', 10, 20]];
    expect(call('DEVRATE', 'junior', '', '', 'low', ok)).toBe(10);
    expect(() => call('DEVRATE', 'mid', '', '', '', [HEADER, ['hourly', 'mid', '', '', 10, 20], ['daily', 'mid', '', '', 1, 2]])).toThrow(
      /^DEVRATE: row 3 of the card \("daily", mid, global, backend\): unknown kind "daily"\. Use hourly, monthly, project, timeline, salary, agency\.$/,
    );
    expect(() =>
      call('DEVRATE', 'senior', 'eastern_europe', '', '', [
        HEADER,
        ['hourly', 'mid', '', '', 1, 2],
        ['', '', '', '', '', ''],
        ['hourly', 'senior', 'eastern_europe', 'backend', 150, 130],
      ]),
    ).toThrow(/^DEVRATE: row 4 of the card \(hourly, senior, eastern_europe, backend\): low 150 is above high 130\.$/);
    expect(() => call('DEVRATE', 'mid', '', '', '', [HEADER, ['hourly', 'wizard', '', '', 1, 2]])).toThrow(
      /row 2 of the card \(hourly, "wizard", global, backend\): unknown level "wizard"/,
    );
    expect(() => call('DEVRATE', 'mid', 'asia', '', '', [HEADER, ['hourly', 'mid', 'mars', '', 1, 2]])).toThrow(
      /row 2 of the card \(hourly, mid, "mars", backend\): unknown region "mars"/,
    );
    expect(() => call('DEVRATE', 'mid', '', '', '', [HEADER, ['hourly', 'mid', '', '', 'cheap', 2]])).toThrow(
      /row 2 of the card \(hourly, mid, global, backend\): low must be a number/,
    );
  });

  it('need their header row', () => {
    expect(() => call('DEVRATE', 'mid', '', '', '', [['hourly', 'mid', '', '', 1, 2]])).toThrow(
      /DEVRATE: ratecard's first row needs the headers/,
    );
    expect(() => call('DEVRATE', 'mid', '', '', '', 'my card')).toThrow(/DEVRATE: ratecard must be a range/);
  });

  it('a blank card means the built-in figures', () => {
    expect(call('DEVRATE', 'mid', '', '', '', '')).toBe(mid(builtIn('hourly', 'mid')));
  });
});
