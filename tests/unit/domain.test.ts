// Domain pieces the contract tests reach only through the bundle: vocabulary edge cases,
// derivation bookkeeping, and provenance text.
import { describe, expect, it } from 'vitest';
import { builtInTable } from '../../src/domain/figure-table';
import { describe as describeFigure, formatRange } from '../../src/domain/provenance';
import { parseRateCard } from '../../src/domain/rate-card';
import { hourly, monthly } from '../../src/domain/resolve';
import { levelFromYears } from '../../src/domain/experience';
import { normalizeWord, parseAmount, parseRegion } from '../../src/domain/vocabulary';
import { builtIn } from '../support/figures';

describe('vocabulary', () => {
  it('folds case, outer space and the separators space - _ / into one form', () => {
    expect(normalizeWord('  North - America/ ')).toBe('north_america');
    expect(normalizeWord('AI/ML')).toBe('ai_ml');
  });
  it("maps years to levels at each source's own boundaries (data/factors.json)", () => {
    const years = [0, 1.999, 2, 2.999, 3, 4.999, 5, 5.999, 6, 40];
    const band = (source: string) => years.map((y) => levelFromYears(y, source));
    expect(band('abbacus-2026')).toEqual(['junior', 'junior', 'junior', 'junior', 'mid', 'mid', 'mid', 'mid', 'senior', 'senior']);
    expect(band('navspace-2026')).toEqual(['junior', 'junior', 'mid', 'mid', 'mid', 'mid', 'senior', 'senior', 'senior', 'senior']);
  });
  it('reads amounts written the way people type them', () => {
    expect(parseAmount(' $1,200 ', 'quote')).toBe(1200);
    expect(parseAmount('', 'months', 6)).toBe(6);
    expect(() => parseAmount('12 dollars', 'quote')).toThrow(/quote must be a number, not "12 dollars"/);
    expect(() => parseAmount(Infinity, 'quote')).toThrow(/quote must be a number/);
  });
  it('defaults a blank region to global and quotes long bad values briefly', () => {
    expect(parseRegion('')).toBe('global');
    expect(() => parseRegion('x'.repeat(500))).toThrow(/unknown region "x{57}\.\.\."/);
  });
});

describe('derivation', () => {
  it('keeps every input figure of a derived range, so provenance can cite them all', () => {
    const r = monthly(builtInTable(), 'senior', 'asia', 'ai');
    expect(r.derivation).toMatch(
      /asia ai hourly × \(global ai monthly ÷ global ai hourly\) \(both built in from abbacus-2026\), where asia backend hourly × \(global ai hourly ÷ global backend hourly\) \(both built in from abbacus-2026\)/,
    );
    expect(r.basis.map((e) => `${e.kind} ${e.region} ${e.spec}`)).toEqual([
      'hourly asia backend',
      'hourly global ai',
      'hourly global backend',
      'monthly global ai',
      'hourly global ai',
    ]);
  });
  it('follows a rate card row for a region before deriving', () => {
    const card = parseRateCard([
      ['kind', 'key', 'region', 'spec', 'low', 'high', 'source'],
      ['hourly', 'senior', 'asia', 'ai', 90, 120, 'our 2026 survey'],
    ]);
    const r = hourly(builtInTable().overlay(card.entries), 'senior', 'asia', 'ai');
    expect([r.low, r.high, r.derivation]).toEqual([90, 120, undefined]);
    expect(describeFigure(r, 'hourly')).toBe(
      '90–120 USD/hour: from row 2 of the rate card (source: our 2026 survey): the row names "our 2026 survey", not a source DevRate carries.',
    );
  });
});

describe('rate card rows', () => {
  it('count a US salary given with a blank region and with north_america as one figure', () => {
    const { entries, badRows } = parseRateCard([
      ['kind', 'key', 'region', 'spec', 'low', 'high'],
      ['salary', 'mid', 'north_america', '', 100000, 140000],
      ['salary', 'mid', '', '', 90000, 130000],
    ]);
    expect(entries).toHaveLength(1);
    expect(badRows.map((b) => b.message)).toEqual([
      'row 3 of the card (salary, mid, global, backend): row 2 of the card gives the same figure; keep one of the two.',
    ]);
  });
});

describe('provenance', () => {
  it('marks open-ended bounds and rounds to cents', () => {
    expect(formatRange(90, 180, true)).toBe('90–180+');
    expect(formatRange(86.666666, 138.8888)).toBe('86.67–138.89');
  });
  it('cites the source id and section of a figure given directly', () => {
    const f = builtIn('hourly', 'mid', 'eastern_europe');
    expect(describeFigure(hourly(builtInTable(), 'mid', 'eastern_europe', 'backend'), 'hourly')).toBe(
      `${f.low}–${f.high} USD/hour: ${f.low}–${f.high} USD/hour from ${f.source} (${f.section}).`,
    );
  });
});
