// Hostile input, budget side: 10,000 generated calls (PROPERTY_RUNS) to each endpoint the "Scope a
// project" and "Insert rate card" sidebars call, through the emulator as google.script.run makes
// them. Every call ends in an answer the sidebar can take or a clear refusal; a refusal writes
// nothing (no cell, no sheet, no stored draft); writes happen under the document lock.
import fc from 'fast-check';
import { describe, expect, it, vi } from 'vitest';
import { hostileJson, hostileText } from '../support/arbitraries';
import { DEEP_CONTRACTS } from './contracts';
import { draftKey, userProps } from './contracts/budget';
import { LOCK_BUSY, RUNS, addonOver, clientCall, expectCoverage, runHostile } from './harness';
import { argumentsOf, budgetInput, budgetSheetNames, rateCardChoice, wizardDraft } from './payloads';
import { brokenRateCardWorkbook, must, rateCardWorkbook, saved, scribbledRateCardWorkbook } from './workbooks';
import { scenario } from '../templates/budget-fixture';

// 10,000 emulated calls per test take minutes on a loaded 2-core CI machine, not vitest's 30 s.
vi.setConfig({ testTimeout: 600_000 });

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
  const contract = DEEP_CONTRACTS.getWizardContext;

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
  const contract = DEEP_CONTRACTS.saveWizardDraft;

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
  const contract = DEEP_CONTRACTS.createBudgetSheet;

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
  const contract = DEEP_CONTRACTS.insertRateCard;

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
  const contract = DEEP_CONTRACTS.getBudgetConnections;
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
  const contract = DEEP_CONTRACTS.connectBudgetsToRateCard;

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
