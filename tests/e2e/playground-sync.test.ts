// The playground's workbook as shared state: two tabs see each other's edits (formulas
// recomputed), the saved file brings everything back after a restart, and Reset starts fresh.
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import {
  cellText,
  describeInBrowser,
  formulaBar,
  launchChromium,
  openPlayground,
  resetPlayground,
  selectCell,
  selectSheet,
  sheetTabs,
  startPlayground,
  typeInCell,
  waitForCell,
} from '../support/playground';

describeInBrowser('playground: tabs, saving and Reset', () => {
  let browser: Browser;
  const dir = mkdtempSync(path.join(tmpdir(), 'devrate-playground-sync-'));

  beforeAll(async () => {
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it("shows each tab the other tab's edits, formulas recomputed, without a reload", async () => {
    const playground = await startPlayground({ workbookPath: path.join(dir, 'tabs.json') });
    const context = await browser.newContext();
    try {
      const [first, second] = [await openPlayground(context, playground.url), await openPlayground(context, playground.url)];
      await typeInCell(first, 'B1', '=DEVRATE(A1,"asia")');
      await waitForCell(second, 'B1', '#ERROR!');
      await typeInCell(second, 'A1', 'senior');
      await waitForCell(first, 'A1', 'senior');
      await waitForCell(first, 'B1', '80');
      await typeInCell(first, 'A1', 'junior');
      await waitForCell(second, 'B1', '22.5');
    } finally {
      await context.close();
      await playground.close();
    }
  });

  it('saves after every change and restores the workbook when the server starts again', async () => {
    const workbookPath = path.join(dir, 'restart.json');
    const before = await startPlayground({ workbookPath });
    let page = await openPlayground(browser, before.url);
    await typeInCell(page, 'A1', 'kept');
    await typeInCell(page, 'A2', '=DEVRATE("senior","asia")');
    await waitForCell(page, 'A2', '80');
    await page.close();
    await before.close();
    expect(existsSync(workbookPath)).toBe(true);
    expect(readFileSync(workbookPath, 'utf8')).toContain('=DEVRATE(\\"senior\\",\\"asia\\")');

    const after = await startPlayground({ workbookPath });
    try {
      page = await openPlayground(browser, after.url);
      await waitForCell(page, 'A1', 'kept');
      await waitForCell(page, 'A2', '80');
      await selectCell(page, 'A2');
      expect(await formulaBar(page).inputValue()).toBe('=DEVRATE("senior","asia")');
      await page.close();
    } finally {
      await after.close();
    }
  });

  it('Reset asks first, then starts a fresh workbook with one empty Sheet1', async () => {
    const playground = await startPlayground({ workbookPath: path.join(dir, 'reset.json') });
    try {
      const page = await openPlayground(browser, playground.url);
      await page.getByRole('button', { name: 'Add sheet' }).click();
      await page.getByRole('navigation', { name: 'Sheets' }).getByRole('button', { name: 'Sheet2', exact: true }).waitFor();
      await selectSheet(page, 'Sheet1');
      await typeInCell(page, 'C3', 'draft');

      const resets: string[] = [];
      page.on('request', (request) => request.url().endsWith('/api/reset') && resets.push(request.url()));
      page.once('dialog', (dialog) => void dialog.dismiss());
      await page.getByRole('button', { name: 'Reset', exact: true }).click();
      await typeInCell(page, 'D4', 'after'); // a reset would have been sent before this edit
      expect(resets).toEqual([]);
      expect(await cellText(page, 'C3')).toBe('draft');

      await resetPlayground(page);
      await waitForCell(page, 'C3', '');
      expect(await sheetTabs(page)).toEqual(['Sheet1']);
      const other = await openPlayground(browser, playground.url);
      expect(await cellText(other, 'C3')).toBe('');
      await Promise.all([page.close(), other.close()]);
    } finally {
      await playground.close();
    }
  });
});
