// A team's own figures: a range whose first row names the columns kind, key, region, spec,
// low, high (any order or case; other columns such as source are kept only for provenance).
import { builtInTable, type FigureEntry, type FigureTable } from './figure-table';
import { InputError } from './input-error';
import { FIGURE_KINDS, type FigureKind } from './terms';
import { isBlank, normalizeWord, parseLevel, parseProjectType, parseRegion, parseSpec, quote, type CellValue } from './vocabulary';

export const RATE_CARD_COLUMNS = ['kind', 'key', 'region', 'spec', 'low', 'high', 'source'] as const;
const REQUIRED = ['kind', 'key', 'low', 'high'] as const;
const KIND_HELP = `Use ${FIGURE_KINDS.join(', ')}.`;

/** The table the functions use: the built-in one, or the card laid over it. */
export function tableWithCard(card: CellValue | CellValue[][]): FigureTable {
  if (isBlank(card as CellValue)) return builtInTable();
  if (!Array.isArray(card)) throw new InputError('ratecard must be a range whose first row holds the headers kind, key, region, spec, low, high.');
  return builtInTable().overlay(parseRateCard(card));
}

export function parseRateCard(rows: CellValue[][]): FigureEntry[] {
  const header = (rows[0] ?? []).map((h) => (typeof h === 'string' ? normalizeWord(h) : ''));
  const column = (name: string) => header.indexOf(name);
  const missing = REQUIRED.filter((name) => column(name) < 0);
  if (missing.length) {
    throw new InputError(`ratecard's first row needs the headers kind, key, region, spec, low, high; ${missing.join(', ')} missing.`);
  }
  const at = (row: CellValue[], name: string): CellValue => (column(name) < 0 ? '' : row[column(name)]);
  const entries: FigureEntry[] = [];
  rows.slice(1).forEach((row, i) => {
    if (!Array.isArray(row) || row.every((cell) => isBlank(cell))) return;
    const rowNumber = i + 2;
    try {
      entries.push(parseRow(row, at, rowNumber));
    } catch (error) {
      throw new InputError(`ratecard row ${rowNumber}: ${(error as Error).message}`);
    }
  });
  return entries;
}

function parseRow(row: CellValue[], at: (row: CellValue[], name: string) => CellValue, rowNumber: number): FigureEntry {
  const kindText = at(row, 'kind');
  const kind = FIGURE_KINDS.find((k) => typeof kindText === 'string' && normalizeWord(kindText) === k);
  if (!kind) throw new InputError(`unknown kind ${quote(kindText)}. ${KIND_HELP}`);
  const low = bound(at(row, 'low'), 'low');
  const high = bound(at(row, 'high'), 'high');
  if (low > high) throw new InputError(`low (${low}) is above high (${high}).`);
  const source = at(row, 'source');
  return {
    kind,
    key: cardKey(kind, at(row, 'key')),
    region: parseRegion(at(row, 'region')),
    spec: parseSpec(at(row, 'spec')),
    low,
    high,
    ...(kind === 'timeline' ? { unit: 'months' as const } : {}),
    source: 'rate card',
    section: `rate card row ${rowNumber}`,
    cardRow: rowNumber,
    ...(isBlank(source) ? {} : { cardSource: String(source) }),
  };
}

function cardKey(kind: FigureKind, key: CellValue): string {
  if (kind === 'agency') return '';
  return kind === 'project' || kind === 'timeline' ? parseProjectType(key) : parseLevel(key);
}

function bound(value: CellValue, name: string): number {
  const n = typeof value === 'number' ? value : typeof value === 'string' && value.trim() !== '' ? Number(value.replace(/[$,]/g, '')) : NaN;
  if (!Number.isFinite(n) || n < 0) throw new InputError(`${name} must be a number of 0 or more, not ${quote(value)}.`);
  return n;
}
