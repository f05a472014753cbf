// The self-test in the playground, as a person runs it: Extensions › DevRate › Run self-test
// adds the "DevRate self-test" sheet (its scratch sheets gone) with a PASS for each check the
// emulator can judge, and the sample a person judges by eye.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { SELF_TEST_CHECKS } from '../../src/server/self-test/registry';
import { REPORT_SHEET } from '../../src/server/self-test/report';
import {
  cellText,
  describeInBrowser,
  launchChromium,
  openMenu,
  openPlayground,
  resetWorkbook,
  selectSheet,
  sheetTabs,
  startPlayground,
  waitForCell,
} from '../support/playground';

describeInBrowser('playground: Run self-test', () => {
  let browser: Browser;
  let playground: Awaited<ReturnType<typeof startPlayground>>;
  let page: Page;

  beforeAll(async () => {
    [browser, playground] = await Promise.all([launchChromium(), startPlayground()]);
    await resetWorkbook(playground.url);
    page = await openPlayground(browser, playground.url);
  });
  afterAll(async () => {
    await page?.close();
    await Promise.all([browser?.close(), playground?.close()]);
  });

  it('adds the report sheet, one row per check, and leaves no scratch sheet behind', async () => {
    await openMenu(page, 'Run self-test');
    await expect.poll(() => sheetTabs(page)).toEqual(['Sheet1', REPORT_SHEET]);
    await selectSheet(page, REPORT_SHEET);
    await waitForCell(page, 'A2', SELF_TEST_CHECKS[0].id);
    const results: string[] = [];
    for (let row = 2; row < 2 + SELF_TEST_CHECKS.length; row++) results.push(await cellText(page, `D${row}`));
    expect(results.filter((r) => r === 'PASS')).toHaveLength(SELF_TEST_CHECKS.length - 1);
    expect(results.filter((r) => r.startsWith('LOOK'))).toHaveLength(1);
  });
});
