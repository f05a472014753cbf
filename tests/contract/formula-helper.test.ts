// What Sheets' formula helper shows for each custom function: the JSDoc description and the
// @param lines. Google's JSDoc page says the helper shows neither the @return text nor plain
// line breaks, so the description is one line that says what the function returns and gives an
// example, and that example works.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { findCustomFunctions, loadAddon } from '../../playground/emulator';
import { argumentNames } from '../../src/functions/broadcast';
import { customFunctions } from '../../src/functions/registry';
import { DIST } from '../support/bundle';

const code = readFileSync(join(DIST, 'Code.js'), 'utf8');

/** The comment lines of the JSDoc block directly above `function name(`, without " * ". */
function jsdocLines(name: string): string[] {
  const match = code.match(new RegExp(`/\\*\\*\\n((?: \\*.*\\n)+?) \\*/\\nfunction ${name}\\(`));
  if (!match) throw new Error(`${name} has no JSDoc block directly above it`);
  return match[1]
    .trimEnd()
    .split('\n')
    .map((line) => line.replace(/^ \* ?/, ''));
}

describe('the formula helper text in dist/Code.js', () => {
  it.each(customFunctions.map((spec) => [spec.name, spec] as const))(
    '%s: one description line with what it returns and an example',
    (name, spec) => {
      const lines = jsdocLines(name);
      const description = lines.filter((line) => !line.startsWith('@'));
      expect(description).toHaveLength(1); // no line breaks for the helper to mangle
      expect(lines.indexOf(description[0])).toBe(0);
      expect(lines).not.toContain(''); // no blank comment lines either
      expect(description[0]).toBe(`${spec.summary} Returns: ${spec.returns} Example: ${spec.example}`);
      // Each parameter's help is one line too, and every parameter of the function is documented.
      const params = lines.filter((line) => line.startsWith('@param'));
      expect(params.map((line) => /^@param \{[^}]+\} (\w+) \S/.exec(line)?.[1])).toEqual(argumentNames(spec));
      expect(lines.at(-1)).toBe('@customfunction');
    },
  );

  it('is what a JSDoc reader of the helper (the emulator and the playground) finds', () => {
    const docs = findCustomFunctions(code);
    expect(docs.map((d) => d.name)).toEqual(customFunctions.map((s) => s.name));
    for (const doc of docs) {
      const spec = customFunctions.find((s) => s.name === doc.name)!;
      expect(doc.description).toContain(`Returns: ${spec.returns}`);
      expect(doc.description.endsWith(`Example: ${spec.example}`)).toBe(true);
    }
  });

  it('shows examples that work: each one typed in a cell gives a value, not an error', () => {
    const addon = loadAddon({ addonName: 'DevRate' });
    const sheet = addon.spreadsheet.getSheetByName('Sheet1')!;
    const rowOf = (i: number) => i * 10 + 1; // room for the ones that spill a table
    customFunctions.forEach((spec, i) => sheet.getRange(rowOf(i), 1).setFormula(spec.example));
    const results = customFunctions.map((spec, i) => {
      const [[cell]] = addon.workbook.readCells(sheet.getSheetId(), { row: rowOf(i), col: 1, numRows: 1, numCols: 1 });
      return [spec.example, cell.error?.message ?? (cell.value === '' ? 'empty' : 'ok')];
    });
    expect(results).toEqual(customFunctions.map((spec) => [spec.example, 'ok']));
  });
});
