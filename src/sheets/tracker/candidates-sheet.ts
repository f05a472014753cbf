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
import { freezeHeader, type Tone, type When } from './styling';
import { layColumns, type ColourFamily, type RowPlan, type TablePlan } from './table-writer';
import type { ValidationRules } from '../validation-rules';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
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
    colours: candidateColours(positions),
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
  const colours = layColumns(sheet, candidatePlan(pristinePositions(CANDIDATE_COLUMNS), 1, ctx, rules));
  sheet.setConditionalFormatRules(colours);
  freezeHeader(sheet, 1);
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

/** The Candidates sheet's colour rules, by the columns they colour (table-writer.ts lays them with the columns). */
export function candidateColours(positions: ColumnMap): ColourFamily<CandidateKey>[] {
  // A count above 0 in the column `key` colours it and the column beside it that says what was counted.
  const positive =
    (key: CandidateKey): ((topLeft: { row: number }) => When) =>
    ({ row }) => {
      const c = columnLetter(columnAt(positions, key));
      return (b) => b.whenFormulaSatisfied(`=AND(ISNUMBER($${c}${row}),$${c}${row}>0)`);
    };
  const scored = [...questions.map((q) => averageKey(q.id)), 'weighted' as const];
  return [
    { keys: ['rate_check'], rules: () => RATE_CHECK_VERDICTS.map((v) => [(b) => b.whenTextEqualTo(v), RATE_CHECK_TONES[v]] as const) },
    {
      keys: scored,
      rules: () => [
        [(b) => b.whenNumberLessThan(STOP_BELOW), 'stop'],
        [(b) => b.whenNumberGreaterThanOrEqualTo(ADVANCE_AT), 'go'],
        [(b) => b.whenNumberBetween(STOP_BELOW, ADVANCE_AT), 'caution'],
      ],
    },
    { keys: ['disagreements', 'disagree_on'], rules: (at) => [[positive('disagreements')(at), 'caution']] },
    { keys: ['red_flags', 'red_flags_raised'], rules: (at) => [[positive('red_flags')(at), 'stop']] },
    // "Advance (incomplete panel: 1 of 2)" keeps the colour of "Advance": labels are matched by
    // their start, longest first, so "Hold: a no vote" is not taken for "Hold".
    {
      keys: ['recommendation'],
      rules: () =>
        [...RECOMMENDATION_RULES]
          .sort((a, b) => b.label.length - a.label.length)
          .map((rule) => [(b) => b.whenTextStartsWith(rule.label), RECOMMENDATION_TONES[rule.tone]] as const),
    },
    { keys: ['take_home_hours'], rules: () => [[(b) => b.whenNumberGreaterThan(factors.takeHome.hoursHigh), 'caution']] },
  ];
}
