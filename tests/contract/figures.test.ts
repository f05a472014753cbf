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

  it('DEVMONTHLY part-time: hours_per_month after ratecard gives the retainer × hours ÷ 160, never more than full time', () => {
    const senior = builtIn('monthly', 'senior');
    const weekly20 = (20 * 52) / 12;
    expect(call('DEVMONTHLY', 'senior', '', '', 'low', '', weekly20)).toBeCloseTo((senior.low * weekly20) / 160, 9);
    expect(call('DEVMONTHLY', 'senior', '', '', 'range', '', 80)).toEqual([[senior.low / 2, senior.high / 2]]);
    expect(call('DEVMONTHLY', 'senior', '', '', 'high', '', '')).toBe(senior.high); // blank: full time
    expect(call('DEVMONTHLY', 'senior', '', '', 'high', '', 200)).toBe(senior.high); // more than full time buys no more
    // Formulas written before the argument existed keep their meaning, a rate card in its fifth place included.
    const card = [
      ['kind', 'key', 'region', 'spec', 'low', 'high'],
      ['monthly', 'senior', '', '', 10000, 20000],
    ];
    expect(call('DEVMONTHLY', 'senior', '', '', 'low', card)).toBe(10000);
    expect(call('DEVMONTHLY', 'senior', '', '', 'low', card, 40)).toBe(2500);
    expect(() => call('DEVMONTHLY', 'senior', '', '', 'low', '', 'many')).toThrow(/DEVMONTHLY: hours_per_month must be a number/);
    // A range of hours prices each row.
    expect(call('DEVMONTHLY', 'senior', '', '', 'low', '', [[160], [80]])).toEqual([[senior.low], [senior.low / 2]]);
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
    // A closed range whose thirds are whole numbers, so the boundaries are quotes a person could type.
    const r = figures.find((f) => f.default && f.kind === 'hourly' && !f.openEnded && (f.high - f.low) % 3 === 0)!;
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

  it('RATECHECK above an open-ended top (180+) answers "above listed top (open-ended)"; RATESOURCE keeps the +', () => {
    const open = figures.filter((f) => f.default && f.kind === 'hourly' && f.openEnded);
    expect(open.length).toBeGreaterThan(0);
    for (const f of open) {
      expect(call('RATECHECK', f.high + 10, f.key, f.region, f.spec), `${f.key} ${f.spec}`).toBe('above listed top (open-ended)');
      expect(call('RATECHECK', f.high, f.key, f.region, f.spec)).toBe('high end');
      expect(call('RATESOURCE', 'hourly', f.key, f.region, f.spec)).toContain(`${f.high}+`);
    }
    // The case, and a closed top stays "above range".
    const senior = builtIn('hourly', 'senior');
    expect(call('RATECHECK', senior.high + 10, 'senior')).toBe(senior.openEnded ? 'above listed top (open-ended)' : 'above range');
    const closed = figures.find((f) => f.default && f.kind === 'hourly' && !f.openEnded)!;
    expect(call('RATECHECK', closed.high + 1, closed.key, closed.region, closed.spec)).toBe('above range');
    // A derived range keeps the openness of its base (global ai senior is open; asia's is not).
    const asiaAi = hourly('senior', 'asia', 'ai');
    expect(call('RATECHECK', asiaAi.high + 1, 'senior', 'asia', 'ai')).toBe('above range');
  });

  it('HIRECOMPARE prices every option on the same hours: freelance hourly, the retainer share, agency, US full-time', () => {
    const level = 'mid',
      region = 'eastern_europe',
      months = 4,
      hours = 120;
    const table = call('HIRECOMPARE', level, months, region, '', hours) as (string | number)[][];
    expect(table[0]).toEqual(['option', 'low', 'mid', 'high']);
    expect(table.map((row) => row[0])).toEqual(['option', 'freelance', 'freelance_retainer', 'agency', 'full_time_us']);
    const h = hourly(level, region, 'backend');
    const m = monthly(level, region, 'backend');
    const a = builtIn('agency', '', region);
    const s = builtIn('salary', level, 'north_america');
    const close = (row: (string | number)[], want: number[]) => want.forEach((w, i) => expect(row[i + 1] as number).toBeCloseTo(w, 6));
    close(table[1], [h.low * hours * months, mid(h) * hours * months, h.high * hours * months]);
    const share = hours / 160;
    close(table[2], [m.low * months * share, mid(m) * months * share, m.high * months * share]);
    close(table[3], [a.low * hours * months, mid(a) * hours * months, a.high * hours * months]);
    close(table[4], [(s.low * 1.2 * months) / 12, (mid(s) * 1.25 * months) / 12, (s.high * 1.3 * months) / 12]);
    // Defaults: 6 months, 160 hours a month; freelance and agency on the same 160 hours.
    const byDefault = call('HIRECOMPARE', 'senior', '', 'global') as number[][];
    const senior = builtIn('hourly', 'senior');
    expect(byDefault[1][1]).toBeCloseTo(senior.low * 160 * 6, 6);
    expect(byDefault[3][1]).toBeCloseTo(builtIn('agency', '').low * 160 * 6, 6);
    expect(byDefault[2][3]).toBeCloseTo(builtIn('monthly', 'senior').high * 6, 6);
    // More than full time never buys more than the whole retainer.
    const long = call('HIRECOMPARE', 'senior', 1, 'global', '', 200) as number[][];
    expect(long[2][1]).toBeCloseTo(builtIn('monthly', 'senior').low, 6);
  });

  it('HIRECOMPARE part-time (20 hours a week) scales freelance, retainer and agency alike, never the salary', () => {
    const hours = (20 * 52) / 12;
    const full = call('HIRECOMPARE', 'senior', 6, 'asia') as number[][];
    const part = call('HIRECOMPARE', 'senior', 6, 'asia', '', hours) as number[][];
    for (const row of [1, 2, 3]) expect(part[row][2]).toBeCloseTo((full[row][2] * hours) / 160, 6);
    expect(part[4]).toEqual(full[4]);
  });

  it('HIRECOMPARE for AI developers says the US salaries are backend figures', () => {
    const ai = call('HIRECOMPARE', 'senior', 6, '', 'ai') as (string | number)[][];
    expect(ai[4]).toEqual((call('HIRECOMPARE', 'senior', 6) as (string | number)[][])[4]);
    expect(ai.at(-1)![0]).toMatch(/^note: full_time_us uses US backend salaries/);
    expect(ai.at(-1)!.slice(1)).toEqual(['', '', '']);
    expect((call('HIRECOMPARE', 'senior', 6) as unknown[][]).length).toBe(5);
  });

  it('RATESOURCE for latin_america says it is the only region built on the other source, and what the rate guide would give', () => {
    const d = factors.regionalDiscount as { low: number; high: number; source: string };
    for (const level of LEVELS) {
      const text = call('RATESOURCE', 'hourly', level, 'latin_america') as string;
      const guide = builtIn('hourly', level, 'north_america');
      expect(text).toContain(`the only region built on ${d.source}'s base`);
      const round = (n: number) => Math.round(n * 100) / 100;
      expect(text).toContain(
        `the same discount on ${guide.source}'s North America ${level} range (${guide.low}–${guide.high}) would give ${round(guide.low * (1 - d.high))}–${round(guide.high * (1 - d.low))}`,
      );
    }
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
