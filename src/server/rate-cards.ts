// "Insert rate card" (a sidebar to choose the source, then the sheet) and "Insert sources".
import type { RateCardChoice } from '../domain/budget/rate-card-rows';
import type { SheetInserted } from '../endpoints/registry';
import { writeRateCardSheet } from '../sheets/rate-card-sheet';
import { writeSourcesSheet } from '../sheets/sources-sheet';
import { withDocumentLock } from './document-lock';


/** The sidebar's endpoint (payload parsed, lock taken: see endpoints.ts). */
export function insertRateCard(source: RateCardChoice): SheetInserted {
  return writeRateCardSheet(SpreadsheetApp.getActiveSpreadsheet(), source);
}

/** Menu only: no sidebar calls it, so it takes its own lock. */
export function insertSources(): SheetInserted {
  const spreadsheet = SpreadsheetApp.getActiveSpreadsheet();
  const result = withDocumentLock(() => writeSourcesSheet(spreadsheet));
  spreadsheet.toast(`"${result.sheetName}" lists every built-in figure with its source.`, 'DevRate');
  return result;
}
