// Compile-time proof that the emulated services use Apps Script's real method names and accept
// the real parameter lists (from @types/google-apps-script). `npx tsc --noEmit` fails otherwise.
// Return types are not compared: the emulator returns its own classes.

import type { CacheFacade, CacheServiceFacade } from './cache-service';
import type { EmbeddedChartBuilderFacade, EmbeddedChartFacade } from './chart';
import type { BooleanConditionFacade, ConditionalFormatRuleBuilderFacade, ConditionalFormatRuleFacade } from './conditional-format';
import type { DataValidationBuilderFacade, DataValidationFacade } from './data-validation';
import type { DeveloperMetadataFacade, DeveloperMetadataFinderFacade, DeveloperMetadataLocationFacade } from './developer-metadata';
import type { FilterCriteriaBuilderFacade, FilterCriteriaFacade, FilterFacade } from './filter';
import type { HtmlOutputFacade, HtmlServiceFacade } from './html-service';
import type { LockFacade, LockServiceFacade } from './lock-service';
import type { LoggerFacade } from './logging';
import type { NamedRangeFacade } from './named-range';
import type { PropertiesFacade, PropertiesServiceFacade } from './properties-service';
import type { ProtectionFacade } from './protection';
import type { RangeFacade } from './range';
import type { RangeListFacade } from './range-list';
import type { SessionFacade, UserFacade } from './session';
import type { SheetFacade } from './sheet';
import type { SpreadsheetFacade } from './spreadsheet';
import type { ScriptAppFacade, SpreadsheetAppFacade } from './spreadsheet-app';
import type { MenuFacade, PromptResponseFacade, UiFacade } from './ui';
import type { UtilitiesFacade } from './utilities';

type Methods<T> = { [K in keyof T]: T[K] extends (...args: never[]) => unknown ? K : never }[keyof T];

/** true when every method of Emu exists on Real and accepts Real's (last overload's) arguments. */
type Conforms<Emu, Real> = {
  [K in Methods<Emu>]: K extends keyof Real
    ? Real[K] extends (...args: infer RealArgs) => unknown
      ? Emu[K] extends (...args: infer EmuArgs) => unknown
        ? RealArgs extends EmuArgs
          ? true
          : { error: 'parameters differ from Apps Script'; method: K }
        : never
      : { error: 'not a method in Apps Script'; method: K }
    : { error: 'no such method in Apps Script'; method: K };
}[Methods<Emu>];

type Check<T extends true> = T;

export type ApiConformance = [
  Check<Conforms<SpreadsheetAppFacade, GoogleAppsScript.Spreadsheet.SpreadsheetApp>>,
  Check<Conforms<SpreadsheetFacade, GoogleAppsScript.Spreadsheet.Spreadsheet>>,
  Check<Conforms<SheetFacade, GoogleAppsScript.Spreadsheet.Sheet>>,
  Check<Conforms<RangeFacade, GoogleAppsScript.Spreadsheet.Range>>,
  Check<Conforms<RangeListFacade, GoogleAppsScript.Spreadsheet.RangeList>>,
  Check<Conforms<DataValidationFacade, GoogleAppsScript.Spreadsheet.DataValidation>>,
  Check<Conforms<DataValidationBuilderFacade, GoogleAppsScript.Spreadsheet.DataValidationBuilder>>,
  Check<Conforms<ConditionalFormatRuleFacade, GoogleAppsScript.Spreadsheet.ConditionalFormatRule>>,
  Check<Conforms<ConditionalFormatRuleBuilderFacade, GoogleAppsScript.Spreadsheet.ConditionalFormatRuleBuilder>>,
  Check<Conforms<BooleanConditionFacade, GoogleAppsScript.Spreadsheet.BooleanCondition>>,
  Check<Conforms<ProtectionFacade, GoogleAppsScript.Spreadsheet.Protection>>,
  Check<Conforms<NamedRangeFacade, GoogleAppsScript.Spreadsheet.NamedRange>>,
  Check<Conforms<DeveloperMetadataFacade, GoogleAppsScript.Spreadsheet.DeveloperMetadata>>,
  Check<Conforms<DeveloperMetadataFinderFacade, GoogleAppsScript.Spreadsheet.DeveloperMetadataFinder>>,
  Check<Conforms<DeveloperMetadataLocationFacade, GoogleAppsScript.Spreadsheet.DeveloperMetadataLocation>>,
  Check<Conforms<FilterFacade, GoogleAppsScript.Spreadsheet.Filter>>,
  Check<Conforms<FilterCriteriaFacade, GoogleAppsScript.Spreadsheet.FilterCriteria>>,
  Check<Conforms<FilterCriteriaBuilderFacade, GoogleAppsScript.Spreadsheet.FilterCriteriaBuilder>>,
  Check<Conforms<EmbeddedChartFacade, GoogleAppsScript.Spreadsheet.EmbeddedChart>>,
  Check<Conforms<EmbeddedChartBuilderFacade, GoogleAppsScript.Spreadsheet.EmbeddedColumnChartBuilder>>,
  Check<Conforms<UiFacade, GoogleAppsScript.Base.Ui>>,
  Check<Conforms<MenuFacade, GoogleAppsScript.Base.Menu>>,
  Check<Conforms<PromptResponseFacade, GoogleAppsScript.Base.PromptResponse>>,
  Check<Conforms<HtmlServiceFacade, GoogleAppsScript.HTML.HtmlService>>,
  Check<Conforms<HtmlOutputFacade, GoogleAppsScript.HTML.HtmlOutput>>,
  Check<Conforms<LockServiceFacade, GoogleAppsScript.Lock.LockService>>,
  Check<Conforms<LockFacade, GoogleAppsScript.Lock.Lock>>,
  Check<Conforms<CacheServiceFacade, GoogleAppsScript.Cache.CacheService>>,
  Check<Conforms<CacheFacade, GoogleAppsScript.Cache.Cache>>,
  Check<Conforms<PropertiesServiceFacade, GoogleAppsScript.Properties.PropertiesService>>,
  Check<Conforms<PropertiesFacade, GoogleAppsScript.Properties.Properties>>,
  Check<Conforms<SessionFacade, GoogleAppsScript.Base.Session>>,
  Check<Conforms<UserFacade, GoogleAppsScript.Base.User>>,
  Check<Conforms<UtilitiesFacade, GoogleAppsScript.Utilities.Utilities>>,
  Check<Conforms<LoggerFacade, GoogleAppsScript.Base.Logger>>,
  Check<Conforms<ScriptAppFacade, GoogleAppsScript.Script.ScriptApp>>,
];
