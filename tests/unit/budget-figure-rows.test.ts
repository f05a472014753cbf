// What "Insert rate card" and "Insert sources" put in their sheets, checked against data/.
import { describe, expect, it } from 'vitest';
import { defaultBudgetInput } from '../../src/domain/budget/defaults';
import { estimateBudget } from '../../src/domain/budget/estimate';
import { RATE_CARD_CHOICES, rateCardRows } from '../../src/domain/budget/rate-card-rows';
import { SOURCE_HEADERS, sourceRows } from '../../src/domain/budget/source-rows';
import { builtInTable } from '../../src/domain/figure-table';
import { parseRateCard, tableWithCard } from '../../src/domain/rate-card';
import { hourly, timeline } from '../../src/domain/resolve';
import { factors, figures } from '../support/figures';

const card = (choice: (typeof RATE_CARD_CHOICES)[number]) => {
  const { headers, rows } = rateCardRows(choice);
  return [headers, ...rows];
};

describe('rate card rows', () => {
  it('are a valid card for every choice, with no figure given twice', () => {
    for (const choice of RATE_CARD_CHOICES) {
      const { entries, badRows } = parseRateCard(card(choice));
      expect(badRows).toEqual([]);
      const keys = entries.map((e) => `${e.kind} ${e.key} ${e.region} ${e.spec}`);
      expect(new Set(keys).size).toBe(keys.length);
    }
  });

  it("hold one source's own figures, and only that source's", () => {
    for (const source of ['abbacus-2026', 'navspace-2026'] as const) {
      const { headers, rows } = rateCardRows(source);
      expect(headers.slice(0, 6)).toEqual(['kind', 'key', 'region', 'spec', 'low', 'high']);
      const source_ = headers.indexOf('source');
      expect(rows.every((r) => r[source_] === source)).toBe(true);
      expect(rows).toHaveLength(figures.filter((f) => f.source === source && !f.variant).length);
    }
  });

  it('make the functions use that source where the sources disagree', () => {
    const navspace = figures.find(
      (f) => f.source === 'navspace-2026' && f.kind === 'hourly' && f.key === 'senior' && f.region === 'north_america',
    )!;
    const rate = hourly(tableWithCard(card('navspace-2026')), 'senior', 'north_america', 'backend');
    expect([rate.low, rate.high]).toEqual([navspace.low, navspace.high]);
  });

  it('state timelines in months, converting the weeks a source gave', () => {
    const weeks = figures.find((f) => f.kind === 'timeline' && f.unit === 'weeks' && f.default)!;
    const fromCard = timeline(tableWithCard(card('abbacus-2026')), weeks.key as 'simple_api', 'months');
    const builtIn = timeline(builtInTable(), weeks.key as 'simple_api', 'months');
    expect([fromCard.low, fromCard.high]).toEqual([builtIn.low, builtIn.high]);
  });

  it('for both sources, change no default and say where they came from and what the other source says', () => {
    const { headers, rows } = rateCardRows('both');
    expect(headers).toContain('source');
    const table = builtInTable();
    const input = defaultBudgetInput(table, 'saas');
    input.team.members.push({ level: 'mid', region: 'latin_america', spec: 'ai', count: 2, allocation: 50 });
    const withCard = estimateBudget(input, tableWithCard(card('both')));
    const without = estimateBudget(input, table);
    expect(withCard.total.mid).toBeCloseTo(without.total.mid, 6);
    expect(withCard.byHireType).toEqual(without.byHireType);
    const other = headers.indexOf('other source');
    expect(rows.some((r) => String(r[other]).startsWith('navspace-2026: '))).toBe(true);
  });
});

describe('source rows', () => {
  const rows = sourceRows();
  const col = (name: (typeof SOURCE_HEADERS)[number]) => SOURCE_HEADERS.indexOf(name);

  it('list every figure in data/ with its source and section', () => {
    for (const f of figures) {
      const found = rows.find(
        (r) =>
          r[col('kind')] === f.kind &&
          r[col('key')] === f.key &&
          r[col('region')] === f.region &&
          r[col('spec')] === f.spec &&
          r[col('source')] === f.source &&
          r[col('section')] === f.section &&
          r[col('derived')] === 'no',
      );
      expect(found, `${f.kind} ${f.key} ${f.region} ${f.spec} ${f.source}`).toBeDefined();
    }
  });

  it('list derived combinations with the rule, and only combinations the sources do not give', () => {
    const derived = rows.filter((r) => r[col('derived')] === 'yes');
    expect(derived.length).toBeGreaterThan(0);
    for (const r of derived) {
      expect(String(r[col('how derived / what it covers')])).toMatch(/×/);
      const given = figures.some(
        (f) =>
          f.default && f.kind === r[col('kind')] && f.key === r[col('key')] && f.region === r[col('region')] && f.spec === r[col('spec')],
      );
      expect(given).toBe(false);
    }
    expect(derived.some((r) => r[col('region')] === 'latin_america' && r[col('spec')] === 'backend')).toBe(true);
  });

  it("list the sources' freelance claim with when it holds by DevRate's own figures", () => {
    const claim = rows.find((r) => r[col('kind')] === 'factor' && r[col('key')] === 'freelance cost advantage')!;
    expect(String(claim[col('how derived / what it covers')])).toMatch(/by DevRate's own figures .* holds only for .*Everywhere else/);
  });

  it("say Latin America is the only region built on the other source's base, and what the rate guide's base would give", () => {
    const latam = rows.filter((r) => r[col('region')] === 'latin_america' && r[col('derived')] === 'yes');
    expect(latam.length).toBe(12); // hourly and monthly, three levels, two specs
    const discount = factors.regionalDiscount as { low: number; high: number; source: string };
    for (const r of latam) {
      const how = String(r[col('how derived / what it covers')]);
      const guide = figures.find((f) => f.default && f.kind === 'hourly' && f.key === r[col('key')] && f.region === 'north_america')!;
      expect(how).toContain(`the only region built on ${discount.source}'s base`);
      expect(how).toContain(`${guide.source}'s North America ${guide.key} range (${guide.low}–${guide.high}) would give`);
      expect(how).toContain(
        `${Math.round(guide.low * (1 - discount.high) * 100) / 100}–${Math.round(guide.high * (1 - discount.low) * 100) / 100}`,
      );
    }
  });
});
