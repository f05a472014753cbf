// Writing a sheet, the one way every template does: a planned grid laid down with one call per
// property over one range, whatever its size (values, strings starting with "=" becoming
// formulas, number formats, looks, validations); and the sheet-level touches every generated
// sheet shares: warning-only protection and column widths.
import type { SheetGrid } from './grid';
import { rulesOf } from './validation-rules';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
type Range = GoogleAppsScript.Spreadsheet.Range;

const TITLE_SIZE = 14;

/** The same row repeated down a block (rules, formats), for one set…s call over the block. */
export function repeatRows<T>(row: readonly T[], rows: number): T[][] {
  return Array.from({ length: rows }, () => [...row]);
}

/** titleAt: the cell whose text is the sheet's title (A1 unless said), or null for a sheet without one. */
export function writeGrid(sheet: Sheet, grid: SheetGrid, options: { titleAt?: [number, number] | null } = {}): void {
  const m = grid.matrices();
  const range = sheet.getRange(1, 1, grid.height, grid.width);
  range.setNumberFormats(m.formats);
  range.setValues(m.values);
  range.setFontWeights(m.weights);
  range.setFontColors(m.colors);
  range.setBackgrounds(m.backgrounds);
  range.setWraps(m.wraps);
  if (m.validations.some((row) => row.some(Boolean))) range.setDataValidations(rulesOf(m.validations));
  const title = options.titleAt === undefined ? [1, 1] : options.titleAt; // most sheets have their title in A1
  if (title) sheet.getRange(title[0], title[1]).setFontSize(TITLE_SIZE);
}

/**
 * Formulas are protected with a warning: a person may still edit, knowingly, after confirming. A
 * whole sheet may carve out its inputs (`unprotected`) so changing them never asks.
 */
export function protectWithWarning(target: Sheet | Range, description: string, unprotected: readonly Range[] = []): void {
  const protection = target.protect().setDescription(description).setWarningOnly(true);
  if (unprotected.length) protection.setUnprotectedRanges([...unprotected]);
}

/** The first column at `first`, the next `columns - 1` at `rest`. */
export function setWidths(sheet: Sheet, first: number, rest: number, columns: number): void {
  setColumnWidths(sheet, [first, ...Array.from({ length: columns - 1 }, () => rest)]);
}

/** Sets the widths of the columns from firstColumn on, with as few setColumnWidths calls as possible. */
export function setColumnWidths(sheet: Sheet, widths: readonly number[], firstColumn = 1): void {
  for (const s of widthStrokes(widths)) sheet.setColumnWidths(firstColumn + s.start, s.count, s.width);
}

/** One setColumnWidths call: `count` columns from index `start` (0-based) get `width`. */
export interface WidthStroke {
  start: number;
  count: number;
  width: number;
}

/**
 * The fewest strokes that leave every column at its width, in the order to apply them. A later
 * call overrides an earlier one, so a width found at both ends of a span can be set across it
 * first and the columns that differ inside set on top: 160 over A:AF, 110 over C:AB, then the
 * narrow ones. Interval dynamic programming ("strange printer"); a few dozen columns.
 */
export function widthStrokes(widths: readonly number[]): WidthStroke[] {
  const memo = new Map<number, WidthStroke[]>();
  // Columns i..j. The first stroke starts at i, goes first, and nothing later covers column i.
  const best = (i: number, j: number): WidthStroke[] => {
    if (i > j) return [];
    const key = i * widths.length + j;
    const known = memo.get(key);
    if (known) return known;
    let fewest = [{ start: i, count: 1, width: widths[i] }, ...best(i + 1, j)];
    for (let k = i + 1; k <= j; k++) {
      if (widths[k] !== widths[i]) continue;
      // Column i joins the stroke that sets column k; the columns between go on top of it.
      const [joined, ...after] = best(k, j);
      const strokes = [{ start: i, count: joined.start + joined.count - i, width: widths[i] }, ...best(i + 1, k - 1), ...after];
      if (strokes.length < fewest.length) fewest = strokes;
    }
    memo.set(key, fewest);
    return fewest;
  };
  return best(0, widths.length - 1);
}
