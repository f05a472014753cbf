// Writes the Candidates sheet: one row per candidate, typed columns with dropdowns, the DevRate
// rate formulas, the debrief formulas over the Scorecards sheet, and the weights/rules panel.
import { RATE_CHECK_VERDICTS, type RateCheckVerdict } from '../../domain/costs';
import { dataset } from '../../domain/dataset';
import { MAX_TAKE_HOME_HOURS, MAX_YEARS, STAGES, TAKE_HOME_STATUSES, TRIAL_STATUSES } from '../../domain/scoring/pipeline';
import { ADVANCE_AT, RECOMMENDATION_RULES, STOP_BELOW } from '../../domain/scoring/recommendation';
import { MAX_WEIGHT } from '../../domain/scoring/weights';
import { LEVELS, REGIONS, SPECS } from '../../domain/terms';
import { debriefFormulas, marketRateFormula, rateCheckFormula, type CandidateFormulaContext } from './candidate-formulas';
import {
  CANDIDATE_CAPACITY,
  CANDIDATE_COLUMNS,
  PANEL,
  PANEL_SHARE_COLUMN,
  PANEL_WEIGHT_COLUMN,
  columnOf,
  letterOf,
  weightRow,
} from './layout';
import { panelValues } from './panel';
import { block, rangesOf } from './sheet-ranges';
import { protectWithWarning, setColumnWidths } from '../sheet-writer';
import { colourRules, columnFormats, freezeHeader, writeHeader, type Tone, type When } from './styling';
import { grid, type TrackerRules } from './validations';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
type Range = GoogleAppsScript.Spreadsheet.Range;
type Rule = GoogleAppsScript.Spreadsheet.DataValidation;

const ROWS = CANDIDATE_CAPACITY;
const WIDTH = CANDIDATE_COLUMNS.length;
const col = (key: string) => columnOf(CANDIDATE_COLUMNS, key);
const FIRST_DEBRIEF = col('scorecards');
const PANEL_LAST_COLUMN = PANEL.column + PANEL.width - 1;
const questions = dataset.hiring.questions;

/** A quote far below the market is worth a look too: claims may exceed depth. */
const RATE_CHECK_TONES: Record<RateCheckVerdict, Tone> = {
  'below range': 'caution',
  'low end': 'go',
  'mid range': 'go',
  'high end': 'caution',
  'above range': 'stop',
};
const RECOMMENDATION_TONES: Record<(typeof RECOMMENDATION_RULES)[number]['tone'], Tone> = {
  waiting: 'waiting',
  stop: 'stop',
  caution: 'caution',
  go: 'go',
};

export interface CandidatesSheetRanges {
  table: Range;
  weights: Range;
  /** The name cells, which the Scorecards sheet's Candidate dropdown offers. */
  names: Range;
}

/** Every block the writer touches; rangesOf fetches them in one call. */
function candidateBlocks(panelRows: number) {
  const column = (key: string, width = 1) => block(2, col(key), ROWS, width);
  return {
    table: block(1, 1, ROWS + 1, WIDTH),
    header: block(1, 1, 1, WIDTH),
    body: block(2, 1, ROWS, WIDTH),
    names: column('name'),
    rates: column('market', 2), // market rate and rate check
    debrief: block(2, FIRST_DEBRIEF, ROWS, WIDTH - FIRST_DEBRIEF + 1),
    panel: block(1, PANEL.column, panelRows, PANEL.width),
    weights: block(weightRow(0), PANEL_WEIGHT_COLUMN, questions.length),
    shares: block(weightRow(0), PANEL_SHARE_COLUMN, questions.length + 1), // and their total
    // What the colour rules colour.
    rateCheck: column('rate_check'),
    scores: block(2, FIRST_DEBRIEF + 1, ROWS, questions.length + 1), // averages and weighted
    disagreements: column('disagreements', 2),
    redFlags: column('red_flags', 2),
    recommendation: column('recommendation'),
    takeHomeHours: column('take_home_hours'),
  };
}
type Ranges = Record<keyof ReturnType<typeof candidateBlocks>, Range>;

export function writeCandidatesSheet(sheet: Sheet, ctx: CandidateFormulaContext, rules: TrackerRules): CandidatesSheetRanges {
  makeRoomForPanel(sheet);
  const panel = panelValues(ctx.scorecardsSheet);
  const r = rangesOf(sheet, candidateBlocks(panel.rows.length));

  writeHeader(r.header, CANDIDATE_COLUMNS);
  writeFormulas(r, ctx);
  // Rules without cell references go in one call; the name rule refers to its own cell, which
  // only a rule set on the whole column shifts row by row.
  r.body.setNumberFormats(columnFormats(CANDIDATE_COLUMNS, ROWS)).setDataValidations(grid(inputRules(rules), ROWS));
  r.names.setDataValidation(uniqueNameRule(rules));
  writePanel(r, panel, rules);
  sheet.setConditionalFormatRules(conditionalFormats(r));
  protectWithWarning(r.rates, 'DevRate: market rate and rate check are formulas');
  protectWithWarning(r.debrief, 'DevRate: the debrief is computed from the Scorecards sheet');
  protectWithWarning(r.shares, 'DevRate: shares follow the weights');
  freezeHeader(sheet, 1);
  setColumnWidths(sheet, [...CANDIDATE_COLUMNS.map((c) => c.width), ...PANEL.columnWidths]);
  return { table: r.table, weights: r.weights, names: r.names };
}

/** A new sheet has 26 columns; the panel, right of the table, needs a few more. */
function makeRoomForPanel(sheet: Sheet): void {
  const columns = sheet.getMaxColumns();
  if (PANEL_LAST_COLUMN > columns) sheet.insertColumnsAfter(columns, PANEL_LAST_COLUMN - columns);
}

function writeFormulas(r: Pick<Ranges, 'rates' | 'debrief'>, ctx: CandidateFormulaContext): void {
  const rows = Array.from({ length: ROWS }, (_, i) => i + 2);
  r.rates.setFormulas(rows.map((row) => [marketRateFormula(row, ctx), rateCheckFormula(row, ctx)]));
  r.debrief.setFormulas(rows.map((row) => debriefFormulas(row, ctx)));
}

function uniqueNameRule(rules: TrackerRules): Rule {
  const name = letterOf(CANDIDATE_COLUMNS, 'name');
  return rules.formula(
    `=COUNTIF($${name}$2:$${name}$${ROWS + 1},${name}2)<=1`,
    'Each candidate once: scorecards find a candidate by name.',
  );
}

/** One rule per column: the typed columns up to "Paid trial"; null for the name (see above) and formulas. */
function inputRules(rules: TrackerRules): (Rule | null)[] {
  const byKey: Record<string, Rule> = {
    profile: rules.url('A link to the profile, portfolio or GitHub.'),
    stage: rules.dropdown(STAGES, `Stage: ${STAGES.join(', ')}.`),
    level: rules.dropdown(LEVELS, 'The level the candidate claims.'),
    years: rules.numberBetween(0, MAX_YEARS, `Years of experience, 0 to ${MAX_YEARS}.`),
    region: rules.dropdown(REGIONS, 'Where the candidate works from.'),
    spec: rules.dropdown(SPECS, 'backend or ai.'),
    quote: rules.nonNegative('The hourly rate the candidate quoted, in USD.'),
    take_home: rules.dropdown(TAKE_HOME_STATUSES, `Take-home: ${TAKE_HOME_STATUSES.join(', ')}.`),
    take_home_hours: rules.numberBetween(0, MAX_TAKE_HOME_HOURS, `Hours the take-home took, 0 to ${MAX_TAKE_HOME_HOURS}.`),
    trial: rules.dropdown(TRIAL_STATUSES, `Paid trial: ${TRIAL_STATUSES.join(', ')}.`),
  };
  const typed = (i: number) => i > 0 && i < col('trial'); // 0-based: after the name, up to "Paid trial"
  return CANDIDATE_COLUMNS.map((c, i) => {
    if (!typed(i)) return null;
    return /^ref\d+_called$/.test(c.key) ? rules.checkbox() : (byKey[c.key] ?? null);
  });
}

/** The weights and rules panel: text with bold titles, validated weights, shares as percentages. */
function writePanel(
  r: Pick<Ranges, 'panel' | 'weights' | 'shares'>,
  { rows, titleRows }: ReturnType<typeof panelValues>,
  rules: TrackerRules,
): void {
  r.panel.setValues(rows).setFontWeights(rows.map((_, i) => Array(PANEL.width).fill(titleRows.includes(i + 1) ? 'bold' : 'normal')));
  r.weights.setDataValidation(rules.numberBetween(0, MAX_WEIGHT, `A weight from 0 (ignore the question) to ${MAX_WEIGHT}.`));
  r.shares.setNumberFormat('0.0%');
}

/** Every colour rule of the sheet, for one setConditionalFormatRules call. */
function conditionalFormats(
  r: Pick<Ranges, 'rateCheck' | 'scores' | 'disagreements' | 'redFlags' | 'recommendation' | 'takeHomeHours'>,
): GoogleAppsScript.Spreadsheet.ConditionalFormatRule[] {
  const positive =
    (key: string): When =>
    (b) =>
      b.whenFormulaSatisfied(`=AND(ISNUMBER($${letterOf(CANDIDATE_COLUMNS, key)}2),$${letterOf(CANDIDATE_COLUMNS, key)}2>0)`);
  return [
    ...colourRules(
      [r.rateCheck],
      RATE_CHECK_VERDICTS.map((v) => [(b) => b.whenTextEqualTo(v), RATE_CHECK_TONES[v]] as const),
    ),
    ...colourRules(
      [r.scores],
      [
        [(b) => b.whenNumberLessThan(STOP_BELOW), 'stop'],
        [(b) => b.whenNumberGreaterThanOrEqualTo(ADVANCE_AT), 'go'],
        [(b) => b.whenNumberBetween(STOP_BELOW, ADVANCE_AT), 'caution'],
      ],
    ),
    ...colourRules([r.disagreements], [[positive('disagreements'), 'caution']]),
    ...colourRules([r.redFlags], [[positive('red_flags'), 'stop']]),
    ...colourRules(
      [r.recommendation],
      RECOMMENDATION_RULES.map((rule) => [(b) => b.whenTextEqualTo(rule.label), RECOMMENDATION_TONES[rule.tone]] as const),
    ),
    ...colourRules([r.takeHomeHours], [[(b) => b.whenNumberGreaterThan(dataset.factors.takeHome.hoursHigh), 'caution']]),
  ];
}
