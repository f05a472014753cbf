// The wall between the add-on (vm realm) and the emulated services (host). Every service object
// the add-on sees is a Proxy that: counts each method call for the current execution, refuses
// calls the execution may not make (custom function, AuthMode.NONE), reports writes made without
// the document lock in strict mode, and converts values between realms.

import { isDateObject } from '../formulas/cell-values';
import { APPS_SCRIPT_METHODS } from './apps-script-api.generated';
import type { EmulatorContext } from './context';
import { executionOwner } from './lock-registry';
import { isSelectionChange, isWrite, refusal } from './policy';
import { protectedWriteRefusal } from './protected-writes';
import { isPlainObject, type Realm } from './realm';

export interface StrictLockOptions {
  enabled: boolean;
  /** Throw in the add-on at the offending call (besides recording the violation). */
  throwOnViolation: boolean;
}

/** Every emulated service class declares its Apps Script class name. */
export function apiNameOf(value: object): string | undefined {
  const ctor = (value as { constructor?: { apiName?: unknown } }).constructor;
  return typeof ctor?.apiName === 'string' ? ctor.apiName : undefined;
}

/** Describes a write target for violation reports, using the service's own public API. */
type Describable = {
  getA1Notation?: () => string;
  getSheet?: () => { getName(): string };
  getName?: () => string;
  getRange?: () => Describable | null;
};

function describeTarget(target: Describable): string {
  if (target.getA1Notation && target.getSheet) return `'${target.getSheet().getName()}'!${target.getA1Notation()}`;
  if (target.getName) return target.getName();
  if (target.getRange) {
    const range = target.getRange();
    if (range) return describeTarget(range);
  }
  return '(spreadsheet)';
}

/** A value copied as it is: text, a number or a boolean (no object, so nothing of the host's). */
const isPlainScalar = (v: unknown) => typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean';

/** An array of such values, or of arrays of them (what getValues answers when no cell holds a date). */
function isPlainGrid(value: unknown[]): boolean {
  // Indexed loops: a for-of here allocates an iterator result per cell of a column of thousands.
  for (let r = 0; r < value.length; r++) {
    const row: unknown = value[r];
    if (Array.isArray(row)) {
      for (let c = 0; c < row.length; c++) if (!isPlainScalar(row[c])) return false;
    } else if (!isPlainScalar(row)) return false;
  }
  return true;
}

export class Boundary {
  private readonly proxies = new WeakMap<object, object>();
  private readonly targets = new WeakMap<object, object>();

  constructor(
    private readonly realm: Realm,
    private readonly ctx: EmulatorContext,
    private readonly strictLock: StrictLockOptions,
  ) {}

  /** Host value -> value the add-on receives. */
  toVm(value: unknown): unknown {
    if (value === null || typeof value !== 'object') return value;
    if (this.targets.has(value)) return value; // already a proxy
    if (apiNameOf(value)) return this.wrap(value);
    if (Array.isArray(value)) return isPlainGrid(value) ? this.realm.newRows(value) : this.realm.newArray(value.map((v) => this.toVm(v)));
    if (isDateObject(value)) return this.realm.newDate(value.getTime());
    if (isPlainObject(value)) {
      const entries = Object.entries(value);
      if (entries.every(([, v]) => typeof v === 'string')) return this.realm.newTextRecord(value as Record<string, string>);
      return this.realm.newObject(entries.map(([k, v]) => [k, this.toVm(v)]));
    }
    return value;
  }

  /** Add-on value -> host value (proxies unwrapped, arrays/objects/dates copied into the host realm). */
  fromVm(value: unknown): unknown {
    if (value === null || typeof value !== 'object') return value;
    const target = this.targets.get(value);
    if (target) return target;
    // Array.from (not .map, which would keep the add-on realm's Array species).
    if (Array.isArray(value)) return Array.from(value, (v) => this.fromVm(v));
    if (isDateObject(value)) return new Date(value.getTime());
    if (isPlainObject(value)) return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, this.fromVm(v)]));
    return value;
  }

  wrap<T extends object>(service: T, apiName = apiNameOf(service) ?? 'Object'): T {
    const existing = this.proxies.get(service);
    if (existing) return existing as T;
    const methods = new Map<PropertyKey, unknown>();
    const properties = new Map<PropertyKey, unknown>();
    const proxy = new Proxy(service, {
      get: (target, prop) => {
        // Never hand host constructors/prototypes to the add-on.
        if (prop === 'constructor' || prop === '__proto__') return undefined;
        if (prop === 'toString') return () => printed(target, apiName);
        const value: unknown = Reflect.get(target, prop, target);
        if (value === undefined && typeof prop === 'string' && APPS_SCRIPT_METHODS[apiName]?.includes(prop)) {
          // A real Apps Script method the emulator lacks: say so, rather than "is not a function".
          return notImplemented(this.realm, apiName, prop);
        }
        if (typeof prop === 'symbol' || prop in Object.prototype) {
          return typeof value === 'function' ? (value as (...a: unknown[]) => unknown).bind(target) : value;
        }
        if (typeof value !== 'function') {
          // Enums and other constants: convert once so identity is stable for the add-on.
          if (!properties.has(prop)) properties.set(prop, this.toVm(value));
          return properties.get(prop);
        }
        if (!methods.has(prop)) {
          methods.set(prop, (...args: unknown[]) => this.invoke(target, apiName, prop, value as (...a: unknown[]) => unknown, args));
        }
        return methods.get(prop);
      },
      set: () => true, // Apps Script objects ignore stray property writes
    });
    this.proxies.set(service, proxy);
    this.targets.set(proxy, service);
    return proxy;
  }

  private invoke(target: object, api: string, method: string, fn: (...a: unknown[]) => unknown, args: unknown[]): unknown {
    const execution = this.ctx.executions.current;
    const refused = refusal(execution, api, method);
    if (refused) throw this.realm.newError(refused);
    execution?.count(`${api}.${method}`);
    if (execution && this.strictLock.enabled && isWrite(api, method) && !isSelectionChange(api, method)) {
      if (this.ctx.locks.holder('document') !== executionOwner(execution.id)) {
        const violation = {
          executionId: execution.id,
          entryPoint: execution.entryPoint,
          method: `${api}.${method}`,
          target: describeTarget(target),
        };
        execution.violations.push(violation);
        if (this.strictLock.throwOnViolation) {
          throw this.realm.newError(
            `Strict lock mode: ${violation.method} on ${violation.target} without holding LockService.getDocumentLock()`,
          );
        }
      }
    }
    const hostArgs = args.map((a) => this.fromVm(a));
    const denied = execution && protectedWriteRefusal(this.ctx, execution.user, api, method, target, hostArgs);
    if (denied) throw this.realm.newError(denied);
    let result: unknown;
    try {
      result = fn.apply(target, hostArgs);
    } catch (error) {
      throw this.realm.newError(error instanceof Error ? error.message : String(error));
    }
    return this.toVm(result);
  }
}

/**
 * What String(object) gives in Apps Script: the class name (chart.toString() is "EmbeddedChart",
 * containerInfo "ContainerInfo": gas-fakes test/testsheetschart.js:26,76; a TextStyle "TextStyle":
 * test/testsheets.js:2380), except a User, which prints its email (test/testsession.js:21).
 */
function printed(target: object, apiName: string): string {
  const email = (target as { getEmail?: unknown }).getEmail;
  return apiName === 'User' && typeof email === 'function' ? String(email.call(target)) : apiName;
}

function notImplemented(realm: Realm, apiName: string, method: string): () => never {
  return () => {
    throw realm.newError(`${apiName}.${method} is not implemented in the DevRate emulator`);
  };
}
