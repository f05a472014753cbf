// Sizes: what Apps Script loads (Code.js) and what each sidebar sends over the network, raw and
// gzipped, with the largest contributors from esbuild's metafile.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { BenchRow } from './measure';

// Bytes in full, as the goals are written: "30.0" rounded from 30,040 would hide a missed goal.
const bytes = (n: number) => n.toLocaleString('en-US');
const kb = (n: number) => (n / 1000).toFixed(1);
/** Goals (issue 10), in bytes: what each sidebar sends, and what Apps Script loads. */
export const SIDEBAR_MAX_GZIP = 30_000;
export const CODE_MAX_RAW = 250_000;

interface Metafile {
  outputs: Record<string, { inputs: Record<string, { bytesInOutput: number }> }>;
}

/** The biggest inputs of a bundle, grouped by package (node_modules) or folder. */
function contributors(metaPath: string, top = 3): string {
  const meta = JSON.parse(readFileSync(metaPath, 'utf8')) as Metafile;
  const totals = new Map<string, number>();
  for (const output of Object.values(meta.outputs)) {
    for (const [input, { bytesInOutput }] of Object.entries(output.inputs)) {
      const pkg = input.match(/node_modules\/((?:@[^/]+\/)?[^/]+)/)?.[1];
      const group = pkg ?? (input.split('/').slice(0, -1).join('/').replace(/^(\.\.\/)+/, '') || input);
      totals.set(group, (totals.get(group) ?? 0) + bytesInOutput);
    }
  }
  return [...totals.entries()].sort((a, b) => b[1] - a[1]).slice(0, top).map(([name, n]) => `${name} ${kb(n)} KB`).join(', ');
}

export function sizes(dist: string): { rows: BenchRow[]; json: Record<string, number> } {
  const rows: BenchRow[] = [];
  const json: Record<string, number> = {};
  for (const file of readdirSync(dist).filter((f) => /\.(js|html)$/.test(f)).sort()) {
    const content = readFileSync(join(dist, file));
    const gz = gzipSync(content).length;
    const page = file.replace(/\.html$/, '');
    const meta = file === 'Code.js'
      ? `functions: ${contributors(join(dist, 'meta', 'functions.json'))}; server: ${contributors(join(dist, 'meta', 'server.json'))}`
      : contributors(join(dist, 'meta', `${page}.json`));
    const isSidebar = file.endsWith('.html');
    rows.push({
      measure: `size of ${file} (bytes raw / gzip) — largest: ${meta}`,
      value: `${bytes(content.length)} / ${bytes(gz)}`,
      goal: isSidebar ? `≤ ${bytes(SIDEBAR_MAX_GZIP)} gzip` : `≤ ${bytes(CODE_MAX_RAW)} raw`,
      met: isSidebar ? gz <= SIDEBAR_MAX_GZIP : content.length <= CODE_MAX_RAW,
    });
    json[`${file}_bytes`] = content.length;
    json[`${file}_gzipBytes`] = gz;
  }
  return { rows, json };
}
