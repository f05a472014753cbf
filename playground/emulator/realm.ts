// The add-on's own JavaScript realm: a node:vm context with standard built-ins and the emulated
// services as globals, and nothing else (no require, process, module, timers) — like Apps Script's
// single global scope. Values crossing into the realm are rebuilt with the realm's own Array,
// Object, Date and Error so `instanceof` inside the add-on behaves.

import vm from 'node:vm';

interface Intrinsics {
  Array: ArrayConstructor;
  Object: ObjectConstructor;
  Date: DateConstructor;
  Error: ErrorConstructor;
  JSON: JSON;
  /** Copies rows of plain values into arrays of the add-on's realm. */
  copyRows: (rows: readonly unknown[]) => unknown[];
}

/**
 * Made inside the realm, holding its own Array (a script that reassigns Array changes nothing):
 * rows of text, numbers and booleans copied with plain loops, with no conversion per value.
 */
const COPY_ROWS = `(function (NewArray, isArray) {
  return function copyRows(rows) {
    var out = new NewArray(rows.length);
    for (var i = 0; i < rows.length; i++) {
      var row = rows[i];
      if (!isArray(row)) { out[i] = row; continue; }
      var copy = new NewArray(row.length);
      for (var j = 0; j < row.length; j++) copy[j] = row[j];
      out[i] = copy;
    }
    return out;
  };
})(Array, Array.isArray)`;

const CALL_SLOT = '__emulatorCall__';

export class Realm {
  readonly context: vm.Context;
  private readonly intrinsics: Intrinsics;

  constructor() {
    this.context = vm.createContext({}, { name: 'Apps Script (emulated)', codeGeneration: { strings: true, wasm: false } });
    this.intrinsics = vm.runInContext(`({ Array, Object, Date, Error, JSON, copyRows: ${COPY_ROWS} })`, this.context) as Intrinsics;
  }

  /** Installs globals (non-enumerable, so they are not mistaken for the add-on's functions). */
  define(globals: Record<string, unknown>): void {
    for (const [name, value] of Object.entries(globals)) {
      Object.defineProperty(this.context, name, { value, writable: true, configurable: true, enumerable: false });
    }
  }

  /** Runs a script file in the global scope (top-level functions become globals). */
  load(source: string | vm.Script, filename: string, timeoutMs: number): void {
    const script = typeof source === 'string' ? new vm.Script(source, { filename }) : source;
    script.runInContext(this.context, limit(timeoutMs));
  }

  /** Names of the functions the loaded code declared at top level. */
  functionNames(): string[] {
    return Object.keys(this.context).filter((name) => typeof this.context[name] === 'function');
  }

  getFunction(name: string): ((...args: unknown[]) => unknown) | undefined {
    const value: unknown = Object.prototype.hasOwnProperty.call(this.context, name) ? this.context[name] : undefined;
    return typeof value === 'function' ? (value as (...args: unknown[]) => unknown) : undefined;
  }

  /** Calls a global function inside the realm, under a CPU-time limit like Apps Script's. */
  call(fn: (...args: unknown[]) => unknown, args: unknown[], timeoutMs: number): unknown {
    Object.defineProperty(this.context, CALL_SLOT, { value: () => fn(...args), configurable: true, enumerable: false });
    try {
      return vm.runInContext(`${CALL_SLOT}()`, this.context, limit(timeoutMs));
    } finally {
      // Undone as it was done: by the reflective call, on the slot's own name.
      Reflect.deleteProperty(this.context, CALL_SLOT);
    }
  }

  newError(message: string): Error {
    return new this.intrinsics.Error(message);
  }

  newDate(time: number): Date {
    return new this.intrinsics.Date(time);
  }

  newArray(items: unknown[]): unknown[] {
    const array = new this.intrinsics.Array<unknown>();
    for (const item of items) array.push(item);
    return array;
  }

  /** Text, numbers, booleans and rows of them (a column of thousands of cells), copied by the realm itself. */
  newRows(rows: readonly unknown[]): unknown[] {
    return this.intrinsics.copyRows(rows);
  }

  /**
   * An object of text values (a document's properties: a thousand keys once a tracker is used) in
   * one built-in call: JSON.parse makes own data properties, "__proto__" a key like any other. (A
   * loop of defineProperty in the realm is slower here: each execution's realm runs it cold.)
   */
  newTextRecord(record: Readonly<Record<string, string>>): Record<string, unknown> {
    return this.intrinsics.JSON.parse(JSON.stringify(record)) as Record<string, unknown>;
  }

  newObject(entries: Array<[string, unknown]>): Record<string, unknown> {
    const object = new this.intrinsics.Object() as Record<string, unknown>;
    // Own data properties, as JSON.parse makes them: a "__proto__" key stays a key, never a prototype.
    for (const [key, value] of entries) Object.defineProperty(object, key, { value, writable: true, enumerable: true, configurable: true });
    return object;
  }
}

/** A CPU-time limit costs a watchdog thread per call (~0.5 ms): Infinity runs without one. */
const limit = (timeoutMs: number): vm.RunningScriptOptions => (Number.isFinite(timeoutMs) ? { timeout: timeoutMs } : {});

export function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (value === null || typeof value !== 'object') return false;
  if (Object.prototype.toString.call(value) !== '[object Object]') return false;
  const proto = Object.getPrototypeOf(value) as { constructor?: { name?: string } } | null;
  return proto === null || proto.constructor?.name === 'Object';
}
