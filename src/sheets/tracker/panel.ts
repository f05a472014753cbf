// The block right of the Candidates table: the weights the weighted score uses (as shares of
// 100%), the recommendation rules in words, and how the debrief reads the scorecards.
import { dataset } from '../../domain/dataset';
import { DISAGREEMENT_GAP, ruleLines } from '../../domain/scoring/recommendation';
import { SCALE_TEXT } from '../../domain/scoring/scale';
import { WEIGHT_OVERRIDES, defaultWeights } from '../../domain/scoring/weights';
import { columnLetter } from '../a1';
import { CANDIDATE_CAPACITY, PANEL, PANEL_SHARE_COLUMN, PANEL_WEIGHT_COLUMN, SCORECARD_CAPACITY, weightRow } from './layout';

export type PanelCell = string | number;

/** Rows of PANEL.width cells; row 1 of the panel is row 1 of the sheet. */
export function panelValues(scorecardsSheet: string): { rows: PanelCell[][]; titleRows: number[] } {
  const questions = dataset.hiring.questions;
  const weights = defaultWeights();
  const w = columnLetter(PANEL_WEIGHT_COLUMN);
  const s = columnLetter(PANEL_SHARE_COLUMN);
  const first = weightRow(0);
  const last = weightRow(questions.length - 1);
  const total = `SUM($${w}$${first}:$${w}$${last})`;

  const rows: PanelCell[][] = [];
  const titleRows: number[] = [];
  const title = (text: string) => {
    rows.push([text, '', '']);
    titleRows.push(rows.length);
  };
  const line = (text: string) => rows.push([text, '', '']);

  title('Scoring weights (change the weights; shares follow)');
  rows.push(['Question', 'Weight', 'Share']);
  titleRows.push(rows.length);
  questions.forEach((q, i) => {
    const r = weightRow(i);
    rows.push([q.name, weights[q.id], `=IF(${total}=0,0,${w}${r}/${total})`]);
  });
  rows.push(['Total', `=${total}`, `=SUM(${s}${first}:${s}${last})`]);
  for (const o of WEIGHT_OVERRIDES) line(`${o.why} (${o.source}, ${o.section})`);
  line('');
  title('Recommendation: the first rule that holds');
  ruleLines().forEach(line);
  line('');
  title('How the debrief reads the scorecards');
  line(`Scale: ${SCALE_TEXT}.`);
  line('Averages leave out "no evidence"; the weighted score uses the questions someone scored, rounded to 2 decimals.');
  line(`Disagreement: two interviewers ${DISAGREEMENT_GAP} or more points apart on the same question.`);
  line('Red flags: every tick counts, so a flag seen by two interviewers counts twice.');
  line(
    `Capacity: ${CANDIDATE_CAPACITY} candidates (rows 2–${CANDIDATE_CAPACITY + 1} here) and ${SCORECARD_CAPACITY} scorecards (rows 2–${SCORECARD_CAPACITY + 1} of ${scorecardsSheet}); the formulas cover exactly these rows.`,
  );
  line('Names match as in COUNTIFS: case does not matter, and * ? ~ act as wildcards, so keep them out of names.');
  if (rows[first - 1][0] !== questions[0].name) throw new Error('The weights block is out of step with layout.weightRow.');
  return { rows, titleRows };
}
