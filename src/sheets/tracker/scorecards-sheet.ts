// Writes the Scorecards sheet: one row per interviewer per candidate, a 1–4 score per interview
// question (blank: no evidence), a checkbox per red flag, and notes. The rubric is in the notes
// on the question headers, so someone scoring on the sheet sees what the sidebar shows. No
// formulas: the debrief on Candidates is written by the server (debrief-sheet.ts).
import { hiring } from '../../domain/dataset';
import { SCALE_TEXT, SCORE_SCALE } from '../../domain/scoring/scale';
import { columnLetter } from '../a1';
import { pristinePositions } from './candidates-sheet';
import type { RuleContext } from './column';
import type { ColumnMap } from './columns';
import { SCORECARD_COLUMNS, flagKey, scoreKey, type Column, type ScorecardKey } from './layout';
import { freezeHeader, type Tone } from './styling';
import { layColumns, type ColourFamily, type RowPlan, type TablePlan } from './table-writer';
import type { ValidationRules } from '../validation-rules';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
type Range = GoogleAppsScript.Spreadsheet.Range;

const { questions, redFlags } = hiring;
const SCORE_TONES: Record<number, Tone> = { 1: 'stop', 2: 'mildStop', 3: 'go', 4: 'strongGo' };

/** Header notes: the question, what it tests and the rubric; the red flag's signal. */
export function scorecardNote(c: Column): string {
  const q = questions.find((x) => scoreKey(x.id) === c.key);
  if (q) return `${q.ask}\nTests ${q.tests}.\nStrong: ${q.strong}\nWeak: ${q.weak}\nScale: ${SCALE_TEXT}.\n(${q.source}, ${q.section})`;
  const f = redFlags.find((x) => flagKey(x.id) === c.key);
  if (f) return `Tick if you saw it: ${f.signal}\n(${f.source}, ${f.section})`;
  if (c.key === 'interviewer') return 'Your name, the same way each time: the scoring sidebar knows you by it.';
  return c.note ?? '';
}

/**
 * The Scorecards table as the table writer lays it down (table-writer.ts): on insert and on
 * Repair. candidateNames: the Candidates sheet's name column, which the Candidate dropdown offers.
 */
export function scorecardPlan(
  positions: ColumnMap<ScorecardKey>,
  headerRow: number,
  candidateNames: Range,
  rules: ValidationRules,
): TablePlan<ScorecardKey> {
  return {
    ...scorecardRows(positions, headerRow, candidateNames, rules),
    headerCell: (c) => c.header,
    note: scorecardNote,
    colours: scorecardColours(),
  };
}

/** The rows' part of the Scorecards table, also as the sheet grows (candidateNames null: no Candidate dropdown). */
export function scorecardRows(
  positions: ColumnMap<ScorecardKey>,
  headerRow: number,
  candidateNames: Range | null,
  rules: ValidationRules,
): RowPlan<ScorecardKey> {
  return { layout: SCORECARD_COLUMNS, positions, headerRow, rule: (c) => scorecardRule({ rules, candidateNames }, c) };
}

/** candidateNames: the Candidates sheet's name column, which the Candidate dropdown offers. */
export function writeScorecardsSheet(sheet: Sheet, candidateNames: Range, rules: ValidationRules): void {
  const colours = layColumns(sheet, scorecardPlan(pristinePositions(SCORECARD_COLUMNS), 1, candidateNames, rules));
  sheet.setConditionalFormatRules(colours);
  freezeHeader(sheet, 2);
}

/** The Scorecards sheet's colour rules, by the columns they colour: a score by its value, a ticked red flag. */
const scorecardColours = (): ColourFamily<ScorecardKey>[] => [
  {
    keys: questions.map((q) => scoreKey(q.id)),
    rules: () => SCORE_SCALE.map((s) => [(b) => b.whenNumberEqualTo(s.value), SCORE_TONES[s.value]] as const),
  },
  {
    keys: redFlags.map((f) => flagKey(f.id)),
    // Relative to the block's top-left cell: each flag column is coloured by its own tick.
    rules: ({ row, column }) => [[(b) => b.whenFormulaSatisfied(`=${columnLetter(column)}${row}=TRUE`), 'stop']],
  },
];

/** The rule of a column, from its entry in the layout (null for free text). */
export const scorecardRule = (r: RuleContext, column: Column): GoogleAppsScript.Spreadsheet.DataValidation | null =>
  column.rule?.(r) ?? null;
