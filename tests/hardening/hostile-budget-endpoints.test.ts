// Hostile input, budget side: 10,000 generated calls (PROPERTY_RUNS) to each endpoint the "Scope a
// project" and "Insert rate card" sidebars call, through the emulator as google.script.run makes
// them. Every call ends in an answer the sidebar can take or a clear refusal; a refusal writes
// nothing (no cell, no sheet, no stored draft); writes happen under the document lock.
import fc from 'fast-check';
import { describe, expect, it, vi } from 'vitest';
import { wizardDraftSchema } from '../../src/domain/budget/draft';
import { budgetInputSchema } from '../../src/domain/budget/schema';
import type { Addon } from '../../playground/emulator';
import { hostileJson, hostileText } from '../support/arbitraries';
import { LOCK_BUSY, RUNS, parseRefusal, addonOver, clientCall, expectCoverage, runHostile, type EndpointContract } from './harness';
import { argumentsOf, budgetInput, budgetSheetNames, rateCardChoice, wizardDraft } from './payloads';
import { brokenRateCardWorkbook, must, rateCardWorkbook, saved, scribbledRateCardWorkbook } from './workbooks';
import { scenario } from '../templates/budget-fixture';

// 10,000 emulated calls per test take minutes on a loaded 2-core CI machine, not vitest's 30 s.
vi.setConfig({ testTimeout: 600_000 });

const USER = 'user@example.com';
const draftKey = (addon: Addon) => `devrate.wizardDraft.${addon.spreadsheet.getId()}`;
const userProps = (addon: Addon) => {
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

/** Spreadsheet whose owner already has sheets named as ours, with their own data. */
function userSheetsWorkbook() {
  const addon = addonOver();
  for (const name of ['Budget – Checkout', 'Rate Card', 'budget – payments api'])
    addon.spreadsheet
      .insertSheet(name)
      .getRange('A1:B2')
      .setValues([
        ['mine', 1],
        ['keep', 2],
      ]);
  return saved(addon);
}

describe('getWizardContext, with any stored draft and any rate card', () => {
  const contract: EndpointContract = {
    endpoint: 'getWizardContext',
    refusals: [],
    accepted(value, addon) {
      const context = value as { documentKey: unknown; draft: unknown; rateCard: { sheetName: unknown; rows: unknown[][] } | null };
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
      expect(context.rateCard?.sheetName).toBe(card.getSheet().getName());
      expect(context.rateCard?.rows).toHaveLength(card.getNumRows());
      const cellTypes = new Set(context.rateCard!.rows.flatMap((row) => row.map((v) => typeof v)));
      expect(
        [...cellTypes].filter((t) => t !== 'string' && t !== 'number' && t !== 'boolean'),
        'card cells the wizard cannot read',
      ).toEqual([]);
      expect(
        context.rateCard!.rows.every((row) => row.length === card.getNumColumns()),
        'a rectangular card',
      ).toBe(true);
    },
  };

  it(`answers the draft (if valid) and the card for ${RUNS} cases, never failing`, () => {
    const stored = fc.oneof(
      fc.constant(undefined),
      wizardDraft.map((d) => JSON.stringify(d)),
      hostileJson.map((j) => JSON.stringify(j) ?? 'undefined'),
      hostileText,
    );
    const checker = runHostile(contract, {
      // A card is read whole on every call (~3 ms); its contents vary per batch, the draft per call.
      workbooks: [
        undefined,
        undefined,
        undefined,
        undefined,
        undefined,
        undefined,
        undefined,
        undefined,
        undefined,
        scribbledRateCardWorkbook(),
      ],
      cases: fc.record({ args: fc.array(hostileJson, { maxLength: 2 }), stored }),
      batch: 250,
      call(checker, { args, stored: text }) {
        const props = userProps(checker.addon);
        if (text === undefined) props.delete(draftKey(checker.addon));
        else props.set(draftKey(checker.addon), text);
        checker.call(args);
      },
    });
    expectCoverage(checker, contract, { answered: 1, refused: 0 });
  });
});

describe('saveWizardDraft', () => {
  const contract: EndpointContract = {
    endpoint: 'saveWizardDraft',
    refusals: [parseRefusal('saveWizardDraft'), /^Your draft is too long to keep between sessions: shorten the deliverables\./],
    accepted(value, addon, args) {
      const draft = wizardDraftSchema.parse(args[0]);
      expect(value).toEqual({ savedAt: draft.savedAt });
      expect(JSON.parse(userProps(addon).get(draftKey(addon))!)).toEqual(JSON.parse(JSON.stringify(draft)));
    },
  };

  it(`keeps a valid draft and refuses anything else, keeping the previous one (${RUNS} cases)`, () => {
    const checker = runHostile(contract, {
      workbooks: [undefined],
      cases: argumentsOf(wizardDraft, { valid: 2, broken: 5, anything: 3 }),
      call: (checker, args) => void checker.call(args),
    });
    expectCoverage(checker, contract, { answered: 0.1, refused: 0.5 });
  });
});

describe('createBudgetSheet', () => {
  const contract: EndpointContract = {
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
  };

  it(`writes the sheet or refuses clearly, never half a sheet (${RUNS} cases)`, () => {
    const checker = runHostile(contract, {
      workbooks: [undefined, rateCardWorkbook(), brokenRateCardWorkbook(), userSheetsWorkbook()],
      // Most valid payloads meet a held lock: parsed in full, refused cheaply; the rest write a sheet.
      cases: fc.record({
        args: argumentsOf(budgetInput, { valid: 1, broken: 5, anything: 4 }),
        lockHeld: fc.integer({ min: 1, max: 100 }).map((n) => n <= 92),
      }),
      batch: 250,
      call: (checker, { args, lockHeld }) => void checker.call(args, { lockHeld }),
    });
    expectCoverage(checker, contract, { answered: 0.003, refused: 0.5 });
    expect(checker.refusalsSeen.get(String(LOCK_BUSY)) ?? 0).toBeGreaterThan(0);
  });
});

describe('insertRateCard', () => {
  const contract: EndpointContract = {
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
  };

  it(`inserts one card or refuses clearly (${RUNS} cases)`, () => {
    const checker = runHostile(contract, {
      workbooks: [undefined, userSheetsWorkbook(), rateCardWorkbook()],
      cases: fc.record({
        args: argumentsOf(rateCardChoice, { valid: 2, broken: 3, anything: 5 }),
        lockHeld: fc.integer({ min: 1, max: 100 }).map((n) => n <= 20),
      }),
      batch: 200,
      call: (checker, { args, lockHeld }) => void checker.call(args, { lockHeld }),
    });
    expectCoverage(checker, contract, { answered: 0.001, refused: 0.5 });
    expect(checker.refusalsSeen.get(String(LOCK_BUSY)) ?? 0).toBeGreaterThan(0);
  });
});

/** A budget made before the card, the card, and a sheet of the owner's that calls DEVRATE. */
function budgetBeforeCardWorkbook() {
  const addon = addonOver();
  must(clientCall(addon, 'createBudgetSheet', [scenario()]), 'create budget');
  addon.spreadsheet.insertSheet('Mine').getRange('A1').setFormula('=DEVRATE("senior")');
  must(clientCall(addon, 'insertRateCard', ['both']), 'insert rate card');
  return saved(addon);
}

describe('getBudgetConnections, whatever a client passes', () => {
  const contract: EndpointContract = {
    endpoint: 'getBudgetConnections',
    refusals: [],
    accepted(value, addon) {
      const { cardSheet, unconnectedBudgets } = value as { cardSheet: string | null; unconnectedBudgets: string[] };
      expect(cardSheet).toBe(addon.spreadsheet.getRangeByName('DevRateCard')?.getSheet().getName() ?? null);
      expect(unconnectedBudgets).toEqual(cardSheet && addon.spreadsheet.getSheetByName('Budget – Checkout') ? ['Budget – Checkout'] : []);
    },
  };
  it(`reads the card and the budgets not connected to it (${Math.max(1, Math.round(RUNS / 10))} cases)`, () => {
    const checker = runHostile(contract, {
      workbooks: [undefined, budgetBeforeCardWorkbook(), rateCardWorkbook()],
      cases: fc.array(hostileJson, { maxLength: 2 }),
      runs: Math.max(1, Math.round(RUNS / 10)),
      batch: 50,
      call: (checker, args) => void checker.call(args),
    });
    expect(checker.answered).toBe(checker.calls);
  });
});

describe('connectBudgetsToRateCard', () => {
  const NAMES = ['Budget – Checkout', 'Mine', 'Rate Card'];
  const contract: EndpointContract = {
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
  };

  it(`connects budgets, reports other names, or refuses clearly (${RUNS} cases)`, () => {
    const checker = runHostile(contract, {
      workbooks: [undefined, budgetBeforeCardWorkbook(), rateCardWorkbook()],
      cases: fc.record({
        args: argumentsOf(budgetSheetNames(NAMES), { valid: 4, broken: 3, anything: 3 }),
        lockHeld: fc.integer({ min: 1, max: 100 }).map((n) => n <= 20),
      }),
      batch: 200,
      call: (checker, { args, lockHeld }) => void checker.call(args, { lockHeld }),
    });
    expectCoverage(checker, contract, { answered: 0.05, refused: 0.3 });
    expect(checker.refusalsSeen.get(String(LOCK_BUSY)) ?? 0).toBeGreaterThan(0);
  });
});
