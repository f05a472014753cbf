// npm run bench: measures DevRate against Apps Script's limits and prints one table (also
// written as JSON to bench/results/ for comparison between runs). A benchmark, not a test.
import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { join } from 'node:path';
import { coldStart } from './bench/cold-start';
import type { BenchRow } from './bench/measure';
import { ranges } from './bench/ranges';
import { serviceCalls } from './bench/service-calls';
import { sidebars } from './bench/sidebar';
import { sizes } from './bench/sizes';
import { trackerScale } from './bench/tracker-scale';

const root = join(import.meta.dirname, '..');
const dist = join(root, 'dist');
const code = join(dist, 'Code.js');

// The machine's load is part of the result: a benchmark on a shared machine measures its neighbours too.
const load = () =>
  loadavg()
    .map((l) => l.toFixed(2))
    .join(' / ');
const loadBefore = load();
const sections: { rows: BenchRow[]; json: Record<string, number> }[] = [];
sections.push(coldStart(code));
sections.push(ranges(code));
sections.push(serviceCalls(dist));
sections.push(trackerScale(dist));
sections.push(sizes(dist));
sections.push(await sidebars(dist));

const rows = sections.flatMap((s) => s.rows);
const line = (cells: string[]) => `| ${cells.join(' | ')} |`;
const table = [
  line(['measure', 'value', 'floor', 'ratio', 'goal', 'met']),
  line(['---', '---', '---', '---', '---', '---']),
  ...rows.map((r) =>
    line([
      r.measure,
      r.value,
      r.floor ?? '',
      r.ratio ? `${r.ratio.toFixed(2)}×` : '',
      r.goal ?? '',
      r.met === undefined ? '' : r.met ? 'yes' : 'NO',
    ]),
  ),
].join('\n');
console.log(table);
const machine = `${cpus().length} cores; load average (1 / 5 / 15 min) ${loadBefore} before, ${load()} after`;
console.log(`\n${machine}`);

const results = join(root, 'bench', 'results');
mkdirSync(results, { recursive: true });
const json = {
  date: new Date().toISOString(),
  node: process.version,
  machine,
  rows,
  ...Object.fromEntries(sections.flatMap((s) => Object.entries(s.json))),
};
writeFileSync(join(results, 'latest.json'), JSON.stringify(json, null, 2));
writeFileSync(join(results, `${json.date.replace(/[:.]/g, '-')}.json`), JSON.stringify(json, null, 2));
console.log(`\nwritten: bench/results/latest.json`);
