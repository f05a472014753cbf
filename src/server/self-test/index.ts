// runSelfTest: the acceptance run on real Sheets. It settles each assumption the emulator and
// DevRate make, inserts each template with the tests' fixture data and compares it with the
// domain (see registry.ts), writes one report row per check, and shows the report as text to copy
// into an issue. Reachable as "Run self-test" in the add-on menu of test builds only.
import { withDocumentLock } from '../document-lock';
import { SELF_TEST_INCLUDED } from '../../endpoints/build-flag';
import { thrown } from './check';
import { reportText, showCopyDialog } from './copy-report';
import { currentHost } from './host';
import { SELF_TEST_CHECKS } from './registry';
import { reportRow, summary, writeReport, type SelfTestRow } from './report';
import { runInScratch } from './scratch';

export interface SelfTestReport {
  sheetName: string;
  rows: SelfTestRow[];
  /** The report as the "Copy report" dialog shows it. */
  text: string;
}

export function runSelfTest(): SelfTestReport {
  if (!SELF_TEST_INCLUDED) throw new Error('The self-test is only in test builds of DevRate (npm run deploy).');
  const report = withDocumentLock(() => {
    const spreadsheet = SpreadsheetApp.getActiveSpreadsheet();
    const active = spreadsheet.getActiveSheet();
    const stamp = String(Date.now());
    const host = currentHost();
    const outcomes = SELF_TEST_CHECKS.map((check) => runInScratch(spreadsheet, check, stamp, host));
    spreadsheet.setActiveSheet(active);
    const rows = SELF_TEST_CHECKS.map((check, i) => reportRow(check, outcomes[i]));
    const sheetName = writeReport(spreadsheet, rows, outcomes);
    const ranAt = `${new Date(Number(stamp)).toISOString().slice(0, 16).replace('T', ' ')} UTC`;
    const text = reportText(rows, host, `${ranAt}, locale ${spreadsheet.getSpreadsheetLocale()}`);
    spreadsheet.toast(`${summary(rows)}. See "${sheetName}".`, 'DevRate self-test');
    return { sheetName, rows, text };
  });
  // Outside the lock: the dialog needs nothing from the document. Run from the script editor there
  // is no UI to show it in; the report sheet is written and the text is logged instead.
  try {
    showCopyDialog(report.text, report.sheetName);
  } catch (error) {
    console.log(`Copy report could not be shown (${thrown(error)}):\n${report.text}`);
  }
  return report;
}
