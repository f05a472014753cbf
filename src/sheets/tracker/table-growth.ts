// A tracker table that fills its sheet grows by GROW_BY rows, laid down by the table writer
// (table-writer.ts) as insert lays them: each of DevRate's columns gets its number format and rule
// from its entry in the layout, wherever it is now, so a dropdown someone cleared on the last row
// is not carried down, and the name rule, which refers to its own cell, is set on the new block
// as a whole. Columns of people's own take the last row's rules and formats, as rows a person
// inserts would: Apps Script's reference does not say whether insertRowsAfter's rows inherit them.
import { formatToWrite } from '../grid';
import { candidateRows } from './candidates-sheet';
import { CANDIDATE_COLUMNS, SCORECARD_COLUMNS, type Column } from './layout';
import { scorecardRows } from './scorecards-sheet';
import { layRows, layoutPositions } from './table-writer';
import { validationRules } from '../validation-rules';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
type Range = GoogleAppsScript.Spreadsheet.Range;
type Rule = GoogleAppsScript.Spreadsheet.DataValidation;

/** Rows added at once when a table fills its sheet. */
export const GROW_BY = 100;

/** What growing needs to know of a table: its sheet, layout, header row (1-based) and where its columns are. */
export interface GrowingTable {
  sheet: Sheet;
  layout: readonly Column[];
  headerRow: number;
  columns: ReadonlyMap<string, number>;
}

/** Adds GROW_BY rows below the sheet's last row, `lastRow`, laid down like the table's rows. */
export function growTable(table: GrowingTable, lastRow: number): void {
  const { sheet } = table;
  sheet.insertRowsAfter(lastRow, GROW_BY);
  const copied = lastRow > table.headerRow ? copyLastRow(sheet, lastRow) : [];
  layNewRows(table, copied, lastRow + 1);
}

/** The last row's rules and formats copied onto the rows below it (people's own columns keep theirs); answers its rules. */
function copyLastRow(sheet: Sheet, lastRow: number): (Rule | null)[] {
  const width = sheet.getMaxColumns();
  const last = sheet.getRange(lastRow, 1, 1, width);
  const [rules, formats] = [last.getDataValidations()[0], last.getNumberFormats()[0]];
  const added = sheet.getRange(lastRow + 1, 1, GROW_BY, width);
  added.setDataValidations(Array.from({ length: GROW_BY }, () => rules));
  // An automatic cell reads "0.###############": written back as General so new rows stay automatic.
  const toWrite = formats.map(formatToWrite);
  added.setNumberFormats(Array.from({ length: GROW_BY }, () => toWrite));
  return rules;
}

/** The layout's columns on the new rows from `firstRow`, as insert lays them (a table of another layout keeps the copy). */
function layNewRows(table: GrowingTable, lastRules: readonly (Rule | null)[], firstRow: number): void {
  const rules = validationRules();
  if (table.layout === CANDIDATE_COLUMNS) {
    const positions = layoutPositions(CANDIDATE_COLUMNS, table.columns);
    layRows(table.sheet, candidateRows(positions, table.headerRow, rules), firstRow, GROW_BY);
    return;
  }
  if (table.layout !== SCORECARD_COLUMNS) return;
  const positions = layoutPositions(SCORECARD_COLUMNS, table.columns);
  // The Candidate dropdown offers the Candidates sheet's names: the range its rule on the last row names.
  const candidate = positions.get('candidate');
  const names = candidate === undefined ? null : namesOf(lastRules[candidate - 1] ?? null);
  layRows(table.sheet, scorecardRows(positions, table.headerRow, names, rules), firstRow, GROW_BY);
}

/** The range a value-in-range rule offers, or null for any other rule (or none). */
function namesOf(rule: Rule | null): Range | null {
  if (!rule || String(rule.getCriteriaType()) !== 'VALUE_IN_RANGE') return null;
  const values: unknown[] = rule.getCriteriaValues();
  return isRange(values[0]) ? values[0] : null;
}

const isRange = (value: unknown): value is Range => typeof value === 'object' && value !== null && 'getA1Notation' in value;
