// The candidate tracker as a hiring team uses it, in Debian's Chromium through the playground:
// insert the tracker, add two candidates, two interviewers score, the debrief appears in the
// sidebar and, computed by the sheet's own formulas, on the Candidates sheet.
// DEVRATE_SCREENSHOTS=1 also refreshes docs/screenshots/. Needs dist/: `npm test` builds it.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, FrameLocator, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it, vi } from 'vitest';
import type { RunningPlayground } from '../../playground/server';
import {
  cell,
  cellText,
  describeInBrowser,
  launchChromium,
  openMenu,
  openPlayground,
  selectSheet,
  sheetTabs,
  sidebarFrame,
  startPlayground,
  waitForCell,
} from '../support/playground';

const SCREENSHOTS = join(import.meta.dirname, '..', '..', 'docs', 'screenshots');
async function shoot(target: Page | Locator, name: string): Promise<void> {
  if (process.env.DEVRATE_SCREENSHOTS !== '1') return;
  mkdirSync(SCREENSHOTS, { recursive: true });
  await target.screenshot({ path: join(SCREENSHOTS, name) });
}

describeInBrowser('candidate tracker in the playground', () => {
  let playground: RunningPlayground;
  let browser: Browser;
  let page: Page;

  // Inserting the tracker writes ~1,300 formulas that HyperFormula then computes: seconds, not ms.
  vi.setConfig({ testTimeout: 120_000 });

  beforeAll(async () => {
    playground = await startPlayground();
    browser = await launchChromium();
    page = await openPlayground(browser, playground.url);
    await page.setViewportSize({ width: 1500, height: 900 });
    page.setDefaultTimeout(30_000);
  });

  afterAll(async () => {
    await browser?.close();
    await playground?.close();
  });

  async function addCandidate(sidebar: FrameLocator, name: string, level: string, region: string, quote: string) {
    await sidebar.getByRole('button', { name: '+ Add a candidate' }).click();
    await sidebar.getByLabel('Name', { exact: true }).fill(name);
    await sidebar.getByLabel('Claimed level').selectOption(level);
    await sidebar.getByLabel('Region').selectOption(region);
    await sidebar.getByLabel('Quoted $/hour').fill(quote);
    await sidebar.getByRole('button', { name: 'Add candidate' }).click();
    await sidebar.getByRole('option', { name: new RegExp(name) }).waitFor({ state: 'attached' });
  }

  async function score(
    sidebar: FrameLocator,
    candidate: string,
    interviewer: string,
    scores: Record<string, string>,
    redFlags: string[] = [],
  ) {
    await sidebar.getByLabel('Candidate', { exact: true }).selectOption(candidate);
    await sidebar.getByLabel('Interviewer').fill(interviewer);
    for (const [question, value] of Object.entries(scores)) await sidebar.getByLabel(question, { exact: true }).selectOption(value);
    for (const flag of redFlags) await sidebar.getByLabel(flag).check();
    await sidebar.getByLabel('Notes').fill(`${interviewer}'s notes on ${candidate}`);
  }

  it('inserts the tracker, takes two candidates and two interviewers, and shows the debrief', async () => {
    await openMenu(page, 'Insert candidate tracker');
    expect(await sheetTabs(page)).toEqual(['Sheet1', 'Candidates', 'Scorecards', 'Hiring checklist']);
    await page.getByRole('button', { name: 'Dismiss' }).click();

    await openMenu(page, 'Score a candidate');
    const sidebar = sidebarFrame(page, 'Score a candidate');
    await sidebar.getByLabel('Candidate', { exact: true }).waitFor();
    await addCandidate(sidebar, 'Ana Lima', 'senior', 'asia', '70');
    await addCandidate(sidebar, 'Bo Chen', 'mid', 'eastern_europe', '55');

    // Ben scores Ana: (4 + 3 + 2×4 + 3 + 3) / 6 = 3.5, no flag → Advance.
    await score(sidebar, 'Ana Lima', 'Ben', {
      'System design': '4',
      'Async Python': '3',
      Database: '4',
      'Code review': '3',
      'Past failure': '3',
    });
    await sidebar.getByRole('heading', { name: 'Score a candidate' }).scrollIntoViewIfNeeded();
    await shoot(page.locator('aside'), 'scoring-sidebar.png');
    await sidebar.getByRole('button', { name: 'Submit scorecard' }).click();
    await sidebar.getByRole('heading', { name: 'Debrief: Ana Lima' }).waitFor();
    expect(await sidebar.getByRole('status').innerText()).toContain('Advance');
    await sidebar.getByRole('button', { name: 'Score another candidate' }).click();

    // Ben scores Bo low: (2 + 2 + 2×2 + 3) / 5 = 2.2 → Do not advance.
    await score(sidebar, 'Bo Chen', 'Ben', { 'System design': '2', 'Async Python': '2', Database: '2', 'Code review': '3' });
    await sidebar.getByRole('button', { name: 'Submit scorecard' }).click();
    await sidebar.getByRole('heading', { name: 'Debrief: Bo Chen' }).waitFor();
    await sidebar.getByRole('button', { name: 'Score another candidate' }).click();

    // Cleo scores Ana without seeing Ben's scores; she splits from him on Database and raises a flag.
    await score(
      sidebar,
      'Ana Lima',
      'Cleo',
      { 'System design': '3', 'Async Python': '3', Database: '2', 'Code review': '3', 'Past failure': '4' },
      ['Claims exceed depth'],
    );
    expect(await sidebar.locator('body').innerText()).not.toContain('Ben');
    await sidebar.getByRole('button', { name: 'Submit scorecard' }).click();
    const debrief = sidebar.getByRole('region', { name: 'Debrief' });
    await debrief.waitFor();
    expect(await debrief.getByRole('columnheader').allInnerTexts()).toEqual(['Question', 'Ben', 'Cleo', 'Avg']);
    expect(await sidebar.getByRole('status').innerText()).toContain('Debrief first');
    expect(await debrief.innerText()).toMatch(/2 or more points apart on Database/);
    expect(await debrief.innerText()).toContain('Claims exceed depth ×1');
    await shoot(page.locator('aside'), 'scoring-debrief.png');

    // The Candidates sheet shows the same debrief, computed by its formulas.
    await page.getByRole('button', { name: 'Close sidebar' }).click();
    await selectSheet(page, 'Candidates');
    await waitForCell(page, 'AF2', 'Debrief first');
    expect(await cellText(page, 'A2')).toBe('Ana Lima');
    expect(await cellText(page, 'T2')).toBe('2'); // scorecards
    expect(await cellText(page, 'AA2')).toBe('3.17'); // (3.5 + 3 + 2×3 + 3 + 3.5) / 6
    expect(await cellText(page, 'AC2')).toBe('Database');
    expect(await cellText(page, 'AE2')).toBe('Claims exceed depth');
    expect(await cellText(page, 'AF3')).toBe('Do not advance: low score');
    await page.setViewportSize({ width: 1900, height: 520 });
    await cell(page, 'AF1').scrollIntoViewIfNeeded();
    await shoot(page, 'tracker-candidates.png');

    await selectSheet(page, 'Scorecards');
    await waitForCell(page, 'B4', 'Cleo');
    await page.getByRole('region', { name: 'Cells of Scorecards' }).evaluate((grid) => grid.scrollTo(0, 0));
    await shoot(page, 'tracker-scorecards.png');
  });
});
