// The self-test in the playground, as a person runs it: Extensions › DevRate › Run self-test
// adds the "DevRate self-test" sheet (its scratch sheets gone) with a PASS for each check the
// emulator can judge and the sample a person judges by eye, and opens "Copy report": the report
// as plain text, every row listed, copied to the clipboard by its button (and no serious axe-core
// violation in the dialog).
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { frameOf, seriousViolations } from '../support/axe';
import { COPY_DIALOG_TITLE } from '../../src/server/self-test/copy-report';
import { SELF_TEST_CHECKS } from '../../src/server/self-test/registry';
import { PENDING_RESULTS, REPORT_SHEET } from '../../src/server/self-test/report';
import {
  cellText,
  describeInBrowser,
  launchChromium,
  openMenu,
  openPlayground,
  resetWorkbook,
  selectSheet,
  sheetTabs,
  sidebarFrame,
  startPlayground,
  waitForCell,
} from '../support/playground';

describeInBrowser('playground: Run self-test', () => {
  let browser: Browser;
  let context: BrowserContext;
  let playground: Awaited<ReturnType<typeof startPlayground>>;
  let page: Page;

  beforeAll(async () => {
    [browser, playground] = await Promise.all([launchChromium(), startPlayground()]);
    await resetWorkbook(playground.url);
    context = await browser.newContext();
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: playground.url });
    page = await openPlayground(context, playground.url);
    page.setDefaultTimeout(60_000); // the run inserts a budget and a tracker
  });
  afterAll(async () => {
    await context?.close();
    await Promise.all([browser?.close(), playground?.close()]);
  });

  let copied = '';

  it('opens "Copy report": plain text listing every row, which its button puts on the clipboard', async () => {
    await openMenu(page, 'Run self-test');
    const dialog = sidebarFrame(page, COPY_DIALOG_TITLE);
    const report = dialog.getByLabel(/Paste this into an issue/);
    await report.waitFor();
    copied = await report.inputValue();
    const lines = copied.split('\n');
    expect(lines[0]).toMatch(/^DevRate self-test on the DevRate emulator, /);
    for (const check of SELF_TEST_CHECKS)
      expect(
        lines.filter((l) => l.includes(` | ${check.id} | `)),
        check.id,
      ).toHaveLength(1);
    expect(await seriousViolations(await frameOf(page.locator(`iframe[title="${COPY_DIALOG_TITLE}"]`)))).toEqual([]);
    await dialog.getByRole('button', { name: 'Copy report' }).click();
    await dialog.getByRole('status').filter({ hasText: 'Copied.' }).waitFor();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(copied);
    await dialog.getByRole('button', { name: 'Close' }).click();
    await page.locator(`iframe[title="${COPY_DIALOG_TITLE}"]`).waitFor({ state: 'detached' });
  }, 120_000);

  it('adds the report sheet, one row per check as the copied text has it, and leaves no scratch sheet behind', async () => {
    await expect.poll(() => sheetTabs(page)).toEqual(['Sheet1', REPORT_SHEET]);
    await selectSheet(page, REPORT_SHEET);
    await waitForCell(page, 'A2', SELF_TEST_CHECKS[0].id);
    const lines = copied.split('\n');
    const results: string[] = [];
    for (let row = 2; row < 2 + SELF_TEST_CHECKS.length; row++) {
      const [id, result] = [await cellText(page, `A${row}`), await cellText(page, `D${row}`)];
      expect(
        lines.filter((l) => l.startsWith(`${result} | ${id} | `)),
        id,
      ).toHaveLength(1);
      results.push(result);
    }
    const notRun = SELF_TEST_CHECKS.filter((c) => c.where === 'real Sheets only').length;
    // The user key is stored on this first run and compared on the next.
    expect(results.filter((r) => r === PENDING_RESULTS['run again'])).toHaveLength(1);
    expect(results.filter((r) => r === PENDING_RESULTS['real Sheets only'])).toHaveLength(notRun);
    expect(results.filter((r) => r.startsWith('LOOK'))).toHaveLength(1);
    expect(results.filter((r) => r === 'PASS')).toHaveLength(SELF_TEST_CHECKS.length - 2 - notRun);
  }, 60_000);
});
