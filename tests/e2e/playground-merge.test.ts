// A person's Merge all in the playground, as in Sheets: the page asks first when the merge would
// lose values, Cancel changes nothing, OK keeps only the top-left value.
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
});
