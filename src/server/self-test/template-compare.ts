// Comparing what a template's computed cells show with what the domain computes: each cell by the
// address the template's own layout gives it, numbers to a millionth of their size (Sheets keeps
// full precision; formats only round what is shown). All cells are read in one call.
import { parseA1 } from '../../sheets/a1';
import { show } from './check';

export interface Expectation {
  /** What the cell is, for the report ("Hosting mid"). */
  what: string;
  /** Its A1 address on the template's sheet. */
  a1: string;
  expected: number | string;
}

/**
 * What a cell may read while Sheets is still computing it: flush() applies a script's writes but
 * Google documents no way to wait for formulas (custom functions run apart), and readers report
 * "Loading..." (jsoma/tabletop#60) and #N/A (burnash/gspread#164) for cells not yet computed. A
 * belief: the self-test waits while one shows, then compares what is there.
 */
const MAYBE_COMPUTING = new Set(['Loading...', '#N/A']);
const WAIT_MS = 1000;
const MAX_WAITS = 30;

const close = (got: unknown, expected: number) =>
  typeof got === 'number' && Math.abs(got - expected) <= 1e-6 * Math.max(1, Math.abs(expected));

/** The cells that differ, as "what at A1: the sheet shows x, the domain computes y". */
export function differences(sheet: GoogleAppsScript.Spreadsheet.Sheet, expectations: readonly Expectation[]): string[] {
  const cells = expectations.map(({ a1 }) => parseA1(a1, sheet.getMaxRows(), sheet.getMaxColumns()));
  const read = (): unknown[] => {
    const values: unknown[][] = sheet.getDataRange().getValues();
    return cells.map((cell) => (cell ? values[cell.row - 1]?.[cell.col - 1] : undefined) ?? '');
  };
  let shown = read();
  const computing = () => shown.some((v, i) => typeof v === 'string' && MAYBE_COMPUTING.has(v) && v !== expectations[i].expected);
  for (let waits = 0; waits < MAX_WAITS && computing(); waits++) {
    Utilities.sleep(WAIT_MS);
    SpreadsheetApp.flush();
    shown = read();
  }
  const found: string[] = [];
  expectations.forEach(({ what, a1, expected }, i) => {
    const got = shown[i];
    const same = typeof expected === 'number' ? close(got, expected) : got === expected;
    if (!same) found.push(`${what} at ${a1}: the sheet shows ${show(got)}, the domain computes ${show(expected)}`);
  });
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
