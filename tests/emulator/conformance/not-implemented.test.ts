// What the emulator lacks of Apps Script says so: every method of the real API (listed from
// @types/google-apps-script in apps-script-api.generated.ts) is a function on every service
// object, and one the emulator does not emulate throws "X.m is not implemented in the DevRate
// emulator" instead of the add-on's TypeError "... is not a function".
import { describe, expect, it } from 'vitest';
import { APPS_SCRIPT_METHODS } from '../../../playground/emulator/apps-script-api.generated';
import { readApi } from '../../../scripts/apps-script-api';
import { CacheFacade, CacheServiceFacade } from '../../../playground/emulator/cache-service';
import {
  ChartOptionsFacade,
  ContainerInfoFacade,
  EmbeddedChartBuilderFacade,
  EmbeddedChartFacade,
} from '../../../playground/emulator/chart';
import {
  BooleanConditionFacade,
  ConditionalFormatRuleBuilderFacade,
  ConditionalFormatRuleFacade,
} from '../../../playground/emulator/conditional-format';
import { DataValidationBuilderFacade, DataValidationFacade } from '../../../playground/emulator/data-validation';
import {
  DeveloperMetadataFacade,
  DeveloperMetadataFinderFacade,
  DeveloperMetadataLocationFacade,
} from '../../../playground/emulator/developer-metadata';
import { FilterCriteriaBuilderFacade, FilterCriteriaFacade, FilterFacade } from '../../../playground/emulator/filter';
import { HtmlOutputFacade, HtmlServiceFacade } from '../../../playground/emulator/html-service';
import { LockFacade, LockServiceFacade } from '../../../playground/emulator/lock-service';
import { LoggerFacade } from '../../../playground/emulator/logging';
import { NamedRangeFacade } from '../../../playground/emulator/named-range';
import { PropertiesFacade, PropertiesServiceFacade } from '../../../playground/emulator/properties-service';
import { ProtectionFacade } from '../../../playground/emulator/protection';
import { RangeFacade } from '../../../playground/emulator/range';
import { RangeListFacade } from '../../../playground/emulator/range-list';
import { SessionFacade, UserFacade } from '../../../playground/emulator/session';
import { SheetFacade } from '../../../playground/emulator/sheet';
import { SpreadsheetFacade } from '../../../playground/emulator/spreadsheet';
import { ChartsFacade, ScriptAppFacade, SpreadsheetAppFacade } from '../../../playground/emulator/spreadsheet-app';
import { MenuFacade, PromptResponseFacade, UiFacade } from '../../../playground/emulator/ui';
import { UtilitiesFacade } from '../../../playground/emulator/utilities';
import { call, gas, thrown, printed } from './gas';

const CLASSES = [
  CacheFacade,
  CacheServiceFacade,
  ContainerInfoFacade,
  ChartOptionsFacade,
  EmbeddedChartFacade,
  EmbeddedChartBuilderFacade,
  BooleanConditionFacade,
  ConditionalFormatRuleFacade,
  ConditionalFormatRuleBuilderFacade,
  DataValidationFacade,
  DataValidationBuilderFacade,
  DeveloperMetadataFacade,
  DeveloperMetadataLocationFacade,
  DeveloperMetadataFinderFacade,
  FilterFacade,
  FilterCriteriaFacade,
  FilterCriteriaBuilderFacade,
  HtmlOutputFacade,
  HtmlServiceFacade,
  LockFacade,
  LockServiceFacade,
  LoggerFacade,
  NamedRangeFacade,
  PropertiesFacade,
  PropertiesServiceFacade,
  ProtectionFacade,
  RangeListFacade,
  RangeFacade,
  UserFacade,
  SessionFacade,
  SheetFacade,
  SpreadsheetAppFacade,
  ScriptAppFacade,
  ChartsFacade,
  SpreadsheetFacade,
  MenuFacade,
  PromptResponseFacade,
  UiFacade,
  UtilitiesFacade,
];

/** The real methods each emulated class lacks (its prototype chain has no such method). */
const LACKING: Record<string, string[]> = Object.fromEntries(
  CLASSES.map((cls) => [cls.apiName, (APPS_SCRIPT_METHODS[cls.apiName] ?? []).filter((m) => !(m in cls.prototype))]),
);

/** One object of every emulated class, as the add-on's code reaches it. */
function everyServiceObject() {
  return gas(
    ({ SpreadsheetApp, Session, LockService, CacheService, PropertiesService, HtmlService, Utilities, Logger, ScriptApp, Charts }) => {
      const ss = SpreadsheetApp.getActiveSpreadsheet();
      const sheet = ss.getActiveSheet();
      const range = sheet.getRange('A1:B4');
      range.setValues([
        ['x', 'y'],
        [1, 2],
        [3, 4],
        [5, 6],
      ]);
      ss.setNamedRange('Names', range);
      const rule = SpreadsheetApp.newConditionalFormatRule().whenCellEmpty().setRanges([range]);
      sheet.addDeveloperMetadata('key', 'value');
      const metadata = sheet.getDeveloperMetadata()[0];
      sheet.insertChart(sheet.newChart().asColumnChart().addRange(range).setPosition(1, 4, 0, 0).build());
      const chart = sheet.getCharts()[0];
      const ui = SpreadsheetApp.getUi();
      const objects: Record<string, object> = {
        SpreadsheetApp,
        Spreadsheet: ss,
        Sheet: sheet,
        Range: range,
        RangeList: sheet.getRangeList(['A1']),
        NamedRange: ss.getNamedRanges()[0],
        Protection: range.protect(),
        DataValidation: SpreadsheetApp.newDataValidation().requireCheckbox().build(),
        DataValidationBuilder: SpreadsheetApp.newDataValidation(),
        BooleanCondition: rule.build().getBooleanCondition() ?? {},
        ConditionalFormatRule: rule.build(),
        ConditionalFormatRuleBuilder: rule,
        DeveloperMetadata: metadata,
        DeveloperMetadataFinder: sheet.createDeveloperMetadataFinder(),
        DeveloperMetadataLocation: metadata.getLocation(),
        Filter: range.createFilter(),
        FilterCriteria: SpreadsheetApp.newFilterCriteria().whenCellEmpty().build(),
        FilterCriteriaBuilder: SpreadsheetApp.newFilterCriteria(),
        EmbeddedChart: chart,
        EmbeddedChartBuilder: chart.modify(),
        ContainerInfo: chart.getContainerInfo(),
        ChartOptions: chart.getOptions(),
        Charts,
        Ui: ui,
        Menu: ui.createMenu('Menu'),
        PromptResponse: ui.prompt('Name?'),
        Session,
        User: Session.getActiveUser(),
        Logger,
        HtmlService,
        HtmlOutput: HtmlService.createHtmlOutput(''),
        LockService,
        Lock: LockService.getScriptLock(),
        CacheService,
        Cache: CacheService.getScriptCache(),
        PropertiesService,
        Properties: PropertiesService.getScriptProperties(),
        Utilities,
        ScriptApp,
      };
      return Object.entries(objects).map(([name, object]) => ({
        name,
        printed: name === 'User' ? 'User' : printed(object),
        notFunctions: (APPS_SCRIPT_METHODS[name] ?? []).filter((m) => typeof Reflect.get(object, m) !== 'function'),
        invented: Reflect.get(object, 'noSuchMethodInAppsScript') as unknown,
        lacking: (LACKING[name] ?? []).map((m) => [m, thrown(() => call(object, m))]),
      }));
    },
  );
}

describe('methods the emulator lacks', () => {
  const objects = everyServiceObject();

  it('covers every class the emulator emulates', () => {
    expect(objects.map((o) => o.name).sort()).toEqual(Object.keys(APPS_SCRIPT_METHODS).sort());
  });

  it.each(objects.map((o) => [o.name, o] as const))('%s: every real method is a function; an invented name stays undefined', (_name, o) => {
    expect(o.notFunctions).toEqual([]);
    expect(o.invented).toBeUndefined();
  });

  it('knows the emulator class of each', () => {
    expect(Object.keys(LACKING).sort()).toEqual(Object.keys(APPS_SCRIPT_METHODS).sort());
  });

  it.each(objects.map((o) => [o.name, o] as const))('%s: each real method it lacks says so when called', (name, o) => {
    expect(o.lacking).toEqual((LACKING[name] ?? []).map((m) => [m, `${name}.${m} is not implemented in the DevRate emulator`]));
  });

  it('prints each object as its class, as Apps Script does (gas-fakes test/testsheetschart.js:26, 76)', () => {
    for (const o of objects) expect(o.printed).toBe(o.name);
  });

  // A sample per service: real methods the emulator does not emulate.
  it.each([
    ['Range', 'getRichTextValue', (g: Services) => g.SpreadsheetApp.getActiveSheet().getRange('A1')],
    ['Range', 'applyRowBanding', (g: Services) => g.SpreadsheetApp.getActiveSheet().getRange('A1')],
    ['Sheet', 'isRowHiddenByUser', (g: Services) => g.SpreadsheetApp.getActiveSheet()],
    ['FilterCriteriaBuilder', 'whenFormulaSatisfied', (g: Services) => g.SpreadsheetApp.newFilterCriteria()],
    ['Spreadsheet', 'getActiveRangeList', (g: Services) => g.SpreadsheetApp.getActiveSpreadsheet()],
    ['SpreadsheetApp', 'newColor', (g: Services) => g.SpreadsheetApp],
    ['RangeList', 'setBorder', (g: Services) => g.SpreadsheetApp.getActiveSheet().getRangeList(['A1'])],
    ['ConditionalFormatRuleBuilder', 'withCriteria', (g: Services) => g.SpreadsheetApp.newConditionalFormatRule()],
    ['HtmlService', 'createTemplate', (g: Services) => g.HtmlService],
    ['HtmlOutput', 'getMetaTags', (g: Services) => g.HtmlService.createHtmlOutput('')],
    ['Utilities', 'computeDigest', (g: Services) => g.Utilities],
    ['Session', 'getTimeZone', (g: Services) => g.Session],
    ['Ui', 'showDialog', (g: Services) => g.SpreadsheetApp.getUi()],
    ['ScriptApp', 'newTrigger', (g: Services) => g.ScriptApp],
  ] as const)('%s.%s says it is not implemented', (apiName, method, reach) => {
    const message = gas((g) => thrown(() => call(reach(g), method)));
    expect(message).toBe(`${apiName}.${method} is not implemented in the DevRate emulator`);
  });
});

describe('the method list', () => {
  it('is the one @types/google-apps-script gives (regenerate: npx tsx scripts/apps-script-api.ts)', () => {
    expect(APPS_SCRIPT_METHODS).toEqual(readApi());
  });
});

type Services = Parameters<Parameters<typeof gas>[0]>[0];
