// dist/Code.js evaluated alone, as Apps Script does: one plain global scope, no require, no module.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import vm from 'node:vm';

export const DIST = join(import.meta.dirname, '..', '..', 'dist');

export function loadBundle(): vm.Context & Record<string, unknown> {
  const context = vm.createContext({});
  vm.runInContext(readFileSync(join(DIST, 'Code.js'), 'utf8'), context, { filename: 'Code.js' });
  return context;
}

/** Calls a top-level function of the bundle the way Sheets calls a custom function. */
export function sheetsCaller(context: Record<string, unknown>) {
  return (name: string, ...args: unknown[]): unknown => {
    const fn = context[name];
    if (typeof fn !== 'function') throw new Error(`dist/Code.js has no top-level function ${name}`);
    return fn(...args);
  };
}
