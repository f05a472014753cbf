// A1 notation for the tracker's formulas: column letters and quoted sheet references.

export function columnLetter(column: number): string {
  let n = column;
  let letters = '';
  while (n > 0) {
    const rem = (n - 1) % 26;
    letters = String.fromCharCode(65 + rem) + letters;
    n = Math.floor((n - 1) / 26);
  }
  return letters;
}

/** 'Scorecards (2)'!  — always quoted, so any name the user gives a sheet works. */
export function sheetPrefix(sheetName: string): string {
  return `'${sheetName.replace(/'/g, "''")}'!`;
}

/** An absolute one-column range such as 'Scorecards'!$A$2:$A$501. */
export function absoluteColumn(sheetName: string, column: number, firstRow: number, lastRow: number): string {
  const c = columnLetter(column);
  return `${sheetPrefix(sheetName)}$${c}$${firstRow}:$${c}$${lastRow}`;
}

/** A text constant inside a formula: "Can't ""explain""". */
export function formulaText(text: string): string {
  return `"${text.replace(/"/g, '""')}"`;
}
