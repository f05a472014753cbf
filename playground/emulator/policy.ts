// Which calls an execution may make: custom functions are read-only, AuthMode.NONE has no access
// to the document or to properties, and (in strict lock mode) writes need the document lock.
// Messages follow Apps Script's wording where known; see README for what is unconfirmed.

import type { Execution } from './execution';

const words = (text: string) => new Set(text.trim().split(/\s+/));

/** Methods that change the spreadsheet (refused in custom functions, checked in strict lock mode). */
export const WRITE_METHODS: Record<string, ReadonlySet<string>> = {
  Range: words(`setValue setValues setFormula setFormulas setNumberFormat setNumberFormats setFontWeight
    setFontWeights setFontColor setFontColors setFontStyle setFontStyles setFontSize setFontFamily setBackground
    setBackgrounds setWrap setWraps setHorizontalAlignment setHorizontalAlignments setVerticalAlignment
    setVerticalAlignments setFontSizes setFontFamilies setDataValidation setDataValidations clearDataValidations protect clear clearContent clearFormat clearNote
    setNote setNotes merge mergeAcross mergeVertically breakApart insertCheckboxes removeCheckboxes check uncheck
    addDeveloperMetadata sort copyTo moveTo createFilter`),
  Sheet: words(`appendRow setFrozenRows setFrozenColumns setColumnWidth setColumnWidths insertChart updateChart
    removeChart setConditionalFormatRules clearConditionalFormatRules protect setTabColor hideColumns showColumns
    setName clear clearContents clearFormats hideSheet showSheet insertRowAfter insertRowBefore insertRowsAfter
    insertRowsBefore insertRows insertColumnAfter insertColumnBefore insertColumnsAfter insertColumnsBefore
    insertColumns deleteRow deleteRows deleteColumn deleteColumns addDeveloperMetadata sort moveColumns moveRows copyTo clearNotes`),
  RangeList: words(`setValue setFormula setNumberFormat setBackground setFontColor setFontWeight setFontStyle setFontSize
    setFontFamily setHorizontalAlignment setVerticalAlignment setWrap setNote insertCheckboxes
    removeCheckboxes check uncheck clear clearContent clearFormat clearNote clearDataValidations breakApart`),
  Spreadsheet: words(`insertSheet deleteSheet setNamedRange removeNamedRange rename renameActiveSheet appendRow
    moveActiveSheet setFrozenRows setSpreadsheetTimeZone setSpreadsheetLocale addDeveloperMetadata duplicateActiveSheet`),
  Protection: words(`setDescription setWarningOnly addEditor addEditors removeEditor removeEditors setDomainEdit
    remove setRange setUnprotectedRanges setRangeName setNamedRange`),
  NamedRange: words('setName setRange remove'),
  Filter: words('setColumnFilterCriteria removeColumnFilterCriteria remove sort'),
  DeveloperMetadata: words('setKey setValue setVisibility remove moveToColumn moveToRow moveToSheet moveToSpreadsheet'),
};

/** Changes to the selection/active sheet: refused in custom functions, ignored by strict lock mode. */
export const SELECTION_METHODS: Record<string, ReadonlySet<string>> = {
  Range: words('activate activateAsCurrentCell'),
  Sheet: words('activate setActiveRange setActiveSelection'),
  Spreadsheet: words('setActiveSheet setActiveRange setActiveSelection toast'),
  SpreadsheetApp: words('setActiveSheet setActiveRange setActiveSpreadsheet'),
};

/** Services a custom function cannot use at all. */
const UNAVAILABLE_IN_CUSTOM_FUNCTIONS: Record<string, ReadonlySet<string>> = {
  SpreadsheetApp: words('getUi openById openByUrl'),
  LockService: words('getDocumentLock getScriptLock getUserLock'),
  HtmlService: words('createHtmlOutput createHtmlOutputFromFile createTemplate createTemplateFromFile'),
};

/** Calls that need authorization, so fail in AuthMode.NONE (onOpen of a not-yet-used add-on). */
const NEEDS_AUTHORIZATION: Record<string, ReadonlySet<string>> = {
  SpreadsheetApp: words(`getActive getActiveSpreadsheet getActiveSheet getActiveRange getActiveRangeList
    getCurrentCell getSelection openById openByUrl setActiveSheet setActiveRange`),
  PropertiesService: words('getDocumentProperties getScriptProperties getUserProperties'),
  CacheService: words('getDocumentCache'),
  LockService: words('getDocumentLock'),
  Ui: words('showSidebar showModalDialog showModelessDialog'),
};

const has = (table: Record<string, ReadonlySet<string>>, api: string, method: string) => table[api]?.has(method) ?? false;

export function isWrite(api: string, method: string): boolean {
  return has(WRITE_METHODS, api, method);
}

export function isSelectionChange(api: string, method: string): boolean {
  return has(SELECTION_METHODS, api, method);
}

/** Global services are named "Service.method" in messages; object methods by method only. */
const GLOBAL_SERVICES = words('SpreadsheetApp PropertiesService CacheService LockService HtmlService Session Utilities ScriptApp Logger');

export function callName(api: string, method: string): string {
  return GLOBAL_SERVICES.has(api) ? `${api}.${method}` : method;
}

/** Returns the message of the exception Apps Script would throw, or undefined when allowed. */
export function refusal(execution: Execution | undefined, api: string, method: string): string | undefined {
  if (!execution) return undefined;
  if (execution.readOnly) {
    if (api === 'SpreadsheetApp' && method === 'getUi') return 'Cannot call SpreadsheetApp.getUi() from this context.';
    if (has(UNAVAILABLE_IN_CUSTOM_FUNCTIONS, api, method) || isWrite(api, method) || isSelectionChange(api, method)) {
      return `You do not have permission to call ${callName(api, method)}`;
    }
  }
  if (execution.authMode === 'NONE' && has(NEEDS_AUTHORIZATION, api, method)) {
    return `You do not have permission to call ${callName(api, method)}`;
  }
  return undefined;
}
