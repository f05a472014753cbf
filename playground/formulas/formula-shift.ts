// Moves relative A1 references in a formula, as filling or pasting a formula does
// (Range.setFormula on a multi-cell range fills every cell this way).

const REFERENCE = /(^|[^A-Za-z0-9_$.'"!:]|!|:)(\$?)([A-Za-z]{1,3})(\$?)(\d+)(?![A-Za-z0-9_(])/g;

export function shiftFormula(formula: string, rowOffset: number, colOffset: number): string {
  if (rowOffset === 0 && colOffset === 0) return formula;
  // Leave string literals alone: split on double-quoted segments.
  return formula
    .split(/("(?:[^"]|"")*")/)
    .map((part, i) => (i % 2 === 1 ? part : part.replace(REFERENCE, (_m, lead: string, colAbs: string, letters: string, rowAbs: string, digits: string) => {
      const col = colAbs ? letters : shiftColumn(letters, colOffset);
      const row = rowAbs ? digits : String(Math.max(1, Number(digits) + rowOffset));
      return `${lead}${colAbs}${col}${rowAbs}${row}`;
    })))
    .join('');
}

function shiftColumn(letters: string, offset: number): string {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  n = Math.max(1, n + offset);
  let out = '';
  while (n > 0) {
    const rem = (n - 1) % 26;
    out = String.fromCharCode(65 + rem) + out;
    n = Math.floor((n - 1) / 26);
  }
  return out;
}
