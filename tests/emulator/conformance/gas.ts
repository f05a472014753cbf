// The conformance suite's harness. Each test ports an expectation that gas-fakes
// (github.com/brucemcpherson/gas-fakes, commit dedcae381f9a) records against live Apps Script,
// citing its file and line, and runs it against the emulated services exactly as an add-on's
// code sees them (through the boundary, inside one execution).

import { loadAddon, type LoadAddonOptions, type ServiceGlobals } from '../../../playground/emulator';

/** Runs body as one execution against a fresh emulated spreadsheet (one empty sheet). */
export function gas<T>(body: (services: ServiceGlobals) => T, options: Omit<LoadAddonOptions, 'code'> = {}): T {
  return loadAddon({ ...options, code: '' }).withServices(body);
}

/** The message of what fn throws ('' when it does not throw). */
export function thrown(fn: () => unknown): string {
  try {
    fn();
  } catch (error) {
    return typeof error === 'object' && error !== null && 'message' in error ? String(error.message) : String(error);
  }
  return '';
}

/** Calls a method by name (for checks written once over several Apps Script properties). */
export function call(target: object, method: string, ...args: unknown[]): unknown {
  const fn: unknown = Reflect.get(target, method);
  if (typeof fn !== 'function') throw new TypeError(`${method} is not a function`);
  const result: unknown = Reflect.apply(fn, target, args);
  return result;
}

/** What String(value) gives in Apps Script: a service object's class, an enum's name, a user's email. */
export function printed(value: unknown): string {
  return String(value);
}
