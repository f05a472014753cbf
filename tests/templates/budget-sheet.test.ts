// "Create budget sheet" through the emulator: what lands on the sheet, how it looks and is
// guarded, and what it costs in service calls. Reads dist/Code.js: `npm test` builds it first.
import { describe, expect, it } from 'vitest';
import { LEVEL_LABELS, PROJECT_TYPE_LABELS } from '../../src/domain/budget/choices';
import { HIDDEN_COST_LABELS } from '../../src/domain/budget/defaults';
import { formFromInput } from '../../src/domain/budget/draft';
import { ExecutionError, type Addon } from '../../playground/emulator';
import { call, createBudget, inputCell, newAddon, rowLabelled, scenario, sheetNamed, teamCell } from './budget-fixture';

const names = (addon: Addon) => addon.spreadsheet.getSheets().map((s) => s.getName());

describe('the budget sheet’s name', () => {
  it('is "Budget – <project name>", numbered when taken, and never replaces a sheet', () => {
    const addon = newAddon();
    const mine = addon.spreadsheet.insertSheet('Budget – Checkout');
    mine.getRange('A1').setValue('my own numbers');
    const first = createBudget(addon, scenario()).value;
    const second = createBudget(addon, scenario()).value;
    expect([first.sheetName, second.sheetName]).toEqual(['Budget – Checkout (2)', 'Budget – Checkout (3)']);
    expect(sheetNamed(addon, 'Budget – Checkout').getRange('A1').getValue()).toBe('my own numbers');
    expect(addon.spreadsheet.getActiveSheet().getName()).toBe('Budget – Checkout (3)');
    // Each title names its own tab, so a second budget's title says which one it is.
    for (const { sheetName } of [first, second]) expect(sheetNamed(addon, sheetName).getRange('A1').getValue()).toBe(sheetName);
  });
});

describe('what the user typed', () => {
  const typed = ['=IMPORTXML("https://example.com", "//a")', '+1', '-2', '@everyone', "'quoted", '2026-05-01', '=1+1'];

  it('lands as text, exactly as typed, never as a formula, number or date', () => {
    const addon = newAddon();
    const input = scenario((i) => {
      i.project.name = typed[0];
      i.project.deliverables = typed;
    });
    const { sheetName } = createBudget(addon, input).value;
    const sheet = sheetNamed(addon, sheetName);
    const nameCell = sheet.getRange(inputCell(addon, sheetName, 'Project name'));
    expect(nameCell.getValue()).toBe(typed[0]);
    expect(nameCell.getFormula()).toBe('');
    typed.forEach((text, i) => {
      const cell = sheet.getRange(inputCell(addon, sheetName, `90-day deliverable ${i + 1}`));
      expect(cell.getValue(), text).toBe(text);
      expect(cell.getFormula(), text).toBe('');
    });
    expect(sheet.getRange('A1').getValue()).toBe(`Budget – ${typed[0]}`);
  });
});

describe('service calls', () => {
  /** Builders run in the script; only these reach the spreadsheet. */
  const spreadsheetCalls = (counts: Record<string, number>) =>
    Object.entries(counts)
      .filter(([method]) => !/Builder\.|^SpreadsheetApp\.new/.test(method))
      .reduce((sum, [, n]) => sum + n, 0);

  it('are a small fixed number, however large the team and the scope, all under the document lock', () => {
    const small = createBudget(
      newAddon(),
      scenario((i) => (i.project.deliverables = ['One thing'])),
    ).counts;
    const bigInput = scenario((i) => {
      i.project.deliverables = Array.from({ length: 15 }, (_, n) => `Deliverable ${n + 1}`);
      i.team.members = Array.from({ length: 20 }, (_, n) => ({
        level: 'mid',
        region: 'asia',
        spec: n % 2 ? 'ai' : 'backend',
        count: 1,
        allocation: 100,
      }));
    });
    const addon = newAddon();
    const big = createBudget(addon, bigInput);
    expect(big.counts.byMethod).toEqual(small.byMethod);
    expect(big.counts.byMethod['Range.setValues']).toBe(1);
    expect(spreadsheetCalls(big.counts.byMethod)).toBeLessThanOrEqual(40);
    expect(big.lockViolations).toEqual([]);
    expect(big.counts.byMethod['Lock.tryLock']).toBe(1);
  });
});

describe('formats, validation and protection', () => {
  const addon = newAddon();
  const { sheetName } = createBudget(addon, scenario()).value;
  const sheet = sheetNamed(addon, sheetName);
  const totalRow = rowLabelled(addon, sheetName, 'Total', rowLabelled(addon, sheetName, 'Budget'));

  it('shows money as currency and shares as percentages, with the headline frozen', () => {
    expect(sheet.getRange(totalRow, 2).getNumberFormat()).toMatch(/^\$#,##0/);
    expect(sheet.getRange(teamCell(addon, sheetName, 0, 'Allocation %')).getNumberFormat()).toContain('%');
    expect(sheet.getRange(inputCell(addon, sheetName, HIDDEN_COST_LABELS.contingencyPercent)).getNumberFormat()).toContain('%');
    expect(sheet.getRange(teamCell(addon, sheetName, 0, 'Allocation %')).getDisplayValue()).toBe('100%');
    expect(sheet.getFrozenRows()).toBe(rowLabelled(addon, sheetName, 'Total budget'));
    // Whole dollars, as the sources give them: a derived hourly rate shows no cents.
    for (const column of ['Freelance $/hour low', 'Freelance $/hour high', 'Freelance $/month low']) {
      expect(sheet.getRange(teamCell(addon, sheetName, 0, column)).getDisplayValue(), column).toMatch(/^\$\d{1,3}(,\d{3})*$/);
    }
  });

  it('validates the input cells, spare team rows included', () => {
    const level = sheet.getRange(teamCell(addon, sheetName, 5, 'Level')).getDataValidation();
    expect(level?.getCriteriaType()).toBe('VALUE_IN_LIST');
    expect(level?.getCriteriaValues()[0]).toEqual(Object.values(LEVEL_LABELS));
    expect(level?.getAllowInvalid()).toBe(false);
    const type = sheet.getRange(inputCell(addon, sheetName, 'Project type')).getDataValidation();
    expect(type?.getCriteriaValues()[0]).toEqual(Object.values(PROJECT_TYPE_LABELS));
    const contingency = sheet.getRange(inputCell(addon, sheetName, HIDDEN_COST_LABELS.contingencyPercent)).getDataValidation();
    expect(contingency?.getCriteriaType()).toBe('NUMBER_BETWEEN');
    expect(() => addon.edit(sheetName, teamCell(addon, sheetName, 0, 'Level'), 'wizard')).toThrow(/violates the data validation/);
    expect(sheet.getRange(totalRow, 2).getDataValidation()).toBeNull();
  });

  it('protects every formula with a warning, leaving the inputs free', () => {
    const protections = sheet.getProtections('SHEET');
    expect(protections).toHaveLength(1);
    expect(protections[0].isWarningOnly()).toBe(true);
    const free = protections[0].getUnprotectedRanges().map((r) => r.getA1Notation());
    const inside = (a1: string) => {
      const cell = sheet.getRange(a1);
      return free.some((r) => {
        const range = sheet.getRange(r);
        return (
          cell.getRow() >= range.getRow() &&
          cell.getRow() <= range.getLastRow() &&
          cell.getColumn() >= range.getColumn() &&
          cell.getColumn() <= range.getLastColumn()
        );
      });
    };
    expect(inside(teamCell(addon, sheetName, 7, 'Allocation %'))).toBe(true);
    expect(inside(inputCell(addon, sheetName, 'Hire type'))).toBe(true);
    expect(inside(inputCell(addon, sheetName, HIDDEN_COST_LABELS.trialWeeks))).toBe(true);
    expect(inside(teamCell(addon, sheetName, 0, 'Freelance $/month low'))).toBe(false);
    expect(inside(sheet.getRange(totalRow, 3).getA1Notation())).toBe(false);
  });

  it('charts the low / mid / high team cost and total', () => {
    const charts = sheet.getCharts();
    expect(charts).toHaveLength(1);
    const [range] = charts[0].getRanges();
    const values = range.getValues();
    expect(values[0].slice(1)).toEqual(['Low', 'Mid', 'High']);
    expect(values[1][0]).toBe('Team (development) cost');
    expect(values[1].slice(1)).toEqual(
      sheet.getRange(rowLabelled(addon, sheetName, 'Team', rowLabelled(addon, sheetName, 'Budget')), 2, 1, 3).getValues()[0],
    );
    expect(values[2][0]).toBe('Total budget');
    expect(values[2].slice(1)).toEqual(sheet.getRange(totalRow, 2, 1, 3).getValues()[0]);
  });
});

describe('a bad payload', () => {
  it('is refused with a message naming the field, and writes nothing', () => {
    const addon = newAddon();
    const before = names(addon);
    const bad = scenario() as unknown as { team: { members: { count: number }[] }; project: { name: string } };
    bad.team.members[0].count = 0;
    bad.project.name = '  ';
    let error: ExecutionError | undefined;
    try {
      createBudget(addon, bad);
    } catch (e) {
      error = e as ExecutionError;
    }
    expect(error?.message).toMatch(
      /^The budget sheet was not saved: .*project › name: Give the project a name; team › members › 0 › count: The number of people cannot be below 1\.$/,
    );
    expect(names(addon)).toEqual(before);
  });
});

describe('the wizard draft', () => {
  it('survives closing the sidebar: saved per user and spreadsheet, handed back on open', () => {
    const addon = newAddon();
    expect(call(addon, 'getWizardContext').value).toMatchObject({ draft: null, rateCard: null });
    const draft = { step: 2, savedAt: 1_700_000_000_000, form: { ...structuredClone(scenarioForm()) } };
    call(addon, 'saveWizardDraft', draft);
    expect(call(addon, 'getWizardContext').value).toMatchObject({ draft });
    expect(addon.run('getWizardContext', [], { fromClient: true, user: 'someone.else@example.com' }).value).toMatchObject({ draft: null });
  });

  it('refuses a malformed draft without losing the saved one', () => {
    const addon = newAddon();
    const draft = { step: 1, savedAt: 1, form: scenarioForm() };
    call(addon, 'saveWizardDraft', draft);
    expect(() => call(addon, 'saveWizardDraft', { step: 9, form: {} })).toThrow(/^Your draft was not saved: /);
    expect(call(addon, 'getWizardContext').value).toMatchObject({ draft });
  });
});

function scenarioForm() {
  return formFromInput(scenario());
}
