// "Insert rate card" (a sidebar to choose the source, then the sheet) and "Insert sources".
import { rateCardChoiceSchema } from '../domain/budget/rate-card-rows';
import { writeRateCardSheet } from '../sheets/rate-card-sheet';
import { writeSourcesSheet } from '../sheets/sources-sheet';
import { withDocumentLock } from './document-lock';
import { parsePayload } from './payload';
import { openSidebar } from './sidebars';

export function showRateCardPicker(): void {
  openSidebar('RateCard');
}

export function insertRateCard(choice: unknown): { sheetName: string } {
  const source = parsePayload(rateCardChoiceSchema, choice, 'The rate card');
  return withDocumentLock(() => writeRateCardSheet(SpreadsheetApp.getActiveSpreadsheet(), source));
}

export function insertSources(): { sheetName: string } {
  const spreadsheet = SpreadsheetApp.getActiveSpreadsheet();
  const result = withDocumentLock(() => writeSourcesSheet(spreadsheet));
  spreadsheet.toast(`"${result.sheetName}" lists every built-in figure with its source.`, 'DevRate');
  return result;
}
