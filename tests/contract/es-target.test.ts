// dist/Code.js uses only ES2020. Google documents that the V8 runtime takes "modern ECMAScript
// syntax" (https://developers.google.com/apps-script/guides/v8-runtime) but names no edition, so
// the build stays at ES2020: esbuild lowers newer syntax (scripts/server-bundle.ts, target
// es2020), the src projects' lib is ES2020 so `.at()` or `new Error(m, { cause })` do not
// compile, and this test catches a newer library call arriving from a dependency.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DIST } from '../support/bundle';

/** ES2021–ES2023 library members a bundle could call; none is in ES2020. */
const NEWER = [
  /\.at\(-?\w*\)/, // ES2022 Array/String.prototype.at
  /\bObject\.hasOwn\(/, // ES2022
  /\.replaceAll\(/, // ES2021
  /\.findLast(Index)?\(/, // ES2023
  /\.to(Sorted|Reversed|Spliced)\(/, // ES2023
  /\bstructuredClone\(/,
  /\bnew (WeakRef|FinalizationRegistry|AggregateError)\b/, // ES2021
  /\bPromise\.any\(/, // ES2021
  /new Error\([^()]*\{\s*cause\s*:/, // ES2022 error cause
];

describe('the bundle Apps Script runs', () => {
  it('calls no library member newer than ES2020', () => {
    const code = readFileSync(join(DIST, 'Code.js'), 'utf8');
    const found = NEWER.flatMap((pattern) => code.match(new RegExp(pattern.source, 'g')) ?? []);
    expect(found).toEqual([]);
  });

  it('is type-checked against the ES2020 library, as it is built for ES2020', () => {
    for (const project of ['tsconfig.server.json', 'tsconfig.domain.json']) {
      const text = readFileSync(join(import.meta.dirname, '..', '..', project), 'utf8');
      expect(text).toMatch(/"lib": \["ES2020"\]/);
    }
    expect(readFileSync(join(import.meta.dirname, '..', '..', 'scripts', 'server-bundle.ts'), 'utf8')).toMatch(/target: 'es2020'/);
  });
});
