// Expected figures read straight from data/, independently of src/domain, so tests check the
// domain against the data rather than against itself.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

export interface RawFigure {
  kind: string;
  key: string;
  region: string;
  spec: string;
  low: number;
  high: number;
  unit?: string;
  source: string;
  section: string;
  default: boolean;
  variant?: string;
  openEnded?: boolean;
}

const dataDir = join(import.meta.dirname, '..', '..', 'data');
export const figures: RawFigure[] = JSON.parse(readFileSync(join(dataDir, 'figures.json'), 'utf8'));
export const factors = JSON.parse(readFileSync(join(dataDir, 'factors.json'), 'utf8'));
export const hiring = JSON.parse(readFileSync(join(dataDir, 'hiring.json'), 'utf8'));

export function builtIn(kind: string, key: string, region = 'global', spec = 'backend'): RawFigure {
  const found = figures.find((f) => f.default && f.kind === kind && f.key === key && f.region === region && f.spec === spec);
  if (!found) throw new Error(`no default ${kind} ${key} ${region} ${spec} in data/figures.json`);
  return found;
}

export const mid = (f: { low: number; high: number }) => (f.low + f.high) / 2;
