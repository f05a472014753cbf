// "Insert rate card" (a sidebar to choose the source, then the sheet, then the budgets to connect)
// and "Insert sources".
import type { RateCardChoice } from '../domain/budget/rate-card-rows';
import type { BudgetsAndCard, BudgetsConnected, RateCardInserted, SheetInserted } from '../endpoints/registry';
import { budgetConnections, connectBudgets } from '../sheets/budget/connect-budgets';
import { RATE_CARD_RANGE_NAME } from '../sheets/rate-card-range';
import { writeRateCardSheet } from '../sheets/rate-card-sheet';
import { writeSourcesSheet } from '../sheets/sources-sheet';
import { withDocumentLock } from './document-lock';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

const unconnectedBudgets = (spreadsheet: Spreadsheet) =>
  budgetConnections(spreadsheet)
    .filter((b) => !b.usesRateCard)
    .map((b) => b.sheetName);

/** The sidebar's endpoint (payload parsed, lock taken: see endpoints.ts). */
export function insertRateCard(source: RateCardChoice): RateCardInserted {
  const spreadsheet = SpreadsheetApp.getActiveSpreadsheet();
  const { sheetName } = writeRateCardSheet(spreadsheet, source);
  return { sheetName, unconnectedBudgets: unconnectedBudgets(spreadsheet) };
}

/** What the rate card sidebar offers on opening: connecting budgets to a card that already exists. Read-only. */
export function getBudgetConnections(): BudgetsAndCard {
  const spreadsheet = SpreadsheetApp.getActiveSpreadsheet();
  const card = spreadsheet.getRangeByName(RATE_CARD_RANGE_NAME);
  if (!card) return { cardSheet: null, unconnectedBudgets: [] };
  return { cardSheet: card.getSheet().getName(), unconnectedBudgets: unconnectedBudgets(spreadsheet) };
}

/** Makes these budget sheets' DevRate formulas pass the rate card (payload parsed, lock taken: see endpoints.ts). */
export function connectBudgetsToRateCard(sheetNames: readonly string[]): BudgetsConnected {
  const spreadsheet = SpreadsheetApp.getActiveSpreadsheet();
  if (!spreadsheet.getRangeByName(RATE_CARD_RANGE_NAME)) {
    throw new Error(`This spreadsheet has no rate card (the named range ${RATE_CARD_RANGE_NAME}): insert one first. Nothing was changed.`);
  }
  return connectBudgets(spreadsheet, sheetNames);
}

/** Menu only: no sidebar calls it, so it takes its own lock. */
export function insertSources(): SheetInserted {
  const spreadsheet = SpreadsheetApp.getActiveSpreadsheet();
  const result = withDocumentLock(() => writeSourcesSheet(spreadsheet));
  spreadsheet.toast(`"${result.sheetName}" lists every built-in figure with its source.`, 'DevRate');
  return result;
}
