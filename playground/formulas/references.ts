// A1 references inside formula text, found outside string literals, so the emulator can rewrite
// them: whole columns bounded for HyperFormula and back, references retargeted when a column moves.
import { columnLetter, lettersToColumn } from '../../src/sheets/a1';

export interface Reference {
  /** The sheet as written (unquoted), or undefined for the formula's own sheet. */
  sheet: string | undefined;
  startCol: number;
  endCol: number;
  /** Undefined for a whole-column range such as A:C. */
  startRow: number | undefined;
  endRow: number | undefined;
  absolute: { startCol: boolean; startRow: boolean; endCol: boolean; endRow: boolean };
}

const SHEET = String.raw`(?:'((?:[^']|'')+)'|([A-Za-z_][A-Za-z0-9_.]*))!`;
const CELL = String.raw`(\$?)([A-Za-z]{1,3})(\$?)(\d+)`;
const COL = String.raw`(\$?)([A-Za-z]{1,3})`;
// sheet? then A1:B2 | A1 | A:B ; not part of a longer name, not a function call.
const REFERENCE = new RegExp(String.raw`(?<![A-Za-z0-9_.$'"])(?:${SHEET})?(?:${CELL}(?::${CELL})?|${COL}:${COL})(?![A-Za-z0-9_(!])`, 'g');

/** Calls rewrite for every reference; its answer (text) replaces the reference, undefined keeps it. */
export function rewriteReferences(formula: string, rewrite: (ref: Reference) => string | undefined): string {
  return formula
    .split(/("(?:[^"]|"")*")/)
    .map((part, i) =>
      i % 2 === 1
        ? part
        : part.replace(REFERENCE, (match, quoted, bare, a1, c1, a2, r1, a3, c2, a4, r2, a5, cc1, a6, cc2) => {
            const sheet = quoted !== undefined ? String(quoted).replace(/''/g, "'") : bare;
            const ref: Reference =
              c1 !== undefined
                ? {
                    sheet,
                    startCol: lettersToColumn(c1),
                    startRow: Number(r1),
                    endCol: lettersToColumn(c2 ?? c1),
                    endRow: Number(r2 ?? r1),
                    absolute: {
                      startCol: a1 === '$',
                      startRow: a2 === '$',
                      endCol: (c2 ? a3 : a1) === '$',
                      endRow: (c2 ? a4 : a2) === '$',
                    },
                  }
                : {
                    sheet,
                    startCol: lettersToColumn(cc1),
                    endCol: lettersToColumn(cc2),
                    startRow: undefined,
                    endRow: undefined,
                    absolute: { startCol: a5 === '$', startRow: false, endCol: a6 === '$', endRow: false },
                  };
            return rewrite(ref) ?? match;
          }),
    )
    .join('');
}

/** A reference as text, its sheet quoted when needed. */
export function formatReference(ref: Reference): string {
  const prefix =
    ref.sheet === undefined ? '' : `${/^[A-Za-z_][A-Za-z0-9_]*$/.test(ref.sheet) ? ref.sheet : `'${ref.sheet.replace(/'/g, "''")}'`}!`;
  const col = (c: number, abs: boolean) => `${abs ? '$' : ''}${columnLetter(c)}`;
  const row = (r: number, abs: boolean) => `${abs ? '$' : ''}${r}`;
  const { absolute: a } = ref;
  if (ref.startRow === undefined || ref.endRow === undefined)
    return `${prefix}${col(ref.startCol, a.startCol)}:${col(ref.endCol, a.endCol)}`;
  const start = `${col(ref.startCol, a.startCol)}${row(ref.startRow, a.startRow)}`;
  if (ref.startCol === ref.endCol && ref.startRow === ref.endRow && a.startCol === a.endCol && a.startRow === a.endRow)
    return `${prefix}${start}`;
  return `${prefix}${start}:${col(ref.endCol, a.endCol)}${row(ref.endRow, a.endRow)}`;
}

/**
 * Whole columns as HyperFormula needs them. HyperFormula sizes an array result when it parses
 * the formula and fails when a whole-column range later grows, whereas in Sheets A:A is every row
 * of the sheet. So A:A goes to the engine as A$1:A$<rows of the sheet>, and comes back as A:A.
 */
export function boundWholeColumns(formula: string, rowsOf: (sheet: string | undefined) => number | undefined): string {
  return rewriteReferences(formula, (ref) => {
    if (ref.startRow !== undefined) return undefined;
    const rows = rowsOf(ref.sheet);
    if (rows === undefined) return undefined;
    return formatReference({ ...ref, startRow: 1, endRow: rows, absolute: { ...ref.absolute, startRow: true, endRow: true } });
  });
}

/** The inverse of boundWholeColumns: X$1:Y$<rows> is a whole-column range again. */
export function unboundWholeColumns(formula: string, rowsOf: (sheet: string | undefined) => readonly number[]): string {
  return rewriteReferences(formula, (ref) => {
    if (ref.startRow !== 1 || !ref.absolute.startRow || !ref.absolute.endRow || ref.endRow === undefined) return undefined;
    if (!rowsOf(ref.sheet).includes(ref.endRow)) return undefined;
    return formatReference({ ...ref, startRow: undefined, endRow: undefined });
  });
}
