// Writes the Candidates sheet: one row per candidate, typed columns with dropdowns, market rate
// and rate check as one array formula each in the header row, and the debrief columns, whose
// values the server writes (debrief-sheet.ts). The table writer lays the columns down (tagged, so
// each is found again after edits); this adds what belongs to the sheet: colour rules, frozen header.
import { RATE_CHECK_VERDICTS, type RateCheckVerdict } from '../../domain/costs';
import { factors, hiring } from '../../domain/dataset';
import { ADVANCE_AT, RECOMMENDATION_RULES, STOP_BELOW } from '../../domain/scoring/recommendation';
import { columnLetter } from '../a1';
import { arrayColumn, type CandidateFormulaContext } from './candidate-formulas';
import type { RuleContext } from './column';
import { columnAt, type ColumnMap } from './columns';
import { CANDIDATE_COLUMNS, averageKey, type CandidateKey, type Column } from './layout';
import { colourRules, freezeHeader, type Tone, type When } from './styling';
import { layColumns, type RowPlan, type TablePlan } from './table-writer';
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

/**
 * The Candidates table as the table writer lays it down (table-writer.ts), with its columns at
 * `positions` and its header at `headerRow`: on insert, on Repair and as the sheet grows.
 */
export function candidatePlan(
  positions: ColumnMap<CandidateKey>,
  headerRow: number,
  ctx: CandidateFormulaContext,
  rules: ValidationRules,
): TablePlan<CandidateKey> {
  return {
    ...candidateRows(positions, headerRow, rules),
    headerCell: (c) => candidateHeaderCell(c, positions, ctx),
    note: (c) => c.note ?? '',
  };
}

/** The rows' part of the Candidates table: rules and formats (the name rule on the whole block). */
export function candidateRows(positions: ColumnMap<CandidateKey>, headerRow: number, rules: ValidationRules): RowPlan<CandidateKey> {
  return {
    layout: CANDIDATE_COLUMNS,
    positions,
    headerRow,
    rule: (c) => candidateRule({ rules, candidateNames: null }, c), // no Candidates column offers the names
    // The name rule refers to its own cell, which only a rule set on the whole block shifts row by row.
    blockRule: (c, firstRow) => (c.key === 'name' ? nameRule(rules, positions, firstRow) : null),
  };
}

/** Writes a new Candidates sheet. */
export function writeCandidatesSheet(sheet: Sheet, ctx: CandidateFormulaContext, rules: ValidationRules): void {
  makeRoom(sheet, WIDTH);
  const positions = pristinePositions(CANDIDATE_COLUMNS);
  // Colour rules reach the last row as the sheet grows: open-ended (J2:J), no row limit.
  const column = (key: CandidateKey, width = 1) => openA1(2, columnAt(positions, key), width);
  const r = layColumns(sheet, candidatePlan(positions, 1, ctx, rules), undefined, {
    rateCheck: column('rate_check'),
    scores: column(averageKey(questions[0].id), questions.length + 1), // averages and weighted
    disagreements: column('disagreements', 2),
    redFlags: column('red_flags', 2),
    recommendation: column('recommendation'),
    takeHomeHours: column('take_home_hours'),
  });
  sheet.setConditionalFormatRules(conditionalFormats(r, positions));
  freezeHeader(sheet, 1);
}

/** Open-ended A1 of `columns` columns from `column`, from `row` down (C2:D). */
const openA1 = (row: number, column: number, columns: number) => `${columnLetter(column)}${row}:${columnLetter(column + columns - 1)}`;

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
