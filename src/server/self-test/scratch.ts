// Runs one check in a scratch sheet of its own and undoes everything it did: its sheets are
// deleted (with their protections, rules and formats), its properties deleted, its other undo
// steps run, latest first, even when the check threw. A row that runs on real Sheets only is not
// run anywhere else, and says so.
import { uniqueSheetName } from '../../sheets/sheet-names';
import { thrown, type CheckOutcome, type Scratch, type SelfTestCheck } from './check';
import { currentHost, type Host } from './host';
import { asFound } from './as-found';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

const SCRATCH_PREFIX = 'DevRate self-test scratch';

export function runInScratch(spreadsheet: Spreadsheet, check: SelfTestCheck, stamp: string, host: Host = currentHost()): CheckOutcome {
  if (check.where === 'real Sheets only' && host !== 'Google Sheets') {
    return { observed: `Not run in ${host}: it cannot model what this row settles.`, pending: 'real Sheets only' };
  }
  const undo: (() => void)[] = [];
  const sheets: Sheet[] = [];
  const newSheet = (name: string): Sheet => {
    const sheet = spreadsheet.insertSheet(name);
    sheets.push(sheet);
    return sheet;
  };
  let outcome: CheckOutcome;
  try {
    const scratch: Scratch = {
      spreadsheet,
      sheet: newSheet(uniqueSheetName(spreadsheet, `${SCRATCH_PREFIX} ${stamp}`)),
      stamp,
      newSheet,
      setProperty(store, key, value) {
        store.setProperty(key, value);
        undo.push(() => store.deleteProperty(key));
      },
      afterwards(step) {
        undo.push(step);
      },
      leaveAsFound() {
        undo.push(asFound(spreadsheet));
      },
    };
    outcome = check.run(scratch);
  } catch (error) {
    outcome = { observed: `The check stopped with an error: ${thrown(error).replace(/\.*$/, '')}.`, pass: false };
  }
  const problems = restore(spreadsheet, undo, sheets);
  if (problems.length === 0) return outcome;
  const observed = `${outcome.observed} Could not undo: ${problems.join('; ')}.`;
  return { observed, pass: false };
}

function restore(spreadsheet: Spreadsheet, undo: (() => void)[], sheets: Sheet[]): string[] {
  const problems: string[] = [];
  for (const step of undo.reverse()) {
    try {
      step();
    } catch (error) {
      problems.push(thrown(error));
    }
  }
  const ids = new Set(spreadsheet.getSheets().map((s) => s.getSheetId()));
  for (const sheet of sheets) {
    try {
      if (ids.has(sheet.getSheetId())) spreadsheet.deleteSheet(sheet);
    } catch (error) {
      problems.push(thrown(error));
    }
  }
  return problems;
}
