// Looking a figure up, and the one rule that derives combinations the sources do not give.
import { factors } from './dataset';
import { builtInTable, sourceFigure, type FigureEntry, type FigureTable } from './figure-table';
import { InputError } from './input-error';
import type { FigureKind, Level, ProjectType, Region, Spec } from './terms';

/** The derivation rule in words, for RATESOURCE's readers, the Sources sheet and budgets. */
export function derivationRule(): string {
  const d = factors.regionalDiscount;
  return (
    "Combinations the sources do not give are derived from the region's backend hourly range, bound by bound: " +
    'ai hourly = region backend hourly × (global ai hourly ÷ global backend hourly); monthly = region hourly × (global monthly ÷ global hourly), same spec. ' +
    'One origin per ratio: its two global figures both come from the rate card when the card gives both, otherwise both are built in from one source. ' +
    'A bound whose regional base is not above the global base is not above the global figure either (capped there when a card gives only one of the two). ' +
    `Latin America backend hourly is ${d.source}'s US/Western Europe range less its ${d.low * 100}–${d.high * 100}% regional discount, both built in.`
  );
}

/** A low–high range with where it came from. */
export interface Resolved {
  low: number;
  high: number;
  openEnded: boolean;
  /** The figures it rests on: one when given directly, several when derived. */
  basis: FigureEntry[];
  /** How it was derived, in words; undefined when a source or rate card gives it directly. */
  derivation?: string;
}

const direct = (e: FigureEntry): Resolved => ({ low: e.low, high: e.high, openEnded: !!e.openEnded, basis: [e] });

function required(table: FigureTable, kind: FigureKind, key: string, region: Region, spec: Spec): FigureEntry {
  const entry = table.get(kind, key, region, spec);
  // Every global figure is built in and a rate card can only replace one, so this means bad data.
  if (!entry) throw new Error(`DevRate has no ${kind} figure for ${key || 'any level'} ${region} ${spec}.`);
  return entry;
}

type Global = { kind: 'hourly' | 'monthly'; spec: Spec };
const named = (g: Global) => `global ${g.spec} ${g.kind}`;

/**
 * The two global figures of a ratio, from one origin: both from the rate card when it gives
 * both, otherwise both built in (one source: data/ is checked for that). A card that gives only
 * one of them never divides one origin's figure by another's.
 */
function ratio(
  table: FigureTable,
  level: Level,
  top: Global,
  bottom: Global,
): { top: FigureEntry; bottom: FigureEntry; effective: { top: FigureEntry; bottom: FigureEntry } } {
  const effective = {
    top: required(table, top.kind, level, 'global', top.spec),
    bottom: required(table, bottom.kind, level, 'global', bottom.spec),
  };
  const fromCard = (e: FigureEntry) => e.source === 'rate card';
  if (fromCard(effective.top) && fromCard(effective.bottom)) return { ...effective, effective };
  const builtIn = builtInTable();
  return {
    top: required(builtIn, top.kind, level, 'global', top.spec),
    bottom: required(builtIn, bottom.kind, level, 'global', bottom.spec),
    effective,
  };
}

/**
 * base × (top ÷ bottom), bound by bound, where top and bottom are global figures of one origin.
 * A bound whose base is not above the global base figure is never above the global target
 * figure either: with a card that gives only one of the two, the scaled bound is capped there.
 */
function scale(table: FigureTable, base: Resolved, level: Level, top: Global, bottom: Global, derivation: string): Resolved {
  const r = ratio(table, level, top, bottom);
  const capped: string[] = [];
  const bounded = (side: 'low' | 'high') => {
    const scaled = (base[side] * r.top[side]) / r.bottom[side];
    if (base[side] <= r.effective.bottom[side] && scaled > r.effective.top[side]) {
      capped.push(`${side} capped at the ${named(top)} ${side}, as its base is not above the ${named(bottom)} ${side}`);
      return r.effective.top[side];
    }
    return scaled;
  };
  const low = bounded('low');
  const high = bounded('high');
  const origin = r.top.source === 'rate card' ? 'both from the rate card' : `both built in from ${r.top.source}`;
  const rule = `${derivation} (${origin})${capped.length ? `, ${capped.join(', ')}` : ''}`;
  const cap = capped.length && r.effective.top !== r.top ? [r.effective.top] : [];
  return {
    low,
    high,
    openEnded: base.openEnded,
    basis: [...base.basis, r.top, r.bottom, ...cap],
    derivation: base.derivation ? `${rule}, where ${base.derivation}` : rule,
  };
}

export function hourly(table: FigureTable, level: Level, region: Region, spec: Spec): Resolved {
  const given = table.get('hourly', level, region, spec);
  if (given) return direct(given);
  if (spec === 'backend') return latinAmericaBackend(level, region);
  const base = hourly(table, level, region, 'backend');
  const derivation = `${region} backend hourly × (global ${spec} hourly ÷ global backend hourly)`;
  return scale(table, base, level, { kind: 'hourly', spec }, { kind: 'hourly', spec: 'backend' }, derivation);
}

/**
 * The one region the rate guide leaves out: navspace-2026's US/Western Europe freelance range less
 * navspace-2026's regional discount. Base and discount are one origin, both built in.
 */
function latinAmericaBackend(level: Level, region: Region): Resolved {
  const us = sourceFigure('hourly', level, 'north_america', 'backend', 'navspace-2026');
  const { regionalDiscount } = factors;
  if (region !== 'latin_america' || !us) throw new Error(`DevRate has no backend hourly figure for ${level} ${region}.`);
  const [lowFactor, highFactor] = [1 - regionalDiscount.high, 1 - regionalDiscount.low];
  return {
    low: us.low * lowFactor,
    high: us.high * highFactor,
    openEnded: false,
    basis: [us],
    derivation: `US/W-Europe freelance hourly (${us.source}) × ${lowFactor} (low) and × ${highFactor} (high), the ${regionalDiscount.low * 100}–${regionalDiscount.high * 100}% regional discount (both built in from ${regionalDiscount.source}); ${otherBaseNote(level, [lowFactor, highFactor], us.source)}`,
  };
}

/**
 * Latin America is the only region whose base is the other source's range (navspace-2026's
 * US/W-Europe freelance rates are lower than abbacus-2026's North America ones), which is why it
 * comes out cheapest: said wherever the figure is explained, with what abbacus-2026's base gives.
 */
function otherBaseNote(level: Level, [lowFactor, highFactor]: [number, number], baseSource: string): string {
  const rateGuideUs = builtInTable().get('hourly', level, 'north_america', 'backend');
  if (!rateGuideUs || rateGuideUs.source === baseSource) return `the only region built on ${baseSource}'s US/W-Europe base`;
  const { source, low, high } = rateGuideUs;
  return (
    `the only region built on ${baseSource}'s base, while every other region's rates come from ${source}, so it comes out below them; ` +
    `the same discount on ${source}'s North America ${level} range (${low}–${high}) would give ${round2(low * lowFactor)}–${round2(high * highFactor)}`
  );
}
const round2 = (n: number) => Math.round(n * 100) / 100;

export function monthly(table: FigureTable, level: Level, region: Region, spec: Spec): Resolved {
  const given = table.get('monthly', level, region, spec);
  if (given) return direct(given);
  const base = hourly(table, level, region, spec);
  const derivation = `${region} ${spec} hourly × (global ${spec} monthly ÷ global ${spec} hourly)`;
  return scale(table, base, level, { kind: 'monthly', spec }, { kind: 'hourly', spec }, derivation);
}

export const project = (table: FigureTable, type: ProjectType): Resolved => direct(required(table, 'project', type, 'global', 'backend'));
export const salary = (table: FigureTable, level: Level): Resolved => direct(required(table, 'salary', level, 'global', 'backend'));

/** Project duration in the unit asked for; 52/12 weeks make a month. */
export function timeline(table: FigureTable, type: ProjectType, unit: 'months' | 'weeks'): Resolved {
  const entry = required(table, 'timeline', type, 'global', 'backend');
  const from = entry.unit ?? 'months';
  const factor = from === unit ? 1 : unit === 'weeks' ? 52 / 12 : 12 / 52;
  return { ...direct(entry), low: entry.low * factor, high: entry.high * factor };
}

/** Regions with an agency rate in this table, for messages. */
export const agencyRegions = (table: FigureTable): string => [...new Set(table.regionsWith('agency'))].join(', ');

export function agency(table: FigureTable, region: Region): Resolved {
  const given = table.get('agency', '', region, 'backend');
  if (given) return direct(given);
  throw new InputError(`no agency rates for region "${region}". Use ${agencyRegions(table)}.`);
}

export { builtInTable };
