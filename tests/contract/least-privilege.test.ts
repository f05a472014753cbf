// Least privilege: the manifest asks for exactly two scopes, and the bundle calls nothing that
// would need another (Apps Script would ask users for it, or fail at run time).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DIST } from '../support/bundle';

const code = readFileSync(join(DIST, 'Code.js'), 'utf8');
const manifest = JSON.parse(readFileSync(join(DIST, 'appsscript.json'), 'utf8'));

/** Services and methods that need a scope beyond spreadsheets.currentonly and script.container.ui. */
const NEEDS_MORE = [
  /\bUrlFetchApp\b/,
  /\bDriveApp\b/,
  /\bGmailApp\b/,
  /\bMailApp\b/,
  /\bDocumentApp\b/,
  /\bSlidesApp\b/,
  /\bFormApp\b/,
  /\bCalendarApp\b/,
  /\bContactsApp\b/,
  /\bPeople\b\./,
  /\bScriptApp\.newTrigger\b/,
  /\bScriptApp\.getOAuthToken\b/,
  /\bSession\.getActiveUser\b/,
  /\bSession\.getEffectiveUser\b/, // userinfo.email
  /\bSpreadsheetApp\.open(ById|ByUrl)?\(/,
  /\bSpreadsheetApp\.create\(/, // other files need the full spreadsheets scope
  /\bScriptApp\.(getProjectTriggers|getUserTriggers|deleteTrigger|getIdentityToken)\b/, // script.scriptapp, openid
  /\bJdbc\b/,
  /\bXmlService\b.*fetch/,
  /\bContentService\b/,
];

/** Apps Script's global services, built-in and advanced (advanced ones bring scopes of their own). */
const SERVICES = [
  'SpreadsheetApp',
  'DocumentApp',
  'SlidesApp',
  'FormApp',
  'DriveApp',
  'GmailApp',
  'MailApp',
  'CalendarApp',
  'ContactsApp',
  'GroupsApp',
  'SitesApp',
  'LanguageApp',
  'Maps',
  'UrlFetchApp',
  'XmlService',
  'ContentService',
  'HtmlService',
  'CardService',
  'PropertiesService',
  'CacheService',
  'LockService',
  'ScriptApp',
  'Session',
  'Utilities',
  'Logger',
  'Browser',
  'Charts',
  'Jdbc',
  'ConferenceDataService',
  'Sheets',
  'Drive',
  'DriveActivity',
  'Gmail',
  'Calendar',
  'People',
  'AdminDirectory',
  'AdminReports',
  'BigQuery',
  'YouTube',
  'Tasks',
  'Docs',
  'Slides',
  'Forms',
  'Analytics',
  'Classroom',
];
/** The ones that work within spreadsheets.currentonly and script.container.ui (Session: not its user's email, above). */
const WITHIN_SCOPES = new Set([
  'SpreadsheetApp',
  'HtmlService',
  'PropertiesService',
  'CacheService',
  'LockService',
  'Session',
  'Utilities',
  'Logger',
  'Browser',
  'Charts',
]);
const servicesUsedBy = (source: string) => SERVICES.filter((name) => new RegExp(`\\b${name}\\.[A-Za-z]`).test(source));

describe('least privilege', () => {
  it('appsscript.json asks for exactly spreadsheets.currentonly and script.container.ui', () => {
    expect([...manifest.oauthScopes].sort()).toEqual([
      'https://www.googleapis.com/auth/script.container.ui',
      'https://www.googleapis.com/auth/spreadsheets.currentonly',
    ]);
  });

  it('the bundle calls no service outside those scopes', () => {
    const found = NEEDS_MORE.filter((pattern) => pattern.test(code)).map(String);
    expect(found).toEqual([]);
  });

  it('the check itself recognises a forbidden call', () => {
    const planted = `${code}\nfunction leak_() { return UrlFetchApp.fetch('x'); }`;
    expect(NEEDS_MORE.some((pattern) => pattern.test(planted))).toBe(true);
  });

  it('the bundle uses no service beyond those that work within the two scopes', () => {
    expect(servicesUsedBy(code).filter((name) => !WITHIN_SCOPES.has(name))).toEqual([]);
    // The check recognises an advanced service, which would add its own scopes.
    expect(servicesUsedBy(`${code}\nfunction leak_() { return Sheets.Spreadsheets.get('x'); }`)).toContain('Sheets');
  });

  it('appsscript.json opens no other door: no web app, API executable, advanced service, library, URL allowlist or Workspace add-on', () => {
    expect(Object.keys(manifest).sort()).toEqual(['exceptionLogging', 'oauthScopes', 'runtimeVersion', 'timeZone']);
  });
});
