// Years of experience → level, by the bands of the source whose figure is asked for: the two
// sources band years differently (abbacus-2026: 6+ years is senior; navspace-2026: 5+), so a level
// derived from years follows the figure's own source, never one source for all.
import { factors, figures } from './dataset';
import type { FigureKind, Level, Region } from './terms';

/** A level argument as typed: a level word, or years of experience still to be banded. */
export interface Years {
  years: number;
}
export type LevelArg = Level | Years;

type Bands = (typeof factors.experienceYears)[number];

function bandsOf(source: string): Bands {
  const found = factors.experienceYears.find((e) => e.source === source);
  // validateDataset (src/domain/schema.ts) requires bands for every source id.
  if (!found) throw new Error(`data/factors.json has no experience bands for ${source}.`);
  return found;
}

/** The level a number of years means to one source: at or above senior's start is senior, and so on. */
export function levelFromYears(years: number, source: string): Level {
  const b = bandsOf(source);
  if (years >= b.senior[0]) return 'senior';
  return years >= b.mid[0] ? 'mid' : 'junior';
}

/** "under 3 junior, 3 to under 6 mid, 6 or more senior" for one source. */
export function bandsText(source: string): string {
  const b = bandsOf(source);
  const mid = b.mid[0];
  const senior = b.senior[0];
  return `under ${mid} junior, ${mid} to under ${senior} mid, ${senior} or more senior`;
}

export const isYears = (arg: LevelArg): arg is Years => typeof arg === 'object';

/** The level for a figure of `source`. */
export const levelAt = (arg: LevelArg, source: string): Level => (isYears(arg) ? levelFromYears(arg.years, source) : arg);

const defaultSource = (kind: FigureKind, region?: Region) =>
  figures.find((f) => f.default && f.kind === kind && (region === undefined || f.region === region))?.source;

/**
 * Whose bands a rate (hourly, and monthly, which follows hourly) in a region follows: the source
 * of the region's own figures; for a region the rate guide leaves out (latin_america), the source
 * its base and discount come from.
 */
export function rateSource(region: Region): string {
  const d = factors.regionalDiscount;
  return defaultSource('hourly', region) ?? (d.regions.includes(region) ? d.source : (defaultSource('hourly', 'global') ?? d.source));
}

/** Whose bands the US salaries follow. */
export const salarySource = (): string => defaultSource('salary') ?? factors.loadedOverhead.source;

/** A sentence for RATESOURCE: which bands turned the years into a level. */
export function bandsApplied(arg: LevelArg, source: string): string {
  if (!isYears(arg)) return '';
  return ` Level: ${arg.years} years of experience is ${levelFromYears(arg.years, source)} by ${source}'s bands (${bandsText(source)}).`;
}
