// The "DevRate self-test" sheet: one row per check, what was assumed, what Sheets did, the
// verdict, and for checks only a person can judge, a sample to look at.
import { asText } from '../../sheets/cell-text';
import { uniqueSheetName } from '../../sheets/sheet-names';
import type { CheckOutcome, Pending, SelfTestCheck } from './check';

export const REPORT_SHEET = 'DevRate self-test';
export const REPORT_HEADERS = ['Check', 'What DevRate assumes', 'What Sheets did', 'Result', 'Sample'] as const;
const WIDTHS = [200, 420, 420, 260, 80];

export interface SelfTestRow {
  id: string;
  assumption: string;
  observed: string;
  /** PASS, FAIL, one of PENDING_RESULTS, or the instruction of a check a person reads (starts with LOOK). */
  result: string;
}

/** The result of a row that neither passed nor failed. */
export const PENDING_RESULTS: Record<Pending, string> = {
  'real Sheets only': 'NOT RUN: runs on real Sheets only',
  'run again': 'RUN AGAIN',
};

export function reportRow(check: SelfTestCheck, outcome: CheckOutcome): SelfTestRow {
  const result =
    'look' in outcome ? outcome.look.instruction : 'pending' in outcome ? PENDING_RESULTS[outcome.pending] : outcome.pass ? 'PASS' : 'FAIL';
  return { id: check.id, assumption: check.assumption, observed: outcome.observed, result };
}

/** "14 passed, 0 failed, 1 to check by eye", and the rows that did neither, when there are some. */
export function summary(rows: readonly SelfTestRow[]): string {
  const count = (result: string) => rows.filter((r) => r.result === result).length;
  const parts = [
    `${count('PASS')} passed`,
    `${count('FAIL')} failed`,
    `${rows.filter((r) => r.result.startsWith('LOOK')).length} to check by eye`,
  ];
  const notRun = count(PENDING_RESULTS['real Sheets only']);
  const again = count(PENDING_RESULTS['run again']);
  if (notRun) parts.push(`${notRun} not run (real Sheets only)`);
  if (again) parts.push(`${again} to run again`);
  return parts.join(', ');
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
