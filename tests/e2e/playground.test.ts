// The playground as a person uses it, in Debian's Chromium: formulas with DEVRATE typed into the
// formula bar, a custom function's error in its cell, the Extensions menu built by the real
// onOpen, and the About sidebar from the real dist/About.html. DEVRATE_SCREENSHOTS=1 also takes the README's screenshot.
import type { Page } from 'playwright-core';
import { beforeEach, expect, it } from 'vitest';
import { MENU_ITEMS } from '../../src/endpoints/menu';
import { ENDPOINT_NAMES } from '../../src/endpoints/registry';
import { entryPoints } from '../../src/main';
import { SIDEBAR_PAGES } from '../../src/server/sidebars';
import {
  cell,
  cellText,
  describeInBrowser,
  enterCells,
  formulaBar,
  menuItems,
  openMenu,
  playgroundForEachTest,
  selectCell,
  sidebarFrame,
  typeInCell,
  waitForCell,
  screenshot,
  tabHeaders,
} from '../support/playground';

describeInBrowser('playground: formulas, menu and sidebar', () => {
  const session = playgroundForEachTest();
  let page: Page;
  beforeEach(() => void ({ page } = session));

  it('computes =DEVRATE("senior","asia") typed into A1 and shows the formula again when A1 is selected', async () => {
    await typeInCell(page, 'A1', '=DEVRATE("senior","asia")');
    await waitForCell(page, 'A1', '80');
    expect(await cell(page, 'A1').textContent()).toBe('80');
    await selectCell(page, 'B1');
    expect(await formulaBar(page).inputValue()).toBe('');
    await selectCell(page, 'A1');
    expect(await formulaBar(page).inputValue()).toBe('=DEVRATE("senior","asia")');
  });

  it('reads typed numbers as numbers and recomputes formulas that use them', async () => {
    await typeInCell(page, 'B1', '1,500');
    await typeInCell(page, 'B2', '=B1*2');
    await waitForCell(page, 'B2', '3000');
    await typeInCell(page, 'B1', '10');
    await waitForCell(page, 'B2', '20');
  });

  it('edits from the keyboard as in Sheets: typing starts an edit, Enter commits and moves down, Delete clears', async () => {
    await selectCell(page, 'C2');
    await page.keyboard.type('=6*7');
    expect(await formulaBar(page).inputValue()).toBe('=6*7');
    await page.keyboard.press('Enter');
    await waitForCell(page, 'C2', '42');
    await expect.poll(() => page.getByLabel('Selected cell').textContent()).toBe('C3');
    await page.keyboard.press('ArrowUp');
    await expect.poll(() => formulaBar(page).inputValue()).toBe('=6*7');
    await page.keyboard.press('Delete');
    await waitForCell(page, 'C2', '');
  });

  it("shows a custom function's error in its cell, with the message on hover and when selected", async () => {
    await typeInCell(page, 'A2', '=DEVRATE("wizard")');
    await waitForCell(page, 'A2', '#ERROR!');
    expect(await cell(page, 'A2').getAttribute('title')).toMatch(/unknown level "wizard"/i);
    await selectCell(page, 'A2');
    await page
      .getByRole('status')
      .filter({ hasText: '#ERROR! in A2' })
      .filter({ hasText: /unknown level "wizard"/i })
      .waitFor();
  });

  it('lists every DevRate menu item under Extensions, as the real onOpen built them', async () => {
    expect(await menuItems(page)).toEqual(MENU_ITEMS.map((item) => item.label));
  });

  it('opens About DevRate from the menu in a 300 px sidebar that lists the functions', async () => {
    await enterCells(session.playground.url, {
      A1: 'Level',
      B1: 'Asia',
      C1: 'Global',
      D1: 'Western Europe',
      A2: 'junior',
      A3: 'mid',
      A4: 'senior',
      B2: '=DEVRATE($A2,"asia")',
      C2: '=DEVRATE($A2)',
      D2: '=DEVRATE($A2,"western_europe")',
      B3: '=DEVRATE($A3,"asia")',
      C3: '=DEVRATE($A3)',
      D3: '=DEVRATE($A3,"western_europe")',
      C4: '=DEVRATE($A4)',
      D4: '=DEVRATE($A4,"western_europe")',
      A6: 'Typo',
      B6: '=DEVRATE("wizard")',
    });
    await openMenu(page, 'About DevRate');
    const title = SIDEBAR_PAGES.About;
    await page.getByRole('heading', { name: title }).waitFor();
    const frame = page.locator(`iframe[title="${title}"]`);
    expect((await frame.boundingBox())?.width).toBe(300);
    await sidebarFrame(page, title).getByText('DEVRATE', { exact: true }).waitFor();
    // Typed through the page, like a person, while the sidebar stays open.
    await typeInCell(page, 'B4', '=DEVRATE($A4,"asia")');
    await waitForCell(page, 'B4', '80');
    await selectCell(page, 'B6');
    await screenshot(page, 'playground.png');

    await page.getByRole('button', { name: 'Close sidebar' }).click();
    await frame.waitFor({ state: 'detached' });
    expect(await cellText(page, 'B2')).not.toBe('');
  });

  it("offers a sidebar the endpoint registry's endpoints through google.script.run, and no other entry point", async () => {
    await openMenu(page, 'About DevRate');
    const handle = await page.locator(`iframe[title="${SIDEBAR_PAGES.About}"]`).elementHandle();
    const frame = (await handle.contentFrame())!;
    await frame.waitForFunction(() => typeof (window as any).google === 'object');
    const offered = await frame.evaluate(() => {
      const run = (window as any).google.script.run;
      return Object.keys(run).filter((name) => !name.startsWith('with') && typeof run[name] === 'function');
    });
    expect(offered.sort()).toEqual([...ENDPOINT_NAMES].sort());

    // showWizard is an entry point no sidebar calls: Sheets would run it, the playground does not.
    expect(Object.keys(entryPoints)).toContain('showWizard');
    expect(await frame.evaluate(() => typeof (window as any).google.script.run.showWizard)).toBe('undefined');
    const answer = await fetch(`${session.playground.url}/api/script-run`, {
      method: 'POST',
      headers: await tabHeaders(session.playground.url),
      body: JSON.stringify({ context: { sheet: 'Sheet1', cell: 'A1' }, endpoint: 'showWizard', args: [], view: {} }),
    }).then((r) => r.json());
    expect(answer).toMatchObject({ ok: false, message: 'Script function not found: showWizard' });
    expect(answer.effects.sidebar).toBeUndefined();
  });
});
