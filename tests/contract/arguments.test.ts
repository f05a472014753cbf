// Vocabulary, blanks, ranges and errors of spec/functions.md, through the built bundle.
import { describe, expect, it } from 'vitest';
import { loadBundle, sheetsCaller } from '../support/bundle';
import { builtIn, factors, mid } from '../support/figures';

const call = sheetsCaller(loadBundle());
const rate = (level: string, region = 'global', spec = 'backend') => mid(builtIn('hourly', level, region, spec));

describe('vocabulary', () => {
  it('ignores case and outer space, and treats space, -, _ and / alike', () => {
    expect(call('DEVRATE', '  SENIOR ', 'North America')).toBe(rate('senior', 'north_america'));
    expect(call('DEVRATE', 'senior', 'north-america')).toBe(rate('senior', 'north_america'));
    expect(call('DEVRATE', 'senior', 'North/America')).toBe(rate('senior', 'north_america'));
    expect(call('DEVRATE', 'Senior', 'EASTERN_europe')).toBe(rate('senior', 'eastern_europe'));
    expect(call('PROJECTCOST', 'Simple-API')).toBe(mid(builtIn('project', 'simple_api')));
  });

  it.each([
    ['jr', 'junior'],
    ['entry', 'junior'],
    ['mid-level', 'mid'],
    ['middle', 'mid'],
    ['intermediate', 'mid'],
    ['sr', 'senior'],
  ])('level alias %s means %s', (alias, level) => {
    expect(call('DEVRATE', alias)).toBe(rate(level));
  });

  it.each([
    ['na', 'north_america'],
    ['us', 'north_america'],
    ['usa', 'north_america'],
    ['canada', 'north_america'],
    ['uk', 'western_europe'],
    ['germany', 'western_europe'],
    ['france', 'western_europe'],
    ['poland', 'eastern_europe'],
    ['ukraine', 'eastern_europe'],
    ['romania', 'eastern_europe'],
    ['india', 'asia'],
    ['vietnam', 'asia'],
    ['philippines', 'asia'],
  ])('region alias %s means %s', (alias, region) => {
    expect(call('DEVRATE', 'mid', alias)).toBe(rate('mid', region));
  });

  it('latam means latin_america', () => {
    expect(call('DEVRATE', 'mid', 'latam')).toBe(call('DEVRATE', 'mid', 'latin_america'));
  });

  it.each([
    ['python', 'backend'],
    ['ml', 'ai'],
    ['ai/ml', 'ai'],
    ['machine learning', 'ai'],
  ])('spec alias %s means %s', (alias, spec) => {
    expect(call('DEVRATE', 'senior', '', alias)).toBe(rate('senior', 'global', spec));
  });

  it.each([
    ['api', 'simple_api'],
    ['simple api', 'simple_api'],
    ['startup mvp', 'mvp'],
    ['saas platform', 'saas'],
    ['ai', 'ai_platform'],
    ['ai-powered', 'ai_platform'],
    ['mobile', 'mobile_backend'],
    ['mobile app', 'mobile_backend'],
  ])('project type alias %s means %s', (alias, type) => {
    expect(call('PROJECTCOST', alias)).toBe(mid(builtIn('project', type)));
  });

  it("reads a number, or numeric text, as years of experience, banded by the figure's own source (data/factors.json)", () => {
    const bands = (source: string) => {
      const b = factors.experienceYears.find((e: { source: string }) => e.source === source) as { mid: number[]; senior: number[] };
      return { mid: b.mid[0], senior: b.senior[0] };
    };
    const rates = bands(builtIn('hourly', 'senior').source);
    const salaries = bands(builtIn('salary', 'senior', 'north_america').source);
    expect(rates).not.toEqual(salaries); // the two sources band years differently
    expect(call('DEVRATE', 0)).toBe(rate('junior'));
    expect(call('DEVRATE', rates.mid - 0.01)).toBe(rate('junior'));
    expect(call('DEVRATE', rates.mid)).toBe(rate('mid'));
    expect(call('DEVRATE', String(rates.senior - 0.5))).toBe(rate('mid'));
    expect(call('DEVRATE', rates.senior)).toBe(rate('senior'));
    const salary = (level: string) => builtIn('salary', level, 'north_america').low;
    expect(call('SALARY', salaries.mid - 0.01, 'low')).toBe(salary('junior'));
    expect(call('SALARY', salaries.mid, 'low')).toBe(salary('mid'));
    expect(call('SALARY', String(salaries.senior), 'low')).toBe(salary('senior'));
    // The case: five years, each figure banded by its own source.
    const levelBy = (years: number, b: { mid: number; senior: number }) =>
      years >= b.senior ? 'senior' : years >= b.mid ? 'mid' : 'junior';
    expect(call('SALARY', 5, 'low')).toBe(salary(levelBy(5, salaries)));
    expect(call('DEVRATE', 5)).toBe(rate(levelBy(5, rates)));
    // RATESOURCE says which bands applied.
    expect(call('RATESOURCE', 'salary', 5)).toMatch(
      new RegExp(
        `5 years of experience is senior by navspace-2026's bands \\(under ${salaries.mid} junior, ${salaries.mid} to under ${salaries.senior} mid, ${salaries.senior} or more senior\\)`,
      ),
    );
    expect(call('RATESOURCE', 'hourly', 5)).toMatch(/5 years of experience is mid by abbacus-2026's bands/);
    // HIRECOMPARE bands each row by its own figure's source.
    const table = call('HIRECOMPARE', 5) as (string | number)[][];
    const by = (level: string) => call('HIRECOMPARE', level) as (string | number)[][];
    expect(table[4]).toEqual(by(levelBy(5, salaries))[4]);
    expect(table[1]).toEqual(by(levelBy(5, rates))[1]);
    expect(() => call('DEVRATE', -1)).toThrow(/DEVRATE: .*negative.*-1.*junior, mid, senior, or years of experience/);
  });

  it('a blank argument (empty cell, "", or omitted) takes the default', () => {
    const want = rate('mid');
    expect(call('DEVRATE', 'mid')).toBe(want);
    expect(call('DEVRATE', 'mid', '', '', '')).toBe(want);
    expect(call('DEVRATE', 'mid', undefined, undefined, undefined, undefined)).toBe(want);
    expect(call('DEVRATE', 'mid', '  ')).toBe(want);
    expect(call('HIRECOMPARE', 'mid', '', '', '', '')).toEqual(call('HIRECOMPARE', 'mid', 6, 'global', 'backend', 160));
    expect(call('PROJECTTIMELINE', 'mvp', '', '')).toBe(mid(builtIn('timeline', 'mvp')));
  });

  it('numbers must be numbers (or numeric text) of 0 or more', () => {
    expect(call('RATECHECK', '95', 'senior')).toBe(call('RATECHECK', 95, 'senior'));
    expect(() => call('LOADEDCOST', 'lots')).toThrow('LOADEDCOST: salary must be a number, not "lots". Use a number of 0 or more.');
    expect(() => call('BADHIRECOST', -5)).toThrow(/BADHIRECOST: salary cannot be negative/);
    expect(() => call('HIRECOMPARE', 'mid', -1)).toThrow(/HIRECOMPARE: months cannot be negative/);
    expect(() => call('HIRECOMPARE', 'mid', 6, '', '', 'many')).toThrow(/HIRECOMPARE: hours_per_month must be a number/);
    expect(() => call('RATECHECK', true, 'mid')).toThrow(/RATECHECK: quote must be a number, not true/);
  });
});

describe('errors in a single call', () => {
  it('name the function and the argument, quote the bad value, and list what is accepted', () => {
    expect(() => call('DEVRATE', 'wizard')).toThrow('DEVRATE: unknown level "wizard". Use junior, mid, senior, or years of experience.');
    expect(() => call('DEVRATE', 'mid', 'mars')).toThrow(
      'DEVRATE: unknown region "mars". Use global, north_america, western_europe, eastern_europe, asia, latin_america.',
    );
    expect(() => call('DEVMONTHLY', 'mid', '', 'frontend')).toThrow('DEVMONTHLY: unknown spec "frontend". Use backend or ai.');
    expect(() => call('DEVRATE', 'mid', '', '', 'average')).toThrow('DEVRATE: unknown point "average". Use low, mid, high or range.');
    expect(() => call('PROJECTCOST', 'game')).toThrow(
      /PROJECTCOST: unknown project type "game"\. Use simple_api, mvp, saas, ai_platform, mobile_backend\./,
    );
    expect(() => call('PROJECTTIMELINE', 'mvp', '', 'days')).toThrow('PROJECTTIMELINE: unknown unit "days". Use months or weeks.');
    expect(() => call('RATESOURCE', 'daily', 'mid')).toThrow(/RATESOURCE: unknown kind "daily"/);
  });

  it('are thrown as Error objects with a message', () => {
    try {
      call('DEVRATE', 'wizard');
      expect.unreachable();
    } catch (error) {
      expect(Object.prototype.toString.call(error)).toBe('[object Error]');
      expect((error as Error).message).toMatch(/^DEVRATE: /);
    }
  });

  it('a missing main argument is an error, not a silent zero', () => {
    expect(() => call('DEVRATE')).toThrow('DEVRATE: level is required. Use junior, mid, senior, or years of experience.');
    expect(() => call('PROJECTCOST', '')).toThrow(/PROJECTCOST: project type is required/);
  });
});

describe('ranges', () => {
  it('return the shape of the input, repeating single values', () => {
    expect(call('DEVRATE', [['junior'], ['mid'], ['senior']], 'asia')).toEqual([
      [rate('junior', 'asia')],
      [rate('mid', 'asia')],
      [rate('senior', 'asia')],
    ]);
    expect(call('DEVRATE', [['junior', 'senior']], [['asia', 'north_america']])).toEqual([
      [rate('junior', 'asia'), rate('senior', 'north_america')],
    ]);
    expect(call('SALARY', [['junior'], ['senior']], 'low')).toEqual([
      [builtIn('salary', 'junior', 'north_america').low],
      [builtIn('salary', 'senior', 'north_america').low],
    ]);
  });

  it('with point "range", a one-column input gives two columns: low, high', () => {
    const result = call('DEVRATE', [['junior'], ['senior']], 'eastern_europe', '', 'range');
    const j = builtIn('hourly', 'junior', 'eastern_europe');
    const s = builtIn('hourly', 'senior', 'eastern_europe');
    expect(result).toEqual([
      [j.low, j.high],
      [s.low, s.high],
    ]);
  });

  it('a blank main argument in a row gives "" for that row (open-ended A2:A ranges)', () => {
    const result = call('DEVRATE', [['senior'], [''], [''], ['jr']]) as unknown[][];
    expect(result).toEqual([[rate('senior')], [''], [''], [rate('junior')]]);
    expect(call('RATECHECK', [[''], [80]], 'senior')).toEqual([[''], [call('RATECHECK', 80, 'senior')]]);
    expect(call('PROJECTCOST', [['mvp'], ['']], 'range')).toEqual([
      [builtIn('project', 'mvp').low, builtIn('project', 'mvp').high],
      ['', ''],
    ]);
  });

  it("puts a bad row's message in that row's cells and computes the others", () => {
    const result = call('DEVRATE', [['senior'], ['wizard'], ['mid']], 'asia', '', 'range') as unknown[][];
    const message = 'DEVRATE: unknown level "wizard". Use junior, mid, senior, or years of experience.';
    expect(result[1]).toEqual([message, message]);
    expect(result[0]).toEqual([builtIn('hourly', 'senior', 'asia').low, builtIn('hourly', 'senior', 'asia').high]);
    expect(result[2][0]).toBe(builtIn('hourly', 'mid', 'asia').low);
  });

  it('any argument but ratecard may be a range, including point and region', () => {
    const s = builtIn('hourly', 'senior');
    expect(call('DEVRATE', 'senior', '', '', [['low'], ['high']])).toEqual([[s.low], [s.high]]);
    expect(call('AGENCYRATE', [['asia'], ['western_europe']])).toEqual([
      [mid(builtIn('agency', '', 'asia'))],
      [expect.stringMatching(/^AGENCYRATE: .*global, north_america, eastern_europe, asia/)],
    ]);
  });

  it('of different shapes are an error naming both sizes', () => {
    expect(() => call('DEVRATE', [['mid'], ['senior'], ['jr']], [['asia'], ['uk']])).toThrow(/DEVRATE: .*3×1.*2×1/);
  });

  it('a 1×1 range behaves like a single value', () => {
    expect(call('DEVRATE', [['senior']], [['asia']])).toBe(80);
  });
});
