// Writes the Scorecards sheet: one row per interviewer per candidate, a 1–4 score per interview
// question (blank: no evidence), a checkbox per red flag, and notes. The rubric is in the notes
// on the question headers, so someone scoring on the sheet sees what the sidebar shows.
import { dataset } from '../../domain/dataset';
import { SCALE_TEXT, SCORE_SCALE } from '../../domain/scoring/scale';
import { SCORECARD_CAPACITY, SCORECARD_COLUMNS, columnOf, flagKey, letterOf, scoreKey, type Column } from './layout';
import { block, rangesOf } from './sheet-ranges';
import { setColumnWidths } from '../sheet-writer';
import { colourRules, columnFormats, freezeHeader, writeHeader, type Tone } from './styling';
import { grid, type TrackerRules } from './validations';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
type Range = GoogleAppsScript.Spreadsheet.Range;

const ROWS = SCORECARD_CAPACITY;
const WIDTH = SCORECARD_COLUMNS.length;
const { questions, redFlags } = dataset.hiring;
const SCORE_TONES: Record<number, Tone> = { 1: 'stop', 2: 'mildStop', 3: 'go', 4: 'strongGo' };
const FIRST_SCORE = columnOf(SCORECARD_COLUMNS, scoreKey(questions[0].id));
const FIRST_FLAG = columnOf(SCORECARD_COLUMNS, flagKey(redFlags[0].id));

/** Header notes: the question, what it tests and the rubric; the red flag's signal. */
function withNotes(columns: readonly Column[]): Column[] {
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

/** candidateNames: the Candidates sheet's name cells, which the Candidate dropdown offers. Returns the table. */
export function writeScorecardsSheet(sheet: Sheet, candidateNames: Range, rules: TrackerRules): Range {
  const r = rangesOf(sheet, {
    table: block(1, 1, ROWS + 1, WIDTH),
    header: block(1, 1, 1, WIDTH),
    body: block(2, 1, ROWS, WIDTH),
    scores: block(2, FIRST_SCORE, ROWS, questions.length),
    flags: block(2, FIRST_FLAG, ROWS, redFlags.length),
  });
  writeHeader(r.header, withNotes(SCORECARD_COLUMNS));
  r.body.setNumberFormats(columnFormats(SCORECARD_COLUMNS, ROWS)).setDataValidations(grid(inputRules(candidateNames, rules), ROWS));
  sheet.setConditionalFormatRules([
    ...colourRules(
      [r.scores],
      SCORE_SCALE.map((s) => [(b) => b.whenNumberEqualTo(s.value), SCORE_TONES[s.value]] as const),
    ),
    ...colourRules([r.flags], [[(b) => b.whenFormulaSatisfied(`=${letterOf(SCORECARD_COLUMNS, flagKey(redFlags[0].id))}2=TRUE`), 'stop']]),
  ]);
  freezeHeader(sheet, 2);
  setColumnWidths(
    sheet,
    SCORECARD_COLUMNS.map((c) => c.width),
  );
  return r.table;
}

/** One rule per column (null for the free-text ones). */
function inputRules(candidateNames: Range, rules: TrackerRules): (GoogleAppsScript.Spreadsheet.DataValidation | null)[] {
  const score = rules.dropdown(
    SCORE_SCALE.map((s) => String(s.value)),
    `${SCALE_TEXT}.`,
  );
  return SCORECARD_COLUMNS.map((c) => {
    if (c.key === 'candidate') return rules.inRange(candidateNames, 'A candidate from the Candidates sheet.');
    if (c.key === 'date') return rules.date('The day of the interview.');
    if (c.key.startsWith('score_')) return score;
    if (c.key.startsWith('flag_')) return rules.checkbox();
    return null;
  });
}
