// Parameter types of the emulated services: the real Apps Script type (what the add-on's code is
// typed against) or the emulator's own class (what host code such as tests and the playground holds).

import type { EmbeddedChartFacade } from './chart';
import type { ConditionalFormatRuleFacade } from './conditional-format';
import type { DataValidationFacade } from './data-validation';
import type { HtmlOutputFacade } from './html-service';
import type { RangeFacade } from './range';
import type { UserFacade } from './session';
import type { SheetFacade } from './sheet';
import type { MenuFacade } from './ui';

export type RangeArg = GoogleAppsScript.Spreadsheet.Range | RangeFacade;
export type SheetArg = GoogleAppsScript.Spreadsheet.Sheet | SheetFacade;
export type DataValidationArg = GoogleAppsScript.Spreadsheet.DataValidation | DataValidationFacade;
export type ConditionalFormatRuleArg = GoogleAppsScript.Spreadsheet.ConditionalFormatRule | ConditionalFormatRuleFacade;
export type ChartArg = GoogleAppsScript.Spreadsheet.EmbeddedChart | EmbeddedChartFacade;
export type HtmlOutputArg = GoogleAppsScript.HTML.HtmlOutput | HtmlOutputFacade;
export type MenuArg = GoogleAppsScript.Base.Menu | MenuFacade;
export type UserArg = GoogleAppsScript.Base.User | UserFacade;
export type ProtectionTypeArg = GoogleAppsScript.Spreadsheet.ProtectionType | 'RANGE' | 'SHEET';
export type ButtonSetArg = GoogleAppsScript.Base.ButtonSet | 'OK' | 'OK_CANCEL' | 'YES_NO' | 'YES_NO_CANCEL';
