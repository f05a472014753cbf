// runSelfTest: settles, on real Sheets, each assumption the emulator and DevRate make (see
// registry.ts). Reachable as "Run self-test" in the add-on menu of test builds only.
import { withDocumentLock } from '../document-lock';
import { SELF_TEST_INCLUDED } from '../../endpoints/build-flag';
import { SELF_TEST_CHECKS } from './registry';
import { reportRow, writeReport, type SelfTestRow } from './report';
import { runInScratch } from './scratch';

export interface SelfTestReport {
  sheetName: string;
  rows: SelfTestRow[];
}

export function runSelfTest(): SelfTestReport {
  if (!SELF_TEST_INCLUDED) throw new Error('The self-test is only in test builds of DevRate (npm run deploy).');
  return withDocumentLock(() => {
    const spreadsheet = SpreadsheetApp.getActiveSpreadsheet();
    const active = spreadsheet.getActiveSheet();
    const stamp = String(Date.now());
    const outcomes = SELF_TEST_CHECKS.map((check) => runInScratch(spreadsheet, check, stamp));
    spreadsheet.setActiveSheet(active);
    const rows = SELF_TEST_CHECKS.map((check, i) => reportRow(check, outcomes[i]));
    const sheetName = writeReport(spreadsheet, rows, outcomes);
    const count = (result: string) => rows.filter((r) => r.result === result).length;
    const looks = rows.length - count('PASS') - count('FAIL');
    spreadsheet.toast(
      `${count('PASS')} passed, ${count('FAIL')} failed, ${looks} to check by eye. See "${sheetName}".`,
      'DevRate self-test',
    );
    return { sheetName, rows };
  });
}
