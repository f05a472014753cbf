// Errors travel: a budget figure computed from a broken input (a rate card row with its low above
// its high, a region typo pasted into a team row, a sort that took the team's header along, a value
// typed over a computed rate) is an error in the team cost, the total and the chart's cells, naming
// the input to fix, and the verdict says it cannot judge and why; never a plausible smaller figure.
// Every case is also checked against the oracle (budget-oracle.ts). Reads dist/Code.js.
import { describe, expect, it } from 'vitest';
import type { BudgetInput } from '../../src/domain/budget/schema';
import { CANNOT_JUDGE } from '../../src/sheets/budget/formulas';
import { RATE_CARD_RANGE_NAME } from '../../src/sheets/rate-card-range';
import type { Addon } from '../../playground/emulator';
import { call, createBudget, newAddon, readBudget, rowLabelled, scenario, sheetNamed, teamCell } from './budget-fixture';
import { shownHeadline, typedTeam, violations } from './budget-oracle';

/** Sets low or high of the card row giving `figure`; returns that row's number on the card (header = 1). */
function editCard(addon: Addon, figure: [string, string, string, string], bound: 'low' | 'high', value: number): number {
  const card = addon.spreadsheet.getRangeByName(RATE_CARD_RANGE_NAME)!;
  const [headers, ...rows] = card.getValues();
  const col = (name: string) => headers.indexOf(name);
  const index = rows.findIndex((r) => ['kind', 'key', 'region', 'spec'].every((k, i) => r[col(k)] === figure[i]));
  if (index < 0) throw new Error(`no card row ${figure.join(', ')}`);
  addon.edit(card.getSheet().getName(), card.getCell(index + 2, col(bound) + 1).getA1Notation(), value);
  return index + 2;
}

function budgetWithCard(input: BudgetInput) {
  const addon = newAddon();
  call(addon, 'insertRateCard', 'abbacus-2026');
  const { sheetName } = createBudget(addon, input).value;
  return { addon, sheetName };
}

/** The headline's team cost and total: every cell an error whose message contains `names`. */
function expectHeadlineErrors(addon: Addon, sheetName: string, names: string) {
  const shown = shownHeadline(addon, sheetName);
  for (const [what, triple] of Object.entries({ team: shown.team, total: shown.total }))
    for (const [point, cell] of Object.entries(triple)) {
      expect(cell, `${what} ${point}`).toEqual({ error: expect.stringContaining(names) as string });
    }
  expect(shown.verdict.startsWith(CANNOT_JUDGE), shown.verdict).toBe(true);
  expect(shown.verdict).toContain(names);
  expect(shown.verdict).not.toMatch(/% (above|below)|within/);
}

/** The chart draws the headline block (labels B3:D3, team and total rows): no cell of it is a number made from an error. */
function chartCells(addon: Addon, sheetName: string) {
  const sheet = sheetNamed(addon, sheetName);
  const [chart] = sheet.getCharts();
  const range = chart.getRanges()[0];
  return addon.workbook.readErrors(sheet.getSheetId(), { row: range.getRow() + 1, col: range.getColumn() + 1, numRows: 2, numCols: 3 });
}

describe('a rate card row with its low above its high', () => {
  it('turns the team cost, the total and the chart into errors naming the card row, and the verdict says it cannot judge', () => {
    const input = scenario(); // a senior in Eastern Europe on a monthly retainer: priced from the card's hourly row
    const { addon, sheetName } = budgetWithCard(input);
    const row = editCard(addon, ['hourly', 'senior', 'eastern_europe', 'backend'], 'low', 130); // its high is 120
    expectHeadlineErrors(addon, sheetName, `row ${row} of the card`);
    expect(shownHeadline(addon, sheetName).verdict).toContain('low 130 is above high 120');
    expect(
      chartCells(addon, sheetName)
        .flat()
        .every((e) => e !== null),
    ).toBe(true);
    // The member's own row shows the same words; the other member's rates stay numbers.
    const sheet = sheetNamed(addon, sheetName);
    expect(String(sheet.getRange(teamCell(addon, sheetName, 0, 'Freelance $/month low')).getValue())).toContain(`row ${row} of the card`);
    expect(typeof sheet.getRange(teamCell(addon, sheetName, 1, 'Freelance $/month low')).getValue()).toBe('number');
    expect(violations(addon, sheetName, input, true)).toEqual([]);

    editCard(addon, ['hourly', 'senior', 'eastern_europe', 'backend'], 'low', 70); // fixed: every figure comes back
    expect(typeof readBudget(addon, sheetName).headline.total.mid).toBe('number');
    expect(violations(addon, sheetName, input, true)).toEqual([]);
  });

  it('in another budget, billed hourly: a high typed as 80 under its low of 85 is an error, not a smaller team cost "below the typical range"', () => {
    const input = scenario((i) => {
      i.team.engagement = 'hourly';
      i.team.members = [{ level: 'senior', region: 'eastern_europe', spec: 'backend', count: 1, allocation: 100 }];
    });
    const { addon, sheetName } = budgetWithCard(input);
    editCard(addon, ['hourly', 'senior', 'eastern_europe', 'backend'], 'low', 85);
    expect(violations(addon, sheetName, input, true)).toEqual([]);
    const row = editCard(addon, ['hourly', 'senior', 'eastern_europe', 'backend'], 'high', 80);
    expectHeadlineErrors(addon, sheetName, `row ${row} of the card`);
    expect(violations(addon, sheetName, input, true)).toEqual([]);
  });
});

describe('a region typo pasted into a team row', () => {
  it('makes the team cost and total errors naming the region, not a smaller team without that member', () => {
    const input = scenario();
    const addon = newAddon();
    const { sheetName } = createBudget(addon, input).value;
    const sheet = sheetNamed(addon, sheetName);
    const cell = teamCell(addon, sheetName, 1, 'Region');
    sheet.getRange(cell).setValue('Eastern Europ'); // pasted: a paste passes the dropdown by
    expectHeadlineErrors(addon, sheetName, '"Eastern Europ"');
    expect(shownHeadline(addon, sheetName).verdict).toContain(`row ${sheet.getRange(cell).getRow()}`);
    expect(violations(addon, sheetName, input, false)).toEqual([]);
    // The US full-time comparison does not use regions: it stays a number.
    expect(typeof readBudget(addon, sheetName).byHireType.full_time.mid).toBe('number');
  });
});

describe('sorting the team with its header row included', () => {
  const sorts: [string, (addon: Addon, sheetName: string) => void][] = [];
  for (const width of [5, 11])
    for (const ascending of [true, false])
      sorts.push([
        `${width === 5 ? 'the input columns' : 'the whole width'}, by Level ${ascending ? 'A→Z' : 'Z→A'}`,
        (addon, sheetName) => {
          const { header, end } = typedTeam(addon, sheetName);
          sheetNamed(addon, sheetName)
            .getRange(header, 1, end - header, width)
            .sort({ column: 1, ascending });
        },
      ]);
  for (const ascending of [true, false])
    sorts.push([
      `Sort sheet ${ascending ? 'A→Z' : 'Z→A'} by column A`,
      (addon, sheetName) => void sheetNamed(addon, sheetName).sort(1, ascending),
    ]);

  for (const [name, sort] of sorts)
    it(`${name}: every headline figure is right or an error, never 0 with "100% below"`, () => {
      const input = scenario();
      const addon = newAddon();
      const { sheetName } = createBudget(addon, input).value;
      sort(addon, sheetName);
      const shown = shownHeadline(addon, sheetName);
      expect(Object.values({ ...shown.team }).some((v) => v === 0)).toBe(false);
      expect(shown.verdict).not.toMatch(/100% below/);
      expect(violations(addon, sheetName, input, false)).toEqual([]);
    });
});

describe('a value typed over a computed rate', () => {
  it('is an error in the team cost and the total, and the verdict says which columns to clear', () => {
    const input = scenario();
    const addon = newAddon();
    const { sheetName } = createBudget(addon, input).value;
    addon.edit(sheetName, teamCell(addon, sheetName, 0, 'Freelance $/month high'), 20000);
    expectHeadlineErrors(addon, sheetName, '');
    expect(shownHeadline(addon, sheetName).verdict).toContain('Freelance $/month columns blocks them: clear it');
    expect(violations(addon, sheetName, input, false)).toEqual([]);
  });
});

describe('a value typed over a computed budget line', () => {
  it('makes the headline errors and the verdict say a computed cell was typed over, until the formula is back', () => {
    const input = scenario();
    const addon = newAddon();
    const { sheetName } = createBudget(addon, input).value;
    const sheet = sheetNamed(addon, sheetName);
    const team = rowLabelled(addon, sheetName, 'Team', rowLabelled(addon, sheetName, 'Budget'));
    const formula = sheet.getRange(team, 2).getFormula();
    addon.edit(sheetName, `B${team}`, 1000); // a plausible smaller team cost, past the protection's warning
    expectHeadlineErrors(addon, sheetName, '');
    expect(shownHeadline(addon, sheetName).verdict).toContain('a value was typed over one of its computed cells');
    expect(violations(addon, sheetName, input, false, { formulaLost: true })).toEqual([]);
    sheet.getRange(team, 2).setFormula(formula); // undone
    expect(violations(addon, sheetName, input, false)).toEqual([]);
  });
});

describe('rows anywhere in the team table', () => {
  it('a member typed into a row inserted directly above "Hidden costs" is priced', () => {
    const input = scenario();
    const addon = newAddon();
    const { sheetName } = createBudget(addon, input).value;
    const sheet = sheetNamed(addon, sheetName);
    const hidden = rowLabelled(addon, sheetName, 'Hidden costs');
    sheet.insertRowBefore(hidden);
    const before = readBudget(addon, sheetName).headline.team.mid;
    ['Junior', 'Latin America', 'Backend', 2, 1].forEach((v, i) => addon.edit(sheetName, sheet.getRange(hidden, i + 1).getA1Notation(), v));
    expect(readBudget(addon, sheetName).headline.team.mid).toBeGreaterThan(before);
    expect(violations(addon, sheetName, input, false)).toEqual([]);
  });

  it('the paid trial names the member it prices, and a sort by Level that changes them shows it', () => {
    const input = scenario();
    const addon = newAddon();
    const { sheetName } = createBudget(addon, input).value;
    const first = rowLabelled(addon, sheetName, 'Level') + 1;
    expect(readBudget(addon, sheetName).trialLabel).toBe(`Paid trial: Senior Backend, Eastern Europe (row ${first})`);
    const { header, end } = typedTeam(addon, sheetName);
    sheetNamed(addon, sheetName)
      .getRange(header + 1, 1, end - header - 1, 5)
      .sort({ column: 1, ascending: true });
    expect(readBudget(addon, sheetName).trialLabel).toBe(`Paid trial: Mid AI, Asia (row ${first})`);
    expect(violations(addon, sheetName, input, false)).toEqual([]);
  });
});
