// The budget's checks: which figures cannot be trusted and why. A rate column pair with a team
// row it cannot price or a value typed over it, a team table whose header or end row moved, a
// sheet whose rows moved, a computed cell typed over: each is an error in every figure that
// depends on it, and the verdict says it cannot judge and why.
import { formulaText } from '../a1';
import type { BudgetRefs } from './formulas';
import { body, RATE_CALLS, RATE_COLUMNS, rateHeader, rateLow, TEAM_TABLE_TEXT, type RateColumns } from './team-table';

const q = formulaText;

/** The sentence a verdict that cannot judge starts with (the tests and the playground look for it). */
export const CANNOT_JUDGE = 'Cannot judge against the typical range: ';

/**
 * A figure read from a rate column, or the error its check cell shows instead (rateCheck): a value
 * typed over the column, or a team row the range call could not price. A range call writes a
 * row's error as text, and SUMPRODUCT treats entries that are not numbers as 0 (Excel's and
 * OOXML's documented rule; Sheets did the same in issue 20's reports), so without the check a
 * broken row would quietly drop out of every total.
 */
export const unlessBroken = (check: string, figure: string) => `IF(ISERROR(${check}), ${check}, ${figure})`;

/**
 * Which team row (1 = the row under the header) is the first whose rate is not a number: a range
 * call keeps an error to its row and writes the message there as text (src/functions/broadcast.ts).
 * MATCH gives #N/A when every row is priced or blank.
 */
const firstBroken = (r: BudgetRefs, columns: RateColumns) => {
  const low = body(r, rateLow(r, columns));
  return `MATCH(1, ARRAYFORMULA(ISTEXT(${low})*(LEN(${low})>0)), 0)`;
};

/**
 * "OK", or the error that every figure built on a rate column shows: the header's own error when a
 * value typed over the column blocks it, else the first broken team row priced again alone, so the
 * custom function throws and the cell shows #ERROR! with the thrown message, the same words the
 * row shows, naming the card row or the value to fix (how a thrown Error shows, and that formulas
 * over an error are that error, message included, are beliefs: playground/emulator/README.md).
 * The figures built on it (team cost, totals, the chart's cells) are then errors too.
 */
export function rateCheck(r: BudgetRefs, columns: RateColumns, rateCard?: string): string {
  const header = rateHeader(r, columns);
  const row = firstBroken(r, columns);
  const again = RATE_CALLS[columns](r, (column) => `INDEX(${body(r, column)}, ${row})`, '"low"', rateCard);
  return `=IF(ISERROR(${r.tableCheck}), ${r.tableCheck}, IF(ISERROR(${header}), ${header}, IF(ISNA(${row}), "OK", IF(ISERROR(${again}), ${again}, NA()))))`;
}

/** What to fix, in words the verdict repeats: the table's structure, the typed value in the way, or the sheet row and its message; `ok` otherwise. */
export function rateProblem(r: BudgetRefs, columns: RateColumns, label: string, ok: string): string {
  const header = rateHeader(r, columns);
  const row = firstBroken(r, columns);
  const blocked = q(`a value typed into the computed ${label} columns blocks them: clear it`);
  return `=IF(ISERROR(${r.tableCheck}), ${r.tableProblem}, IF(ISERROR(${header}), ${blocked}, IF(ISNA(${row}), ${q(ok)}, "the team member on row "&(ROW(${header})+${row})&": "&INDEX(${body(r, rateLow(r, columns))}, ${row}))))`;
}

/**
 * "OK" while the team table's header row and its end row read as DevRate wrote them, else #N/A:
 * every formula finds the team rows between those two cells, so a sort that took the header row
 * along (its texts and rate formulas now among the team rows) would silently price the wrong rows.
 * A rate header blocked by a typed value is rateCheck's to report, so it passes here.
 */
export function tableCheck(r: BudgetRefs): string {
  const is = (cell: string, text: string) => `IFERROR(${cell}=${q(text)}, TRUE)`;
  const rates = RATE_COLUMNS.map((columns) => is(rateHeader(r, columns), TEAM_TABLE_TEXT.rates[columns][0]));
  return `=IF(AND(${r.team.levelHeader}=${q(TEAM_TABLE_TEXT.level)}, ${rates.join(', ')}, ${r.team.end}=${q(TEAM_TABLE_TEXT.end)}), "OK", NA())`;
}

/**
 * "OK" while every labelled row the figures read still carries its label, else #N/A: the formulas
 * refer to cells by position, so a sort of the whole sheet (which moves rows, not references)
 * would give each figure its neighbour's inputs. Placed in the frozen headline, which a sheet
 * sort leaves in place, and read by every figure.
 */
export function layoutCheck(labels: { cell: string; text: string }[]): string {
  return `=IF(AND(${labels.map((l) => `${l.cell}=${q(l.text)}`).join(', ')}), "OK", NA())`;
}

/**
 * "OK" while every computed cell below the headline still holds its formula, else #N/A: a value
 * typed over one (past the protection's warning) would stand in for what it computed. ISFORMULA
 * tells a formula from a typed value (https://support.google.com/docs/answer/6270316). Only the
 * headline reads it: a computed cell reading it would depend on itself. `cells` also appear as
 * ranges in a COUNT that changes nothing: HyperFormula does not recompute ISFORMULA when the cell
 * it names turns from a formula into a value, but does recompute a formula that reads that cell's
 * value (playground/emulator/README.md).
 */
export function formulasCheck(computed: string[], ranges: string[]): string {
  const seen = ranges.map((range) => `COUNT(${range})>=0`);
  return `=IF(AND(${[...seen, ...computed.map((cell) => `ISFORMULA(${cell})`)].join(', ')}), "OK", NA())`;
}

/** A headline figure: the layout and formulas checks' errors first, then what it shows. */
export const headlineGuarded = (r: BudgetRefs, formulas: string, formula: string) =>
  `=IF(ISERROR(${r.layoutCheck}), ${r.layoutCheck}, IF(ISERROR(${formulas}), ${formulas}, ${formula.replace(/^=/, '')}))`;

/** A figure, or the layout check's error when the rows it reads have moved. */
export const guarded = (r: BudgetRefs, formula: string) => `=IF(ISERROR(${r.layoutCheck}), ${r.layoutCheck}, ${formula.replace(/^=/, '')})`;

/** What the headline's verdict says when the layout check fails. */
export const LAYOUT_BROKEN =
  "the budget's rows are no longer where DevRate wrote them (a sort of the whole sheet?), or a value was typed over one of its computed cells: undo that edit, and every figure comes back.";

/** What tableCheck found, in words the verdict repeats. */
export const tableProblem = (r: BudgetRefs, ok: string, broken: string) => `=IF(ISERROR(${r.tableCheck}), ${q(broken)}, ${q(ok)})`;
