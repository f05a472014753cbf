// The rows a new "Rate Card" sheet starts with: one source's own figures, or DevRate's defaults
// from both sources with a source column. Rows are in the contract's card format (kind, key,
// region, spec, low, high); extra columns (section, other source) only document them.
import { figures as builtInFigures } from '../dataset';
import { figureKey } from '../figure-table';
import { formatRange } from '../provenance';
import type { Figure } from '../schema';
import * as z from '../validator';
import { FIGURE_KINDS, LEVELS, PROJECT_TYPES, REGIONS, SOURCE_IDS, SPECS } from '../terms';

export const RATE_CARD_CHOICES = [...SOURCE_IDS, 'both'] as const;
export type RateCardChoice = (typeof RATE_CARD_CHOICES)[number];
export const rateCardChoiceSchema = z.enum(RATE_CARD_CHOICES, { error: `Choose ${RATE_CARD_CHOICES.join(', ')}.` });

/** The budget sheets to connect to a card, as the sidebar sends them (sheet names are at most 100 characters). */
export const budgetSheetNamesSchema = z
  .array(
    z
      .string({ error: 'Name each budget sheet.' })
      .check(z.minLength(1, 'Name each budget sheet.'), z.maxLength(100, 'A sheet name has at most 100 characters.')),
    {
      error: 'Choose the budget sheets to connect.',
    },
  )
  .check(z.minLength(1, 'Choose at least one budget sheet.'), z.maxLength(200, 'Choose at most 200 budget sheets.'));

export const RATE_CARD_CHOICE_HELP: Record<RateCardChoice, string> = {
  'abbacus-2026':
    "Abbacus's freelance rates by level, region and specialization, monthly rates, project costs and timelines, and its global agency range.",
  'navspace-2026':
    "Navspace's US salaries, agency rates, and its lower freelance rates for remote and US/Western Europe developers. Figures it does not give keep DevRate's defaults.",
  both: "DevRate's defaults, each with its source, and what the other source says where the two disagree.",
};

const MONTHS_PER_WEEK = 12 / 52; // the same factor resolve.timeline converts with
const order = (list: readonly string[], value: string) => list.indexOf(value);

function sortFigures(figures: Figure[]): Figure[] {
  const keys: readonly string[] = [...LEVELS, ...PROJECT_TYPES];
  return [...figures].sort(
    (a, b) =>
      order(FIGURE_KINDS, a.kind) - order(FIGURE_KINDS, b.kind) ||
      order(REGIONS, a.region) - order(REGIONS, b.region) ||
      order(SPECS, a.spec) - order(SPECS, b.spec) ||
      keys.indexOf(a.key) - keys.indexOf(b.key),
  );
}

/** A card states timelines in months; a source that gave weeks is converted. */
function cardBounds(f: Figure): { low: number; high: number; note: string } {
  if (f.kind === 'timeline' && f.unit === 'weeks') {
    return {
      low: f.low * MONTHS_PER_WEEK,
      high: f.high * MONTHS_PER_WEEK,
      note: ` (${formatRange(f.low, f.high)} weeks, at 52/12 weeks a month)`,
    };
  }
  return { low: f.low, high: f.high, note: '' };
}

/** What the other source says about the same figure, if anything. */
function otherSource(f: Figure): string {
  const key = figureKey(f.kind, f.key, f.region, f.spec);
  return builtInFigures
    .filter((o) => o.source !== f.source && !o.variant && figureKey(o.kind, o.key, o.region, o.spec) === key)
    .map((o) => `${o.source}: ${formatRange(o.low, o.high)}`)
    .join('; ');
}

export interface RateCardTable {
  headers: string[];
  rows: (string | number)[][];
}

export function rateCardRows(choice: RateCardChoice): RateCardTable {
  const both = choice === 'both';
  // Variants (scenario examples, marketplace quotes) would silently replace a source's main figure.
  const figures = sortFigures(builtInFigures.filter((f) => !f.variant && (both ? f.default : f.source === choice)));
  // Every row names its source, so RATESOURCE can say whether an edited figure still matches it.
  const headers = ['kind', 'key', 'region', 'spec', 'low', 'high', 'source', 'section', ...(both ? ['other source'] : [])];
  const rows = figures.map((f) => {
    const { low, high, note } = cardBounds(f);
    const head = [f.kind, f.kind === 'agency' ? '' : f.key, f.region, f.spec, low, high, f.source, f.section + note];
    return both ? [...head, otherSource(f)] : head;
  });
  return { headers, rows };
}
