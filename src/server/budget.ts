// The scoping wizard's endpoints: open it, hand it its context (the user's draft and the
// spreadsheet's rate card, so the live estimate uses the sheet's figures), keep the draft, and
// create the budget sheet. Payloads arrive parsed (see endpoints.ts).
import { wizardDraftSchema, type WizardDraft } from '../domain/budget/draft';
import type { BudgetInput } from '../domain/budget/schema';
import { InputError } from '../domain/input-error';
import { parseRateCard } from '../domain/rate-card';
import type { CellValue } from '../domain/vocabulary';
import type { BudgetSheetResult, WizardContext, WizardRateCard } from '../endpoints/registry';
import { writeBudgetSheet } from '../sheets/budget/write-budget-sheet';
import { RATE_CARD_RANGE_NAME } from '../sheets/rate-card-range';

/** A user property holds at most 9 kB; stay under it with room to spare. */
const MAX_DRAFT_CHARS = 8_500;
const draftKey = (spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet) => `devrate.wizardDraft.${spreadsheet.getId()}`;

/** Dates cannot cross google.script.run; a card has no business holding them, so they become text. */
export function plainCell(value: unknown): CellValue {
  if (typeof value === 'number' || typeof value === 'boolean' || typeof value === 'string') return value;
  if (value === null || value === undefined) return '';
  const tag = Object.prototype.toString.call(value);
  if (value instanceof Date || tag === '[object Date]') return (value as Date).toISOString().slice(0, 10);
  if (typeof value === 'bigint' || typeof value === 'symbol') return value.toString();
  // No cell holds any other object: one would read as its tag ('[object Object]'), as String() writes it.
  return tag;
}

function readDraft(spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet): WizardDraft | null {
  const stored = PropertiesService.getUserProperties().getProperty(draftKey(spreadsheet));
  if (!stored) return null;
  try {
    const parsed = wizardDraftSchema.safeParse(JSON.parse(stored));
    return parsed.success ? parsed.data : null; // a draft from an older wizard is dropped, not fatal
  } catch {
    return null;
  }
}

export function getWizardContext(): WizardContext {
  const spreadsheet = SpreadsheetApp.getActiveSpreadsheet();
  const card = spreadsheet.getRangeByName(RATE_CARD_RANGE_NAME);
  return {
    documentKey: spreadsheet.getId(),
    draft: readDraft(spreadsheet),
    rateCard: card ? readCard(card) : null,
  };
}

/** The card read as the functions read it, so the live estimate and the sheet agree. */
function readCard(card: GoogleAppsScript.Spreadsheet.Range): WizardRateCard {
  const sheetName = card.getSheet().getName();
  try {
    return { sheetName, ...parseRateCard(card.getValues().map((row) => row.map(plainCell))) };
  } catch (error) {
    if (error instanceof InputError) return { sheetName, unreadable: error.message };
    throw error;
  }
}

export function saveWizardDraft(draft: WizardDraft): { savedAt: number } {
  const json = JSON.stringify(draft);
  if (json.length > MAX_DRAFT_CHARS) {
    throw new Error(
      'Your draft is too long to keep between sessions: shorten the deliverables. It stays in this sidebar while it is open.',
    );
  }
  PropertiesService.getUserProperties().setProperty(draftKey(SpreadsheetApp.getActiveSpreadsheet()), json);
  return { savedAt: draft.savedAt };
}

export function createBudgetSheet(input: BudgetInput): BudgetSheetResult {
  return writeBudgetSheet(SpreadsheetApp.getActiveSpreadsheet(), input);
}
