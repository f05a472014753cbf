// What the "Scope a project" and "Insert rate card" endpoints answer and refuse, as
// hostile-budget-endpoints.test.ts checks them.
import { expect } from 'vitest';
import { wizardDraftSchema } from '../../../src/domain/budget/draft';
import { budgetInputSchema } from '../../../src/domain/budget/schema';
import { parseRateCard } from '../../../src/domain/rate-card';
import { plainCell } from '../../../src/server/budget';
import type { Addon } from '../../../playground/emulator';
import { parseRefusal } from '../harness';
import type { DeepContracts } from './index';

const USER = 'user@example.com';
export const draftKey = (addon: Addon) => `devrate.wizardDraft.${addon.spreadsheet.getId()}`;
export const userProps = (addon: Addon) => {
  if (!addon.userProperties.has(USER)) addon.userProperties.set(USER, new Map());
  return addon.userProperties.get(USER)!;
};

/** A cell's stored record (no recalculation): what was written, not what a formula computes. */
function rawCell(addon: Addon, sheetName: string, row: number, col: number) {
  return addon.workbook.sheetByName(sheetName)?.cell(row, col);
}

/** Row of the first cell in column A holding `label`, read from the stored cells. */
function labelRow(addon: Addon, sheetName: string, label: string): number {
  const sheet = addon.workbook.sheetByName(sheetName)!;
  for (const [row, col, cell] of sheet.entries()) if (col === 1 && cell.value === label) return row;
  throw new Error(`no "${label}" on ${sheetName}`);
}

export const BUDGET_CONTRACTS = {
  getWizardContext: {
    endpoint: 'getWizardContext',
    refusals: [],
    accepted(value, addon) {
      const context = value as { documentKey: unknown; draft: unknown; rateCard: Record<string, unknown> | null };
      expect(context.documentKey).toBe(addon.spreadsheet.getId());
      const stored = userProps(addon).get(draftKey(addon));
      let expected: unknown = null;
      try {
        const parsed = wizardDraftSchema.safeParse(JSON.parse(stored ?? ''));
        if (parsed.success) expected = JSON.parse(JSON.stringify(parsed.data));
      } catch {
        // not JSON: the wizard starts afresh
      }
      expect(context.draft, 'the stored draft when it is valid, else none').toEqual(expected);
      const card = addon.spreadsheet.getRangeByName('DevRateCard');
      if (!card) {
        expect(context.rateCard).toBeNull();
        return;
      }
      // The card as the functions read it: its figures and bad rows, or why it cannot be read.
      let read: Record<string, unknown>;
      try {
        read = JSON.parse(JSON.stringify(parseRateCard(card.getValues().map((row) => row.map(plainCell))))) as Record<string, unknown>;
      } catch (error) {
        read = { unreadable: (error as Error).message };
      }
      expect(context.rateCard).toEqual({ sheetName: card.getSheet().getName(), ...read });
    },
  },
  saveWizardDraft: {
    endpoint: 'saveWizardDraft',
    refusals: [parseRefusal('saveWizardDraft'), /^Your draft is too long to keep between sessions: shorten the deliverables\./],
    accepted(value, addon, args) {
      const draft = wizardDraftSchema.parse(args[0]);
      expect(value).toEqual({ savedAt: draft.savedAt });
      expect(JSON.parse(userProps(addon).get(draftKey(addon))!)).toEqual(JSON.parse(JSON.stringify(draft)));
    },
  },
  createBudgetSheet: {
    endpoint: 'createBudgetSheet',
    refusals: [
      parseRefusal('createBudgetSheet'),
      /^The rate card \(the named range DevRateCard on sheet ".+"\) has a problem: .+ Nothing was written\.$/s,
    ],
    accepted(value, addon, args) {
      const input = budgetInputSchema.parse(args[0]);
      const { sheetName, usesRateCard } = value as { sheetName: string; usesRateCard: boolean };
      expect(usesRateCard).toBe(addon.spreadsheet.getRangeByName('DevRateCard') !== null);
      const base = `Budget – ${input.project.name}`
        .replace(/[\r\n\t]+/g, ' ')
        .trim()
        .slice(0, 94);
      expect(
        sheetName === base || new RegExp(`^${base.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')} \\(\\d+\\)$`).test(sheetName),
        `sheet "${sheetName}" for project "${input.project.name}"`,
      ).toBe(true);
      // What the user typed lands as text: the stored cell is the text itself, never a formula.
      const nameCell = rawCell(addon, sheetName, labelRow(addon, sheetName, 'Project name'), 2);
      expect(nameCell?.formula).toBeUndefined();
      expect(nameCell?.value).toBe(input.project.name);
      input.project.deliverables.forEach((text, i) => {
        const cell = rawCell(addon, sheetName, labelRow(addon, sheetName, `90-day deliverable ${i + 1}`), 2);
        expect(cell?.formula).toBeUndefined();
        expect(cell?.value).toBe(text);
      });
    },
  },
  insertRateCard: {
    endpoint: 'insertRateCard',
    refusals: [
      /^The rate card was not saved: Choose abbacus-2026, navspace-2026, both\.$/,
      /^This spreadsheet already has a rate card: the named range DevRateCard on sheet ".+"\. .+ Nothing was written\.$/s,
    ],
    accepted(value, addon) {
      const { sheetName } = value as { sheetName: string };
      expect(sheetName).toMatch(/^Rate Card( \(\d+\))?$/);
      expect(addon.spreadsheet.getRangeByName('DevRateCard')?.getSheet().getName()).toBe(sheetName);
    },
  },
  getBudgetConnections: {
    endpoint: 'getBudgetConnections',
    refusals: [],
    accepted(value, addon) {
      const { cardSheet, unconnectedBudgets } = value as { cardSheet: string | null; unconnectedBudgets: string[] };
      expect(cardSheet).toBe(addon.spreadsheet.getRangeByName('DevRateCard')?.getSheet().getName() ?? null);
      expect(unconnectedBudgets).toEqual(cardSheet && addon.spreadsheet.getSheetByName('Budget – Checkout') ? ['Budget – Checkout'] : []);
    },
  },
  connectBudgetsToRateCard: {
    endpoint: 'connectBudgetsToRateCard',
    refusals: [
      parseRefusal('connectBudgetsToRateCard'),
      /^This spreadsheet has no rate card \(the named range DevRateCard\): insert one first\. Nothing was changed\.$/,
    ],
    accepted(value, addon) {
      const { connected, notBudgets } = value as { connected: string[]; notBudgets: string[] };
      expect(connected.every((name) => name === 'Budget – Checkout')).toBe(true);
      const isBudget = (name: string) =>
        (addon.spreadsheet.getSheetByName(name)?.getDataRange().getFormulas().flat() ?? []).some((f) => f.startsWith('=DEVMONTHLY('));
      expect(notBudgets.filter(isBudget)).toEqual([]);
      for (const name of connected) {
        const formulas = addon.spreadsheet.getSheetByName(name)!.getDataRange().getFormulas().flat();
        expect(formulas.filter((f) => /DEVMONTHLY\(/.test(f)).every((f) => f.includes('DevRateCard'))).toBe(true);
      }
      expect(addon.spreadsheet.getSheetByName('Mine')?.getRange('A1').getFormula() ?? '=DEVRATE("senior")').toBe('=DEVRATE("senior")');
    },
  },
} satisfies Partial<DeepContracts>;
