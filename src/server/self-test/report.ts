// The "DevRate self-test" sheet: one row per check, what was assumed, what Sheets did, the
// verdict, and for checks only a person can judge, a sample to look at.
import { asText } from '../../sheets/cell-text';
import { uniqueSheetName } from '../../sheets/sheet-names';
import type { CheckOutcome, SelfTestCheck } from './check';

export const REPORT_SHEET = 'DevRate self-test';
export const REPORT_HEADERS = ['Check', 'What DevRate assumes', 'What Sheets did', 'Result', 'Sample'] as const;
const WIDTHS = [200, 420, 420, 260, 80];

export interface SelfTestRow {
  id: string;
  assumption: string;
  observed: string;
  /** PASS, FAIL, or the instruction of a check a person reads (starts with LOOK). */
  result: string;
}

export function reportRow(check: SelfTestCheck, outcome: CheckOutcome): SelfTestRow {
  const result = 'look' in outcome ? outcome.look.instruction : outcome.pass ? 'PASS' : 'FAIL';
  return { id: check.id, assumption: check.assumption, observed: outcome.observed, result };
}

/** Writes the report on a new sheet (never over a person's sheet) and returns its name. */
export function writeReport(spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet, rows: SelfTestRow[], outcomes: CheckOutcome[]): string {
  const sheet = spreadsheet.insertSheet(uniqueSheetName(spreadsheet, REPORT_SHEET));
  const values = [[...REPORT_HEADERS], ...rows.map((r) => [asText(r.id), asText(r.assumption), asText(r.observed), asText(r.result), ''])];
  sheet.getRange(1, 1, values.length, REPORT_HEADERS.length).setValues(values).setWrap(true).setVerticalAlignment('top');
  sheet.getRange(1, 1, 1, REPORT_HEADERS.length).setFontWeight('bold');
  sheet.setFrozenRows(1);
  WIDTHS.forEach((width, i) => sheet.setColumnWidth(i + 1, width));
  outcomes.forEach((outcome, i) => {
    if ('look' in outcome) outcome.look.draw(sheet.getRange(i + 2, REPORT_HEADERS.length));
  });
  sheet.activate();
  return sheet.getName();
}
