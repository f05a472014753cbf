// Turning what users type into the canonical vocabulary of the contract.
// Matching ignores case and outer space, and treats space, '-', '_' and '/' alike.
import { levelAt, type LevelArg } from './experience';
import { InputError } from './input-error';
import { LEVELS, PROJECT_TYPES, REGIONS, SPECS, type Level, type ProjectType, type Region, type Spec } from './terms';

export const POINTS = ['low', 'mid', 'high', 'range'] as const;
export type Point = (typeof POINTS)[number];
export const TIME_UNITS = ['months', 'weeks'] as const;
export type TimeUnit = (typeof TIME_UNITS)[number];

/** A cell value as Sheets hands it to a custom function. */
export type CellValue = string | number | boolean | Date | null | undefined;

export function normalizeWord(text: string): string {
  return text
    .trim()
    .toLowerCase()
    .replace(/[\s\-_/]+/g, '_')
    .replace(/^_|_$/g, '');
}

export function isBlank(value: CellValue): boolean {
  return value === undefined || value === null || (typeof value === 'string' && value.trim() === '');
}

/** Quote a value the way the error messages show it. */
export function quote(value: CellValue): string {
  // By tag, not instanceof: Sheets' dates may come from another realm (a vm context, the emulator).
  if (Object.prototype.toString.call(value) === '[object Date]') {
    const time = (value as Date).getTime();
    return Number.isFinite(time) ? `date ${new Date(time).toISOString().slice(0, 10)}` : 'an invalid date';
  }
  if (typeof value === 'string') return `"${value.length > 60 ? `${value.slice(0, 57)}...` : value}"`;
  return String(value);
}

function table<T extends string>(canonical: readonly T[], aliases: Record<string, T>): Map<string, T> {
  const map = new Map<string, T>();
  for (const word of canonical) map.set(word, word);
  for (const [alias, word] of Object.entries(aliases)) map.set(normalizeWord(alias), word);
  return map;
}

export const levelWords = table(LEVELS, {
  jr: 'junior',
  entry: 'junior',
  'entry level': 'junior',
  'mid-level': 'mid',
  middle: 'mid',
  intermediate: 'mid',
  medior: 'mid',
  sr: 'senior',
  lead: 'senior',
});
export const regionWords = table(REGIONS, {
  world: 'global',
  worldwide: 'global',
  any: 'global',
  na: 'north_america',
  us: 'north_america',
  usa: 'north_america',
  'united states': 'north_america',
  canada: 'north_america',
  weu: 'western_europe',
  'w europe': 'western_europe',
  uk: 'western_europe',
  'united kingdom': 'western_europe',
  germany: 'western_europe',
  france: 'western_europe',
  netherlands: 'western_europe',
  eeu: 'eastern_europe',
  'e europe': 'eastern_europe',
  poland: 'eastern_europe',
  ukraine: 'eastern_europe',
  romania: 'eastern_europe',
  india: 'asia',
  vietnam: 'asia',
  philippines: 'asia',
  'south asia': 'asia',
  latam: 'latin_america',
  'south america': 'latin_america',
  brazil: 'latin_america',
  mexico: 'latin_america',
  argentina: 'latin_america',
  colombia: 'latin_america',
});
export const specWords = table(SPECS, {
  python: 'backend',
  'python backend': 'backend',
  ml: 'ai',
  'ai/ml': 'ai',
  'machine learning': 'ai',
  'ai ml': 'ai',
});
export const typeWords = table(PROJECT_TYPES, {
  api: 'simple_api',
  'simple api': 'simple_api',
  'startup mvp': 'mvp',
  'saas platform': 'saas',
  ai: 'ai_platform',
  'ai-powered': 'ai_platform',
  'ai powered': 'ai_platform',
  mobile: 'mobile_backend',
  'mobile app': 'mobile_backend',
  'mobile backend': 'mobile_backend',
});
export const pointWords = table(POINTS, { min: 'low', max: 'high', median: 'mid', middle: 'mid', midpoint: 'mid', both: 'range' });
export const unitWords = table(TIME_UNITS, { month: 'months', week: 'weeks', m: 'months', w: 'weeks' });

export const LEVEL_HELP = 'Use junior, mid, senior, or years of experience.';
export const REGION_HELP = `Use ${REGIONS.join(', ')}.`;
export const SPEC_HELP = 'Use backend or ai.';
export const TYPE_HELP = `Use ${PROJECT_TYPES.join(', ')}.`;
export const POINT_HELP = 'Use low, mid, high or range.';
export const UNIT_HELP = 'Use months or weeks.';

function word<T extends string>(value: CellValue, words: Map<string, T>, what: string, help: string): T {
  const found = typeof value === 'string' ? words.get(normalizeWord(value)) : undefined;
  if (found === undefined) throw new InputError(`unknown ${what} ${quote(value)}. ${help}`);
  return found;
}

/** A level word, or years of experience kept as years: which bands apply depends on the figure. */
export function parseLevelArg(value: CellValue): LevelArg {
  if (isBlank(value)) throw new InputError(`level is required. ${LEVEL_HELP}`);
  const years = typeof value === 'number' ? value : typeof value === 'string' ? numericText(value) : undefined;
  if (years !== undefined) {
    if (!Number.isFinite(years)) throw new InputError(`years of experience must be a finite number, not ${quote(value)}. ${LEVEL_HELP}`);
    if (years < 0) throw new InputError(`years of experience cannot be negative (${quote(value)}). ${LEVEL_HELP}`);
    return { years };
  }
  return word(value, levelWords, 'level', LEVEL_HELP);
}

/** A level for figures of `source` (years banded by that source's bands). */
export const parseLevel = (value: CellValue, source: string): Level => levelAt(parseLevelArg(value), source);

export const parseRegion = (value: CellValue): Region => (isBlank(value) ? 'global' : word(value, regionWords, 'region', REGION_HELP));
export const parseSpec = (value: CellValue): Spec => (isBlank(value) ? 'backend' : word(value, specWords, 'spec', SPEC_HELP));
export const parsePoint = (value: CellValue): Point => (isBlank(value) ? 'mid' : word(value, pointWords, 'point', POINT_HELP));
export const parseUnit = (value: CellValue): TimeUnit => (isBlank(value) ? 'months' : word(value, unitWords, 'unit', UNIT_HELP));
export function parseProjectType(value: CellValue): ProjectType {
  if (isBlank(value)) throw new InputError(`project type is required. ${TYPE_HELP}`);
  return word(value, typeWords, 'project type', TYPE_HELP);
}

/** Numeric text such as "85", " 1,200 " or "$95"; undefined when the text is not a number. */
function numericText(text: string): number | undefined {
  const cleaned = text.trim().replace(/^\$/, '').replace(/,/g, '');
  if (cleaned === '' || !/^[-+]?(\d+\.?\d*|\.\d+)(e[-+]?\d+)?$/i.test(cleaned)) return undefined;
  return Number(cleaned);
}

/** A non-negative amount (salary, quote, months, hours per month). */
export function parseAmount(value: CellValue, what: string, fallback?: number): number {
  if (isBlank(value) && fallback !== undefined) return fallback;
  if (isBlank(value)) throw new InputError(`${what} is required. Use a number of 0 or more.`);
  const n = typeof value === 'number' ? value : typeof value === 'string' ? numericText(value) : undefined;
  if (n === undefined || !Number.isFinite(n))
    throw new InputError(`${what} must be a number, not ${quote(value)}. Use a number of 0 or more.`);
  if (n < 0) throw new InputError(`${what} cannot be negative (${quote(value)}). Use a number of 0 or more.`);
  return n;
}
