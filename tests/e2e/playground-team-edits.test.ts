// A person's Merge all and filter in the playground, as in Sheets: the page asks first when a
// merge would lose values, Cancel changes nothing, OK keeps only the top-left value; Filter by
// cell value hides the other rows until the filter is removed.
import type { Page } from 'playwright-core';
import { beforeEach, expect, it, vi } from 'vitest';
import { cell, describeInBrowser, enterCells, playgroundForEachTest, selectCell, waitForCell } from '../support/playground';

describeInBrowser('merging cells in the playground', () => {
  vi.setConfig({ testTimeout: 90_000 });
  const session = playgroundForEachTest();
  let page: Page;
  beforeEach(() => void ({ page } = session));

  /** Selects A1:B1, right-clicks inside it and picks Merge all, answering Sheets' question. */
  async function mergeAll(answer: 'accept' | 'dismiss'): Promise<string> {
    await selectCell(page, 'A1');
    await page.keyboard.press('Shift+ArrowRight');
    await expect.poll(() => page.locator('.cell.in-range').count()).toBe(2);
    const asked = new Promise<string>((resolve) =>
      page.once('dialog', (dialog) => {
        resolve(dialog.message());
        void dialog[answer]();
      }),
    );
    await cell(page, 'A1').click({ button: 'right' });
    await page.getByRole('menu').getByRole('menuitem', { name: 'Merge all', exact: true }).click();
    return asked;
  }

  it('asks before losing a value; Cancel keeps both, OK keeps only the top-left one', async () => {
    await enterCells(session.playground.url, { A1: 'Stage', B1: 'Level' });
    await page.reload();
    await waitForCell(page, 'B1', 'Level');
    let merges = 0; // requests the page sends to change the structure
    page.on('request', (request) => {
      if (request.url().endsWith('/api/structure')) merges++;
    });

    expect(await mergeAll('dismiss')).toBe('Merging cells will only preserve the top-leftmost value. Merge anyway?');
    await waitForCell(page, 'B1', 'Level');

    const answered = page.waitForResponse((r) => r.url().endsWith('/api/structure') && r.request().method() === 'POST');
    await mergeAll('accept');
    await answered;
    expect(merges).toBe(1); // Cancel sent nothing
    await waitForCell(page, 'A1', 'Stage');
    await expect.poll(() => session.playground.session.state({}).sheet.cells.map((c) => c.a1)).not.toContain('B1');
  });

  it('Filter by cell value hides the rows showing another value; Remove filter shows them again', async () => {
    await enterCells(session.playground.url, { A1: 'Stage', A2: 'Offer', A3: 'Screen', A4: 'Offer' });
    await page.reload();
    await waitForCell(page, 'A4', 'Offer');
    const pick = async (a1: string, item: string) => {
      const answered = page.waitForResponse((r) => r.url().endsWith('/api/structure') && r.request().method() === 'POST');
      await selectCell(page, a1);
      await cell(page, a1).click({ button: 'right' });
      await page.getByRole('menu').getByRole('menuitem', { name: item, exact: true }).click();
      await answered;
    };
    await pick('A2', 'Filter by cell value');
    await expect.poll(() => cell(page, 'A3').count()).toBe(0);
    await waitForCell(page, 'A4', 'Offer');
    await pick('A2', 'Remove filter');
    await waitForCell(page, 'A3', 'Screen');
  });
});
