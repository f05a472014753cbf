// "Insert rate card" (a sidebar to choose the source, then the sheet) and "Insert sources".
import { budgetSheetNamesSchema, rateCardChoiceSchema } from '../domain/budget/rate-card-rows';
import { budgetConnections, connectBudgets } from '../sheets/budget/connect-budgets';
import { RATE_CARD_RANGE_NAME } from '../sheets/rate-card-range';
import { writeRateCardSheet } from '../sheets/rate-card-sheet';
import { writeSourcesSheet } from '../sheets/sources-sheet';
import { withDocumentLock } from './document-lock';
import { parsePayload } from './payload';
import { openSidebar } from './sidebars';

export function showRateCardPicker(): void {
  openSidebar('RateCard');
}

export interface RateCardInserted {
  sheetName: string;
  /** Budget sheets whose formulas do not pass the card yet: the sidebar offers to connect them. */
  unconnectedBudgets: string[];
}

export function insertRateCard(choice: unknown): RateCardInserted {
  const source = parsePayload(rateCardChoiceSchema, choice, 'The rate card');
  return withDocumentLock(() => {
    const spreadsheet = SpreadsheetApp.getActiveSpreadsheet();
    const { sheetName } = writeRateCardSheet(spreadsheet, source);
    const unconnectedBudgets = budgetConnections(spreadsheet)
      .filter((b) => !b.usesRateCard)
      .map((b) => b.sheetName);
    return { sheetName, unconnectedBudgets };
  });
}

export interface BudgetsAndCard {
  /** The sheet holding the rate card, or null when the spreadsheet has none. */
  cardSheet: string | null;
  /** Budget sheets whose formulas do not pass the card. */
  unconnectedBudgets: string[];
}

/** What the rate card sidebar offers on opening: connecting budgets to a card that already exists. */
export function getBudgetConnections(): BudgetsAndCard {
  const spreadsheet = SpreadsheetApp.getActiveSpreadsheet();
  const card = spreadsheet.getRangeByName(RATE_CARD_RANGE_NAME);
  if (!card) return { cardSheet: null, unconnectedBudgets: [] };
  const unconnectedBudgets = budgetConnections(spreadsheet)
    .filter((b) => !b.usesRateCard)
    .map((b) => b.sheetName);
  return { cardSheet: card.getSheet().getName(), unconnectedBudgets };
}

/** Makes these budget sheets' DevRate formulas pass the rate card. */
export function connectBudgetsToRateCard(sheetNames: unknown): { connected: string[]; notBudgets: string[] } {
  const names = parsePayload(budgetSheetNamesSchema, sheetNames, 'The budget connection');
  return withDocumentLock(() => {
    const spreadsheet = SpreadsheetApp.getActiveSpreadsheet();
    if (!spreadsheet.getRangeByName(RATE_CARD_RANGE_NAME)) {
      throw new Error(
        `This spreadsheet has no rate card (the named range ${RATE_CARD_RANGE_NAME}): insert one first. Nothing was changed.`,
      );
    }
    return connectBudgets(spreadsheet, names);
  });
}

export function insertSources(): { sheetName: string } {
  const spreadsheet = SpreadsheetApp.getActiveSpreadsheet();
  const result = withDocumentLock(() => writeSourcesSheet(spreadsheet));
  spreadsheet.toast(`"${result.sheetName}" lists every built-in figure with its source.`, 'DevRate');
  return result;
}
