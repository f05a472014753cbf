// Like for like on the budget sheet, computed by HyperFormula: the typical-range verdict compares
// the team's development cost (not the hidden costs) with the project type's typical cost, for
// the wizard's defaults under every hire type and engagement model; the comparison rows say what
// they are; a budget made before a rate card can be connected to it. Reads dist/Code.js.
import { describe, expect, it } from 'vitest';
import { ENGAGEMENTS, HIRE_TYPES, REGION_LABELS } from '../../src/domain/budget/choices';
import { HIRE_ROW_LABELS, RATIO_LABEL, agencyRowLabel } from '../../src/domain/budget/comparison';
import { defaultBudgetInput } from '../../src/domain/budget/defaults';
import { estimateBudget } from '../../src/domain/budget/estimate';
import { budgetInputSchema, type BudgetInput } from '../../src/domain/budget/schema';
import { builtInTable } from '../../src/domain/figure-table';
import { RATE_CARD_RANGE_NAME } from '../../src/sheets/rate-card-range';
import { builtIn, figures, mid } from '../support/figures';
import { call, createBudget, inputCell, newAddon, readBudget, sheetNamed } from '../templates/budget-fixture';

/** The wizard's defaults for an MVP, with the team the user adds: 2 senior Eastern Europe backend developers. */
function wizardDefaults(change: (input: BudgetInput) => void = () => {}): BudgetInput {
  const input = defaultBudgetInput(builtInTable(), 'mvp');
  input.project.name = 'Checkout';
  input.project.deliverables = ['Payments API'];
  input.team.members = [{ level: 'senior', region: 'eastern_europe', spec: 'backend', count: 2, allocation: 100 }];
  change(input);
  return budgetInputSchema.parse(input);
}

/** Expected from data/: senior Eastern Europe monthly is its hourly × (global monthly ÷ global hourly), bound by bound. */
function expectedMonthlyMid(): number {
  const ee = builtIn('hourly', 'senior', 'eastern_europe');
  const h = builtIn('hourly', 'senior');
  const m = builtIn('monthly', 'senior');
  return ((ee.low * m.low) / h.low + (ee.high * m.high) / h.high) / 2;
}

describe('the typical-range verdict', () => {
  it("compares the team's development cost, not the budget with its hidden costs", () => {
    const addon = newAddon();
    const input = wizardDefaults();
    expect(input.team.engagement).toBe('monthly_retainer');
    expect(input.team.months).toBe(3);
    const { sheetName } = createBudget(addon, input).value;
    const sheet = readBudget(addon, sheetName);
    expect(sheet.lines.team.mid).toBeCloseTo(2 * 3 * expectedMonthlyMid(), 6);
    expect(sheet.lines.team.mid).toBeCloseTo(78_000, 6);
    const mvp = builtIn('project', 'mvp');
    expect(sheet.total.mid).toBeGreaterThan(mvp.high); // the whole budget is above the range…
    expect(sheet.typicalText).toBe('within the typical MVP range'); // …the development cost is not
    expect(sheet.headline.typicalText).toBe('within the typical MVP range');
    expect(sheet.headline.team.mid).toBeCloseTo(78_000, 6);
  });

  for (const hire of HIRE_TYPES) {
    for (const engagement of ENGAGEMENTS) {
      it(`matches the wizard for a ${hire} team on ${engagement}, with the comparison rows labelled`, () => {
        const addon = newAddon();
        const input = wizardDefaults((i) => {
          i.team.hireType = hire;
          i.team.engagement = engagement;
        });
        const { sheetName } = createBudget(addon, input).value;
        const sheet = readBudget(addon, sheetName);
        const domain = estimateBudget(input, builtInTable());
        expect(sheet.typicalText).toBe(domain.typicalText);
        expect(sheet.headline.typicalText).toBe(domain.typicalText);
        const mvp = builtIn('project', 'mvp');
        const team = sheet.lines.team.mid;
        const expected =
          team > mvp.high
            ? /^\d+% above the typical MVP range$/
            : team < mvp.low
              ? /^\d+% below the typical MVP range$/
              : /^within the typical MVP range$/;
        expect(sheet.typicalText).toMatch(expected);
        expect(sheet.lines.team.mid).toBeCloseTo(sheet.byHireType[hire].mid, 6);
        expect(sheet.hireLabels).toEqual({
          freelance: HIRE_ROW_LABELS.freelance,
          agency: agencyRowLabel(REGION_LABELS[input.team.agencyRegion]),
          full_time: HIRE_ROW_LABELS.full_time,
        });
        expect(sheet.hireLabels.agency).toMatch(/not by level/);
        expect(sheet.hireLabels.full_time).toMatch(/^US full-time hire/);
      });
    }
  }

  it("explains on the sheet why a monthly retainer and hourly billing differ, from the sources' ranges", () => {
    const addon = newAddon();
    const input = wizardDefaults();
    const { sheetName } = createBudget(addon, input).value;
    const s = sheetNamed(addon, sheetName);
    const texts = s
      .getRange(1, 1, s.getLastRow(), 1)
      .getValues()
      .map((r) => String(r[0]));
    const note = texts.find((t) => t.startsWith('Monthly retainer vs hourly'));
    const h = builtIn('hourly', 'senior');
    const m = builtIn('monthly', 'senior');
    expect(note).toContain(`${m.low.toLocaleString('en-US')}–${m.high.toLocaleString('en-US')} a month`);
    expect(note).toContain(`${h.low}–${h.high} an hour × 160 hours`);
    expect(note).toContain('not as hours × rate');
    // The two engagement models of the same team differ by exactly those ranges.
    const hourly = readBudget(
      addon,
      createBudget(
        addon,
        wizardDefaults((i) => (i.team.engagement = 'hourly')),
      ).value.sheetName,
    ).lines.team.mid;
    const ee = builtIn('hourly', 'senior', 'eastern_europe');
    expect(hourly).toBeCloseTo(2 * 3 * 160 * mid(ee), 6);
    expect(readBudget(addon, sheetName).lines.team.mid).toBeLessThan(hourly);
    // The sources' own like-for-like claim sits beside this team's ratio.
    expect(texts).toContain(RATIO_LABEL);
  });

  it('says the top is open-ended when the team cost is above an open-ended typical range, as the wizard does', () => {
    const open = figures.find((f) => f.default && f.kind === 'project' && f.openEnded)!;
    const addon = newAddon();
    const input = wizardDefaults((i) => {
      i.project.type = open.key as BudgetInput['project']['type'];
      i.team.months = 60;
      i.team.members = [{ level: 'senior', region: 'north_america', spec: 'ai', count: 10, allocation: 100 }];
    });
    const { sheetName } = createBudget(addon, input).value;
    const domain = estimateBudget(input, builtInTable());
    expect(domain.lines.team.mid).toBeGreaterThan(open.high);
    const sheet = readBudget(addon, sheetName);
    expect(sheet.typicalText).toBe(domain.typicalText);
    expect(sheet.typicalText).toMatch(/% above the typical .* range, whose top the source leaves open-ended/);
    // A closed top stays a plain percentage.
    addon.edit(sheetName, inputCell(addon, sheetName, 'Project type'), 'SaaS');
    expect(readBudget(addon, sheetName).typicalText).toMatch(/^\d+% above the typical SaaS range$/);
  });

  it('names the agency region from its input cell, so the label follows an edit', () => {
    const addon = newAddon();
    const { sheetName } = createBudget(addon, wizardDefaults()).value;
    addon.edit(sheetName, inputCell(addon, sheetName, 'Agency region'), REGION_LABELS.asia);
    expect(readBudget(addon, sheetName).hireLabels.agency).toBe(agencyRowLabel(REGION_LABELS.asia));
  });
});

describe('a budget made before the rate card', () => {
  it('is offered for connecting, then passes the card and says so', () => {
    const addon = newAddon();
    const input = wizardDefaults();
    const { sheetName } = createBudget(addon, input).value;
    expect(readBudget(addon, sheetName).headline.figuresFrom).toMatch(/^DevRate's built-in figures/);
    const inserted = call<{ sheetName: string; unconnectedBudgets: string[] }>(addon, 'insertRateCard', 'both').value;
    expect(inserted.unconnectedBudgets).toEqual([sheetName]);

    const result = call<{ connected: string[] }>(addon, 'connectBudgetsToRateCard', [sheetName]).value;
    expect(result.connected).toEqual([sheetName]);
    const sheet = readBudget(addon, sheetName);
    expect(sheet.headline.figuresFrom).toMatch(new RegExp(`^the rate card ${RATE_CARD_RANGE_NAME}`));
    expect(sheet.lines.team.mid).toBeCloseTo(78_000, 6); // the "both" card holds the defaults

    // Editing the card now moves the connected budget.
    const card = addon.spreadsheet.getRangeByName(RATE_CARD_RANGE_NAME)!;
    const [headers, ...rows] = card.getValues();
    const col = (name: string) => headers.indexOf(name);
    const index = rows.findIndex((r) => r[col('kind')] === 'hourly' && r[col('key')] === 'senior' && r[col('region')] === 'eastern_europe');
    addon.edit(card.getSheet().getName(), card.getCell(index + 2, col('high') + 1).getA1Notation(), 100);
    expect(readBudget(addon, sheetName).lines.team.mid).toBeLessThan(78_000);

    // A second card insert is refused, and a budget already connected is not offered again.
    expect(() => call(addon, 'insertRateCard', 'both')).toThrow(/already has a rate card/);
    const fresh = createBudget(addon, input).value.sheetName;
    expect(readBudget(addon, fresh).headline.figuresFrom).toMatch(/^the rate card/);
  });

  it('refuses connecting without a card, and sheets that are not budgets are reported, not changed', () => {
    const addon = newAddon();
    const { sheetName } = createBudget(addon, wizardDefaults()).value;
    expect(() => call(addon, 'connectBudgetsToRateCard', [sheetName])).toThrow(/no rate card .* Nothing was changed\./);
    addon.spreadsheet.insertSheet('Notes').getRange('A1').setFormula('=DEVRATE("senior")');
    call(addon, 'insertRateCard', 'both');
    const result = call<{ connected: string[]; notBudgets: string[] }>(addon, 'connectBudgetsToRateCard', ['Notes', sheetName]).value;
    expect(result).toEqual({ connected: [sheetName], notBudgets: ['Notes'] });
    expect(addon.spreadsheet.getSheetByName('Notes')!.getRange('A1').getFormula()).toBe('=DEVRATE("senior")');
  });
});
