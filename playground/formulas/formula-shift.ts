// Moves relative A1 references in a formula, as filling or pasting a formula does
// (Range.setFormula on a multi-cell range fills every cell this way).
import { columnLetter, lettersToColumn } from '../../src/sheets/a1';

const REFERENCE = /(^|[^A-Za-z0-9_$.'"!:]|!|:)(\$?)([A-Za-z]{1,3})(\$?)(\d+)(?![A-Za-z0-9_(])/g;

export function shiftFormula(formula: string, rowOffset: number, colOffset: number): string {
  if (rowOffset === 0 && colOffset === 0) return formula;
  // Leave string literals alone: split on double-quoted segments.
  return formula
    .split(/("(?:[^"]|"")*")/)
    .map((part, i) =>
      i % 2 === 1
        ? part
        : part.replace(REFERENCE, (_m, lead: string, colAbs: string, letters: string, rowAbs: string, digits: string) => {
            const col = colAbs ? letters : shiftColumn(letters, colOffset);
            const row = rowAbs ? digits : String(Math.max(1, Number(digits) + rowOffset));
            return `${lead}${colAbs}${col}${rowAbs}${row}`;
          }),
    )
    .join('');
}

function shiftColumn(letters: string, offset: number): string {
  return columnLetter(Math.max(1, lettersToColumn(letters) + offset));
}
