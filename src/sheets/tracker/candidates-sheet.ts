// Writes the Candidates sheet: one row per candidate, typed columns with dropdowns, the DevRate
// rate formulas, the debrief formulas over the Scorecards sheet, and the weights/rules panel.
import { RATE_CHECK_VERDICTS, type RateCheckVerdict } from '../../domain/costs';
import { dataset } from '../../domain/dataset';
import { MAX_TAKE_HOME_HOURS, MAX_YEARS, STAGES, TAKE_HOME_STATUSES, TRIAL_STATUSES } from '../../domain/scoring/pipeline';
import { ADVANCE_AT, RECOMMENDATION_RULES, STOP_BELOW } from '../../domain/scoring/recommendation';
import { MAX_WEIGHT } from '../../domain/scoring/weights';
import { LEVELS, REGIONS, SPECS } from '../../domain/terms';
import { debriefFormulas, marketRateFormula, rateCheckFormula, type CandidateFormulaContext } from './candidate-formulas';
import { CANDIDATE_CAPACITY, CANDIDATE_COLUMNS, PANEL, PANEL_SHARE_COLUMN, PANEL_WEIGHT_COLUMN, columnOf, letterOf, weightRow } from './layout';
import { panelValues } from './panel';
import { colourRule, protectFormulas, setColumnWidths, setNumberFormats, writeHeader, type Tone } from './styling';
import * as rule from './validations';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
type Range = GoogleAppsScript.Spreadsheet.Range;

const ROWS = CANDIDATE_CAPACITY;
const col = (key: string) => columnOf(CANDIDATE_COLUMNS, key);
const questions = dataset.hiring.questions;

/** A quote far below the market is worth a look too: claims may exceed depth. */
const RATE_CHECK_TONES: Record<RateCheckVerdict, Tone> = {
  'below range': 'caution',
  'low end': 'go',
  'mid range': 'go',
  'high end': 'caution',
  'above range': 'stop',
};

export interface CandidatesSheetRanges {
  table: Range;
  weights: Range;
}

export function writeCandidatesSheet(sheet: Sheet, ctx: CandidateFormulaContext): CandidatesSheetRanges {
  const panelLastColumn = PANEL.column + PANEL.width - 1;
  const missing = panelLastColumn - sheet.getMaxColumns();
  if (missing > 0) sheet.insertColumnsAfter(sheet.getMaxColumns(), missing);

  writeHeader(sheet, CANDIDATE_COLUMNS, 1);
  writeFormulas(sheet, ctx);
  setNumberFormats(sheet, CANDIDATE_COLUMNS, ROWS);
  // Rules without cell references go in one call; the name rule refers to its own cell, which
  // only a rule set on the whole column shifts row by row.
  sheet.getRange(2, 2, ROWS, col('trial') - 1).setDataValidations(rule.grid(inputRules(), ROWS));
  sheet.getRange(2, col('name'), ROWS, 1).setDataValidation(uniqueNameRule());
  const weights = writePanel(sheet, ctx.scorecardsSheet);
  sheet.setConditionalFormatRules(conditionalFormats(sheet));
  protectFormulas(sheet.getRange(2, col('market'), ROWS, 2), 'DevRate: market rate and rate check are formulas');
  protectFormulas(sheet.getRange(2, col('scorecards'), ROWS, CANDIDATE_COLUMNS.length - col('scorecards') + 1), 'DevRate: the debrief is computed from the Scorecards sheet');
  protectFormulas(sheet.getRange(weightRow(0), PANEL_SHARE_COLUMN, questions.length + 1, 1), 'DevRate: shares follow the weights');
  setColumnWidths(sheet, [...CANDIDATE_COLUMNS.map((c) => c.width), ...PANEL.columnWidths]);
  return { table: sheet.getRange(1, 1, ROWS + 1, CANDIDATE_COLUMNS.length), weights };
}

function writeFormulas(sheet: Sheet, ctx: CandidateFormulaContext): void {
  const rows = Array.from({ length: ROWS }, (_, i) => i + 2);
  sheet.getRange(2, col('market'), ROWS, 2).setFormulas(rows.map((r) => [marketRateFormula(r, ctx), rateCheckFormula(r, ctx)]));
  const debrief = rows.map((r) => debriefFormulas(r, ctx));
  sheet.getRange(2, col('scorecards'), ROWS, debrief[0].length).setFormulas(debrief);
}

function uniqueNameRule(): GoogleAppsScript.Spreadsheet.DataValidation {
  const name = letterOf(CANDIDATE_COLUMNS, 'name');
  return rule.formula(`=COUNTIF($${name}$2:$${name}$${ROWS + 1},${name}2)<=1`, 'Each candidate once: scorecards find a candidate by name.');
}

/** One rule per input column after the name, up to "Paid trial" (null for the formula columns among them). */
function inputRules(): (GoogleAppsScript.Spreadsheet.DataValidation | null)[] {
  const byKey: Record<string, GoogleAppsScript.Spreadsheet.DataValidation> = {
    profile: rule.url('A link to the profile, portfolio or GitHub.'),
    stage: rule.dropdown(STAGES, `Stage: ${STAGES.join(', ')}.`),
    level: rule.dropdown(LEVELS, 'The level the candidate claims.'),
    years: rule.numberBetween(0, MAX_YEARS, `Years of experience, 0 to ${MAX_YEARS}.`),
    region: rule.dropdown(REGIONS, 'Where the candidate works from.'),
    spec: rule.dropdown(SPECS, 'backend or ai.'),
    quote: rule.nonNegative('The hourly rate the candidate quoted, in USD.'),
    take_home: rule.dropdown(TAKE_HOME_STATUSES, `Take-home: ${TAKE_HOME_STATUSES.join(', ')}.`),
    take_home_hours: rule.numberBetween(0, MAX_TAKE_HOME_HOURS, `Hours the take-home took, 0 to ${MAX_TAKE_HOME_HOURS}.`),
    trial: rule.dropdown(TRIAL_STATUSES, `Paid trial: ${TRIAL_STATUSES.join(', ')}.`),
  };
  const checkbox = rule.checkbox();
  return CANDIDATE_COLUMNS.slice(1, col('trial')).map((c) => (/^ref\d+_called$/.test(c.key) ? checkbox : byKey[c.key] ?? null));
}

function writePanel(sheet: Sheet, scorecardsSheet: string): Range {
  const { rows, titleRows } = panelValues(scorecardsSheet);
  sheet
    .getRange(1, PANEL.column, rows.length, PANEL.width)
    .setValues(rows)
    .setFontWeights(rows.map((_, i) => Array(PANEL.width).fill(titleRows.includes(i + 1) ? 'bold' : 'normal')));
  const weights = sheet.getRange(weightRow(0), PANEL_WEIGHT_COLUMN, questions.length, 1);
  weights.setDataValidation(rule.numberBetween(0, MAX_WEIGHT, `A weight from 0 (ignore the question) to ${MAX_WEIGHT}.`));
  sheet.getRange(weightRow(0), PANEL_SHARE_COLUMN, questions.length + 1, 1).setNumberFormat('0.0%');
  return weights;
}

function conditionalFormats(sheet: Sheet): GoogleAppsScript.Spreadsheet.ConditionalFormatRule[] {
  const column = (key: string, width = 1) => sheet.getRange(2, col(key), ROWS, width);
  const rule = () => SpreadsheetApp.newConditionalFormatRule();
  const scores = [sheet.getRange(2, col('scorecards') + 1, ROWS, questions.length + 1)]; // averages and weighted
  const positive = (key: string) => `=AND(ISNUMBER($${letterOf(CANDIDATE_COLUMNS, key)}2),$${letterOf(CANDIDATE_COLUMNS, key)}2>0)`;
  const recommendationTones: Record<(typeof RECOMMENDATION_RULES)[number]['tone'], Tone> = { waiting: 'waiting', stop: 'stop', caution: 'caution', go: 'go' };
  return [
    ...RATE_CHECK_VERDICTS.map((v) => colourRule(rule().whenTextEqualTo(v), RATE_CHECK_TONES[v], [column('rate_check')])),
    colourRule(rule().whenNumberLessThan(STOP_BELOW), 'stop', scores),
    colourRule(rule().whenNumberGreaterThanOrEqualTo(ADVANCE_AT), 'go', scores),
    colourRule(rule().whenNumberBetween(STOP_BELOW, ADVANCE_AT), 'caution', scores),
    colourRule(rule().whenFormulaSatisfied(positive('disagreements')), 'caution', [column('disagreements', 2)]),
    colourRule(rule().whenFormulaSatisfied(positive('red_flags')), 'stop', [column('red_flags', 2)]),
    ...RECOMMENDATION_RULES.map((r) => colourRule(rule().whenTextEqualTo(r.label), recommendationTones[r.tone], [column('recommendation')])),
    colourRule(rule().whenNumberGreaterThan(dataset.factors.takeHome.hoursHigh), 'caution', [column('take_home_hours')]),
  ];
}
