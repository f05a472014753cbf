// Every figure and derivation of spec/functions.md, through the built bundle, with expected
// values computed from data/ by the contract's rule (not by src/domain).
import { describe, expect, it } from 'vitest';
import { loadBundle, sheetsCaller } from '../support/bundle';
import { builtIn, factors, figures, mid } from '../support/figures';

const call = sheetsCaller(loadBundle());
const LEVELS = ['junior', 'mid', 'senior'];
const GIVEN_REGIONS = ['global', 'north_america', 'western_europe', 'eastern_europe', 'asia'];
const TYPES = ['simple_api', 'mvp', 'saas', 'ai_platform', 'mobile_backend'];
const navspaceUs = (level: string) =>
  figures.find(
    (f) => f.source === 'navspace-2026' && f.kind === 'hourly' && f.key === level && f.region === 'north_america' && !f.variant,
  )!;
/** The contract's rule, bound by bound: base × (numerator ÷ denominator). */
const scale = (base: { low: number; high: number }, num: { low: number; high: number }, den: { low: number; high: number }) => ({
  low: (base.low * num.low) / den.low,
  high: (base.high * num.high) / den.high,
});
const latamBackend = (level: string) => ({ low: navspaceUs(level).low * 0.4, high: navspaceUs(level).high * 0.6 });
const regionBackend = (level: string, region: string) =>
  region === 'latin_america' ? latamBackend(level) : builtIn('hourly', level, region);
const hourly = (level: string, region: string, spec: string) =>
  spec === 'backend' || region === 'global'
    ? region === 'global'
      ? builtIn('hourly', level, 'global', spec)
      : regionBackend(level, region)
    : scale(regionBackend(level, region), builtIn('hourly', level, 'global', spec), builtIn('hourly', level, 'global', 'backend'));
const monthly = (level: string, region: string, spec: string) =>
  region === 'global'
    ? builtIn('monthly', level, 'global', spec)
    : scale(hourly(level, region, spec), builtIn('monthly', level, 'global', spec), builtIn('hourly', level, 'global', spec));

describe('built-in figures', () => {
  it('match the contract text for the examples it gives', () => {
    expect(call('DEVRATE', 'senior', 'asia')).toBe(80);
    expect(call('DEVRATE', 'senior', 'asia', 'ai', 'low')).toBeCloseTo((60 * 130) / 90, 10);
    expect(call('DEVRATE', 'mid', '', '', 'range')).toEqual([[40, 90]]);
  });

  it('DEVRATE gives every level, region and spec by the contract rule, at low, mid, high and range', () => {
    for (const level of LEVELS) {
      for (const region of [...GIVEN_REGIONS, 'latin_america']) {
        for (const spec of ['backend', 'ai']) {
          const want = hourly(level, region, spec);
          expect(call('DEVRATE', level, region, spec, 'low'), `${level} ${region} ${spec}`).toBeCloseTo(want.low, 9);
          expect(call('DEVRATE', level, region, spec, 'high')).toBeCloseTo(want.high, 9);
          expect(call('DEVRATE', level, region, spec)).toBeCloseTo(mid(want), 9);
          const [[low, high]] = call('DEVRATE', level, region, spec, 'range') as number[][];
          expect([low, high].map((n) => Math.round(n * 1e9))).toEqual([want.low, want.high].map((n) => Math.round(n * 1e9)));
        }
      }
    }
  });

  it('DEVMONTHLY gives global monthly figures directly and derives regions from regional hourly', () => {
    for (const level of LEVELS) {
      for (const region of [...GIVEN_REGIONS, 'latin_america']) {
        for (const spec of ['backend', 'ai']) {
          const want = monthly(level, region, spec);
          expect(call('DEVMONTHLY', level, region, spec, 'low'), `${level} ${region} ${spec}`).toBeCloseTo(want.low, 6);
          expect(call('DEVMONTHLY', level, region, spec, 'high')).toBeCloseTo(want.high, 6);
        }
      }
    }
  });

  it('latin_america backend is the navspace US/W-Europe range × 0.4 (low) and × 0.6 (high)', () => {
    expect(call('DEVRATE', 'junior', 'latam', 'backend', 'low')).toBeCloseTo(navspaceUs('junior').low * 0.4, 10);
    expect(call('DEVRATE', 'senior', 'latam', 'backend', 'high')).toBeCloseTo(navspaceUs('senior').high * 0.6, 10);
  });

  it('PROJECTCOST and PROJECTTIMELINE give every project type; weeks and months convert at 52/12', () => {
    for (const type of TYPES) {
      const cost = builtIn('project', type);
      const time = builtIn('timeline', type);
      expect(call('PROJECTCOST', type, 'low')).toBe(cost.low);
      expect(call('PROJECTCOST', type, 'high')).toBe(cost.high);
      expect(call('PROJECTCOST', type)).toBe(mid(cost));
      const toMonths = time.unit === 'weeks' ? 12 / 52 : 1;
      expect(call('PROJECTTIMELINE', type, 'low')).toBeCloseTo(time.low * toMonths, 10);
      expect(call('PROJECTTIMELINE', type, 'high', 'months')).toBeCloseTo(time.high * toMonths, 10);
      expect(call('PROJECTTIMELINE', type, 'high', 'weeks')).toBeCloseTo((time.high * toMonths * 52) / 12, 10);
    }
    expect(call('PROJECTTIMELINE', 'simple_api', 'low', 'weeks')).toBeCloseTo(2, 10);
    expect(call('PROJECTTIMELINE', 'mvp', 'high', 'weeks')).toBeCloseTo((4 * 52) / 12, 10);
  });

  it('SALARY gives US salaries; LOADEDCOST adds 20/25/30 %; BADHIRECOST is 2/2.5/3 × salary', () => {
    for (const level of LEVELS) {
      const s = builtIn('salary', level, 'north_america');
      expect(call('SALARY', level, 'low')).toBe(s.low);
      expect(call('SALARY', level, 'high')).toBe(s.high);
    }
    const loaded: { low: number; high: number } = factors.loadedOverhead;
    expect(call('LOADEDCOST', 100000, 'low')).toBeCloseTo(100000 * (1 + loaded.low), 8);
    expect(call('LOADEDCOST', 100000)).toBeCloseTo(125000, 8);
    expect(call('LOADEDCOST', 100000, 'high')).toBeCloseTo(130000, 8);
    expect(call('BADHIRECOST', 100000, 'low')).toBe(200000);
    expect(call('BADHIRECOST', 100000)).toBe(250000);
    expect(call('BADHIRECOST', '100000', 'high')).toBe(300000);
    expect(call('LOADEDCOST', 0)).toBe(0);
  });

  it('AGENCYRATE covers global, north_america, eastern_europe and asia; any other region lists those four', () => {
    for (const region of ['global', 'north_america', 'eastern_europe', 'asia']) {
      const a = builtIn('agency', '', region);
      expect(call('AGENCYRATE', region, 'range')).toEqual([[a.low, a.high]]);
    }
    expect(call('AGENCYRATE')).toBe(mid(builtIn('agency', '')));
    for (const region of ['western_europe', 'latam']) {
      expect(() => call('AGENCYRATE', region)).toThrow(/AGENCYRATE: .*region.*global, north_america, eastern_europe, asia/);
    }
  });

  it('RATECHECK places a quote by p = (quote − low)/(high − low) with the contract boundaries', () => {
    // A range whose thirds are whole numbers, so the boundaries are quotes a person could type.
    const r = figures.find((f) => f.default && f.kind === 'hourly' && (f.high - f.low) % 3 === 0)!;
    const at = (p: number) => call('RATECHECK', r.low + Math.round(p * 3 * (r.high - r.low)) / 3, r.key, r.region, r.spec);
    expect(at(-0.01)).toBe('below range');
    expect(at(0)).toBe('low end');
    expect(at(1 / 3)).toBe('low end');
    expect(at(0.34)).toBe('mid range');
    expect(at(0.66)).toBe('mid range');
    expect(at(2 / 3)).toBe('high end');
    expect(at(1)).toBe('high end');
    expect(at(1.01)).toBe('above range');
  });

  it('HIRECOMPARE lays out freelance, agency and full-time costs by the contract formulas', () => {
    const level = 'mid',
      region = 'eastern_europe',
      months = 4,
      hours = 120;
    const table = call('HIRECOMPARE', level, months, region, '', hours) as (string | number)[][];
    expect(table[0]).toEqual(['option', 'low', 'mid', 'high']);
    expect(table.map((row) => row[0])).toEqual(['option', 'freelance', 'agency', 'full_time']);
    const m = monthly(level, region, 'backend');
    const a = builtIn('agency', '', region);
    const s = builtIn('salary', level, 'north_america');
    const close = (row: (string | number)[], want: number[]) => want.forEach((w, i) => expect(row[i + 1] as number).toBeCloseTo(w, 6));
    close(table[1], [m.low * months, mid(m) * months, m.high * months]);
    close(table[2], [a.low * hours * months, mid(a) * hours * months, a.high * hours * months]);
    close(table[3], [(s.low * 1.2 * months) / 12, (mid(s) * 1.25 * months) / 12, (s.high * 1.3 * months) / 12]);
    // Defaults: 6 months, 160 hours a month.
    const byDefault = call('HIRECOMPARE', 'senior') as number[][];
    expect(byDefault[2][1]).toBeCloseTo(builtIn('agency', '').low * 160 * 6, 6);
  });

  it('RATESOURCE names the source id and section, and says "derived" with the rule when derived', () => {
    const given = call('RATESOURCE', 'hourly', 'senior', 'asia') as string;
    expect(given).toContain('abbacus-2026');
    expect(given).toContain(builtIn('hourly', 'senior', 'asia').section);
    expect(given).not.toMatch(/derived/);
    const derived = call('RATESOURCE', 'hourly', 'senior', 'asia', 'ai') as string;
    expect(derived).toMatch(/derived/);
    expect(derived).toMatch(/global ai hourly ÷ global backend hourly/);
    expect(call('RATESOURCE', 'hourly', 'junior', 'latin_america')).toMatch(/derived.*navspace-2026/);
    expect(call('RATESOURCE', 'monthly', 'mid', 'asia')).toMatch(/derived.*monthly/);
    expect(call('RATESOURCE', 'salary', 'mid')).toContain('navspace-2026');
    expect(call('RATESOURCE', 'agency', '', 'asia')).toContain('navspace-2026');
    expect(call('RATESOURCE', 'loaded')).toContain('navspace-2026');
    expect(call('RATESOURCE', 'project', 'mvp')).toContain('abbacus-2026');
    expect(call('RATESOURCE', 'hourly', 'senior')).toContain('180+'); // open-ended bound kept and marked
  });
});
