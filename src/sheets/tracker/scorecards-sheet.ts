// Writes the Scorecards sheet: one row per interviewer per candidate, a 1–4 score per interview
// question (blank: no evidence), a checkbox per red flag, and notes. The rubric is in the notes
// on the question headers, so someone scoring on the sheet sees what the sidebar shows. No
// formulas: the debrief on Candidates is written by the server (debrief-sheet.ts).
import { hiring } from '../../domain/dataset';
import { SCALE_TEXT, SCORE_SCALE } from '../../domain/scoring/scale';
import { columnLetter } from '../a1';
import { pristinePositions } from './candidates-sheet';
import type { RuleContext } from './column';
import { columnAt, tagColumns } from './columns';
import { SCORECARD_COLUMNS, flagKey, scoreKey, type Column, type ScorecardKey } from './layout';
import { block, openBlock, rangesOf } from './sheet-ranges';
import { repeatRows, setColumnWidths } from '../sheet-writer';
import { colourRules, columnFormats, freezeHeader, writeHeader, type Tone } from './styling';
import type { ValidationRules } from '../validation-rules';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
type Range = GoogleAppsScript.Spreadsheet.Range;

const WIDTH = SCORECARD_COLUMNS.length;
const { questions, redFlags } = hiring;
const SCORE_TONES: Record<number, Tone> = { 1: 'stop', 2: 'mildStop', 3: 'go', 4: 'strongGo' };

/** Header notes: the question, what it tests and the rubric; the red flag's signal. */
export function withNotes(columns: readonly Column[]): Column[] {
  return columns.map((c) => {
    const q = questions.find((x) => scoreKey(x.id) === c.key);
    if (q)
      return {
        ...c,
        note: `${q.ask}\nTests ${q.tests}.\nStrong: ${q.strong}\nWeak: ${q.weak}\nScale: ${SCALE_TEXT}.\n(${q.source}, ${q.section})`,
      };
    const f = redFlags.find((x) => flagKey(x.id) === c.key);
    if (f) return { ...c, note: `Tick if you saw it: ${f.signal}\n(${f.source}, ${f.section})` };
    if (c.key === 'interviewer') return { ...c, note: 'Your name, the same way each time: the scoring sidebar knows you by it.' };
    return c;
  });
}

/** candidateNames: the Candidates sheet's name column, which the Candidate dropdown offers. */
export function writeScorecardsSheet(sheet: Sheet, candidateNames: Range, rules: ValidationRules): void {
  const positions = pristinePositions(SCORECARD_COLUMNS);
  const rows = sheet.getMaxRows() - 1;
  const first = (key: ScorecardKey) => columnAt(positions, key);
  const r = rangesOf(sheet, {
    header: block(1, 1, 1, WIDTH),
    body: block(2, 1, rows, WIDTH),
    // Colour rules and the protection reach the last row as the sheet grows (open-ended: E2:J).
    scores: openBlock(2, first(scoreKey(questions[0].id)), questions.length),
    flags: openBlock(2, first(flagKey(redFlags[0].id)), redFlags.length),
  });
  writeHeader(r.header, withNotes(SCORECARD_COLUMNS));
  const rowRules = SCORECARD_COLUMNS.map((c) => scorecardRule({ rules, candidateNames }, c));
  r.body.setNumberFormats(columnFormats(SCORECARD_COLUMNS, rows)).setDataValidations(repeatRows(rowRules, rows));
  sheet.setConditionalFormatRules([
    ...colourRules(
      [r.scores],
      SCORE_SCALE.map((s) => [(b) => b.whenNumberEqualTo(s.value), SCORE_TONES[s.value]] as const),
    ),
    ...colourRules([r.flags], [[(b) => b.whenFormulaSatisfied(`=${columnLetter(first(flagKey(redFlags[0].id)))}2=TRUE`), 'stop']]),
  ]);
  freezeHeader(sheet, 2);
  setColumnWidths(
    sheet,
    SCORECARD_COLUMNS.map((c) => c.width),
  );
  tagColumns(sheet, positions);
}

/** The rule of a column, from its entry in the layout (null for free text). */
export const scorecardRule = (r: RuleContext, column: Column): GoogleAppsScript.Spreadsheet.DataValidation | null =>
  column.rule?.(r) ?? null;
