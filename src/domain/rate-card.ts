// A team's own figures: a range whose first row names the columns kind, key, region, spec,
// low, high (any order or case; other columns such as source are kept only for provenance).
// Each row must name exactly one figure; a row that cannot is a bad row, and breaks only the
// figures it names or may have meant to name (see FigureTable.get).
import {
  builtInTable,
  figureKey,
  namesFigure,
  type BadCardRow,
  type FigureEntry,
  type FigurePattern,
  type FigureTable,
} from './figure-table';
import { rateSource, salarySource } from './experience';
import { InputError } from './input-error';
import { FIGURE_KINDS, type FigureKind } from './terms';
import { isBlank, normalizeWord, parseLevel, parseProjectType, parseRegion, parseSpec, quote, type CellValue } from './vocabulary';

export const RATE_CARD_COLUMNS = ['kind', 'key', 'region', 'spec', 'low', 'high', 'source'] as const;
const REQUIRED = ['kind', 'key', 'low', 'high'] as const;
const KIND_HELP = `Use ${FIGURE_KINDS.join(', ')}.`;

export interface ParsedCard {
  entries: FigureEntry[];
  badRows: BadCardRow[];
}

/** The table the functions use: the built-in one, or the card laid over it. */
export function tableWithCard(card: CellValue | CellValue[][]): FigureTable {
  if (isBlank(card as CellValue)) return builtInTable();
  if (!Array.isArray(card))
    throw new InputError('ratecard must be a range whose first row holds the headers kind, key, region, spec, low, high.');
  const { entries, badRows } = parseRateCard(card);
  return builtInTable().overlay(entries, badRows);
}

type Reader = (row: CellValue[], name: string) => CellValue;

export function parseRateCard(rows: CellValue[][]): ParsedCard {
  const header = (rows[0] ?? []).map((h) => (typeof h === 'string' ? normalizeWord(h) : ''));
  const column = (name: string) => header.indexOf(name);
  const missing = REQUIRED.filter((name) => column(name) < 0);
  if (missing.length) {
    throw new InputError(`ratecard's first row needs the headers kind, key, region, spec, low, high; ${missing.join(', ')} missing.`);
  }
  const at: Reader = (row, name) => (column(name) < 0 ? '' : row[column(name)]);
  const entries: FigureEntry[] = [];
  const badRows: BadCardRow[] = [];
  /** Figure key → the first row giving it, so a second row for the same figure is caught. */
  const given = new Map<string, FigureEntry>();
  rows.slice(1).forEach((row, i) => {
    if (!Array.isArray(row) || row.every((cell) => isBlank(cell))) return;
    const position = i + 2; // the header is row 1 of the card
    const identified = identify(row, at);
    const where = `row ${position} of the card (${identified.label})`;
    if ('problem' in identified) return void badRows.push({ pattern: identified.pattern, message: `${where}: ${identified.problem}` });
    const { id } = identified;
    const fail = (message: string) => void badRows.push({ pattern: id, message: `${where}: ${message}` });
    let low: number, high: number;
    try {
      low = bound(at(row, 'low'), 'low');
      high = bound(at(row, 'high'), 'high');
    } catch (error) {
      fail((error as Error).message);
      return;
    }
    if (low > high) {
      fail(`low ${low} is above high ${high}.`);
      return;
    }
    const key = figureKey(id.kind, id.key, id.region, id.spec);
    const earlier = given.get(key);
    if (earlier) {
      fail(`row ${earlier.cardRow} of the card gives the same figure; keep one of the two.`);
      return;
    }
    const source = at(row, 'source');
    const entry: FigureEntry = {
      kind: id.kind,
      key: id.key,
      region: id.region,
      spec: id.spec,
      low,
      high,
      ...(id.kind === 'timeline' ? { unit: 'months' as const } : {}),
      source: 'rate card',
      section: `row ${position} of the card`,
      cardRow: position,
      ...(isBlank(source) ? {} : { cardSource: String(source).trim() }),
    };
    given.set(key, entry);
    entries.push(entry);
  });
  // A figure given twice is ambiguous: the second row's error names both, and wins the lookup.
  return { entries, badRows };
}

/** A row that names exactly one figure. */
type Identity = Required<FigurePattern>;
type Identified = { label: string; id: Identity } | { label: string; pattern: FigurePattern; problem: string };

/** What a row names: each part parsed, or left open (undefined) when it cannot be read. */
function identify(row: CellValue[], at: Reader): Identified {
  const problems: string[] = [];
  const attempt = <T>(parse: () => T): T | undefined => {
    try {
      return parse();
    } catch (error) {
      problems.push((error as Error).message);
      return undefined;
    }
  };
  const kindText = at(row, 'kind');
  const kind = FIGURE_KINDS.find((k) => typeof kindText === 'string' && normalizeWord(kindText) === k);
  if (!kind) problems.push(`unknown kind ${quote(kindText)}. ${KIND_HELP}`);
  const rawKey = at(row, 'key');
  const key =
    kind === 'agency' && isBlank(rawKey) ? ('' as const) : attempt(() => cardKey(kind, rawKey, bandSource(kind, at(row, 'region'))));
  const region = attempt(() => parseRegion(at(row, 'region')));
  const spec = attempt(() => parseSpec(at(row, 'spec')));
  const pattern: FigurePattern = { kind, key, region, spec };
  const shown = (value: string | undefined, raw: CellValue) => value ?? brief(raw);
  const label = [
    kind ?? brief(kindText),
    key === '' ? undefined : shown(key, rawKey),
    shown(region, at(row, 'region')),
    shown(spec, at(row, 'spec')),
  ]
    .filter((part) => part !== undefined)
    .join(', ');
  if (!kind || key === undefined || !region || !spec) return { pattern, label, problem: problems[0] };
  const none = namesFigure(kind, key, region, spec);
  if (none) {
    // The part that names no figure is left open, so the figures the row meant still fail.
    const open: FigurePattern =
      kind === 'agency' ? { kind, region } : kind === 'salary' || kind === 'project' || kind === 'timeline' ? { kind, key } : pattern;
    return { pattern: open, label, problem: `matches no figure: ${none}.` };
  }
  return { label, id: { kind, key, region, spec } };
}

/** A cell as the row's label shows it: short, since the message also quotes the bad part. */
function brief(value: CellValue): string {
  const text = quote(value);
  return text.length > 24 ? `${text.slice(0, 20)}..."` : text;
}

/** Whose experience bands a key given in years follows: the source of the figure the row replaces. */
function bandSource(kind: FigureKind | undefined, region: CellValue): string {
  if (kind === 'salary') return salarySource();
  try {
    return rateSource(parseRegion(region));
  } catch {
    return rateSource('global'); // the region's own problem is reported with the row
  }
}

function cardKey(kind: FigureKind | undefined, key: CellValue, source: string): FigurePattern['key'] {
  if (kind === 'agency') {
    if (!isBlank(key)) throw new InputError(`agency rates are not by level: leave key blank, not ${quote(key)}.`);
    return '';
  }
  if (kind === 'project' || kind === 'timeline') return parseProjectType(key);
  if (kind === undefined) {
    // Kind unknown: the key still says which figures the row meant.
    try {
      return parseLevel(key, source);
    } catch {
      return parseProjectType(key);
    }
  }
  return parseLevel(key, source);
}

function bound(value: CellValue, name: string): number {
  const n = typeof value === 'number' ? value : typeof value === 'string' && value.trim() !== '' ? Number(value.replace(/[$,]/g, '')) : NaN;
  if (!Number.isFinite(n) || n < 0) throw new InputError(`${name} must be a number of 0 or more, not ${quote(value)}.`);
  return n;
}
