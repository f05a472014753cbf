// The Scoring rules sheet: the weights the weighted score uses (as shares of 100%), the
// recommendation rules in words, and how the debrief reads the scorecards. A sheet of its own, so
// sorting, filtering or deleting candidate rows cannot reach the weights.
import { hiring } from '../../domain/dataset';
import { DUPLICATE_RULE } from '../../domain/scoring/duplicates';
import { DEFAULT_MIN_SCORED, QUESTION_COUNT, evidenceRule } from '../../domain/scoring/evidence';
import { DISAGREEMENT_GAP, ruleLines } from '../../domain/scoring/recommendation';
import { SCALE_TEXT } from '../../domain/scoring/scale';
import { MAX_WEIGHT, WEIGHT_OVERRIDES, defaultWeights } from '../../domain/scoring/weights';
import { SheetGrid } from '../grid';
import { protectWithWarning, setColumnWidths, writeGrid } from '../sheet-writer';
import { freezeHeader } from './styling';
import { WIDTH } from './column';
import { WEIGHT_HELP } from './weights-repair';
import { tagWeightRows } from './weights-structure';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
type Range = GoogleAppsScript.Spreadsheet.Range;

export type RulesCell = string | number;
const WIDTH_CELLS = 3;
/** Where the weights are: column B from row 3, one per question. */
export const WEIGHTS_FIRST_ROW = 3;
export const WEIGHTS_COLUMN = 2;
const SHARES_COLUMN = 3;
/** The label of the evidence setting (its number is in column B beside it, a named range). */
export const EVIDENCE_LABEL = 'Questions a scorecard must score to count';

/** Rows of three cells (question or text, weight, share) from A1, which rows are bold, and the evidence setting's row. */
export function rulesValues(): { rows: RulesCell[][]; titleRows: number[]; evidenceRow: number } {
  const questions = hiring.questions;
  const weights = defaultWeights();
  const first = WEIGHTS_FIRST_ROW;
  const last = first + questions.length - 1;
  const total = `SUM($B$${first}:$B$${last})`;

  const rows: RulesCell[][] = [];
  const titleRows: number[] = [];
  const title = (text: string) => {
    rows.push([text, '', '']);
    titleRows.push(rows.length);
  };
  const line = (text: string) => rows.push([text, '', '']);

  title('Scoring weights (change the weights; shares follow)');
  rows.push(['Question', 'Weight', 'Share']);
  titleRows.push(rows.length);
  questions.forEach((q, i) => rows.push([q.name, weights[q.id], `=IF(${total}=0,0,B${first + i}/${total})`]));
  rows.push(['Total', `=${total}`, `=SUM(C${first}:C${last})`]);
  for (const o of WEIGHT_OVERRIDES) line(`${o.why} (${o.source}, ${o.section})`);
  line('');
  title('Evidence (change the number; the debrief follows)');
  rows.push([EVIDENCE_LABEL, DEFAULT_MIN_SCORED, '']);
  const evidenceRow = rows.length;
  line(evidenceRule('the number above'));
  line('');
  title('Recommendation: the first rule that holds');
  ruleLines().forEach(line);
  line('');
  title('How the debrief reads the scorecards');
  line(`Scale: ${SCALE_TEXT}.`);
  line('Averages leave out "no evidence"; the weighted score uses the questions someone scored, rounded to 2 decimals.');
  line(`Disagreement: two interviewers ${DISAGREEMENT_GAP} or more points apart on the same question.`);
  line('Red flags: each different flag counts once, however many interviewers raised it; the debrief says how many did.');
  line(DUPLICATE_RULE);
  line('Typed cells: a number typed as text counts as that number, and a vote in any case counts as that vote.');
  line(
    'Sealed: a scorecard shows "sealed" on the Scorecards sheet, and the debrief on Candidates stays blank, until its candidate is revealed ("Revealed by").',
  );
  line(
    'The debrief on Candidates is written by DevRate from the scorecards: after each submission, reveal and panel change, after your edits on these sheets, and with DevRate > Refresh debrief.',
  );
  line('Names match ignoring case and spaces at either end.');
  if (rows[first - 1][0] !== questions[0].name) throw new Error('The weights block is out of step with WEIGHTS_FIRST_ROW.');
  return { rows, titleRows, evidenceRow };
}

/** The sheet as a plan: titles bold, the weights validated inputs, the shares as percentages. */
export function rulesGrid(): SheetGrid {
  const { rows, titleRows, evidenceRow } = rulesValues();
  const g = new SheetGrid(WIDTH_CELLS);
  const count = hiring.questions.length;
  const weight = { kind: 'number', min: 0, max: MAX_WEIGHT, help: WEIGHT_HELP } as const;
  const minScored = { kind: 'number', min: 1, max: QUESTION_COUNT, help: `A whole number from 1 to ${QUESTION_COUNT}.` } as const;
  rows.forEach((cells, r) => {
    const row = r + 1;
    const isWeight = row >= WEIGHTS_FIRST_ROW && row < WEIGHTS_FIRST_ROW + count;
    const isShare = row >= WEIGHTS_FIRST_ROW && row <= WEIGHTS_FIRST_ROW + count;
    cells.forEach((value, c) => {
      const col = c + 1;
      const options = {
        validation: isWeight && col === WEIGHTS_COLUMN ? weight : row === evidenceRow && col === WEIGHTS_COLUMN ? minScored : undefined,
        format: isShare && col === SHARES_COLUMN ? '0.0%' : undefined,
      };
      if (typeof value === 'string' && value.startsWith('=')) g.formula(row, col, value, options);
      else g.put(row, col, value, options);
    });
    if (titleRows.includes(row)) g.toneRow(row, 'title');
  });
  return g;
}

/** Writes the sheet and tags each weight row with its question; returns the weight cells and the evidence setting's cell (for their named ranges). */
export function writeRulesSheet(sheet: Sheet): { weights: Range; evidence: Range } {
  const count = hiring.questions.length;
  writeGrid(sheet, rulesGrid());
  const evidence = sheet.getRange(rulesValues().evidenceRow, WEIGHTS_COLUMN);
  const [weights, shares] = sheet
    .getRangeList([`B${WEIGHTS_FIRST_ROW}:B${WEIGHTS_FIRST_ROW + count - 1}`, `C${WEIGHTS_FIRST_ROW}:C${WEIGHTS_FIRST_ROW + count}`])
    .getRanges();
  protectWithWarning(shares, 'DevRate: shares follow the weights');
  tagWeightRows(sheet, WEIGHTS_FIRST_ROW, true);
  freezeHeader(sheet, 0);
  setColumnWidths(sheet, [2 * WIDTH.wide, WIDTH.narrow, WIDTH.narrow]);
  return { weights, evidence };
}
