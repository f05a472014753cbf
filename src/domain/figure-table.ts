// Every figure the functions can look up, keyed by what identifies it. A table starts from the
// built-in defaults; a rate card makes a copy with its rows laid over them, and remembers its bad
// rows so that only the figures a bad row would have given (or meant to give) fail.
import { figures } from './dataset';
import { InputError } from './input-error';
import type { Figure } from './schema';
import type { FigureKind, Level, ProjectType, Region, Spec, SourceId } from './terms';

export interface FigureEntry {
  kind: FigureKind;
  key: string;
  region: Region;
  spec: Spec;
  low: number;
  high: number;
  /** Timelines keep the unit their source states them in; everything else is USD. */
  unit?: 'weeks' | 'months';
  openEnded?: boolean;
  /** A source id, or "rate card". */
  source: SourceId | 'rate card';
  section: string;
  /** For rate-card rows: the row's position in the card (its header is row 1) and its source column, if any. */
  cardRow?: number;
  cardSource?: string;
}

/** Which of region and spec tell figures of a kind apart; the others are ignored in lookups. */
const DIMENSIONS: Record<FigureKind, { region: boolean; spec: boolean }> = {
  hourly: { region: true, spec: true },
  monthly: { region: true, spec: true },
  agency: { region: true, spec: false },
  project: { region: false, spec: false },
  timeline: { region: false, spec: false },
  salary: { region: false, spec: false },
};

export function figureKey(kind: FigureKind, key: string, region: Region, spec: Spec): string {
  const d = DIMENSIONS[kind];
  return `${kind}|${kind === 'agency' ? '' : key}|${d.region ? region : ''}|${d.spec ? spec : ''}`;
}

/**
 * What a card row names, or meant to name: a part left undefined could not be read (or names no
 * figure of that kind), so the row stands for every figure it might have meant.
 */
export interface FigurePattern {
  kind?: FigureKind;
  key?: Level | ProjectType | '';
  region?: Region;
  spec?: Spec;
}

/** A card row the functions refuse, and the figures it breaks. */
export interface BadCardRow {
  pattern: FigurePattern;
  message: string;
}

export function patternMatches(p: FigurePattern, kind: FigureKind, key: string, region: Region, spec: Spec): boolean {
  const d = DIMENSIONS[kind];
  return (
    (p.kind === undefined || p.kind === kind) &&
    (kind === 'agency' || p.key === undefined || p.key === key) &&
    (!d.region || p.region === undefined || p.region === region) &&
    (!d.spec || p.spec === undefined || p.spec === spec)
  );
}

export class FigureTable {
  private constructor(
    private readonly entries: Map<string, FigureEntry>,
    private readonly badRows: readonly BadCardRow[] = [],
  ) {}

  static fromFigures(figures: readonly Figure[]): FigureTable {
    const entries = new Map<string, FigureEntry>();
    for (const f of figures) if (f.default) entries.set(figureKey(f.kind, f.key, f.region, f.spec), f);
    return new FigureTable(entries);
  }

  /** The figure for this key, undefined when none is given; throws when a bad card row meant to give it. */
  get(kind: FigureKind, key: string, region: Region, spec: Spec): FigureEntry | undefined {
    const bad = this.badRows.find((b) => patternMatches(b.pattern, kind, key, region, spec));
    if (bad) throw new InputError(bad.message);
    return this.entries.get(figureKey(kind, key, region, spec));
  }

  /** A new table with these entries laid over this one's, and these bad rows breaking what they name. */
  overlay(rows: readonly FigureEntry[], badRows: readonly BadCardRow[] = []): FigureTable {
    const entries = new Map(this.entries);
    for (const row of rows) entries.set(figureKey(row.kind, row.key, row.region, row.spec), row);
    return new FigureTable(entries, [...this.badRows, ...badRows]);
  }

  /** The card's problems, in card order (empty for the built-in table). */
  problems(): string[] {
    return this.badRows.map((b) => b.message);
  }

  /** Regions that have a figure of this kind (used to say what is accepted). */
  regionsWith(kind: FigureKind): Region[] {
    return [...this.entries.values()].filter((e) => e.kind === kind).map((e) => e.region);
  }
}

let builtIn: FigureTable | undefined;
/** The built-in defaults, built on first use so loading the bundle does no work. */
export function builtInTable(): FigureTable {
  return (builtIn ??= FigureTable.fromFigures(figures));
}

/** A figure of the sources that is not a default, e.g. navspace's US/Western Europe freelance rates. */
export function sourceFigure(kind: FigureKind, key: string, region: Region, spec: Spec, source: SourceId): Figure | undefined {
  return figures.find(
    (f) => f.source === source && !f.variant && figureKey(f.kind, f.key, f.region, f.spec) === figureKey(kind, key, region, spec),
  );
}

/** Whether a card row with this identity names a figure the functions can return. */
export function namesFigure(kind: FigureKind, key: string, region: Region, spec: Spec): string | undefined {
  switch (kind) {
    case 'project':
    case 'timeline':
      if (region !== 'global') return `project types have no regional ${kind} figures: leave region blank`;
      if (spec !== 'backend') return `project types have no ${spec} ${kind} figures: leave spec blank`;
      return undefined;
    case 'salary':
      if (region !== 'global' && region !== 'north_america')
        return `salaries are US figures: leave region blank or use north_america, not ${region}`;
      if (spec !== 'backend') return `salaries are not by specialization: leave spec blank`;
      return undefined;
    case 'agency':
      if (key !== '') return `agency rates are not by level: leave key blank`;
      if (spec !== 'backend') return `agency rates are not by specialization: leave spec blank`;
      return undefined;
    default:
      return undefined;
  }
}
