// Comparing what a template's computed cells show with what the domain computes: each cell by the
// address the template's own layout gives it, numbers to a millionth of their size (Sheets keeps
// full precision; formats only round what is shown).
import { show } from './check';

export interface Expectation {
  /** What the cell is, for the report ("Hosting mid"). */
  what: string;
  /** Its A1 address on the template's sheet. */
  a1: string;
  expected: number | string;
}

const close = (got: unknown, expected: number) =>
  typeof got === 'number' && Math.abs(got - expected) <= 1e-6 * Math.max(1, Math.abs(expected));

/** The cells that differ, as "what at A1: the sheet shows x, the domain computes y". */
export function differences(sheet: GoogleAppsScript.Spreadsheet.Sheet, expectations: readonly Expectation[]): string[] {
  const found: string[] = [];
  for (const { what, a1, expected } of expectations) {
    const got: unknown = sheet.getRange(a1).getValue();
    const same = typeof expected === 'number' ? close(got, expected) : got === expected;
    if (!same) found.push(`${what} at ${a1}: the sheet shows ${show(got)}, the domain computes ${show(expected)}`);
  }
  return found;
}

/** The outcome of a comparison: every cell counted, the first few differences named. */
export function comparison(template: string, count: number, found: readonly string[]): { observed: string; pass: boolean } {
  if (found.length === 0) return { observed: `All ${count} computed cells of the ${template} match the domain.`, pass: true };
  const named = found.slice(0, 5).join('; ');
  const more = found.length > 5 ? ` (and ${found.length - 5} more)` : '';
  return {
    observed: `${found.length} of ${count} computed cells of the ${template} differ from the domain: ${named}${more}.`,
    pass: false,
  };
}
