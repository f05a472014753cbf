// dist/Code.js as Apps Script sees it: top-level declarations, JSDoc for autocomplete, no work at load.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { DIST, loadBundle } from '../support/bundle';
import { CONTRACT_FUNCTIONS as CONTRACT } from '../support/contract-functions';

const code = readFileSync(join(DIST, 'Code.js'), 'utf8');
const contractArgs: Record<string, string[]> = {
  DEVRATE: ['level', 'region', 'spec', 'point', 'ratecard'],
  DEVMONTHLY: ['level', 'region', 'spec', 'point', 'ratecard', 'hours_per_month'], // added after the card, keeping its place
  PROJECTCOST: ['type', 'point', 'ratecard'],
  PROJECTTIMELINE: ['type', 'point', 'unit', 'ratecard'],
  SALARY: ['level', 'point', 'ratecard'],
  LOADEDCOST: ['salary', 'point'],
  BADHIRECOST: ['salary', 'point'],
  AGENCYRATE: ['region', 'point', 'ratecard'],
  RATECHECK: ['quote', 'level', 'region', 'spec', 'ratecard'],
  HIRECOMPARE: ['level', 'months', 'region', 'spec', 'hours_per_month', 'ratecard'],
  RATESOURCE: ['kind', 'key', 'region', 'spec'],
};

describe('dist/Code.js', () => {
  it('defines every contract function, onOpen, onInstall and showAbout as top-level functions in a bare vm', () => {
    const context = loadBundle();
    for (const name of [...CONTRACT, 'onOpen', 'onInstall', 'showAbout']) {
      expect(typeof context[name], name).toBe('function');
      expect(code).toMatch(new RegExp(`^function ${name}\\(`, 'm'));
    }
  });

  it('puts a JSDoc block with a summary, every @param in contract order, an example and @customfunction directly above each custom function', () => {
    for (const name of CONTRACT) {
      const match = code.match(new RegExp(`/\\*\\*\\n((?: \\*.*\\n)+?) \\*/\\nfunction ${name}\\(([^)]*)\\)`));
      expect(match, `${name} has no JSDoc block directly above it`).not.toBeNull();
      const [, doc, params] = match!;
      expect(doc).toContain('@customfunction');
      expect(doc.split('\n')[0]).toMatch(/^ \* \S.{10,}/); // one-line summary first
      expect(doc).toMatch(/Example: =\w+\(/);
      const documented = [...doc.matchAll(/@param \{[^}]+\} (\w+)/g)].map((m) => m[1]);
      expect(documented.slice(0, contractArgs[name].length)).toEqual(contractArgs[name]);
      expect(
        params
          .split(',')
          .map((p) => p.trim())
          .slice(0, contractArgs[name].length),
      ).toEqual(contractArgs[name]);
    }
  });

  it('names accepted values and defaults in the parameter docs', () => {
    const devrate = code.slice(0, code.indexOf('function DEVRATE('));
    for (const word of [
      'junior',
      'senior',
      'years of experience',
      'north_america',
      'latin_america',
      'Default global',
      'Default backend',
      'Default mid',
      'range',
    ]) {
      expect(devrate).toContain(word);
    }
  });

  it('does no work at load: top-level statements only declare functions and empty variables', () => {
    const file = ts.createSourceFile('Code.js', code, ts.ScriptTarget.ES2020, false, ts.ScriptKind.JS);
    const working = file.statements.filter(
      (s) =>
        !ts.isFunctionDeclaration(s) &&
        !(ts.isVariableStatement(s) && s.declarationList.declarations.every((d) => d.initializer === undefined)),
    );
    expect(working.map((s) => s.getText(file).slice(0, 80))).toEqual([]);
    const context = loadBundle();
    expect(context.devRateFunctionsExports_).toBeUndefined();
    expect(context.devRateServerExports_).toBeUndefined();
  });

  it('ships no HyperFormula and no dev-only code', () => {
    expect(code.toLowerCase()).not.toContain('hyperformula');
    expect(code).not.toMatch(/\brequire\(/);
  });

  it('builds appsscript.json with V8 and exactly the two minimal scopes', () => {
    const manifest = JSON.parse(readFileSync(join(DIST, 'appsscript.json'), 'utf8'));
    expect(manifest.runtimeVersion).toBe('V8');
    expect(manifest.timeZone).toBeTruthy();
    expect(manifest.exceptionLogging).toBe('STACKDRIVER');
    expect([...manifest.oauthScopes].sort()).toEqual([
      'https://www.googleapis.com/auth/script.container.ui',
      'https://www.googleapis.com/auth/spreadsheets.currentonly',
    ]);
  });
});
