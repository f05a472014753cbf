// Looking a figure up, and the one rule that derives combinations the sources do not give.
import { factors } from './dataset';
import { builtInTable, sourceFigure, type FigureEntry, type FigureTable } from './figure-table';
import { InputError } from './input-error';
import type { FigureKind, Level, ProjectType, Region, Spec } from './terms';

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

/** base × (numerator ÷ denominator), bound by bound. */
function scale(base: Resolved, numerator: FigureEntry, denominator: FigureEntry, derivation: string): Resolved {
  return {
    low: (base.low * numerator.low) / denominator.low,
    high: (base.high * numerator.high) / denominator.high,
    openEnded: base.openEnded,
    basis: [...base.basis, numerator, denominator],
    derivation: base.derivation ? `${derivation}, where ${base.derivation}` : derivation,
  };
}

export function hourly(table: FigureTable, level: Level, region: Region, spec: Spec): Resolved {
  const given = table.get('hourly', level, region, spec);
  if (given) return direct(given);
  if (spec === 'backend') return latinAmericaBackend(level, region);
  const base = hourly(table, level, region, 'backend');
  const ai = required(table, 'hourly', level, 'global', spec);
  const backend = required(table, 'hourly', level, 'global', 'backend');
  return scale(base, ai, backend, `${region} backend hourly × (global ${spec} hourly ÷ global backend hourly)`);
}

/** The one region the rate guide leaves out: the US/W-Europe freelance range less the regional discount. */
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
    derivation: `US/W-Europe freelance hourly (navspace-2026) × ${lowFactor} (low) and × ${highFactor} (high), the ${regionalDiscount.low * 100}–${regionalDiscount.high * 100}% regional discount`,
  };
}

export function monthly(table: FigureTable, level: Level, region: Region, spec: Spec): Resolved {
  const given = table.get('monthly', level, region, spec);
  if (given) return direct(given);
  const base = hourly(table, level, region, spec);
  const month = required(table, 'monthly', level, 'global', spec);
  const hour = required(table, 'hourly', level, 'global', spec);
  return scale(base, month, hour, `${region} ${spec} hourly × (global ${spec} monthly ÷ global ${spec} hourly)`);
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

export function agency(table: FigureTable, region: Region): Resolved {
  const given = table.get('agency', '', region, 'backend');
  if (given) return direct(given);
  const known = [...new Set(table.regionsWith('agency'))].join(', ');
  throw new InputError(`no agency rates for region "${region}". Use ${known}.`);
}

export { builtInTable };
