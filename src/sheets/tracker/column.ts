// What a tracker column is. A column's entry in its table (layout.ts) holds everything about it:
// its header, width and format, and what fills it: people typing (with the rule on its rows),
// one array formula in the header cell (the formula's body), or the debrief the server writes
// (the figure of the domain's debrief it shows). Adding a column is one entry; the key unions
// the tables export make a mistyped key a compile error where code names a column.
import type { Debrief } from '../../domain/scoring/debrief';
import { columnLetter } from '../a1';
import type { ValidationRules } from '../validation-rules';
import type { CandidateFormulaContext } from './candidate-formulas';

type Rule = GoogleAppsScript.Spreadsheet.DataValidation;

/** What a typed column's rule is built from. */
export interface RuleContext {
  rules: ValidationRules;
  /** The Candidates sheet's name column, which the Scorecards candidate dropdown offers (null: not known here, no dropdown). */
  candidateNames: GoogleAppsScript.Spreadsheet.Range | null;
}

/** A debrief cell: a number, or text ('' for none). */
export type DebriefCell = string | number;

export interface Column<K extends string = string> {
  readonly key: K;
  readonly header: string;
  readonly width: number;
  /** Hidden helper column. */
  readonly hidden?: true;
  readonly numberFormat?: string;
  readonly note?: string;
  /** A typed column's rule on every row below the header (none: free text). */
  readonly rule?: (r: RuleContext) => Rule | null;
  /** A formula column: the body of its one array formula in the header cell (protected, warning only). */
  readonly formula?: (ctx: CandidateFormulaContext) => string;
  /**
   * A debrief column: the figure of the debrief it shows, which the server writes as a value
   * (debrief-sheet.ts); protected (warning only) like formula columns, never typed by people.
   */
  readonly debrief?: (d: Debrief) => DebriefCell;
  /**
   * A Scorecards column the server writes beside each scorecard row from its candidate's debrief
   * (the duplicate flag): what the debrief says of that sheet row ('' for nothing). Written by
   * the same refresh as the debrief columns, protected the same way.
   */
  readonly rowDebrief?: (d: Debrief, row: number) => DebriefCell;
}

/** Three widths, so neighbouring columns share one setColumnWidths call. */
export const WIDTH = { wide: 160, text: 110, narrow: 64 } as const;

export { averageKey } from '../../domain/scoring/debrief-text';
export const flagKey = (flagId: string) => `flag_${flagId}` as const;
export const scoreKey = (questionId: string) => `score_${questionId}` as const;

/** The keys of a table. */
export type KeyOf<C extends readonly Column[]> = C[number]['key'];

/** 1-based column of a key; throws on a key the layout lacks, so a wrong layout fails the first test. */
export function columnOf<C extends readonly Column[]>(columns: C, key: KeyOf<C>): number {
  const i = columns.findIndex((c) => c.key === key);
  if (i < 0) throw new Error(`No tracker column "${key}".`);
  return i + 1;
}
export const letterOf = <C extends readonly Column[]>(columns: C, key: KeyOf<C>) => columnLetter(columnOf(columns, key));

/** The typed columns of a table, in sheet order. */
export const typedColumns = (columns: readonly Column[]) => columns.filter((c) => !c.formula && !c.debrief && !c.rowDebrief);

/** One rule object per validation-rules builder, however many columns share it. */
export function sharedRule(make: (rules: ValidationRules) => Rule): (r: RuleContext) => Rule {
  const built = new WeakMap<ValidationRules, Rule>();
  return ({ rules }) => {
    const rule = built.get(rules) ?? make(rules);
    built.set(rules, rule);
    return rule;
  };
}
