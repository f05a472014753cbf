// The runtimes kept apart by the TypeScript projects `npm run typecheck` builds (tsc -b): one
// file planted in a project, as a developer would write it, compiles or fails as the project's
// runtime says. The projects' sources stand in for their declarations, so no build is needed.
import { join } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '..', '..');
/** Parsed once per project for the programs below: the libraries' types are most of the work. */
const parsedFiles = new Map<string, ts.SourceFile | undefined>();

/** Errors TypeScript reports for `text` saved as `file` in the project of `config`. */
function errorsOfPlanted(config: string, file: string, text: string): string[] {
  const parsed = ts.getParsedCommandLineOfConfigFile(join(ROOT, config), {}, { ...ts.sys, onUnRecoverableConfigFileDiagnostic: () => {} });
  if (!parsed) throw new Error(`${config} could not be read`);
  const planted = join(ROOT, file);
  const base = ts.createCompilerHost(parsed.options);
  const host: ts.CompilerHost = {
    ...base,
    getSourceFile: (name, language, ...rest) => {
      if (name === planted) return ts.createSourceFile(name, text, language);
      const key = `${config} ${name} ${JSON.stringify(language)}`;
      if (!parsedFiles.has(key)) parsedFiles.set(key, base.getSourceFile(name, language, ...rest));
      return parsedFiles.get(key);
    },
    fileExists: (name) => name === planted || base.fileExists(name),
    readFile: (name) => (name === planted ? text : base.readFile(name)),
  };
  // Referenced projects as editors see them, by their sources (an internal hook of TypeScript's;
  // were it gone, importing the registry below would fail for want of its declarations).
  Object.assign(host, { useSourceOfProjectReferenceRedirect: () => true });
  const program = ts.createProgram({
    rootNames: [...parsed.fileNames, planted],
    options: parsed.options,
    projectReferences: parsed.projectReferences,
    host,
  });
  return ts
    .getPreEmitDiagnostics(program, program.getSourceFile(planted))
    .map((d) => `${d.file ? `${d.file.fileName.slice(ROOT.length + 1)}: ` : ''}${ts.flattenDiagnosticMessageText(d.messageText, '\n')}`);
}

describe('the domain, the custom functions and the endpoint registry (tsconfig.domain.json)', () => {
  it('compile plain TypeScript', () => {
    expect(errorsOfPlanted('tsconfig.domain.json', 'src/domain/planted.ts', 'export const n = [1, 2].map((x) => x * 2);')).toEqual([]);
  });

  it("do not compile when they reach for Apps Script's, the DOM's or Node's globals", () => {
    const text = 'export const x = () => [SpreadsheetApp.getUi(), document.title, process.env];';
    const errors = errorsOfPlanted('tsconfig.domain.json', 'src/functions/planted.ts', text);
    expect(errors.map((e) => /^src\/functions\/planted\.ts: Cannot find name '(\w+)'/.exec(e)?.[1])).toEqual([
      'SpreadsheetApp',
      'document',
      'process',
    ]);
  });
});

describe('the sidebars (tsconfig.browser.json)', () => {
  it('compile with the DOM and the endpoint registry', () => {
    const text = `import type { ServerClient } from '../../src/endpoints/registry';
export const call = (server: ServerClient) => server.getWizardContext().then((c) => (document.title = c.documentKey));`;
    expect(errorsOfPlanted('tsconfig.browser.json', 'sidebar/shared/planted.ts', text)).toEqual([]);
  });

  it.each(['src/server/endpoints', 'src/sheets/tracker/layout'])('do not compile when they import %s', (module) => {
    const text = `export * as planted from '../../${module}';`;
    const errors = errorsOfPlanted('tsconfig.browser.json', 'sidebar/shared/planted.ts', text);
    expect(errors).toContainEqual(expect.stringContaining(`File '${join(ROOT, module)}.ts' is not listed within the file list of project`));
  });
});

describe('the server (tsconfig.server.json)', () => {
  it("compiles with Apps Script's globals, but not the DOM's or Node's", () => {
    const text = 'export const x = () => [SpreadsheetApp.getUi(), document.title, process.env];';
    const errors = errorsOfPlanted('tsconfig.server.json', 'src/server/planted.ts', text);
    expect(errors.map((e) => /Cannot find name '(\w+)'/.exec(e)?.[1])).toEqual(['document', 'process']);
  });
});
