// Runs server endpoints the way google.script.run does (JSON-copied arguments, strict lock mode)
// and checks what a user would notice after every call: an answer the sidebar can receive, or an
// Error whose message is one of the endpoint's own, short and readable; a refused call leaves
// the spreadsheet and the user's properties exactly as they were; nothing is written without
// the document lock, and no lock is left held.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import vm from 'node:vm';
import fc from 'fast-check';
import { expect } from 'vitest';
import {
  ExecutionError,
  deserializeWorkbook,
  loadAddon,
  serializeWorkbook,
  type Addon,
  type ExecutionResult,
  type WorkbookJSON,
} from '../../playground/emulator';
import { ENDPOINTS, type EndpointName } from '../../src/endpoints/registry';
import type { entryPoints } from '../../src/main';
import { DIST } from '../support/bundle';
import { PROPERTY_RUNS } from '../support/runs';

/** Read once per test file; every emulator of the file runs the same build. */
export const CODE = readFileSync(join(DIST, 'Code.js'), 'utf8');

/**
 * The add-on over a copy of a workbook (a new one when none), opened, recording lock violations.
 * No CPU-time limit: its watchdog thread would double the cost of each of the ~90,000 calls these
 * tests make, and a runaway call still fails the test at vitest's own timeout. One global scope
 * for all calls (freshScope: false): a fresh one costs ~30 ms a call, 45 minutes over these
 * suites; the templates, formulas and browser tests run every execution in a fresh scope.
 */
export function addonOver(workbook?: WorkbookJSON, code = CODE): Addon {
  const addon = loadAddon({
    code,
    htmlDir: DIST,
    strictLock: true,
    addonName: 'DevRate',
    timeoutMs: Infinity,
    freshScope: false,
    workbook: workbook ? deserializeWorkbook(structuredClone(workbook)) : undefined,
  });
  addon.open('FULL');
  return addon;
}

/** How an endpoint of the registry refuses a payload its schema does not accept: "<subject> <verb>: <problems>." */
export const parseRefusal = (name: EndpointName): RegExp => {
  const { subject, verb } = ENDPOINTS[name];
  return new RegExp(`^${`${subject} ${verb}`.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}: \\S`, 's');
};

export const LOCK_BUSY = /^Another editor is changing this spreadsheet right now\. Nothing was written; please try again in a moment\.$/;

/** Longest message a sidebar banner should have to show. */
export const MAX_MESSAGE = 1_000;
/** Text of a JavaScript failure rather than a message written for a person. */
const INTERNAL =
  /TypeError|ReferenceError|RangeError|SyntaxError|Cannot read propert|Cannot convert|Cannot set propert|is not a function|is not iterable|is not defined|is not a constructor|Maximum call stack|Invalid (array|string) length|\[object \w+\]/;

export function expectClearMessage(message: string, families: readonly RegExp[]): void {
  const problem = unclear(message, families);
  if (problem) expect.fail(problem);
}

/** Why a refusal's message is not one a person can act on, if it is not (plain code: it runs 90,000 times). */
function unclear(message: string, families: readonly RegExp[]): string | undefined {
  const shown = message.length > 300 ? `${message.slice(0, 300)}… (${message.length} characters)` : message;
  if (message.length > MAX_MESSAGE) return `an error message of ${message.length} characters: ${shown}`;
  if (INTERNAL.test(message)) return `a JavaScript failure instead of a message: ${shown}`;
  if (!families.some((family) => family.test(message))) return `a refusal this endpoint does not make: ${shown}`;
  if (!/[.)]$/.test(message)) return `a message that does not end as a sentence: ${shown}`;
  return undefined;
}

/** What google.script.run can hand back to a sidebar: no Dates, functions, NaN or class instances. */
export function expectTransferable(value: unknown, where = 'answer'): void {
  const problem = untransferable(value, where);
  if (problem) expect.fail(`an answer google.script.run cannot hand to the sidebar as it is: ${problem}`);
}

/** Where a value stops being plain JSON (plain loops: answers hold hundreds of cells). */
function untransferable(value: unknown, where: string): string | undefined {
  if (value === null || value === undefined || typeof value === 'string' || typeof value === 'boolean') return undefined;
  if (typeof value === 'number') return Number.isFinite(value) ? undefined : `${where} is ${value}, which reaches the sidebar as null`;
  if (typeof value !== 'object') return `${where} is a ${typeof value}`;
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) {
      const problem = untransferable(value[i], `${where}[${i}]`);
      if (problem) return problem;
    }
    return undefined;
  }
  const proto = Object.getPrototypeOf(value);
  if (proto !== Object.prototype && proto !== null) return `${where} is a ${Object.prototype.toString.call(value)}, not a plain object`;
  for (const [key, item] of Object.entries(value)) {
    const problem = untransferable(item, `${where}.${key}`);
    if (problem) return problem;
  }
  return undefined;
}

export type Outcome = ({ ok: true; value: unknown } | { ok: false; message: string }) & { result: ExecutionResult };

/** One google.script.run call; a thrown Error becomes a refusal with its message. */
export function clientCall(addon: Addon, endpoint: keyof typeof entryPoints, args: readonly unknown[], user?: string): Outcome {
  // A refusal's stack is never read, and formatting one through vitest's source maps costs more than the call.
  const stackTraceLimit = Error.stackTraceLimit;
  Error.stackTraceLimit = 0;
  try {
    const result = addon.run(endpoint, [...args], { fromClient: true, user });
    return { ok: true, value: result.value, result };
  } catch (error) {
    if (!(error instanceof ExecutionError)) throw error;
    return { ok: false, message: error.message, result: error.result };
  } finally {
    Error.stackTraceLimit = stackTraceLimit;
  }
}

export interface EndpointContract {
  endpoint: keyof typeof entryPoints;
  /** The messages this endpoint refuses with, anchored at their start. */
  refusals: readonly RegExp[];
  /** Checks a successful answer and what it wrote. */
  accepted?(value: unknown, addon: Addon, args: readonly unknown[]): void;
}

const propertiesText = (addon: Addon) =>
  JSON.stringify([[...addon.scriptProperties], [...addon.userProperties].map(([user, props]) => [user, [...props]])]);
const workbookText = (addon: Addon) => JSON.stringify(serializeWorkbook(addon.workbook));

/** Names of the sheets whose saved form differs: what a failed call left behind. */
function changedSheets(before: string, after: string): string {
  const a = JSON.parse(before) as WorkbookJSON;
  const b = JSON.parse(after) as WorkbookJSON;
  const byId = new Map(a.sheets.map((s) => [s.id, JSON.stringify(s)]));
  const changed = b.sheets.filter((s) => byId.get(s.id) !== JSON.stringify(s)).map((s) => s.name);
  const gone = a.sheets.filter((s) => !b.sheets.some((t) => t.id === s.id)).map((s) => `${s.name} (deleted)`);
  const named = JSON.stringify(a.namedRanges) === JSON.stringify(b.namedRanges) ? [] : ['named ranges'];
  return [...changed, ...gone, ...named].join(', ') || 'workbook settings';
}

export interface CallOptions {
  /** Another editor holds the document lock during the call. */
  lockHeld?: boolean;
  /** Compare the whole saved workbook before and after, not only its version counter. */
  deep?: boolean;
  /** The account making the call (the emulator's default user when absent). */
  user?: string;
}

/**
 * Calls one endpoint again and again on an emulator, checking each call. Full workbook snapshots
 * are compared on the first calls and then on a sample; every call checks the workbook's change
 * counter, which any write moves.
 */
export class EndpointChecker {
  calls = 0;
  answered = 0;
  refused = 0;
  deepChecks = 0;
  readonly refusalsSeen = new Map<string, number>();
  private rawAnswer: unknown;
  private stopListening: () => void = () => {};

  constructor(
    private readonly contract: EndpointContract,
    public addon: Addon,
    private readonly deepEvery = 200,
  ) {
    this.use(addon);
  }

  /** Switches to another emulator (a fresh batch). */
  use(addon: Addon): void {
    this.stopListening();
    this.addon = addon;
    // The answer before its JSON copy: a Date or NaN would silently change on the way to the sidebar.
    this.stopListening = addon.onExecution((result) => {
      if (result.entryPoint === this.contract.endpoint && result.authMode !== 'CUSTOM_FUNCTION') this.rawAnswer = result.value;
    });
  }

  call(args: readonly unknown[], options: CallOptions = {}): Outcome {
    const { addon, contract } = this;
    const deep = options.deep ?? (this.calls < 20 || this.calls % this.deepEvery === 0);
    const version = addon.workbook.version;
    const properties = propertiesText(addon);
    const snapshot = deep ? workbookText(addon) : '';
    const release = options.lockHeld ? addon.locks.holdAs('document') : undefined;
    this.rawAnswer = undefined;
    let outcome: Outcome;
    try {
      outcome = clientCall(addon, contract.endpoint, args, options.user);
    } finally {
      release?.();
    }
    this.calls++;
    // Plain checks first, expect only on a failure: this runs 10,000 times per endpoint.
    const about = () => `${contract.endpoint}(${preview(args)})`;
    if (outcome.result.lockViolations.length)
      expect.fail(`${about()} wrote without the document lock: ${JSON.stringify(outcome.result.lockViolations)}`);
    if (outcome.result.locksReleasedAtEnd.length)
      expect.fail(`${about()} left a lock held: ${outcome.result.locksReleasedAtEnd.join(', ')}`);
    if (outcome.ok) {
      this.answered++;
      const problem = untransferable(this.rawAnswer, 'answer');
      if (problem) expect.fail(`${about()}: an answer google.script.run cannot hand to the sidebar as it is: ${problem}`);
      contract.accepted?.(outcome.value, addon, JSON.parse(JSON.stringify(args)) as unknown[]); // what the server received
    } else {
      this.refused++;
      const message = outcome.message;
      const family = contract.refusals.find((f) => f.test(message)) ?? (LOCK_BUSY.test(message) ? LOCK_BUSY : undefined);
      this.refusalsSeen.set(String(family), (this.refusalsSeen.get(String(family)) ?? 0) + 1);
      const problem = unclear(message, options.lockHeld ? [...contract.refusals, LOCK_BUSY] : contract.refusals);
      if (problem) expect.fail(`${about()}: ${problem}`);
      const refused = () => `${about()} was refused ("${message.slice(0, 120)}")`;
      if (addon.workbook.version !== version) expect.fail(`${refused()} but changed the spreadsheet`);
      if (propertiesText(addon) !== properties) expect.fail(`${refused()} but changed the stored properties`);
      if (deep) {
        this.deepChecks++;
        const after = workbookText(addon);
        if (after !== snapshot) expect.fail(`${refused()} but left changes on: ${changedSheets(snapshot, after)}`);
      }
    }
    return outcome;
  }
}

function preview(args: readonly unknown[]): string {
  let text: string;
  try {
    text = JSON.stringify(args) ?? 'undefined';
  } catch {
    text = String(args);
  }
  return text.length > 200 ? `${text.slice(0, 200)}…` : text;
}

/** Built-in prototypes of the add-on's global scope, to see that no payload reached them. */
export function realmPrototypes(addon: Addon): string {
  const context = (addon as unknown as { realm: { context: vm.Context } }).realm.context;
  return vm.runInContext(
    `JSON.stringify([Object, Array, String, Number, Function].map((C) => Object.getOwnPropertyNames(C.prototype).sort()))`,
    context,
  ) as string;
}

/** The same, in this process: a payload must not reach the host's prototypes either. */
export const hostPrototypes = (): string =>
  JSON.stringify([Object, Array, String, Number, Function].map((C) => Object.getOwnPropertyNames(C.prototype).sort()));

/** Cases per endpoint (10,000 by default, as issue 6 asks); PROPERTY_RUNS changes it. */
export const RUNS = PROPERTY_RUNS;

export interface HostileRun<C> {
  /** Spreadsheets to start batches from, in turn (undefined: a new, empty one). */
  workbooks: readonly (WorkbookJSON | undefined)[];
  cases: fc.Arbitrary<C>;
  /** Cases per fresh emulator. */
  batch?: number;
  /** Cases in all (default RUNS). */
  runs?: number;
  /** Full workbook comparison every so many calls (and on the first 20). */
  deepEvery?: number;
  call(checker: EndpointChecker, testCase: C): void;
}

/**
 * Runs RUNS generated cases against an endpoint, a fresh emulator per batch, and checks after each
 * batch that nothing reached a built-in prototype. Returns the checker for its tallies.
 */
export function runHostile<C>(contract: EndpointContract, run: HostileRun<C>): EndpointChecker {
  const batch = run.batch ?? 500;
  let started = 0;
  let inBatch = 0;
  const checker = new EndpointChecker(contract, addonOver(run.workbooks[0]), run.deepEvery);
  const cleanRealm = realmPrototypes(checker.addon);
  const cleanHost = hostPrototypes();
  const checkPrototypes = () => {
    expect(realmPrototypes(checker.addon), `a ${contract.endpoint} payload reached a built-in prototype of the add-on`).toBe(cleanRealm);
    expect(hostPrototypes(), `a ${contract.endpoint} payload reached a built-in prototype of the host`).toBe(cleanHost);
  };
  fc.assert(
    fc.property(run.cases, (testCase) => {
      if (inBatch === batch) {
        checkPrototypes();
        started++;
        checker.use(addonOver(run.workbooks[started % run.workbooks.length]));
        inBatch = 0;
      }
      inBatch++;
      run.call(checker, testCase);
    }),
    { numRuns: run.runs ?? RUNS },
  );
  checkPrototypes();
  return checker;
}

/** The test is only as good as the paths it reached: each refusal seen, answers and refusals both common. */
export function expectCoverage(checker: EndpointChecker, contract: EndpointContract, minimum: { answered: number; refused: number }): void {
  const tally = `${checker.answered} answered, ${checker.refused} refused (${[...checker.refusalsSeen].map(([f, n]) => `${f}: ${n}`).join('; ')})`;
  console.info(`${contract.endpoint}: ${checker.calls} calls, ${tally}; ${checker.deepChecks} full workbook comparisons`);
  expect(checker.calls, tally).toBe(RUNS);
  if (RUNS < 5_000) return; // too few cases to expect every path every time
  expect(checker.answered / RUNS, tally).toBeGreaterThanOrEqual(minimum.answered);
  expect(checker.refused / RUNS, tally).toBeGreaterThanOrEqual(minimum.refused);
  for (const family of contract.refusals)
    expect(checker.refusalsSeen.get(String(family)) ?? 0, `never refused with ${family}: ${tally}`).toBeGreaterThan(0);
}
