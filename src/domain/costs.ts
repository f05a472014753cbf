// Arithmetic on ranges: picking a point, loaded and bad-hire cost, rate checks, and the
// freelance / agency / full-time comparison.
import { factors } from './dataset';
import type { FigureTable } from './figure-table';
import { InputError } from './input-error';
import { agencyRegions, monthly, salary, type Resolved } from './resolve';
import type { Level, Region, Spec } from './terms';
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

export const RATE_CHECK_VERDICTS = ['below range', 'low end', 'mid range', 'high end', 'above range'] as const;
export type RateCheckVerdict = (typeof RATE_CHECK_VERDICTS)[number];

/** Where a quote sits in a range, by p = (quote − low) / (high − low). */
export function rateCheck(quote: number, range: Range): RateCheckVerdict {
  if (quote < range.low) return 'below range';
  if (quote > range.high) return 'above range';
  // p ≤ 1/3 and p < 2/3, cross-multiplied so a quote exactly on a third lands as the contract says.
  const offset = 3 * (quote - range.low);
  const width = range.high - range.low;
  if (width === 0) return 'mid range';
  return offset <= width ? 'low end' : offset < 2 * width ? 'mid range' : 'high end';
}

export const HIRE_OPTIONS = ['freelance', 'agency', 'full_time'] as const;
export type HireOption = (typeof HIRE_OPTIONS)[number];
/** One row of the comparison: its cost, or why it has none (no agency rate, a bad card row). */
export type HireRow = (Range & { mid: number }) | { problem: string };
export type HireComparison = Record<HireOption, HireRow>;

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

/** What one person at this level costs over `months` as a freelancer, through an agency, or full-time. */
export function hireCompare(
  table: FigureTable,
  level: Level,
  months: number,
  region: Region,
  spec: Spec,
  hoursPerMonth: number,
): HireComparison {
  return {
    freelance: row(() => {
      const free: Resolved = monthly(table, level, region, spec);
      return withMid({ low: free.low * months, high: free.high * months });
    }),
    agency: row(() => {
      // get() throws a bad card row's message; undefined means neither sources nor card give one.
      const rate = table.get('agency', '', region, 'backend');
      if (!rate) throw new InputError(`no agency rate for ${region} in the sources (agency rates exist for ${agencyRegions(table)})`);
      return withMid({ low: rate.low * hoursPerMonth * months, high: rate.high * hoursPerMonth * months });
    }),
    full_time: row(() => {
      const pay = salary(table, level);
      const loaded = loadedFactor();
      const fullTime = (s: number, f: number) => (s * f * months) / 12;
      return {
        low: fullTime(pay.low, loaded.low),
        mid: fullTime((pay.low + pay.high) / 2, (loaded.low + loaded.high) / 2),
        high: fullTime(pay.high, loaded.high),
      };
    }),
  };
}
