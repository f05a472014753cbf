// The Sheets formula dialect DevRate writes in: every function and form its templates put in a
// cell, a colour rule, a custom validation or a named range, with what Google Sheets does with it
// inside ARRAYFORMULA and the page that says so. tests/formulas/dialect.test.ts fails on anything
// a template writes that is not here or not allowed where it stands (dialect-check.ts); the
// emulator (playground/formulas/sheets-dialect.ts) evaluates the "one value" functions as Sheets
// does; the dialect self-test rows (src/server/self-test/dialect-checks.ts, real Sheets only but
// one) settle the rows marked "reported" or "belief" on real Sheets.

/**
 * What a function does inside ARRAYFORMULA when given a range where it takes one value:
 *  per-row    evaluated once per element, so a column formula gives one result per row;
 *  aggregate  takes whole ranges by design and gives one value (fine as the whole formula);
 *  one-value  does not expand: gives a single value where a column was meant (never in a column formula);
 *  array      returns an array of its own;
 *  unknown    nothing we trust says (never in a column formula).
 */
export type InArrayFormula = 'per-row' | 'aggregate' | 'one-value' | 'array' | 'unknown';

/** documented: Google's own page; reported: users of Sheets report it; belief: ours, to be settled by selfTest. */
export type Evidence = 'documented' | 'reported' | 'belief';

export interface DialectFunction {
  name: string;
  inArrayFormula: InArrayFormula;
  evidence: Evidence;
  source: string;
  /** The runSelfTest row that checks it on real Sheets, on known data (src/server/self-test/dialect-checks.ts). */
  selfTest?: string;
}

const ARRAYFORMULA_HELP = 'https://support.google.com/docs/answer/3093275';
/**
 * Stack Overflow "Explain ArrayFormula expansion rules" (question 62661367, read in this archive):
 * SUMIF given a range as its criterion is re-evaluated once per value, "Sumifs does not exhibit
 * this behaviour".
 */
const EXPANSION_RULES = 'https://kiwix.lema.org/stackoverflow.com_en_all_2023-11/questions/62661367/explain-arrayformula-expansion-rules';
/** Stack Overflow 74450304 "ARRAYFORMULA Auto-Increment": ARRAYFORMULA(COUNTIFS(…)) as its drag-down equivalent, one count per row. */
const COUNTIFS_PER_ROW = 'https://example-a.com/answer/74450304';
const CUSTOM_FUNCTIONS = 'https://developers.google.com/apps-script/guides/sheets/functions';

/**
 * Scalar functions: the ARRAYFORMULA help page says it enables "the use of non-array functions
 * with arrays", element by element (its sample IF(A1:A10>5, …) is one).
 */
const scalar = (name: string): DialectFunction => ({ name, inArrayFormula: 'per-row', evidence: 'documented', source: ARRAYFORMULA_HELP });

export const DIALECT_FUNCTIONS: readonly DialectFunction[] = [
  { name: 'ARRAYFORMULA', inArrayFormula: 'array', evidence: 'documented', source: ARRAYFORMULA_HELP },
  ...['IF', 'IFERROR', 'ISERROR', 'ISNUMBER', 'NA', 'TRIM', 'SUBSTITUTE', 'MID', 'FIND', 'LEN', 'ROUND', 'ISFORMULA', 'ISNA', 'ISTEXT'].map(
    scalar,
  ),
  // INDEX(range, n) with a constant n reads one cell: the same value on every row.
  { name: 'INDEX', inArrayFormula: 'per-row', evidence: 'documented', source: 'https://support.google.com/docs/answer/3098242' },
  {
    name: 'COUNTIFS',
    inArrayFormula: 'per-row',
    evidence: 'reported',
    source: COUNTIFS_PER_ROW,
    selfTest: 'dialect-criteria-per-row',
  },
  { name: 'SUMIF', inArrayFormula: 'per-row', evidence: 'reported', source: EXPANSION_RULES, selfTest: 'dialect-criteria-per-row' },
  // COUNTIF: only in the name column's custom validation, evaluated cell by cell.
  { name: 'COUNTIF', inArrayFormula: 'per-row', evidence: 'reported', source: EXPANSION_RULES, selfTest: 'dialect-criteria-per-row' },
  { name: 'SUMIFS', inArrayFormula: 'one-value', evidence: 'reported', source: EXPANSION_RULES, selfTest: 'dialect-sumifs-one-value' },
  // Not written by DevRate; listed so that nobody writes them in a column formula.
  { name: 'AVERAGEIFS', inArrayFormula: 'one-value', evidence: 'belief', source: EXPANSION_RULES },
  { name: 'MAXIFS', inArrayFormula: 'one-value', evidence: 'belief', source: EXPANSION_RULES, selfTest: 'dialect-sumifs-one-value' },
  { name: 'MINIFS', inArrayFormula: 'one-value', evidence: 'belief', source: EXPANSION_RULES, selfTest: 'dialect-sumifs-one-value' },
  { name: 'TEXTJOIN', inArrayFormula: 'one-value', evidence: 'belief', source: ARRAYFORMULA_HELP },
  // The ARRAYFORMULA help page's own sample: ARRAYFORMULA(SUM(IF(A1:A10>5, A1:A10, 0))) is one sum.
  { name: 'SUM', inArrayFormula: 'aggregate', evidence: 'documented', source: ARRAYFORMULA_HELP },
  // Like SUM, they take whole ranges (not written in a column formula, so never relied on per row).
  { name: 'SUMPRODUCT', inArrayFormula: 'aggregate', evidence: 'belief', source: ARRAYFORMULA_HELP },
  { name: 'AVERAGE', inArrayFormula: 'aggregate', evidence: 'belief', source: ARRAYFORMULA_HELP },
  // MIN(1, hours/160): the budget's part-time share, in a cell formula, never a column formula.
  { name: 'MIN', inArrayFormula: 'aggregate', evidence: 'belief', source: ARRAYFORMULA_HELP },
  // The budget's checks, in cell formulas only: OR and COUNT take a whole range (one value), MATCH
  // finds one label's row, ROW gives a cell's row number.
  { name: 'OR', inArrayFormula: 'aggregate', evidence: 'belief', source: ARRAYFORMULA_HELP },
  { name: 'COUNT', inArrayFormula: 'aggregate', evidence: 'belief', source: ARRAYFORMULA_HELP },
  { name: 'MATCH', inArrayFormula: 'unknown', evidence: 'belief', source: ARRAYFORMULA_HELP },
  { name: 'ROW', inArrayFormula: 'unknown', evidence: 'belief', source: ARRAYFORMULA_HELP },
  // AND/OR take every element of an array together (one TRUE/FALSE): colour rules only, cell by cell.
  { name: 'AND', inArrayFormula: 'aggregate', evidence: 'belief', source: ARRAYFORMULA_HELP },
  { name: 'FILTER', inArrayFormula: 'array', evidence: 'documented', source: 'https://support.google.com/docs/answer/3093197' },
  {
    name: 'VSTACK',
    inArrayFormula: 'array',
    evidence: 'documented',
    source: 'https://support.google.com/docs/answer/13191461',
    selfTest: 'dialect-vstack-literal-locale',
  },
];

/**
 * DevRate's own custom functions: Sheets passes a range as a two-dimensional array and spills an
 * array result (Apps Script guide); src/functions/broadcast.ts computes one result per row.
 */
export const CUSTOM_FUNCTION_ENTRY: Omit<DialectFunction, 'name'> = {
  inArrayFormula: 'per-row',
  evidence: 'documented',
  source: CUSTOM_FUNCTIONS,
  selfTest: 'dialect-custom-function-computed-arrays',
};

export type FormId =
  | 'cell-reference'
  | 'bounded-range'
  | 'open-ended-range'
  | 'whole-column'
  | 'other-sheet'
  | 'array-literal'
  | 'named-range'
  | 'wildcard-escape'
  | 'boolean-keyword';

export interface DialectForm {
  id: FormId;
  example: string;
  what: string;
  evidence: Evidence;
  source: string;
  selfTest?: string;
}

export const DIALECT_FORMS: readonly DialectForm[] = [
  {
    id: 'cell-reference',
    example: '$B$21',
    what: 'one cell',
    evidence: 'documented',
    source: 'https://developers.google.com/sheets/api/guides/concepts',
  },
  {
    id: 'bounded-range',
    example: '$A$27:$A$36',
    what: 'a rectangle',
    evidence: 'documented',
    source: 'https://developers.google.com/sheets/api/guides/concepts',
  },
  {
    id: 'open-ended-range',
    example: '$A$1:$A',
    what: 'row 1 to the last row of the sheet, rows added later included',
    evidence: 'documented',
    source: 'https://developers.google.com/sheets/api/guides/concepts',
  },
  {
    id: 'whole-column',
    example: "'Scorecards'!$S:$S",
    what: 'every row of a column',
    evidence: 'documented',
    source: 'https://developers.google.com/sheets/api/guides/concepts',
  },
  {
    id: 'other-sheet',
    example: "'Scorecards'!$E:$E",
    what: "another sheet's cells, its name in single quotes",
    evidence: 'documented',
    source: 'https://developers.google.com/sheets/api/guides/concepts',
  },
  {
    id: 'array-literal',
    example: '{"low", "high"}',
    what: 'a row of literals: commas between columns (Google: a backslash where the locale writes decimals with a comma; setFormula takes the comma)',
    evidence: 'belief',
    source: 'https://support.google.com/docs/answer/6208276',
    selfTest: 'dialect-vstack-literal-locale',
  },
  {
    id: 'named-range',
    example: 'DevRateCard',
    what: 'a named range (no name that reads as a cell reference, which HyperFormula refuses)',
    evidence: 'documented',
    source: 'https://hyperformula.handsontable.com/guide/list-of-differences.html',
  },
  {
    id: 'wildcard-escape',
    example: 'SUBSTITUTE(x,"~","~~")',
    what: 'a criterion matching *, ? and ~ literally: ~*, ~? and ~~',
    evidence: 'documented',
    source: 'https://support.google.com/docs/answer/3093480?hl=en-GB',
    selfTest: 'dialect-tilde-escape',
  },
  {
    id: 'boolean-keyword',
    example: 'TRUE',
    what: 'TRUE and FALSE as values',
    evidence: 'documented',
    source: 'https://hyperformula.handsontable.com/guide/compatibility-with-google-sheets.html',
  },
];

/**
 * HyperFormula's "List of differences with other spreadsheets" rows that our formulas could touch
 * (https://hyperformula.handsontable.com/guide/list-of-differences.html), and how we stand.
 */
export const HYPERFORMULA_DIFFERENCES: readonly { difference: string; ours: string }[] = [
  {
    difference: 'Ranges created with ":": HyperFormula allows A1:B5, A:C and 3:5 only; Sheets allows mixed forms such as A2:A.',
    ours: "Open-ended ranges ($A$1:$A) are bounded to the sheet's rows before HyperFormula sees them (playground/formulas/references.ts).",
  },
  {
    difference: 'Named expression names: HyperFormula refuses a name that reads as a cell reference; Sheets allows some.',
    ours: 'Our names (DevRateCard, DevRateWeights…) read as no cell; the dialect check refuses one that does.',
  },
  {
    difference: 'Dependency collection: HyperFormula collects references while parsing, so IF(FALSE, A1, 0) in A1 is a cycle.',
    ours: 'No formula of ours refers to its own cell, not even in an IF branch.',
  },
  {
    difference: 'Cell references inside inline arrays ({A1, A2}) are not updated by HyperFormula when the cells change.',
    ours: 'Our array literals hold text constants only; the dialect check refuses a reference inside { }.',
  },
  {
    difference: 'Applying a scalar to a function taking a range (COLUMNS(A1)) is an error in HyperFormula, 1 in Sheets.',
    ours: 'Every range argument we write is a range.',
  },
  {
    difference: 'INT, ISEVEN, ISODD, CEILING.MATH, FLOOR.MATH differ for negative or fractional input.',
    ours: 'None of them is written (the dialect check refuses any function not listed).',
  },
  {
    difference: 'TEXT formats need stringifyDateTime/stringifyCurrency in HyperFormula.',
    ours: 'TEXT is not written; numbers are formatted by number formats.',
  },
];

const byName = new Map(DIALECT_FUNCTIONS.map((f) => [f.name, f]));

/** The entry of a function; custom functions (by name) share CUSTOM_FUNCTION_ENTRY. */
export function dialectFunction(name: string, customFunctions: readonly string[] = []): DialectFunction | undefined {
  const upper = name.toUpperCase();
  return byName.get(upper) ?? (customFunctions.includes(upper) ? { name: upper, ...CUSTOM_FUNCTION_ENTRY } : undefined);
}
