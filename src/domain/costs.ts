// Arithmetic on ranges: picking a point, loaded and bad-hire cost, rate checks, and the
// freelance / agency / full-time comparison.
import { factors } from './dataset';
import type { FigureTable } from './figure-table';
import { InputError } from './input-error';
import { levelAt, rateSource, salarySource, type LevelArg } from './experience';
import { agencyRegions, hourly, monthly, salary } from './resolve';
import type { Region, Spec } from './terms';
import type { Point } from './vocabulary';

export interface Range {
  low: number;
  high: number;
}

/** One number for low, mid and high; [low, high] for range. */
export function pick(range: Range, point: Point): number | [number, number] {
  switch (point) {
    case 'low':
      return range.low;
    case 'high':
      return range.high;
    case 'range':
      return [range.low, range.high];
    default:
      return (range.low + range.high) / 2;
  }
}

/** The factors of the sources, as multipliers: loaded cost 1.20–1.30, bad hire 2–3. */
export function loadedFactor(): Range {
  const { low, high } = factors.loadedOverhead;
  return { low: 1 + low, high: 1 + high };
}
export function badHireFactor(): Range {
  const { low, high } = factors.badHireMultiple;
  return { low, high };
}

export const times = (amount: number, factor: Range): Range => ({ low: amount * factor.low, high: amount * factor.high });

export const OPEN_TOP_VERDICT = 'above listed top (open-ended)';
export const RATE_CHECK_VERDICTS = ['below range', 'low end', 'mid range', 'high end', 'above range', OPEN_TOP_VERDICT] as const;
export type RateCheckVerdict = (typeof RATE_CHECK_VERDICTS)[number];

/**
 * Where a quote sits in a range, by p = (quote − low) / (high − low). Above a top the source
 * wrote as open-ended ("180+") the quote is not above the market, only above the listed figure.
 */
export function rateCheck(quote: number, range: Range & { openEnded?: boolean }): RateCheckVerdict {
  if (quote < range.low) return 'below range';
  if (quote > range.high) return range.openEnded ? OPEN_TOP_VERDICT : 'above range';
  // p ≤ 1/3 and p < 2/3, cross-multiplied so a quote exactly on a third lands as the contract says.
  const offset = 3 * (quote - range.low);
  const width = range.high - range.low;
  if (width === 0) return 'mid range';
  return offset <= width ? 'low end' : offset < 2 * width ? 'mid range' : 'high end';
}

/** The hours of a full-time month: the retainer's basis, and HIRECOMPARE's default hours. */
export const FULL_TIME_HOURS_PER_MONTH = 160;
/** Hours a week → hours a month: 52/12 weeks make a month. */
export const hoursPerMonthFromWeek = (hoursPerWeek: number): number => (hoursPerWeek * 52) / 12;
/** The share of a full-time monthly retainer that `hoursPerMonth` hours buy (at most all of it). */
export const retainerShare = (hoursPerMonth: number): number => Math.min(1, hoursPerMonth / FULL_TIME_HOURS_PER_MONTH);

export const HIRE_OPTIONS = ['freelance', 'freelance_retainer', 'agency', 'full_time_us'] as const;
export type HireOption = (typeof HIRE_OPTIONS)[number];
/** One row of the comparison: its cost, or why it has none (no agency rate, a bad card row). */
export type HireRow = (Range & { mid: number }) | { problem: string };
export interface HireComparison {
  rows: Record<HireOption, HireRow>;
  /** What a reader must know about a row (the US salaries are backend figures for an AI developer). */
  notes: string[];
}

const withMid = (r: Range) => ({ low: r.low, mid: (r.low + r.high) / 2, high: r.high });

/** A row that cannot be computed says why in its cells; the others still compute. */
function row(compute: () => Range & { mid: number }): HireRow {
  try {
    return compute();
  } catch (error) {
    if (error instanceof InputError) return { problem: error.message };
    throw error;
  }
}

export const AI_SALARY_NOTE = 'full_time_us uses US backend salaries: the sources give no salary for AI developers';

/**
 * What one person at this level costs over `months`, all on the same hours a month: freelance
 * billed hourly, the freelance monthly retainer (its share for fewer than full-time hours), an
 * agency, or a US full-time hire (a salary, whatever the hours).
 */
export function hireCompare(
  table: FigureTable,
  level: LevelArg,
  months: number,
  region: Region,
  spec: Spec,
  hoursPerMonth: number,
): HireComparison {
  const rate = levelAt(level, rateSource(region));
  const over = (r: Range, perMonth: number) => withMid({ low: r.low * perMonth * months, high: r.high * perMonth * months });
  return {
    rows: {
      freelance: row(() => over(hourly(table, rate, region, spec), hoursPerMonth)),
      freelance_retainer: row(() => over(monthly(table, rate, region, spec), retainerShare(hoursPerMonth))),
      agency: row(() => {
        // get() throws a bad card row's message; undefined means neither sources nor card give one.
        const agencyRate = table.get('agency', '', region, 'backend');
        if (!agencyRate)
          throw new InputError(`no agency rate for ${region} in the sources (agency rates exist for ${agencyRegions(table)})`);
        return over(agencyRate, hoursPerMonth);
      }),
      full_time_us: row(() => {
        const pay = salary(table, levelAt(level, salarySource()));
        const loaded = loadedFactor();
        const fullTime = (s: number, f: number) => (s * f * months) / 12;
        return {
          low: fullTime(pay.low, loaded.low),
          mid: fullTime((pay.low + pay.high) / 2, (loaded.low + loaded.high) / 2),
          high: fullTime(pay.high, loaded.high),
        };
      }),
    },
    notes: spec === 'ai' ? [AI_SALARY_NOTE] : [],
  };
}
