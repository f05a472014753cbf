// Writes the Scorecards sheet: one row per interviewer per candidate, a 1–4 score per interview
// question (blank: no evidence), a checkbox per red flag, and notes. The rubric is in the notes
// on the question headers, so someone scoring on the sheet sees what the sidebar shows.
import { dataset } from '../../domain/dataset';
import { SCALE_TEXT, SCORE_SCALE } from '../../domain/scoring/scale';
import { SCORECARD_CAPACITY, SCORECARD_COLUMNS, columnOf, flagKey, letterOf, scoreKey, type Column } from './layout';
import { colourRule, setColumnWidths, setNumberFormats, writeHeader, type Tone } from './styling';
import * as rule from './validations';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
type Range = GoogleAppsScript.Spreadsheet.Range;

const ROWS = SCORECARD_CAPACITY;
const { questions, redFlags } = dataset.hiring;
const SCORE_TONES: Record<number, Tone> = { 1: 'stop', 2: 'mildStop', 3: 'go', 4: 'strongGo' };

/** Header notes: the question, what it tests and the rubric; the red flag's signal. */
function withNotes(columns: readonly Column[]): Column[] {
  return columns.map((c) => {
    const q = questions.find((x) => scoreKey(x.id) === c.key);
    if (q) return { ...c, note: `${q.ask}\nTests ${q.tests}.\nStrong: ${q.strong}\nWeak: ${q.weak}\nScale: ${SCALE_TEXT}.\n(${q.source}, ${q.section})` };
    const f = redFlags.find((x) => flagKey(x.id) === c.key);
    if (f) return { ...c, note: `Tick if you saw it: ${f.signal}\n(${f.source}, ${f.section})` };
    if (c.key === 'interviewer') return { ...c, note: 'Your name, the same way each time: the scoring sidebar knows you by it.' };
    return c;
  });
}

/** candidateNames: the Candidates sheet's name cells, which the Candidate dropdown offers. */
export function writeScorecardsSheet(sheet: Sheet, candidateNames: Range): Range {
  writeHeader(sheet, withNotes(SCORECARD_COLUMNS), 2);
  setNumberFormats(sheet, SCORECARD_COLUMNS, ROWS);
  const score = rule.dropdown(
    SCORE_SCALE.map((s) => String(s.value)),
    `${SCALE_TEXT}.`,
  );
  const checkbox = rule.checkbox();
  const rules = SCORECARD_COLUMNS.map((c) => {
    if (c.key === 'candidate') return rule.inRange(candidateNames, 'A candidate from the Candidates sheet.');
    if (c.key === 'date') return rule.date('The day of the interview.');
    if (c.key.startsWith('score_')) return score;
    if (c.key.startsWith('flag_')) return checkbox;
    return null;
  });
  sheet.getRange(2, 1, ROWS, SCORECARD_COLUMNS.length).setDataValidations(rule.grid(rules, ROWS));

  const scores = sheet.getRange(2, columnOf(SCORECARD_COLUMNS, scoreKey(questions[0].id)), ROWS, questions.length);
  const flags = sheet.getRange(2, columnOf(SCORECARD_COLUMNS, flagKey(redFlags[0].id)), ROWS, redFlags.length);
  const firstFlag = letterOf(SCORECARD_COLUMNS, flagKey(redFlags[0].id));
  const cf = () => SpreadsheetApp.newConditionalFormatRule();
  sheet.setConditionalFormatRules([
    ...SCORE_SCALE.map((s) => colourRule(cf().whenNumberEqualTo(s.value), SCORE_TONES[s.value], [scores])),
    colourRule(cf().whenFormulaSatisfied(`=${firstFlag}2=TRUE`), 'stop', [flags]),
  ]);
  setColumnWidths(sheet, SCORECARD_COLUMNS.map((c) => c.width));
  return sheet.getRange(1, 1, ROWS + 1, SCORECARD_COLUMNS.length);
}
