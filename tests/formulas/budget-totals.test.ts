// The budget sheet's formulas, computed by HyperFormula, against the domain's own numbers: what
// the wizard showed is what the sheet says, and editing the sheet moves it the way the domain
// says it should. Reads dist/Code.js: `npm test` (or `npm run build`) first.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  ENGAGEMENTS,
  HIRE_TYPE_LABELS,
  LEVEL_LABELS,
  ENGAGEMENT_LABELS,
  REGION_LABELS,
  SPEC_LABELS,
} from '../../src/domain/budget/choices';
import { BUDGET_LINES, estimateBudget, type BudgetEstimate } from '../../src/domain/budget/estimate';
import type { BudgetInput } from '../../src/domain/budget/schema';
import type { Triple } from '../../src/domain/budget/team-cost';
import { builtInTable } from '../../src/domain/figure-table';
import { LEVELS, PROJECT_TYPES, REGIONS, SPECS } from '../../src/domain/terms';
import { createBudget, inputCell, newAddon, readBudget, scenario, teamCell, type BudgetOnSheet } from '../templates/budget-fixture';
import { runs } from '../support/runs';

const table = builtInTable();

function expectClose(sheet: Triple, domain: Triple, what: string) {
  for (const p of ['low', 'mid', 'high'] as const) {
    expect(sheet[p], `${what} ${p}`).toBeCloseTo(domain[p], 6);
  }
}

function expectSameBudget(sheet: BudgetOnSheet, domain: BudgetEstimate) {
  for (const line of BUDGET_LINES) expectClose(sheet.lines[line.id], domain.lines[line.id], line.label);
  expectClose(sheet.subtotal, domain.subtotal, 'subtotal');
  expectClose(sheet.contingency, domain.contingency, 'contingency');
  expectClose(sheet.total, domain.total, 'total');
  expectClose(sheet.headline.total, domain.total, 'headline total');
  expectClose(sheet.headline.team, domain.lines.team, 'headline team cost');
  for (const hire of ['freelance', 'agency', 'full_time'] as const) expectClose(sheet.byHireType[hire], domain.byHireType[hire], hire);
  for (const key of ['platform', 'exchange', 'employerOfRecord', 'total'] as const)
    expectClose(sheet.contractor[key], domain.contractor[key], `contractor ${key}`);
  expect(sheet.typicalText).toBe(domain.typicalText);
  expect(sheet.headline.typicalText).toBe(domain.typicalText);
}

describe('a new budget sheet', () => {
  it('computes the same low / mid / high as the wizard showed', () => {
    const addon = newAddon();
    const input = scenario();
    const { sheetName } = createBudget(addon, input).value;
    expectSameBudget(readBudget(addon, sheetName), estimateBudget(input, table));
  });

  it('agrees with the domain for any hire type, engagement, team and project type', () => {
    const member = fc.record({
      level: fc.constantFrom(...LEVELS),
      region: fc.constantFrom(...REGIONS),
      spec: fc.constantFrom(...SPECS),
      count: fc.integer({ min: 1, max: 4 }),
      allocation: fc.integer({ min: 10, max: 100 }),
    });
    const change = fc.record({
      type: fc.constantFrom(...PROJECT_TYPES),
      hireType: fc.constantFrom('freelance', 'agency', 'full_time' as const),
      engagement: fc.constantFrom(...ENGAGEMENTS),
      hoursPerWeek: fc.integer({ min: 1, max: 60 }),
      hoursPerMonth: fc.integer({ min: 1, max: 240 }),
      members: fc.array(member, { minLength: 1, maxLength: 5 }),
      months: fc.integer({ min: 1, max: 18 }),
      trialWeeks: fc.integer({ min: 0, max: 4 }),
      platformFeePercent: fc.integer({ min: 0, max: 20 }),
      exchangeFeePercent: fc.integer({ min: 0, max: 5 }),
      employerOfRecordPerMonth: fc.integer({ min: 0, max: 900 }),
    });
    fc.assert(
      fc.property(change, (c) => {
        const addon = newAddon();
        const input = scenario((i) => {
          i.project.type = c.type;
          const { hireType, engagement, hoursPerWeek, hoursPerMonth, members, months } = c;
          Object.assign(i.team, { hireType, engagement, hoursPerWeek, hoursPerMonth, members, months });
          const { trialWeeks, platformFeePercent, exchangeFeePercent, employerOfRecordPerMonth } = c;
          Object.assign(i.hidden, { trialWeeks, platformFeePercent, exchangeFeePercent, employerOfRecordPerMonth });
        });
        const { sheetName } = createBudget(addon, input).value;
        expectSameBudget(readBudget(addon, sheetName), estimateBudget(input, table));
      }),
      { numRuns: runs(12) },
    );
  });
});

describe('editing the sheet', () => {
  const edited = (input: BudgetInput, change: (i: BudgetInput) => void): BudgetInput => {
    const copy = structuredClone(input);
    change(copy);
    return copy;
  };

  it("moves the totals when a team member's level changes", () => {
    const addon = newAddon();
    const input = scenario();
    const { sheetName } = createBudget(addon, input).value;
    const before = readBudget(addon, sheetName).total;
    addon.edit(sheetName, teamCell(addon, sheetName, 0, 'Level'), LEVEL_LABELS.junior);
    const after = readBudget(addon, sheetName);
    expect(after.total.mid).toBeLessThan(before.mid);
    expectSameBudget(
      after,
      estimateBudget(
        edited(input, (i) => (i.team.members[0].level = 'junior')),
        table,
      ),
    );
  });

  it('prices a member a collaborator adds in a spare row, once the row has a level', () => {
    const addon = newAddon();
    const input = scenario((i) => (i.team.hireType = 'agency')); // agency cost counts people, whatever their rates
    const { sheetName } = createBudget(addon, input).value;
    const row = input.team.members.length;
    const added = { level: 'senior', region: 'north_america', spec: 'ai', count: 1, allocation: 100 } as const;
    addon.edit(sheetName, teamCell(addon, sheetName, row, 'Count'), added.count);
    addon.edit(sheetName, teamCell(addon, sheetName, row, 'Allocation %'), added.allocation / 100);
    expectSameBudget(readBudget(addon, sheetName), estimateBudget(input, table));
    addon.edit(sheetName, teamCell(addon, sheetName, row, 'Level'), LEVEL_LABELS[added.level]);
    addon.edit(sheetName, teamCell(addon, sheetName, row, 'Region'), REGION_LABELS[added.region]);
    addon.edit(sheetName, teamCell(addon, sheetName, row, 'Specialization'), SPEC_LABELS[added.spec]);
    expectSameBudget(
      readBudget(addon, sheetName),
      estimateBudget(
        edited(input, (i) => i.team.members.push({ ...added })),
        table,
      ),
    );
  });

  it('prices a part-time engagement from its hours a week, and the contractor costs from their cells', () => {
    const addon = newAddon();
    const input = scenario();
    const { sheetName } = createBudget(addon, input).value;
    addon.edit(sheetName, inputCell(addon, sheetName, 'Engagement model'), ENGAGEMENT_LABELS.part_time);
    addon.edit(sheetName, inputCell(addon, sheetName, 'Hours a week (part-time)'), 20);
    addon.edit(sheetName, inputCell(addon, sheetName, 'Contractor platform or payment fee %'), 0.1);
    addon.edit(sheetName, inputCell(addon, sheetName, 'Employer of record per person per month'), 500);
    const expected = edited(input, (i) => {
      i.team.engagement = 'part_time';
      i.team.hoursPerWeek = 20;
      i.hidden.platformFeePercent = 10;
      i.hidden.employerOfRecordPerMonth = 500;
    });
    const sheet = readBudget(addon, sheetName);
    expectSameBudget(sheet, estimateBudget(expected, table));
    // The part-time team costs the full-time retainer × (20 × 52/12) / 160, agency on the same hours.
    const full = estimateBudget(input, table);
    const share = (20 * 52) / 12 / 160;
    expectClose(
      sheet.byHireType.freelance,
      {
        low: full.byHireType.freelance.low * share,
        mid: full.byHireType.freelance.mid * share,
        high: full.byHireType.freelance.high * share,
      },
      'part-time freelance',
    );
    expectClose(
      sheet.byHireType.agency,
      { low: full.byHireType.agency.low * share, mid: full.byHireType.agency.mid * share, high: full.byHireType.agency.high * share },
      'part-time agency',
    );
    const people = input.team.members.reduce((n, m) => n + m.count, 0);
    expect(sheet.contractor.employerOfRecord.mid).toBeCloseTo(500 * people * input.team.months, 6);
    expect(sheet.lines.contractor.mid).toBeCloseTo(sheet.contractor.platform.mid + 500 * people * input.team.months, 6);
  });

  it('switches hire type, engagement, duration and contingency from their cells', () => {
    const addon = newAddon();
    const input = scenario();
    const { sheetName } = createBudget(addon, input).value;
    addon.edit(sheetName, inputCell(addon, sheetName, 'Hire type'), HIRE_TYPE_LABELS.full_time);
    addon.edit(sheetName, inputCell(addon, sheetName, 'Engagement model'), ENGAGEMENT_LABELS.hourly);
    addon.edit(sheetName, inputCell(addon, sheetName, 'Duration (months)'), 7);
    addon.edit(sheetName, inputCell(addon, sheetName, 'Contingency %'), 0.25);
    const expected = edited(input, (i) => {
      i.team.hireType = 'full_time';
      i.team.engagement = 'hourly';
      i.team.months = 7;
      i.hidden.contingencyPercent = 25;
    });
    expectSameBudget(readBudget(addon, sheetName), estimateBudget(expected, table));
  });
});
