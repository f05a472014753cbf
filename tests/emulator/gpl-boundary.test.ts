import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

// HyperFormula is GPL-3 and dev-only: the shipped add-on (src/, sidebar/) must never import it,
// directly or through the playground.
function filesUnder(dir: string): string[] {
  let entries: string[];
  try {
    entries = readdirSync(dir);
  } catch {
    return [];
  }
  return entries.flatMap((name) => {
    const file = path.join(dir, name);
    return statSync(file).isDirectory() ? filesUnder(file) : /\.(ts|tsx|js|mjs|html)$/.test(name) ? [file] : [];
  });
}

describe('GPL boundary', () => {
  it('keeps HyperFormula and the playground out of src/ and sidebar/', () => {
    const importing = /(?:from\s*|import\s*\(\s*|require\s*\(\s*|import\s+)['"][^'"]*(?:hyperformula|playground\/)[^'"]*['"]/i;
    const offenders = ['src', 'sidebar'].flatMap(filesUnder).filter((file) => importing.test(readFileSync(file, 'utf8')));
    expect(offenders).toEqual([]);
  });
});
