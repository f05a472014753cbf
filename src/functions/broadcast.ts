// Running one custom function over Sheets arguments: single values, or ranges of one shape
// (single cells repeat), one parse per distinct value, errors in a row kept to that row.
import { InputError } from '../domain/input-error';
import { tableWithCard } from '../domain/rate-card';
import { isBlank, type CellValue } from '../domain/vocabulary';
import type { FigureTable } from '../domain/figure-table';

/** What one cell computes to: a value, or a low–high pair for point "range". */
export type CellResult = number | string | readonly [number, number];
/** What Sheets receives: a value, or rows of values. */
export type SheetResult = number | string | (number | string)[][];
export type SheetArg = CellValue | CellValue[][];

export interface ParamSpec<T> {
  name: string;
  /** JSDoc type, e.g. "string|number". */
  type: string;
  description: string;
  optional?: boolean;
  /** A blank value in a range row gives a blank row instead of an error. */
  main?: boolean;
  parse(value: CellValue): T;
}

export interface FunctionSpec<A extends readonly unknown[]> {
  name: string;
  summary: string;
  example: string;
  returns: string;
  params: { [K in keyof A]: ParamSpec<A[K]> };
  /** Takes a rate card: as its last argument, or after the first `cardAt` params. */
  ratecard: boolean;
  /**
   * How many params come before the rate card (default: all). Params added to a function after
   * the contract fixed its arguments go after the card, so formulas written before keep working.
   */
  cardAt?: number;
  /** Returns a whole table for one set of values, so ranges are not broadcast. */
  table?: boolean;
  compute(args: A, figures: FigureTable): CellResult | (number | string)[][];
}

// Globals bound once: inside a vm context (the emulator, the benchmark) every global lookup in a
// 100,000-row loop is slow, and a local binding costs nothing anywhere.
const ArrayOf = Array;
const { isArray } = Array;
const { isFinite } = Number;
const objectPrototype = Object.prototype;
// By tag, not instanceof: a Date from another realm (the emulator's vm) is a Date all the same.
const isDate = (v: unknown): v is Date => objectPrototype.toString.call(v) === '[object Date]';
const isRow = (v: unknown): v is unknown[] => isArray(v);
const isPair = (v: CellResult): v is readonly [number, number] => isArray(v);

interface Grid {
  rows: number;
  cols: number;
}

/** A scalar stays a scalar (as does a 1×1 range); anything else must be a rectangle of cell values. */
function normalize(param: string, arg: SheetArg): CellValue | CellValue[][] {
  if (!isArray(arg)) return arg;
  // A one-dimensional array is not something Sheets sends; read it as a column.
  const rows = (arg as unknown[]).every(isRow) ? (arg as unknown[][]) : (arg as unknown[]).map((v) => (isRow(v) ? v : [v]));
  const cols = rows.length ? rows[0].length : 0;
  // A plain loop: this runs over every cell of 100,000-row columns.
  for (let r = 0; r < rows.length; r++) {
    const row = rows[r];
    if (row.length !== cols || cols === 0) throw new InputError(`${param} must be a single cell or a rectangular range.`);
    for (let c = 0; c < cols; c++) {
      const cell = row[c];
      if (cell !== null && typeof cell === 'object' && !isDate(cell))
        throw new InputError(`${param} must hold cell values, not nested ranges.`);
    }
  }
  if (rows.length === 0) throw new InputError(`${param} must be a single cell or a rectangular range.`);
  return rows.length * cols === 1 ? (rows[0][0] as CellValue) : (rows as CellValue[][]);
}

const shapeOf = (arg: CellValue | CellValue[][]): Grid | undefined =>
  isArray(arg) ? { rows: arg.length, cols: arg[0].length } : undefined;
const cellAt = (arg: CellValue | CellValue[][], row: number, col: number): CellValue => (isArray(arg) ? arg[row][col] : arg);

const message = (fn: string, error: unknown) => `${fn}: ${error instanceof Error ? error.message : String(error)}`;

function checkNumber(value: CellResult): CellResult {
  const bad = (n: number) => !isFinite(n);
  if ((typeof value === 'number' && bad(value)) || (isArray(value) && value.some(bad))) {
    throw new InputError('the result is too large to show. Check that the amounts are realistic.');
  }
  return value;
}

/** Where the rate card sits among a function's arguments. */
export const cardIndex = (spec: Pick<FunctionSpec<readonly unknown[]>, 'params' | 'cardAt'>): number => spec.cardAt ?? spec.params.length;

/** The arguments' names in order, the rate card in its place. */
export function argumentNames(spec: Pick<FunctionSpec<readonly unknown[]>, 'params' | 'cardAt' | 'ratecard'>): string[] {
  const names = spec.params.map((p) => p.name);
  if (spec.ratecard) names.splice(cardIndex(spec), 0, 'ratecard');
  return names;
}

/** The top-level entry Sheets calls: spec + raw arguments → value, rows, or a thrown Error. */
export function runCustomFunction(spec: FunctionSpec<readonly unknown[]>, raw: SheetArg[]): SheetResult {
  const params: readonly ParamSpec<unknown>[] = spec.params;
  let figures: FigureTable;
  let values: (CellValue | CellValue[][])[];
  try {
    const card = cardIndex(spec);
    // A param after the card is one argument further along.
    values = params.map((p, i) => normalize(p.name, raw[spec.ratecard && i >= card ? i + 1 : i]));
    figures = tableWithCard(spec.ratecard ? raw[card] : undefined);
  } catch (error) {
    // eslint-disable-next-line preserve-caught-error -- Error's cause is ES2022; the bundle is ES2020 (tests/contract/es-target.test.ts)
    throw new Error(message(spec.name, error));
  }
  const shapes = values.map(shapeOf);
  const grid = shapes.find((s): s is Grid => s !== undefined);
  shapes.forEach((s, i) => {
    if (s && grid && (s.rows !== grid.rows || s.cols !== grid.cols)) {
      const first = params[shapes.indexOf(grid)].name;
      throw new Error(
        `${spec.name}: ${first} is ${grid.rows}×${grid.cols} but ${params[i].name} is ${s.rows}×${s.cols}. Use ranges of the same size, or single cells.`,
      );
    }
  });

  // One parse per distinct value: open-ended ranges repeat the same few words thousands of times.
  const caches = params.map(() => new Map<CellValue, { ok: unknown } | { error: unknown }>());
  const parsed = (i: number, value: CellValue) => {
    const key = isDate(value) ? `date:${value.getTime()}` : value;
    let hit = caches[i].get(key);
    if (!hit) {
      try {
        hit = { ok: params[i].parse(value) };
      } catch (error) {
        hit = { error };
      }
      caches[i].set(key, hit);
    }
    if ('error' in hit) throw hit.error;
    return hit.ok;
  };
  const computeAt = (row: number, col: number): CellResult | (number | string)[][] => {
    const args = params.map((_, i) => parsed(i, cellAt(values[i], row, col)));
    return spec.compute(args, figures);
  };

  if (!grid) {
    try {
      const result = computeAt(0, 0);
      if (isArray(result) && isArray(result[0])) return result.map((row) => row.map((v) => checkNumber(v) as number | string));
      const value = checkNumber(result as CellResult);
      return isPair(value) ? [[value[0], value[1]]] : value;
    } catch (error) {
      // eslint-disable-next-line preserve-caught-error -- as above: the message carries what the cause said
      throw new Error(message(spec.name, error));
    }
  }
  if (spec.table) throw new Error(`${spec.name}: returns a whole table, so give it single values, not ranges.`);
  return broadcastGrid(spec.name, params, values, grid, computeAt);
}

/** Cell values as Map keys: primitives as they are, dates by their time. */
const memoKey = (value: CellValue): unknown => (isDate(value) ? `date:${value.getTime()}` : value);

function broadcastGrid(
  fn: string,
  params: readonly ParamSpec<unknown>[],
  values: (CellValue | CellValue[][])[],
  grid: Grid,
  computeAt: (row: number, col: number) => unknown,
): (number | string)[][] {
  const ranged = values.flatMap((v, i) => (isArray(v) ? [i] : []));
  const blankRow = params.flatMap((p, i) => (p.main && isArray(values[i]) ? [values[i]] : []));
  const blankEverywhere = params.some((p, i) => p.main && !isArray(values[i]) && isBlank(values[i]));
  // Whole columns repeat a handful of combinations: compute each distinct row once. The memo is
  // a tree of Maps keyed by the raw values, so a repeated row costs lookups, not allocations.
  const memo = new Map<unknown, unknown>();
  const out = new ArrayOf<CellResult[]>(grid.rows);
  let pairs = false;
  for (let r = 0; r < grid.rows; r++) {
    // Exact-size rows: a pushed-to [] reserves room for ~17 cells, which 100,000 rows feel in GC.
    const line = new ArrayOf<CellResult>(grid.cols);
    for (let c = 0; c < grid.cols; c++) {
      let blank = blankEverywhere;
      for (let b = 0; b < blankRow.length && !blank; b++) blank = isBlank(blankRow[b][r][c]);
      if (blank) {
        line[c] = '';
        continue;
      }
      let node = memo;
      for (let k = 0; k < ranged.length - 1; k++) {
        const key = memoKey((values[ranged[k]] as CellValue[][])[r][c]);
        let next = node.get(key) as Map<unknown, unknown> | undefined;
        if (!next) node.set(key, (next = new Map()));
        node = next;
      }
      const leaf = memoKey((values[ranged[ranged.length - 1]] as CellValue[][])[r][c]);
      let value = node.get(leaf) as CellResult | undefined;
      if (value === undefined) {
        try {
          value = checkNumber(computeAt(r, c) as CellResult);
        } catch (error) {
          value = message(fn, error);
        }
        node.set(leaf, value);
      }
      if (isPair(value)) pairs = true;
      line[c] = value;
    }
    out[r] = line;
  }
  // With point "range" each cell becomes two side by side; blanks and messages fill both.
  if (!pairs) return out as (number | string)[][];
  return out.map((line) => line.flatMap((v) => (isPair(v) ? [v[0], v[1]] : typeof v === 'number' ? [v, ''] : [v, v])));
}
