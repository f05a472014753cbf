// Writes the Candidates sheet: one row per candidate, typed columns with dropdowns, market rate
// and rate check as one array formula each in the header row, and the debrief columns, whose
// values the server writes (debrief-sheet.ts). Every column is tagged so it is found again after edits.
import { RATE_CHECK_VERDICTS, type RateCheckVerdict } from '../../domain/costs';
import { factors, hiring } from '../../domain/dataset';
import { ADVANCE_AT, RECOMMENDATION_RULES, STOP_BELOW } from '../../domain/scoring/recommendation';
import { columnLetter } from '../a1';
import { arrayColumn, type CandidateFormulaContext } from './candidate-formulas';
import type { RuleContext } from './column';
import { columnAt, tagColumns, type ColumnMap } from './columns';
import { CANDIDATE_COLUMNS, averageKey, type CandidateKey, type Column } from './layout';
import { block, openBlock, rangesOf } from './sheet-ranges';
import { protectWithWarning, repeatRows, setColumnWidths } from '../sheet-writer';
import { colourRules, columnFormats, freezeHeader, writeHeader, type Tone, type When } from './styling';
import type { ValidationRules } from '../validation-rules';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
type Range = GoogleAppsScript.Spreadsheet.Range;
type Rule = GoogleAppsScript.Spreadsheet.DataValidation;

const WIDTH = CANDIDATE_COLUMNS.length;
const questions = hiring.questions;

/** A quote far below the market is worth a look too: claims may exceed depth. */
const RATE_CHECK_TONES: Record<RateCheckVerdict, Tone> = {
  'below range': 'caution',
  'low end': 'go',
  'mid range': 'go',
  'high end': 'caution',
  'above range': 'stop',
  // Above an open-ended top ("180+") the source sets no ceiling: worth a question, not a stop.
  'above listed top (open-ended)': 'caution',
};
const RECOMMENDATION_TONES: Record<(typeof RECOMMENDATION_RULES)[number]['tone'], Tone> = {
  waiting: 'waiting',
  stop: 'stop',
  caution: 'caution',
  go: 'go',
};

/** The layout's own positions: column i of CANDIDATE_COLUMNS is column i + 1. */
export const pristinePositions = <K extends string>(columns: readonly Column<K>[]): ColumnMap<K> =>
  new Map(columns.map((c, i) => [c.key, i + 1]));

/** The header row: titles of typed and debrief columns, array formulas of formula columns. */
export function candidateHeaderCell(column: Column, positions: ColumnMap, ctx: CandidateFormulaContext): string {
  if (!column.formula) return column.header;
  return arrayColumn(columnLetter(columnAt(positions, 'name')), column.header, column.formula(ctx), ctx.headerRow);
}

/** Writes a new Candidates sheet. */
export function writeCandidatesSheet(sheet: Sheet, ctx: CandidateFormulaContext, rules: ValidationRules): void {
  makeRoom(sheet, WIDTH);
  const rows = sheet.getMaxRows() - 1;
  const positions = pristinePositions(CANDIDATE_COLUMNS);
  // Colour rules and protections reach the last row as the sheet grows: open-ended (J2:J), no row limit.
  const column = (key: CandidateKey, width = 1) => openBlock(2, columnAt(positions, key), width);
  const r = rangesOf(sheet, {
    header: block(1, 1, 1, WIDTH),
    body: block(2, 1, rows, WIDTH),
    rates: openBlock(1, columnAt(positions, 'market'), 2), // market rate and rate check
    debrief: openBlock(1, columnAt(positions, 'scorecards'), WIDTH - columnAt(positions, 'scorecards') + 1),
    names: column('name'),
    rateCheck: column('rate_check'),
    scores: column(averageKey(questions[0].id), questions.length + 1), // averages and weighted
    disagreements: column('disagreements', 2),
    redFlags: column('red_flags', 2),
    recommendation: column('recommendation'),
    takeHomeHours: column('take_home_hours'),
  });
  writeHeader(
    r.header,
    CANDIDATE_COLUMNS,
    CANDIDATE_COLUMNS.map((c) => candidateHeaderCell(c, positions, ctx)),
  );
  // The name rule refers to its own cell, which only a rule set on the whole column shifts row by row.
  const rowRules = CANDIDATE_COLUMNS.map((c) => candidateRule({ rules, candidateNames: r.names }, c));
  r.body.setNumberFormats(columnFormats(CANDIDATE_COLUMNS, rows)).setDataValidations(repeatRows(rowRules, rows));
  r.names.setDataValidation(nameRule(rules, positions));
  sheet.setConditionalFormatRules(conditionalFormats(r, positions));
  protectWithWarning(r.rates, 'DevRate: market rate and rate check are formulas');
  protectWithWarning(r.debrief, 'DevRate writes the debrief from the Scorecards sheet: what is typed here is replaced');
  freezeHeader(sheet, 1);
  setColumnWidths(
    sheet,
    CANDIDATE_COLUMNS.map((c) => c.width),
  );
  tagColumns(sheet, positions);
}

/** A new sheet has 26 columns. */
export function makeRoom(sheet: Sheet, columns: number): void {
  const have = sheet.getMaxColumns();
  if (columns > have) sheet.insertColumnsAfter(have, columns - have);
}

/** The rule of a typed column, from its entry in the layout (null: free text, computed, or the name column, see nameRule). */
export const candidateRule = (r: RuleContext, column: Column): Rule | null => column.rule?.(r) ?? null;

/**
 * Names are unique ignoring case and outer spaces, as the formulas and the sidebar match them,
 * and none may be the column's title (the formulas take that row for the header). firstRow: the
 * first row below the header, where the rule's range starts (its formula is relative to it).
 */
export function nameRule(rules: ValidationRules, positions: ColumnMap, firstRow = 2): Rule {
  const n = columnLetter(columnAt(positions, 'name'));
  const literal = `"="&SUBSTITUTE(SUBSTITUTE(SUBSTITUTE(TRIM(${n}${firstRow}),"~","~~"),"*","~*"),"?","~?")`;
  return rules.formula(
    `=COUNTIF($${n}:$${n},${literal})<=1`,
    'Each candidate once, and not named like this column: scorecards find a candidate by name.',
  );
}

type ColourRanges = Record<'rateCheck' | 'scores' | 'disagreements' | 'redFlags' | 'recommendation' | 'takeHomeHours', Range>;

/** Every colour rule of the sheet, for one setConditionalFormatRules call. */
export function conditionalFormats(r: ColourRanges, positions: ColumnMap): GoogleAppsScript.Spreadsheet.ConditionalFormatRule[] {
  const positive = (key: string): When => {
    const c = columnLetter(columnAt(positions, key));
    return (b) => b.whenFormulaSatisfied(`=AND(ISNUMBER($${c}2),$${c}2>0)`);
  };
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
    // "Advance (incomplete panel: 1 of 2)" keeps the colour of "Advance": labels are matched by
    // their start, longest first, so "Hold: a no vote" is not taken for "Hold".
    ...colourRules(
      [r.recommendation],
      [...RECOMMENDATION_RULES]
        .sort((a, b) => b.label.length - a.label.length)
        .map((rule) => [(b) => b.whenTextStartsWith(rule.label), RECOMMENDATION_TONES[rule.tone]] as const),
    ),
    ...colourRules([r.takeHomeHours], [[(b) => b.whenNumberGreaterThan(factors.takeHome.hoursHigh), 'caution']]),
  ];
}
