// Where a figure comes from, in words a spreadsheet user can check against the source.
import type { FigureEntry } from './figure-table';
import type { Resolved } from './resolve';
import type { FigureKind } from './terms';

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

/** "abbacus-2026 (section)" or "rate card row 4 (source: …)". */
export function citation(entry: FigureEntry): string {
  if (entry.source === 'rate card') return `rate card row ${entry.cardRow}${entry.cardSource ? ` (source: ${entry.cardSource})` : ''}`;
  return `${entry.source} (${entry.section})`;
}

function entryText(entry: FigureEntry, kind: FigureKind): string {
  const unit = kind === 'timeline' ? entry.unit ?? 'months' : UNIT[kind];
  return `${formatRange(entry.low, entry.high, entry.openEnded)} ${unit} from ${citation(entry)}`;
}

/** One line: the value range, then its source or, when derived, the rule and every input's source. */
export function describe(resolved: Resolved, kind: FigureKind, unit?: string): string {
  const value = `${formatRange(resolved.low, resolved.high, resolved.openEnded)} ${unit ?? UNIT[kind]}`;
  if (!resolved.derivation) return `${value}: ${entryText(resolved.basis[0], kind)}.`;
  const inputs = resolved.basis.map((e) => entryText(e, e.kind)).join('; ');
  return `${value}: derived, ${resolved.derivation}, bound by bound. Inputs: ${inputs}.`;
}
