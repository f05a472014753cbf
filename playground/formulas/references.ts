// A1 references inside formula text, found outside string literals, so the emulator can rewrite
// them: whole-column and open-ended ranges bounded for HyperFormula, references retargeted when
// rows and columns move, sheet names when a sheet is renamed.
import { columnLetter, lettersToColumn } from '../../src/sheets/a1';

export interface Reference {
  /** The sheet as written (unquoted), or undefined for the formula's own sheet. */
  sheet: string | undefined;
  startCol: number;
  endCol: number;
  /** Undefined for a whole-column range such as A:C. */
  startRow: number | undefined;
  /** Undefined for a whole-column range, and for an open-ended one such as A2:A (row 2 to the sheet's last row). */
  endRow: number | undefined;
  absolute: { startCol: boolean; startRow: boolean; endCol: boolean; endRow: boolean };
}

const SHEET = String.raw`(?:'((?:[^']|'')+)'|([A-Za-z_][A-Za-z0-9_.]*))!`;
/** A column, with a row or not: A1, $A$1, A, $A. */
const END = String.raw`(\$?)([A-Za-z]{1,3})(\$?)(\d+)?`;
// sheet? then A1 | A1:B2 | A2:B (open-ended) | A:B ; not part of a longer name, not a function call.
const REFERENCE = new RegExp(String.raw`(?<![A-Za-z0-9_.$'"])(?:${SHEET})?${END}(?::${END})?(?![A-Za-z0-9_(!$])`, 'g');

/** Calls rewrite for every reference; its answer (text) replaces the reference, undefined keeps it. */
export function rewriteReferences(formula: string, rewrite: (ref: Reference) => string | undefined): string {
  return formula
    .split(/("(?:[^"]|"")*")/)
    .map((part, i) =>
      i % 2 === 1
        ? part
        : part.replace(
            REFERENCE,
            (
              match: string,
              quoted: string | undefined,
              bare: string | undefined,
              a1: string,
              c1: string,
              a2: string,
              r1: string | undefined,
              a3: string | undefined,
              c2: string | undefined,
              a4: string | undefined,
              r2: string | undefined,
            ) => {
              const ref = referenceOf(
                quoted,
                bare,
                { abs: a1 === '$', col: c1, rowAbs: a2 === '$', row: r1 },
                c2 === undefined ? undefined : { abs: a3 === '$', col: c2, rowAbs: a4 === '$', row: r2 },
              );
              return ref ? (rewrite(ref) ?? match) : match;
            },
          ),
    )
    .join('');
}

interface End {
  abs: boolean;
  col: string;
  rowAbs: boolean;
  row: string | undefined;
}

/** The reference two ends make, or undefined when they make none (a bare name such as "Foo", or A:B5). */
function referenceOf(quoted: string | undefined, bare: string | undefined, start: End, end: End | undefined): Reference | undefined {
  const sheet = quoted !== undefined ? quoted.replace(/''/g, "'") : bare;
  if (start.row === undefined && (end === undefined || end.row !== undefined)) return undefined;
  const last = end ?? start;
  return {
    sheet,
    startCol: lettersToColumn(start.col),
    endCol: lettersToColumn(last.col),
    startRow: start.row === undefined ? undefined : Number(start.row),
    endRow: last.row === undefined ? undefined : Number(last.row),
    absolute: {
      startCol: start.abs,
      startRow: start.row !== undefined && start.rowAbs,
      endCol: last.abs,
      endRow: last.row !== undefined && last.rowAbs,
    },
  };
}

/** A reference as text, its sheet quoted when needed. */
export function formatReference(ref: Reference): string {
  const prefix =
    ref.sheet === undefined ? '' : `${/^[A-Za-z_][A-Za-z0-9_]*$/.test(ref.sheet) ? ref.sheet : `'${ref.sheet.replace(/'/g, "''")}'`}!`;
  const col = (c: number, abs: boolean) => `${abs ? '$' : ''}${columnLetter(c)}`;
  const row = (r: number, abs: boolean) => `${abs ? '$' : ''}${r}`;
  const { absolute: a } = ref;
  if (ref.startRow === undefined) return `${prefix}${col(ref.startCol, a.startCol)}:${col(ref.endCol, a.endCol)}`;
  if (ref.endRow === undefined)
    return `${prefix}${col(ref.startCol, a.startCol)}${row(ref.startRow, a.startRow)}:${col(ref.endCol, a.endCol)}`;
  const start = `${col(ref.startCol, a.startCol)}${row(ref.startRow, a.startRow)}`;
  if (ref.startCol === ref.endCol && ref.startRow === ref.endRow && a.startCol === a.endCol && a.startRow === a.endRow)
    return `${prefix}${start}`;
  return `${prefix}${start}:${col(ref.endCol, a.endCol)}${row(ref.endRow, a.endRow)}`;
}

/**
 * Whole-column (A:A) and open-ended (A2:A) ranges as HyperFormula needs them. HyperFormula sizes an
 * array result when it parses the formula and fails when a whole-column range later grows, whereas
 * in Sheets A:A is every row of the sheet and A2:A every row from the second. So they go to the
 * engine as A$1:A$<rows of the sheet> and A2:A$<rows>; the cell keeps its own text.
 */
export function boundWholeColumns(formula: string, rowsOf: (sheet: string | undefined) => number | undefined): string {
  return rewriteReferences(formula, (ref) => {
    if (ref.endRow !== undefined) return undefined;
    const rows = rowsOf(ref.sheet);
    if (rows === undefined) return undefined;
    const open = ref.startRow !== undefined;
    return formatReference({
      ...ref,
      startRow: ref.startRow ?? 1,
      endRow: Math.max(rows, ref.startRow ?? 1),
      absolute: { ...ref.absolute, startRow: open ? ref.absolute.startRow : true, endRow: true },
    });
  });
}
