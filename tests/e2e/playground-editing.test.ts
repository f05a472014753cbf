// A person works in the playground as in Sheets: undo and redo (one history for the workbook,
// an add-on action one step), copy, cut and paste of cells, ranges and whole rows (values only
// too), a warning before pasting over a protected total, and the keyboard and pointer: typing in
// the cell, Shift+arrows, submenus on hover, an array's formula greyed, tab rename in place.
import type { Page } from 'playwright-core';
import { beforeEach, expect, it, vi } from 'vitest';
import {
  cell,
  cellText,
  describeInBrowser,
  enterCells,
  formulaBar,
  openPlayground,
  postApi,
  playgroundForEachTest,
  selectCell,
  selectSheet,
  sheetTabs,
  typeInCell,
  waitForCell,
} from '../support/playground';
import { scenario } from '../templates/budget-fixture';

const BUDGET = 'Budget – Checkout';

describeInBrowser('the playground edits as Sheets does', () => {
  vi.setConfig({ testTimeout: 90_000 });
  const session = playgroundForEachTest();
  let page: Page;
  beforeEach(() => void ({ page } = session));

  const post = (route: string, body: unknown) => postApi(session.playground.url, route, body);

  /** Presses a shortcut on the grid and waits for the server's answer to the request it sends. */
  async function press(keys: string, route: string): Promise<void> {
    const answered = page.waitForResponse((r) => r.url().endsWith(route) && r.request().method() === 'POST');
    await page.keyboard.press(keys);
    await answered;
  }

  /** Clicks an item of the Edit menu. */
  async function editMenu(item: string, route: string): Promise<void> {
    const menus = page.getByRole('navigation', { name: 'Menus' });
    await menus.getByRole('button', { name: 'Edit', exact: true }).click();
    const answered = page.waitForResponse((r) => r.url().endsWith(route) && r.request().method() === 'POST');
    await menus.getByRole('group', { name: 'Edit' }).getByRole('button', { name: item, exact: true }).click();
    await answered;
  }

  /** Right-clicks a target and picks an item of the menu that opens. */
  async function contextMenu(target: ReturnType<typeof cell>, item: string): Promise<void> {
    await target.click({ button: 'right' });
    await page.getByRole('menu').getByRole('menuitem', { name: item, exact: true }).click();
  }

  it('undoes and redoes a person’s edits, one history for every tab of the workbook', async () => {
    await typeInCell(page, 'A1', '5');
    await typeInCell(page, 'B1', '=A1*2');
    await waitForCell(page, 'B1', '10');
    await typeInCell(page, 'A1', '7');
    await waitForCell(page, 'B1', '14');

    await selectCell(page, 'C3');
    await press('Control+z', '/api/undo');
    await waitForCell(page, 'A1', '5');
    await waitForCell(page, 'B1', '10');
    await editMenu('Undo', '/api/undo');
    await waitForCell(page, 'B1', '');
    await press('Control+y', '/api/redo');
    await waitForCell(page, 'B1', '10');

    // Another tab of the same workbook undoes the same history, and this tab follows.
    const other = await openPlayground(session.browser, session.playground.url);
    try {
      await waitForCell(other, 'B1', '10');
      await other.locator('.grid-scroll').focus();
      const undone = other.waitForResponse((r) => r.url().endsWith('/api/undo'));
      await other.keyboard.press('Control+z');
      await undone;
      await waitForCell(other, 'B1', '');
      await waitForCell(page, 'B1', '');
    } finally {
      await other.close();
    }
    await selectCell(page, 'C3');
    await press('Control+Shift+z', '/api/redo');
    await waitForCell(page, 'B1', '10');
    await press('Control+Shift+z', '/api/redo');
    await waitForCell(page, 'A1', '7');
    await waitForCell(page, 'B1', '14');
    // At the end of the history, Redo says so and changes nothing.
    await press('Control+y', '/api/redo');
    await expect.poll(() => page.getByRole('alert').allTextContents()).toContainEqual(expect.stringContaining('There is nothing to redo.'));
    expect(await cellText(page, 'A1')).toBe('7');
  });

  it('undoes everything an add-on action did as one step, as Sheets undoes a script run', async () => {
    await typeInCell(page, 'A1', 'kept');
    const created = await post('/api/script-run', {
      context: { sheet: 'Sheet1', cell: 'A1' },
      endpoint: 'createBudgetSheet',
      args: [scenario()],
      view: {},
    });
    expect(created).toMatchObject({ ok: true });
    await expect.poll(() => sheetTabs(page)).toContain(BUDGET);
    await selectSheet(page, 'Sheet1');
    await selectCell(page, 'C3');
    await press('Control+z', '/api/undo');
    await expect.poll(() => sheetTabs(page)).toEqual(['Sheet1']);
    expect(await cellText(page, 'A1')).toBe('kept');
    await press('Control+y', '/api/redo');
    await expect.poll(() => sheetTabs(page)).toContain(BUDGET);
  });

  it('copies a range and a whole column with their formulas shifted, pastes values only, cuts, and clears a range in one step', async () => {
    await enterCells(session.playground.url, { A1: '2', B1: '=A1*10', A2: '3', B2: '=A2*10' });
    await page.reload();
    await waitForCell(page, 'B2', '30');
    await selectCell(page, 'A1');
    await page.keyboard.press('Shift+ArrowDown');
    await page.keyboard.press('Shift+ArrowRight');
    await expect.poll(() => page.locator('.cell.in-range').count()).toBe(4);
    expect(await page.getByLabel('Selected cell').textContent()).toBe('A1:B2');
    await page.keyboard.press('Control+c');
    // The copied block is outlined, as Sheets draws it, until something else is copied.
    await expect
      .poll(() => page.locator('.cell.copied-top').evaluateAll((cells) => cells.map((c) => c.getAttribute('data-cell'))))
      .toEqual(['A1', 'B1']);

    await selectCell(page, 'D4');
    await press('Control+v', '/api/paste');
    await waitForCell(page, 'E5', '30');
    await selectCell(page, 'E5');
    await expect.poll(() => formulaBar(page).inputValue()).toBe('=D5*10');

    await selectCell(page, 'G1');
    await press('Control+Shift+v', '/api/paste');
    await waitForCell(page, 'H1', '20');
    await selectCell(page, 'H1');
    await expect.poll(() => formulaBar(page).inputValue()).toBe('20');

    // Cut D4:E5 and paste at D8: the source is emptied, the formula still reads its neighbour.
    await selectCell(page, 'D4');
    await page.keyboard.press('Shift+ArrowDown');
    await page.keyboard.press('Shift+ArrowRight');
    await contextMenu(cell(page, 'E5'), 'Cut');
    await selectCell(page, 'D8');
    const pasted = page.waitForResponse((r) => r.url().endsWith('/api/paste'));
    await contextMenu(cell(page, 'D8'), 'Paste');
    await pasted;
    await waitForCell(page, 'E9', '30');
    await waitForCell(page, 'E5', '');
    expect(await page.locator('[class*="copied-"]').count()).toBe(0); // a cut is pasted once
    await selectCell(page, 'E9');
    await expect.poll(() => formulaBar(page).inputValue()).toBe('=D9*10');

    // A whole column, from the column letters' menu: its formulas read the column to their left.
    await contextMenu(page.getByRole('columnheader', { name: 'B', exact: true }), 'Copy');
    const columnPasted = page.waitForResponse((r) => r.url().endsWith('/api/paste'));
    await contextMenu(page.getByRole('columnheader', { name: 'I', exact: true }), 'Paste');
    await columnPasted;
    await waitForCell(page, 'I1', '200'); // =H1*10, and H1 holds the 20 pasted as a value above
    await selectCell(page, 'I2');
    await expect.poll(() => formulaBar(page).inputValue()).toBe('=H2*10');

    // Delete on the range clears it in one edit, and one Ctrl+Z brings it all back.
    await selectCell(page, 'D8');
    await page.keyboard.press('Shift+ArrowDown');
    await page.keyboard.press('Shift+ArrowRight');
    await press('Delete', '/api/clear');
    await waitForCell(page, 'D8', '');
    await waitForCell(page, 'E9', '');
    await press('Control+z', '/api/undo');
    await waitForCell(page, 'D8', '2');
    await waitForCell(page, 'E9', '30');
  });

  it('copies a whole row of the budget: values, formulas, dropdowns and formats travel', async () => {
    const created = await post('/api/script-run', {
      context: { sheet: 'Sheet1', cell: 'A1' },
      endpoint: 'createBudgetSheet',
      args: [scenario()],
      view: {},
    });
    expect(created).toMatchObject({ ok: true });
    await page.reload();
    await selectSheet(page, BUDGET);
    // The first team member's row: a dropdown in it, and formulas that price it; and an empty row
    // near the end of the view (it shows 30 spare rows below the last one with content).
    const memberRow = await page.locator('tr:has(td select)').first().locator('th').textContent();
    expect(memberRow).toBeTruthy();
    const blank = Number(await page.locator('th.row-header').last().textContent()) - 2;
    const header = page.locator('th.row-header', { hasText: new RegExp(`^${memberRow}$`) });
    await contextMenu(header, 'Copy');
    const target = page.locator('th.row-header', { hasText: new RegExp(`^${blank}$`) });
    await contextMenu(target, 'Paste');
    // The budget sheet is protected with a warning outside its inputs: a paste asks first, as typing does.
    const warning = page.getByRole('alertdialog', { name: 'Heads up!' });
    const pasted = page.waitForResponse((r) => r.url().endsWith('/api/paste'));
    await warning.getByRole('button', { name: 'OK' }).click();
    await pasted;
    const source = await page
      .locator(`tr:has(> th:text-is("${memberRow}")) td`)
      .evaluateAll((tds) => tds.map((td) => [td.getAttribute('data-value'), td.getAttribute('style')]));
    await expect
      .poll(() =>
        page
          .locator(`tr:has(> th:text-is("${blank}")) td`)
          .evaluateAll((tds) => tds.map((td) => [td.getAttribute('data-value'), td.getAttribute('style')])),
      )
      .toEqual(source);
    expect(await page.locator(`tr:has(> th:text-is("${blank}")) td select`).count()).toBe(
      await page.locator(`tr:has(> th:text-is("${memberRow}")) td select`).count(),
    );
  });

  it('asks before pasting over a protected budget total, and Cancel keeps it', async () => {
    const created = await post('/api/script-run', {
      context: { sheet: 'Sheet1', cell: 'A1' },
      endpoint: 'createBudgetSheet',
      args: [scenario()],
      view: {},
    });
    expect(created).toMatchObject({ ok: true });
    await page.reload();
    await selectSheet(page, BUDGET);
    const cells = await page
      .locator('td[data-cell^="A"]')
      .evaluateAll((tds) => tds.map((td) => [td.getAttribute('data-cell'), td.getAttribute('data-value')]));
    const total = `B${cells.find(([, text]) => text === 'Total budget')![0]!.slice(1)}`;
    const before = await cellText(page, total);
    // Typing over it asks first, and the selection stays on the cell until the answer.
    await selectCell(page, total);
    await page.keyboard.type('5');
    await page.keyboard.press('Enter');
    const asked = page.getByRole('alertdialog', { name: 'Heads up!' });
    await asked.waitFor();
    expect(await page.getByLabel('Selected cell').textContent()).toBe(total);
    await asked.getByRole('button', { name: 'Cancel' }).click();
    await asked.waitFor({ state: 'detached' });
    expect(await page.getByLabel('Selected cell').textContent()).toBe(total);
    await selectCell(page, 'A1');
    await page.keyboard.press('Control+c');
    await selectCell(page, total);
    await page.keyboard.press('Control+v');
    const warning = page.getByRole('alertdialog', { name: 'Heads up!' });
    await warning.waitFor();
    await warning.getByRole('button', { name: 'Cancel' }).click();
    await warning.waitFor({ state: 'detached' });
    expect(await cellText(page, total)).toBe(before);
    await page.keyboard.press('Control+v');
    await warning.waitFor();
    const pasted = page.waitForResponse((r) => r.url().endsWith('/api/paste'));
    await warning.getByRole('button', { name: 'OK' }).click();
    await pasted;
    await expect.poll(() => cellText(page, total)).not.toBe(before);
  });

  it('works from the keyboard and pointer as Sheets does: typing in the cell, submenus on hover, an array greyed, tabs renamed in place', async () => {
    // Typing on a selected cell edits in the cell: the editor is drawn over it.
    await selectCell(page, 'B2');
    await page.keyboard.type('12');
    const editor = await formulaBar(page).boundingBox();
    const box = await cell(page, 'B2').boundingBox();
    expect(editor && box && { x: Math.round(editor.x), y: Math.round(editor.y) }).toEqual(
      box && { x: Math.round(box.x), y: Math.round(box.y) },
    );
    expect(await formulaBar(page).inputValue()).toBe('12');
    const typed = page.waitForResponse((r) => r.url().endsWith('/api/edit'));
    await page.keyboard.press('Tab');
    await typed;
    await waitForCell(page, 'B2', '12');
    await expect.poll(() => page.getByLabel('Selected cell').textContent()).toBe('C2');

    // A cell an array fills shows the array's formula, greyed.
    await enterCells(session.playground.url, { A5: '1', A6: '2', A7: '3', B5: '=TRANSPOSE(A5:A7)' });
    await waitForCell(page, 'D5', '3');
    await selectCell(page, 'D5');
    await expect.poll(() => formulaBar(page).inputValue()).toBe('=TRANSPOSE(A5:A7)');
    expect(await formulaBar(page).evaluate((input) => getComputedStyle(input).color)).toBe('rgb(154, 160, 166)');
    await selectCell(page, 'B5');
    await expect.poll(() => formulaBar(page).evaluate((input) => getComputedStyle(input).color)).toBe('rgb(0, 0, 0)');

    // Submenus open when the pointer rests on them.
    const menus = page.getByRole('navigation', { name: 'Menus' });
    await menus.getByRole('button', { name: 'Extensions', exact: true }).click();
    await menus.getByRole('button', { name: 'DevRate', exact: true }).hover();
    await menus.getByRole('group', { name: 'DevRate' }).waitFor();
    await page.keyboard.press('Escape');

    // A double-click on a tab edits its name in place; Escape keeps the old name.
    const tabs = page.getByRole('navigation', { name: 'Sheets' });
    await tabs.getByRole('button', { name: 'Sheet1', exact: true }).dblclick();
    const name = page.getByRole('textbox', { name: 'Rename sheet Sheet1' });
    await name.fill('Budget notes');
    await name.press('Escape');
    expect(await sheetTabs(page)).toEqual(['Sheet1']);
    await tabs.getByRole('button', { name: 'Sheet1', exact: true }).dblclick();
    await name.fill('Budget notes');
    const renamed = page.waitForResponse((r) => r.url().endsWith('/api/structure'));
    await name.press('Enter');
    await renamed;
    await expect.poll(() => sheetTabs(page)).toEqual(['Budget notes']);
  });
});
