// Every figure the functions can look up, keyed by what identifies it. A table starts from the
// built-in defaults; a rate card makes a copy with its rows laid over them.
import { figures } from './dataset';
import type { Figure } from './schema';
import type { FigureKind, Region, Spec, SourceId } from './terms';

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
  /** For rate-card rows: the sheet row and the card's own source column, if any. */
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

export class FigureTable {
  private constructor(private readonly entries: Map<string, FigureEntry>) {}

  static fromFigures(figures: readonly Figure[]): FigureTable {
    const entries = new Map<string, FigureEntry>();
    for (const f of figures) if (f.default) entries.set(figureKey(f.kind, f.key, f.region, f.spec), f);
    return new FigureTable(entries);
  }

  get(kind: FigureKind, key: string, region: Region, spec: Spec): FigureEntry | undefined {
    return this.entries.get(figureKey(kind, key, region, spec));
  }

  /** A new table with these entries laid over this one's. */
  overlay(rows: readonly FigureEntry[]): FigureTable {
    const entries = new Map(this.entries);
    for (const row of rows) entries.set(figureKey(row.kind, row.key, row.region, row.spec), row);
    return new FigureTable(entries);
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
