// The add-on's global scope: each Apps Script service, wrapped by the boundary.

import type { Boundary } from './boundary';
import { CacheServiceFacade } from './cache-service';
import type { EmulatorContext } from './context';
import { HtmlServiceFacade } from './html-service';
import { LockServiceFacade } from './lock-service';
import { LoggerFacade, createConsole } from './logging';
import { PropertiesServiceFacade } from './properties-service';
import { SessionFacade } from './session';
import { ChartsFacade, ScriptAppFacade, SpreadsheetAppFacade } from './spreadsheet-app';
import { UtilitiesFacade } from './utilities';

export const SERVICE_NAMES = [
  'SpreadsheetApp',
  'HtmlService',
  'LockService',
  'CacheService',
  'PropertiesService',
  'Session',
  'Utilities',
  'Logger',
  'ScriptApp',
  'Charts',
  'console',
] as const;

/** The add-on's globals, as typed by the emulator (a test may call them through Addon.withServices). */
export type ServiceGlobals = {
  SpreadsheetApp: SpreadsheetAppFacade;
  HtmlService: HtmlServiceFacade;
  LockService: LockServiceFacade;
  CacheService: CacheServiceFacade;
  PropertiesService: PropertiesServiceFacade;
  Session: SessionFacade;
  Utilities: UtilitiesFacade;
  Logger: LoggerFacade;
  ScriptApp: ScriptAppFacade;
  Charts: ChartsFacade;
  console: ReturnType<typeof createConsole>;
};

export function createGlobals(ctx: EmulatorContext, echoLogs: boolean): ServiceGlobals {
  return {
    SpreadsheetApp: new SpreadsheetAppFacade(ctx),
    HtmlService: new HtmlServiceFacade(ctx),
    LockService: new LockServiceFacade(ctx),
    CacheService: new CacheServiceFacade(ctx),
    PropertiesService: new PropertiesServiceFacade(ctx),
    Session: new SessionFacade(ctx),
    Utilities: new UtilitiesFacade(),
    Logger: new LoggerFacade(ctx, echoLogs),
    ScriptApp: new ScriptAppFacade(),
    Charts: new ChartsFacade(),
    console: createConsole(ctx, echoLogs),
  };
}

/** Wraps every service except console (console calls are not service calls). */
export function wrapGlobals(globals: ServiceGlobals, boundary: Boundary): ServiceGlobals {
  return {
    SpreadsheetApp: boundary.wrap(globals.SpreadsheetApp),
    HtmlService: boundary.wrap(globals.HtmlService),
    LockService: boundary.wrap(globals.LockService),
    CacheService: boundary.wrap(globals.CacheService),
    PropertiesService: boundary.wrap(globals.PropertiesService),
    Session: boundary.wrap(globals.Session),
    Utilities: boundary.wrap(globals.Utilities),
    Logger: boundary.wrap(globals.Logger),
    ScriptApp: boundary.wrap(globals.ScriptApp),
    Charts: boundary.wrap(globals.Charts),
    console: globals.console,
  };
}
