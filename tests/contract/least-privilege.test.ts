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
  /\bUrlFetchApp\b/, /\bDriveApp\b/, /\bGmailApp\b/, /\bMailApp\b/, /\bDocumentApp\b/, /\bSlidesApp\b/, /\bFormApp\b/,
  /\bCalendarApp\b/, /\bContactsApp\b/, /\bPeople\b\./, /\bScriptApp\.newTrigger\b/, /\bScriptApp\.getOAuthToken\b/,
  /\bSession\.getActiveUser\b/, /\bSession\.getEffectiveUser\b/, // userinfo.email
  /\bSpreadsheetApp\.open(ById|ByUrl)?\(/, // other files need the full spreadsheets scope
  /\bJdbc\b/, /\bXmlService\b.*fetch/, /\bContentService\b/,
];

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
});
