// "Insert rate card" and "Insert sources" through the emulator.
import { describe, expect, it } from 'vitest';
import { RATE_CARD_CHOICES, rateCardRows } from '../../src/domain/budget/rate-card-rows';
import { sourceRows } from '../../src/domain/budget/source-rows';
import { RATE_CARD_RANGE_NAME } from '../../src/sheets/rate-card-range';
import type { Addon } from '../../playground/emulator';
import { figures } from '../support/figures';
import { call, createBudget, newAddon, scenario, sheetNamed } from './budget-fixture';

const insertCard = (addon: Addon, choice: unknown) => call<{ sheetName: string }>(addon, 'insertRateCard', choice);

describe('Insert rate card', () => {
  it('opens a sidebar to choose the source from the menu', () => {
    const addon = newAddon();
    addon.clickMenu(['DevRate', 'Insert rate card']);
    expect(JSON.stringify(addon.ui.sidebar)).toContain('Insert rate card');
  });

  it.each(RATE_CARD_CHOICES)('fills a "Rate Card" sheet from %s, in the card format, as the named range', (choice) => {
    const addon = newAddon();
    const result = insertCard(addon, choice);
    expect(result.value.sheetName).toBe('Rate Card');
    expect(result.lockViolations).toEqual([]);
    const card = addon.spreadsheet.getRangeByName(RATE_CARD_RANGE_NAME)!;
    expect(card.getSheet().getName()).toBe('Rate Card');
    const [headers, ...rows] = card.getValues();
    const expected = rateCardRows(choice);
    expect(headers).toEqual(expected.headers);
    expect(rows.filter((r) => r[0] !== '')).toEqual(expected.rows);
    expect(rows.length).toBeGreaterThan(expected.rows.length); // spare rows for the team's own figures
  });

  it("names a bad row by the sheet's own row number, and breaks only the figures that rest on it", () => {
    const addon = newAddon();
    insertCard(addon, 'both');
    const card = addon.spreadsheet.getRangeByName(RATE_CARD_RANGE_NAME)!;
    const [headers, ...rows] = card.getValues();
    const col = (name: string) => headers.indexOf(name) + 1;
    const index = rows.findIndex((r) => r[0] === 'hourly' && r[1] === 'senior' && r[2] === 'eastern_europe' && r[3] === 'backend');
    const sheetRow = card.getRow() + 1 + index;
    addon.edit('Rate Card', card.getSheet().getRange(sheetRow, col('low')).getA1Notation(), 150);
    addon.edit('Rate Card', card.getSheet().getRange(sheetRow, col('high')).getA1Notation(), 130);
    const sheet = addon.spreadsheet.insertSheet('Mine');
    sheet
      .getRange('A1:A2')
      .setFormulas([
        ['=DEVRATE("senior", "eastern_europe", "backend", "mid", DevRateCard)'],
        ['=DEVRATE("senior", "asia", "backend", "mid", DevRateCard)'],
      ]);
    const [[broken], [fine]] = addon.workbook.readCells(sheet.getSheetId(), { row: 1, col: 1, numRows: 2, numCols: 1 });
    expect(broken.error?.message).toBe(
      `DEVRATE: row ${sheetRow} of the card (hourly, senior, eastern_europe, backend): low 150 is above high 130.`,
    );
    expect(fine.error).toBeUndefined();
    expect(typeof sheet.getRange('A2').getValue()).toBe('number');
  });

  it('reads a figure typed in a row added below the card (no row limit)', () => {
    const addon = newAddon();
    insertCard(addon, 'both');
    const sheet = addon.spreadsheet.getSheetByName('Rate Card')!;
    sheet.insertRowsAfter(sheet.getMaxRows(), 5);
    const last = sheet.getMaxRows();
    sheet.getRange(last, 1, 1, 6).setValues([['hourly', 'senior', 'asia', 'backend', 500, 700]]);
    expect(addon.spreadsheet.getRangeByName(RATE_CARD_RANGE_NAME)!.getLastRow()).toBe(last);
    const mine = addon.spreadsheet.insertSheet('Mine');
    mine.getRange('A1').setFormula('=DEVRATE("senior", "asia", "backend", "mid", DevRateCard)');
    const error = () => addon.workbook.readCells(mine.getSheetId(), { row: 1, col: 1, numRows: 1, numCols: 1 })[0][0].error;
    expect(error()?.message).toMatch(new RegExp(`^DEVRATE: row ${last} of the card .*gives the same figure`));
    const keys = sheet.getRange(1, 1, last, 4).getValues();
    const original = keys.findIndex((r, i) => i + 1 < last && r.join() === 'hourly,senior,asia,backend') + 1;
    sheet.deleteRow(original);
    expect(mine.getRange('A1').getValue()).toBe(600);
  });

  it('keeps one card per spreadsheet: a second insert is refused and writes nothing', () => {
    const addon = newAddon();
    insertCard(addon, 'abbacus-2026');
    const sheets = addon.spreadsheet.getSheets().length;
    expect(() => insertCard(addon, 'navspace-2026')).toThrow(/already has a rate card.*"Rate Card".*Nothing was written/);
    expect(addon.spreadsheet.getSheets()).toHaveLength(sheets);
  });

  it('refuses an unknown source with the choices', () => {
    expect(() => insertCard(newAddon(), 'wikipedia')).toThrow(/^The rate card was not saved: Choose abbacus-2026, navspace-2026, both\./);
  });

  it('must be valid before a budget uses it: a broken card is named, and nothing is written', () => {
    const addon = newAddon();
    insertCard(addon, 'abbacus-2026');
    const card = addon.spreadsheet.getRangeByName(RATE_CARD_RANGE_NAME)!;
    card.getCell(2, 1).setValue('bogus'); // as if pasted over the dropdown
    const sheets = addon.spreadsheet.getSheets().length;
    expect(() => createBudget(addon, scenario())).toThrow(
      /^The rate card \(the named range DevRateCard on sheet "Rate Card"\) has a problem: row 2 of the card \("bogus", junior, global, backend\): unknown kind "bogus".* Fix it, then create the budget again\. Nothing was written\.$/,
    );
    expect(addon.spreadsheet.getSheets()).toHaveLength(sheets);
  });

  it('is passed to the DevRate formulas of budgets created after it, and handed to the wizard', () => {
    const addon = newAddon();
    const before = createBudget(addon, scenario()).value;
    insertCard(addon, 'both');
    const after = createBudget(addon, scenario()).value;
    expect([before.usesRateCard, after.usesRateCard]).toEqual([false, true]);
    // The monthly rates' formula, wherever the budget holds it (its team table's header row).
    const formulaAt = (sheetName: string) =>
      sheetNamed(addon, sheetName)
        .getDataRange()
        .getFormulas()
        .flat()
        .find((f) => f.includes('DEVMONTHLY('));
    expect(formulaAt(before.sheetName)).not.toContain(RATE_CARD_RANGE_NAME);
    expect(formulaAt(after.sheetName)).toContain(`, ${RATE_CARD_RANGE_NAME})`);
    // The wizard gets the card parsed: every figure row of the card, and no bad row.
    const context = call<{ rateCard: { sheetName: string; entries: unknown[]; badRows: unknown[] } }>(addon, 'getWizardContext').value;
    expect(context.rateCard.sheetName).toBe('Rate Card');
    expect(context.rateCard.entries).toHaveLength(rateCardRows('both').rows.length);
    expect(context.rateCard.badRows).toEqual([]);
  });
});

describe('Insert sources', () => {
  it('lists every built-in figure with its source, section and derivation, and numbers a second copy', () => {
    const addon = newAddon();
    const first = addon.clickMenu(['DevRate', 'Insert sources']);
    expect(first.value).toEqual({ sheetName: 'Sources' });
    expect(first.lockViolations).toEqual([]);
    const sheet = sheetNamed(addon, 'Sources');
    const values = sheet.getDataRange().getValues();
    const header = values.findIndex((r) => r[0] === 'kind');
    const rows = values.slice(header + 1).filter((r) => r[0] !== '');
    expect(rows).toHaveLength(sourceRows().length);
    const text = JSON.stringify(rows);
    for (const f of figures) expect(text).toContain(JSON.stringify(f.section));
    expect(rows.some((r) => r[values[header].indexOf('derived')] === 'yes')).toBe(true);
    expect(addon.ui.toasts.at(-1)?.message).toContain('Sources');
    expect(addon.clickMenu(['DevRate', 'Insert sources']).value).toEqual({ sheetName: 'Sources (2)' });
  });
});
