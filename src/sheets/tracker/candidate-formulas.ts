// The formulas of one Candidates row. Only functions that Google Sheets and HyperFormula both
// have (no AVERAGEIFS, no LET), over ranges sized to the stated capacity rather than open-ended.
import { dataset } from '../../domain/dataset';
import { DISAGREEMENT_GAP, RECOMMENDATION_RULES, type Condition, type Metric } from '../../domain/scoring/recommendation';
import { absoluteReference, columnLetter, formulaText } from '../a1';
import {
  CANDIDATE_COLUMNS,
  PANEL_WEIGHT_COLUMN,
  SCORECARD_CAPACITY,
  SCORECARD_COLUMNS,
  averageKey,
  columnOf,
  flagKey,
  letterOf,
  scoreKey,
  weightRow,
} from './layout';

export interface CandidateFormulaContext {
  scorecardsSheet: string;
  /** The rate card's named range, when the spreadsheet has one. */
  rateCard?: string;
}

const questions = dataset.hiring.questions;
const redFlags = dataset.hiring.redFlags;

const cell = (key: string, row: number) => `$${letterOf(CANDIDATE_COLUMNS, key)}${row}`;
const scorecardColumn = (ctx: CandidateFormulaContext, key: string) =>
  absoluteReference(ctx.scorecardsSheet, { row: 2, col: columnOf(SCORECARD_COLUMNS, key), numRows: SCORECARD_CAPACITY, numCols: 1 });
const weightCell = (i: number) => `$${columnLetter(PANEL_WEIGHT_COLUMN)}$${weightRow(i)}`;

/** Blank for an empty row, so the pre-filled rows stay quiet until a candidate is typed. */
const unlessBlank = (row: number, body: string) => `=IF(${cell('name', row)}="","",${body})`;

/** The claimed level, or the years when no level is claimed (DEVRATE accepts both). */
const level = (row: number) => `IF(${cell('level', row)}="",${cell('years', row)},${cell('level', row)})`;
const noProfile = (row: number) => `AND(${cell('level', row)}="",${cell('years', row)}="")`;
const card = (ctx: CandidateFormulaContext) => (ctx.rateCard ? `,${ctx.rateCard}` : '');

export function marketRateFormula(row: number, ctx: CandidateFormulaContext): string {
  const args = `${level(row)},${cell('region', row)},${cell('spec', row)},"mid"${card(ctx)}`;
  return unlessBlank(row, `IF(${noProfile(row)},"",DEVRATE(${args}))`);
}

export function rateCheckFormula(row: number, ctx: CandidateFormulaContext): string {
  const args = `${cell('quote', row)},${level(row)},${cell('region', row)},${cell('spec', row)}${card(ctx)}`;
  return unlessBlank(row, `IF(OR(${cell('quote', row)}="",${noProfile(row)}),"",RATECHECK(${args}))`);
}

/** The criteria pair "this candidate's rows", plus "a score was given" for one question. */
function scored(ctx: CandidateFormulaContext, row: number, questionId: string) {
  const candidates = scorecardColumn(ctx, 'candidate');
  const scores = scorecardColumn(ctx, scoreKey(questionId));
  return { scores, criteria: `${candidates},${cell('name', row)},${scores},">0"` };
}

function averageFormula(ctx: CandidateFormulaContext, row: number, questionId: string): string {
  const { scores, criteria } = scored(ctx, row, questionId);
  return unlessBlank(row, `IF(COUNTIFS(${criteria})=0,"",SUMIFS(${scores},${criteria})/COUNTIFS(${criteria}))`);
}

/** 1 when two scores on this question are DISAGREEMENT_GAP or more apart. */
function splitTest(ctx: CandidateFormulaContext, row: number, questionId: string): string {
  const { scores, criteria } = scored(ctx, row, questionId);
  return `MAXIFS(${scores},${criteria})-MINIFS(${scores},${criteria})>=${DISAGREEMENT_GAP}`;
}

function flagCount(ctx: CandidateFormulaContext, row: number, flagId: string): string {
  return `COUNTIFS(${scorecardColumn(ctx, 'candidate')},${cell('name', row)},${scorecardColumn(ctx, flagKey(flagId))},TRUE)`;
}

/** Weighted mean of the averages over the questions that have one; blank when their weights sum to 0. */
function weightedFormula(row: number): string {
  const avg = (i: number) => cell(averageKey(questions[i].id), row);
  const numerator = questions.map((_, i) => `IF(ISNUMBER(${avg(i)}),${avg(i)}*${weightCell(i)},0)`).join('+');
  const denominator = questions.map((_, i) => `IF(ISNUMBER(${avg(i)}),${weightCell(i)},0)`).join('+');
  return unlessBlank(row, `IF(${cell('scorecards', row)}=0,"",IF((${denominator})=0,"",ROUND((${numerator})/(${denominator}),2)))`);
}

const METRIC_COLUMN: Record<Metric, string> = {
  scorecards: 'scorecards',
  redFlags: 'red_flags',
  disagreements: 'disagreements',
  weighted: 'weighted',
};

function conditionFormula(condition: Condition, row: number): string {
  const ref = cell(METRIC_COLUMN[condition.metric], row);
  const test = `${ref}${condition.op}${condition.value}`;
  // A blank weighted score meets no threshold, as in recommend().
  return condition.metric === 'weighted' ? `AND(ISNUMBER(${ref}),${test})` : test;
}

/** Nested IFs, one per rule in order: the first rule that holds gives the label. */
export function recommendationFormula(row: number): string {
  const nested = RECOMMENDATION_RULES.reduceRight(
    (otherwise, rule) =>
      rule.when ? `IF(${conditionFormula(rule.when, row)},${formulaText(rule.label)},${otherwise})` : formulaText(rule.label),
    '""',
  );
  return unlessBlank(row, nested);
}

/** Every debrief formula of a row, in column order from "Scorecards" to "Recommendation". */
export function debriefFormulas(row: number, ctx: CandidateFormulaContext): string[] {
  const byKey: Record<string, string> = {
    scorecards: unlessBlank(row, `COUNTIFS(${scorecardColumn(ctx, 'candidate')},${cell('name', row)})`),
    weighted: weightedFormula(row),
    disagreements: unlessBlank(row, questions.map((q) => `IF(${splitTest(ctx, row, q.id)},1,0)`).join('+')),
    disagree_on: unlessBlank(
      row,
      `TEXTJOIN(", ",TRUE,${questions.map((q) => `IF(${splitTest(ctx, row, q.id)},${formulaText(q.name)},"")`).join(',')})`,
    ),
    red_flags: unlessBlank(row, redFlags.map((f) => flagCount(ctx, row, f.id)).join('+')),
    red_flags_raised: unlessBlank(
      row,
      `TEXTJOIN(", ",TRUE,${redFlags.map((f) => `IF(${flagCount(ctx, row, f.id)}>0,${formulaText(f.name)},"")`).join(',')})`,
    ),
    recommendation: recommendationFormula(row),
  };
  for (const q of questions) byKey[averageKey(q.id)] = averageFormula(ctx, row, q.id);
  const first = columnOf(CANDIDATE_COLUMNS, 'scorecards');
  return CANDIDATE_COLUMNS.slice(first - 1).map((c) => {
    const formula = byKey[c.key];
    if (!formula) throw new Error(`No debrief formula for column "${c.key}".`);
    return formula;
  });
}
