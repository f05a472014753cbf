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

export function createGlobals(ctx: EmulatorContext, echoLogs: boolean): Record<(typeof SERVICE_NAMES)[number], object> {
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
export function wrapGlobals(globals: Record<string, object>, boundary: Boundary): Record<string, unknown> {
  return Object.fromEntries(
    Object.entries(globals).map(([name, service]) => [name, name === 'console' ? service : boundary.wrap(service)]),
  );
}
