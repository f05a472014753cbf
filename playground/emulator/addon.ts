// loadAddon(): loads dist/Code.js into a fresh Apps Script-like global scope over an in-memory
// workbook, and runs its entry points as executions.

import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import vm from 'node:vm';
import { Workbook } from '../formulas/workbook';
import { behaviourProfile, type SheetsBehaviour } from './behaviour';
import { Boundary } from './boundary';
import type { EmulatorContext } from './context';
import { ExecutionStack, type AuthModeName, type Execution, type LockViolation, type LogEntry, type ServiceCallCounts } from './execution';
import { findCustomFunctions, type CustomFunctionDoc } from './jsdoc';
import { LockRegistry, executionOwner, type LockScope } from './lock-registry';
import { Realm } from './realm';

import { createGlobals, wrapGlobals, type ServiceGlobals } from './services';
import { SpreadsheetFacade } from './spreadsheet';
import { UiState } from './ui-state';
import type { GridRect } from '../../src/sheets/a1';
import { userEdit, type UserEditOptions } from './user-edit';
import { userClear, userPaste, type PasteRequest } from './user-paste';

/** The global the emulator defines and Apps Script does not (read by src/server/self-test/host.ts). */
export const EMULATED_HOST_GLOBAL = 'DEVRATE_EMULATED_HOST';

export interface LoadAddonOptions {
  /** Bundled script; default "dist/Code.js". */
  codePath?: string;
  /** Script source given directly (instead of codePath). */
  code?: string;
  /** Folder of the HTML files; default: the folder of codePath. */
  htmlDir?: string;
  /** Spreadsheet to work on; default: a new one with "Sheet1". */
  workbook?: Workbook;
  /** Caption of the add-on menu (Extensions > name). */
  addonName?: string;
  /** Record writes made without the document lock; `{ throwOnViolation: true }` also throws. */
  strictLock?: boolean | { throwOnViolation?: boolean };
  /** Email of the user when a run does not say; default "user@example.com". */
  defaultUser?: string;
  /** Script time zone; default: appsscript.json beside the code, else the workbook's. */
  timeZone?: string;
  /** CPU-time limit of one execution (Apps Script: 6 minutes) and of a custom function (30 s). */
  timeoutMs?: number;
  customFunctionTimeoutMs?: number;
  /** Also print the add-on's Logger/console output to stderr. */
  echoLogs?: boolean;
  /** Clock for cache expiry. */
  now?: () => number;
  /**
   * Start every execution from a fresh global scope, as Apps Script does (default true): state an
   * execution leaves in globals (module-level caches, reused builders) is gone for the next one,
   * so code that relies on it fails here as it would in Sheets. false keeps one global scope.
   */
  freshScope?: boolean;
  /** Switch beliefs about Sheets to their opposite (behaviour.ts); default: ASSUMED. */
  behaviour?: Partial<SheetsBehaviour>;
}

export interface RunOptions {
  authMode?: AuthModeName;
  user?: string;
  /** As a google.script.run call from HTML: private (name_) functions refused, JSON-copied values. */
  fromClient?: boolean;
}

export interface ExecutionResult<T = unknown> {
  executionId: number;
  entryPoint: string;
  authMode: AuthModeName;
  user: string;
  value: T;
  counts: ServiceCallCounts;
  logs: LogEntry[];
  lockViolations: LockViolation[];
  /** Locks the code still held when it returned (released automatically, as Apps Script does). */
  locksReleasedAtEnd: LockScope[];
  /** Message of the exception the entry point threw, if any. */
  error?: string;
}

export class ExecutionError extends Error {
  constructor(readonly result: ExecutionResult) {
    super(result.error);
    this.name = 'ExecutionError';
  }
}

export class Addon {
  readonly workbook: Workbook;
  readonly ui = new UiState();
  readonly locks = new LockRegistry();
  readonly customFunctionDocs: CustomFunctionDoc[];
  /** Every strict-lock violation since loading. */
  readonly lockViolations: LockViolation[] = [];
  readonly scriptProperties = new Map<string, string>();
  readonly userProperties = new Map<string, Map<string, string>>();
  readonly keyRotations = new Map<string, number>();
  /** The spreadsheet as host code sees it (not counted, no permission checks). */
  readonly spreadsheet: SpreadsheetFacade;
  /** The behaviour profile this add-on runs under. */
  readonly behaviour: Readonly<SheetsBehaviour>;
  private readonly ctx: EmulatorContext;
  /** The global scope of the current (or last) execution. */
  private realm!: Realm;
  private boundary!: Boundary;
  /** The services of the current global scope, as the add-on's code sees them. */
  private services!: ServiceGlobals;
  private readonly script: vm.Script;
  private readonly freshScope: boolean;
  private readonly lockMode: { enabled: boolean; throwOnViolation: boolean };
  private readonly echoLogs: boolean;
  private readonly timeoutMs: number;
  private readonly customFunctionTimeoutMs: number;
  private readonly executionListeners = new Set<(result: ExecutionResult) => void>();

  constructor(source: string, filename: string, options: LoadAddonOptions) {
    this.workbook = options.workbook ?? new Workbook();
    this.timeoutMs = options.timeoutMs ?? 360_000;
    this.customFunctionTimeoutMs = options.customFunctionTimeoutMs ?? 30_000;
    this.behaviour = behaviourProfile(options.behaviour);
    const htmlDir = options.htmlDir ?? (options.codePath ? path.dirname(options.codePath) : undefined);
    this.ctx = {
      workbook: this.workbook,
      ui: this.ui,
      locks: this.locks,
      executions: new ExecutionStack(),
      scriptProperties: this.scriptProperties,
      userProperties: this.userProperties,
      keyRotations: this.keyRotations,
      caches: { document: new Map(), script: new Map(), user: new Map() },
      selections: new Map(),
      htmlDir,
      scriptTimeZone: options.timeZone ?? manifestTimeZone(htmlDir) ?? this.workbook.timeZone,
      addonName: options.addonName ?? 'Add-on',
      defaultUser: options.defaultUser ?? 'user@example.com',
      now: options.now ?? Date.now,
      behaviour: this.behaviour,
      settings: { locale: 'en_US' },
      brokenNamedRanges: new Set(),
    };
    this.spreadsheet = new SpreadsheetFacade(this.ctx);
    const strict = options.strictLock;
    this.lockMode = { enabled: Boolean(strict), throwOnViolation: typeof strict === 'object' && Boolean(strict.throwOnViolation) };
    this.echoLogs = Boolean(options.echoLogs);
    this.freshScope = options.freshScope ?? true;
    this.script = new vm.Script(source, { filename }); // compiled once, run in every fresh scope
    const load = this.ctx.executions.create('(global scope)', 'FULL', this.ctx.defaultUser);
    this.ctx.executions.runWithin(load, () => this.enterNewScope());
    this.customFunctionDocs = findCustomFunctions(source).filter((doc) => this.realm.getFunction(doc.name));
    this.workbook.setCustomFunctionHost({ names: this.customFunctions, invoke: (name, args) => this.invokeFromFormula(name, args) });
    this.workbook.setEngineOptions({
      blockedArrayError: this.behaviour.blockedArrayError,
      oneValueFunctions: this.behaviour.oneValueFunctions,
    });
  }

  /**
   * What 30 days do to a user: Session.getTemporaryActiveUserKey() answers a new key from now on
   * ("The key rotates every 30 days and is unique to the script",
   * https://developers.google.com/apps-script/reference/base/session#getTemporaryActiveUserKey()).
   */
  rotateTemporaryKey(user: string = this.ctx.defaultUser): void {
    this.keyRotations.set(user, (this.keyRotations.get(user) ?? 0) + 1);
  }

  /** A new global scope: built-ins, the services, and the script's top-level code run afresh. */
  private enterNewScope(): void {
    const realm = new Realm();
    const boundary = new Boundary(realm, this.ctx, this.lockMode);
    const services = wrapGlobals(createGlobals(this.ctx, this.echoLogs), boundary);
    // The self-test's only way to know it is not on real Sheets (rows marked 'real Sheets only' then
    // report that they did not run); nothing else in the add-on may read it.
    realm.define({ ...services, [EMULATED_HOST_GLOBAL]: true });
    realm.load(this.script, '', this.timeoutMs);
    this.realm = realm;
    this.boundary = boundary;
    this.services = services;
  }

  /** Top-level functions of the script (entry points and helpers). */
  get functions(): string[] {
    return this.realm.functionNames();
  }

  get customFunctions(): string[] {
    return this.customFunctionDocs.map((doc) => doc.name);
  }

  /** Runs a top-level function as one execution. Throws ExecutionError if it throws. */
  run<T = unknown>(name: string, args: unknown[] = [], options: RunOptions = {}): ExecutionResult<T> {
    if (!this.realm.getFunction(name) || (options.fromClient && name.endsWith('_'))) throw new Error(`Script function not found: ${name}`);
    const hostArgs = options.fromClient ? jsonCopy(args) : args;
    const result = this.execute<T>(name, this.calling(name, hostArgs, this.timeoutMs), options.authMode ?? 'FULL', options.user);
    if (options.fromClient && result.error === undefined) result.value = jsonCopy(result.value);
    if (result.error !== undefined) throw new ExecutionError(result);
    return result;
  }

  /** Runs a custom function as Sheets would: read-only, no Ui/HtmlService/LockService. */
  customFunction<T = unknown>(
    name: string,
    args: unknown[] = [],
    options: Omit<RunOptions, 'authMode' | 'fromClient'> = {},
  ): ExecutionResult<T> {
    if (!this.realm.getFunction(name)) throw new Error(`Unknown function: ${name}`);
    const result = this.execute<T>(name, this.calling(name, args, this.customFunctionTimeoutMs), 'CUSTOM_FUNCTION', options.user);
    if (result.error !== undefined) throw new ExecutionError(result);
    return result;
  }

  /**
   * Runs host code as one execution, handing it the services exactly as the add-on's code sees
   * them (the boundary's proxies: counted, refused by policy, unimplemented methods named). The
   * conformance tests (tests/emulator/conformance) drive Apps Script this way. Returns what body
   * returns; throws what it throws.
   */
  withServices<T>(body: (services: ServiceGlobals) => T, options: Omit<RunOptions, 'fromClient'> = {}): T {
    return this.execute<T>('(script)', () => body(this.services), options.authMode ?? 'FULL', options.user, true).value;
  }

  /** Opens the document: runs onOpen(e) if the script has one. */
  open(
    authMode: Exclude<AuthModeName, 'CUSTOM_FUNCTION'> = 'LIMITED',
    options: Omit<RunOptions, 'authMode'> = {},
  ): ExecutionResult | undefined {
    return this.trigger('onOpen', authMode, options);
  }

  /** Installs the add-on: runs onInstall(e) in AuthMode.FULL if the script has one. */
  install(options: Omit<RunOptions, 'authMode'> = {}): ExecutionResult | undefined {
    return this.trigger('onInstall', 'FULL', options);
  }

  /** Clicks a menu item given by caption path, e.g. ["DevRate", "About"]. */
  clickMenu(path: string[], options: Omit<RunOptions, 'fromClient'> = {}): ExecutionResult {
    const functionName = this.ui.findMenuFunction(path);
    if (!functionName) throw new Error(`No menu item ${path.join(' > ')}`);
    return this.run(functionName, [], options);
  }

  /** A user typing into a cell (validated), then the onEdit simple trigger if defined. */
  edit(sheetName: string, a1: string, input: unknown, options: UserEditOptions = {}): ExecutionResult | undefined {
    const edited = userEdit(this.workbook, sheetName, a1, input);
    if (!this.realm.getFunction('onEdit')) return undefined;
    const sheet = this.spreadsheet.getSheetByName(sheetName);
    if (!sheet) throw new Error(`No sheet named "${sheetName}" to run onEdit on.`);
    const range = sheet.getRange(a1);
    const event = {
      authMode: 'LIMITED',
      range,
      source: this.spreadsheet,
      value: edited.value,
      oldValue: edited.oldValue,
      triggerUid: 'emulated',
    };
    return this.run('onEdit', [event], { authMode: 'LIMITED', user: options.user });
  }

  /**
   * A person's paste (or cut and paste), then onEdit on the pasted range: a paste is an edit by a
   * person, and the event's range is what it wrote (no value/oldValue for more than one cell).
   */
  paste(request: PasteRequest, options: UserEditOptions = {}): ExecutionResult | undefined {
    const pasted = userPaste(this.workbook, request);
    return this.editTrigger(request.to.sheet, pasted.area, options);
  }

  /** Delete on a selected range (contents only), then onEdit on that range. */
  clearRange(sheetName: string, area: GridRect, options: UserEditOptions = {}): ExecutionResult | undefined {
    userClear(this.workbook, sheetName, area);
    return this.editTrigger(sheetName, area, options);
  }

  /** onEdit(e) for a person's edit of a range: no value/oldValue, as for more than one cell. */
  private editTrigger(sheetName: string, area: GridRect, options: UserEditOptions): ExecutionResult | undefined {
    if (!this.realm.getFunction('onEdit')) return undefined;
    const sheet = this.spreadsheet.getSheetByName(sheetName);
    if (!sheet) throw new Error(`No sheet named "${sheetName}" to run onEdit on.`);
    const range = sheet.getRange(area.row, area.col, area.numRows, area.numCols);
    const event = { authMode: 'LIMITED', range, source: this.spreadsheet, triggerUid: 'emulated' };
    return this.run('onEdit', [event], { authMode: 'LIMITED', user: options.user });
  }

  /** Called after every execution, including custom functions run by formulas. */
  onExecution(listener: (result: ExecutionResult) => void): () => void {
    this.executionListeners.add(listener);
    return () => this.executionListeners.delete(listener);
  }

  /** Grows on any change a user could see (workbook or UI): cheap to poll. */
  get version(): number {
    return this.workbook.version + this.ui.version;
  }

  /** Called on any change a user could see: cells, sheets, menus, sidebar, dialogs. */
  onChange(listener: (source: 'workbook' | 'ui') => void): () => void {
    const offWorkbook = this.workbook.onChange(() => listener('workbook'));
    const offUi = this.ui.onChange(() => listener('ui'));
    return () => {
      offWorkbook();
      offUi();
    };
  }

  private trigger(name: string, authMode: AuthModeName, options: Omit<RunOptions, 'authMode'>): ExecutionResult | undefined {
    if (!this.realm.getFunction(name)) return undefined;
    const event: Record<string, unknown> = { authMode, triggerUid: 'emulated' };
    if (authMode !== 'NONE') event.source = this.spreadsheet;
    return this.run(name, [event], { ...options, authMode });
  }

  private invokeFromFormula(name: string, args: unknown[]): unknown {
    if (!this.realm.getFunction(name)) throw new Error(`Unknown function: ${name}`);
    const result = this.execute(name, this.calling(name, args, this.customFunctionTimeoutMs), 'CUSTOM_FUNCTION', undefined, true);
    return result.value;
  }

  /** The body of an execution that calls a top-level function of the script. */
  private calling(name: string, args: unknown[], timeoutMs: number): () => unknown {
    return () => {
      const fn = this.realm.getFunction(name);
      if (!fn) throw new Error(`Script function not found: ${name}`);
      const vmArgs = args.map((a) => this.boundary.toVm(a));
      return this.boundary.fromVm(this.realm.call(fn, vmArgs, timeoutMs));
    };
  }

  private execute<T>(
    name: string,
    body: () => unknown,
    authMode: AuthModeName,
    user: string | undefined,
    rethrow = false,
  ): ExecutionResult<T> {
    // A custom function recalculated during another execution is an execution of its own: it gets
    // its own scope, and the outer one continues in the scope it had.
    const outer = this.ctx.executions.current ? { realm: this.realm, boundary: this.boundary, services: this.services } : undefined;
    const execution: Execution = this.ctx.executions.create(name, authMode, user ?? this.ctx.defaultUser);
    let value: unknown;
    let thrown: unknown;
    let failed = false;
    this.ctx.executions.runWithin(execution, () => {
      try {
        if (this.freshScope) this.enterNewScope(); // top-level code runs as part of the execution, as in Apps Script
        value = body();
      } catch (error) {
        failed = true;
        thrown = error;
      }
    });
    if (outer) {
      this.realm = outer.realm;
      this.boundary = outer.boundary;
      this.services = outer.services;
    }
    const result: ExecutionResult<T> = {
      executionId: execution.id,
      entryPoint: name,
      authMode,
      user: execution.user,
      value: value as T,
      counts: execution.callCounts(),
      logs: execution.logs,
      lockViolations: execution.violations,
      locksReleasedAtEnd: this.locks.releaseAll(executionOwner(execution.id)),
    };
    if (failed) result.error = errorMessage(thrown);
    this.lockViolations.push(...execution.violations);
    for (const listener of this.executionListeners) listener(result);
    if (failed && rethrow) throw thrown;
    return result;
  }
}

export function loadAddon(options: LoadAddonOptions = {}): Addon {
  if (options.code !== undefined) return new Addon(options.code, options.codePath ?? 'Code.js', options);
  const codePath = path.resolve(options.codePath ?? 'dist/Code.js');
  return new Addon(readFileSync(codePath, 'utf8'), codePath, { ...options, codePath });
}

function manifestTimeZone(dir: string | undefined): string | undefined {
  const file = dir && path.join(dir, 'appsscript.json');
  if (!file || !existsSync(file)) return undefined;
  try {
    return (JSON.parse(readFileSync(file, 'utf8')) as { timeZone?: string }).timeZone;
  } catch {
    return undefined;
  }
}

function errorMessage(error: unknown): string {
  if (error && typeof error === 'object' && 'message' in error) return String(error.message);
  return String(error);
}

function jsonCopy<T>(value: T): T {
  return value === undefined ? value : (JSON.parse(JSON.stringify(value)) as T);
}
