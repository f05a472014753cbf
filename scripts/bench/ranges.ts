// Ranges: one custom-function call over a whole column, half of it blank as in an open-ended
// A2:A, against a plain Map lookup loop over the same rows as the floor.
import { readFileSync } from 'node:fs';
import vm from 'node:vm';
import { timeMedian, type BenchRow } from './measure';

const LEVELS = ['junior', 'mid', 'senior', 'Senior', 'jr', 7];
const REGIONS = ['asia', 'north_america', 'eastern_europe', 'latam', 'uk'];

function column(rows: number, pick: (i: number) => unknown): unknown[][] {
  return Array.from({ length: rows }, (_, i) => [i % 2 ? '' : pick(i)]);
}

// The floor runs in a vm context too, so both sides pay the same for being in one.
const FLOOR_LOOP = `(function floor(levels, regions) {
  var table = new Map([['senior|asia', 80], ['mid|asia', 45], ['junior|asia', 22.5]]);
  var out = [];
  for (var i = 0; i < levels.length; i++) {
    var level = levels[i][0];
    out.push(level === '' ? [''] : [table.get(String(level).toLowerCase() + '|' + regions[i][0]) || 0]);
  }
  return out;
})`;

export function ranges(codePath: string): { rows: BenchRow[]; json: Record<string, number> } {
  const context = vm.createContext({});
  vm.runInContext(readFileSync(codePath, 'utf8'), context);
  const devrate = context.DEVRATE as (...a: unknown[]) => unknown;
  const ratecheck = context.RATECHECK as (...a: unknown[]) => unknown;
  const floorLoop = vm.runInContext(FLOOR_LOOP, vm.createContext({})) as (l: unknown[][], r: unknown[][]) => unknown[][];
  const rows: BenchRow[] = [];
  const json: Record<string, number> = {};
  for (const size of [10_000, 100_000]) {
    const levels = column(size, (i) => LEVELS[i % LEVELS.length]);
    const regions = column(size, (i) => REGIONS[i % REGIONS.length]).map(([r]) => [r || 'asia']);
    const quotes = column(size, (i) => 20 + (i % 150));
    const runs = size > 10_000 ? 7 : 21;
    const floor = timeMedian(() => floorLoop(levels, regions), runs);
    for (const [name, run] of [
      ['DEVRATE', () => devrate(levels, regions)],
      ['RATECHECK', () => ratecheck(quotes, levels.map(([l]) => [l || 'mid']), regions)],
    ] as const) {
      const ms = timeMedian(run, runs);
      const ratio = ms / floor;
      const goal = size === 100_000 ? '< 1000 ms, ≤ 5× floor' : '≤ 5× floor';
      rows.push({
        measure: `${name} over ${size.toLocaleString('en-US')} rows, half blank (ms per call; µs per row)`,
        value: `${ms.toFixed(1)}; ${((ms * 1000) / size).toFixed(2)}`,
        floor: floor.toFixed(1),
        ratio,
        goal,
        met: ratio <= 5 && (size < 100_000 || ms < 1000),
      });
      json[`${name}_${size}_ms`] = ms;
      json[`${name}_${size}_floorMs`] = floor;
    }
  }
  return { rows, json };
}
