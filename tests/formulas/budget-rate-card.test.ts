// A team's rate card drives their budgets: change one rate on the card and every budget created
// with the card recomputes to what the domain computes over the edited card. Budgets made before
// the card keep the built-in figures. Reads dist/Code.js: `npm test` builds it first.
import { describe, expect, it } from 'vitest';
import { estimateBudget } from '../../src/domain/budget/estimate';
import { builtInTable } from '../../src/domain/figure-table';
import { tableWithCard } from '../../src/domain/rate-card';
import { RATE_CARD_RANGE_NAME } from '../../src/sheets/rate-card-range';
import type { Addon } from '../../playground/emulator';
import { call, createBudget, newAddon, readBudget, scenario } from '../templates/budget-fixture';

/** Sets low or high of one card row (found by kind, key, region and spec) as a person types it; returns the old value. */
function editCard(addon: Addon, match: { kind: string; key: string; region: string; spec: string }, bound: 'low' | 'high', value: number) {
  const card = addon.spreadsheet.getRangeByName(RATE_CARD_RANGE_NAME)!;
  const [headers, ...rows] = card.getValues();
  const col = (name: string) => headers.indexOf(name);
  const index = rows.findIndex((r) => (['kind', 'key', 'region', 'spec'] as const).every((k) => r[col(k)] === match[k]));
  if (index < 0) throw new Error(`no card row ${JSON.stringify(match)}`);
  const cell = card.getCell(index + 2, col(bound) + 1).getA1Notation();
  addon.edit(card.getSheet().getName(), cell, value);
  return rows[index][col(bound)] as number;
}

const cardRows = (addon: Addon) => addon.spreadsheet.getRangeByName(RATE_CARD_RANGE_NAME)!.getValues();

describe('a rate card', () => {
  it('changes a new budget when one of its rates changes, and only budgets made with it', () => {
    const addon = newAddon();
    const input = scenario(); // row 1: a senior Eastern Europe backend developer on a monthly retainer
    const withoutCard = createBudget(addon, input).value.sheetName;
    call(addon, 'insertRateCard', 'abbacus-2026');
    const withCard = createBudget(addon, input).value.sheetName;
    const untouched = readBudget(addon, withCard).total;
    expect(untouched.mid).toBeCloseTo(estimateBudget(input, builtInTable()).total.mid, 6);

    const member = input.team.members[0];
    const was = editCard(addon, { kind: 'hourly', key: member.level, region: member.region, spec: member.spec }, 'low', 0);
    expect(was).toBeGreaterThan(0);

    const followed = readBudget(addon, withCard);
    expect(followed.total.low).toBeLessThan(untouched.low);
    expect(followed.total.low).toBeCloseTo(estimateBudget(input, tableWithCard(cardRows(addon))).total.low, 6);
    expect(readBudget(addon, withoutCard).total.low).toBeCloseTo(untouched.low, 6);

    // A budget created now starts from the edited card, and matches the wizard's own estimate of it.
    const fresh = createBudget(addon, input).value.sheetName;
    expect(readBudget(addon, fresh).total.low).toBeCloseTo(followed.total.low, 6);
  });

  it('moves the typical range when the card changes the project cost', () => {
    const addon = newAddon();
    call(addon, 'insertRateCard', 'abbacus-2026');
    const input = scenario();
    const { sheetName } = createBudget(addon, input).value;
    const before = readBudget(addon, sheetName).typicalText;
    const project = { kind: 'project', key: input.project.type, region: 'global', spec: 'backend' };
    editCard(addon, project, 'low', 1000);
    editCard(addon, project, 'high', 2000);
    const expected = estimateBudget(input, tableWithCard(cardRows(addon)));
    expect(expected.typicalText).not.toBe(before);
    expect(readBudget(addon, sheetName).typicalText).toBe(expected.typicalText);
  });
});
