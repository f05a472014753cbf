// Where a figure comes from, in words a spreadsheet user can check against the source.
import { figures } from './dataset';
import { figureKey, type FigureEntry } from './figure-table';
import type { Resolved } from './resolve';
import { SOURCE_IDS, type FigureKind } from './terms';
import { normalizeWord } from './vocabulary';

export const UNIT: Record<FigureKind, string> = {
  hourly: 'USD/hour',
  monthly: 'USD/month',
  project: 'USD',
  timeline: 'months',
  salary: 'USD/year',
  agency: 'USD/hour',
};

const round = (n: number) => String(Math.round(n * 100) / 100);

export function formatRange(low: number, high: number, openEnded?: boolean): string {
  return `${round(low)}–${round(high)}${openEnded ? '+' : ''}`;
}

/** "abbacus-2026 (section)" or "row 4 of the rate card (source: …)". */
export function citation(entry: FigureEntry): string {
  if (entry.source === 'rate card')
    return `row ${entry.cardRow} of the rate card${entry.cardSource ? ` (source: ${entry.cardSource})` : ''}`;
  return `${entry.source} (${entry.section})`;
}

function entryText(entry: FigureEntry, kind: FigureKind): string {
  const unit = kind === 'timeline' ? (entry.unit ?? 'months') : UNIT[kind];
  return `${formatRange(entry.low, entry.high, entry.openEnded)} ${unit} from ${citation(entry)}`;
}

/** A built-in figure in months when it is a timeline, so it compares with a card's. */
function inMonths(f: { low: number; high: number; unit?: string }): { low: number; high: number } {
  return f.unit === 'weeks' ? { low: (f.low * 12) / 52, high: (f.high * 12) / 52 } : { low: f.low, high: f.high };
}

const same = (a: { low: number; high: number }, b: { low: number; high: number }) =>
  Math.abs(a.low - b.low) < 0.005 && Math.abs(a.high - b.high) < 0.005;

/** How a card figure compares with the built-in figure of the source its row names (or DevRate's default). */
export function cardComparison(entry: FigureEntry): string {
  const key = figureKey(entry.kind, entry.key, entry.region, entry.spec);
  const { cardSource } = entry;
  const named = cardSource === undefined ? undefined : SOURCE_IDS.find((id) => id === normalizeWord(cardSource).replace(/_/g, '-'));
  const candidates = figures.filter((f) => !f.variant && figureKey(f.kind, f.key, f.region, f.spec) === key);
  const unit = entry.kind === 'timeline' ? 'months' : UNIT[entry.kind];
  const compare = (f: (typeof candidates)[number], whose: string) => {
    const builtIn = inMonths(f);
    return same(entry, builtIn)
      ? `the same as ${whose} built-in figure`
      : `different from ${whose} built-in ${formatRange(builtIn.low, builtIn.high, f.openEnded)} ${unit} (${f.section})`;
  };
  if (entry.cardSource !== undefined && !named) return `the row names "${entry.cardSource}", not a source DevRate carries`;
  if (named) {
    const f = candidates.find((c) => c.source === named);
    return f ? compare(f, `${named}'s`) : `${named} gives no built-in figure for it`;
  }
  const f = candidates.find((c) => c.default);
  return f
    ? `${compare(f, `DevRate's (${f.source})`)}; the row names no source`
    : 'DevRate has no built-in figure for it; the row names no source';
}

/** One line: the value range, then its source or, when derived, the rule and every input's source. */
export function describe(resolved: Resolved, kind: FigureKind, unit?: string): string {
  const value = `${formatRange(resolved.low, resolved.high, resolved.openEnded)} ${unit ?? UNIT[kind]}`;
  if (!resolved.derivation) {
    const entry = resolved.basis[0];
    if (entry.source === 'rate card') return `${value}: from ${citation(entry)}: ${cardComparison(entry)}.`;
    return `${value}: ${entryText(entry, kind)}.`;
  }
  const inputs = resolved.basis.map((e) => entryText(e, e.kind)).join('; ');
  return `${value}: derived, ${resolved.derivation}, bound by bound. Inputs: ${inputs}.`;
}
