// The candidate tracker as a hiring team uses it, in Debian's Chromium through the playground:
// insert the tracker, add two candidates, two interviewers score, the debrief appears in the
// sidebar and, written by the server from the same debrief, on the Candidates sheet.
// DEVRATE_SCREENSHOTS=1 also refreshes docs/screenshots/. Needs dist/: `npm test` builds it.
import type { FrameLocator, Page } from 'playwright-core';
import { beforeAll, expect, it, vi } from 'vitest';
import { CANDIDATE_COLUMNS, letterOf, type CandidateKey } from '../../src/sheets/tracker/layout';
import {
  cell,
  cellText,
  describeInBrowser,
  openMenu,
  openWidePage,
  playgroundForFile,
  screenshot,
  selectSheet,
  sheetTabs,
  sidebarFrame,
  waitForCell,
} from '../support/playground';

describeInBrowser('candidate tracker in the playground', () => {
  const session = playgroundForFile();
  let page: Page;

  // Inserting the tracker writes array formulas over whole columns that HyperFormula then computes: seconds, not ms.
  vi.setConfig({ testTimeout: 120_000 });

  beforeAll(async () => {
    page = await openWidePage(session);
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
    vote = 'Yes',
  ) {
    await sidebar.getByLabel('Candidate', { exact: true }).selectOption(candidate);
    await sidebar.getByLabel('Interviewer').fill(interviewer);
    await sidebar.getByLabel('Round').selectOption('technical');
    await sidebar.getByRole('radio', { name: vote, exact: true }).check();
    for (const [question, value] of Object.entries(scores)) await sidebar.getByLabel(question, { exact: true }).selectOption(value);
    for (const flag of redFlags) await sidebar.getByLabel(flag).check();
    await sidebar.getByLabel('Notes').fill(`${interviewer}'s notes on ${candidate}`);
  }

  it('inserts the tracker, takes two candidates and two interviewers, and shows the debrief', async () => {
    await openMenu(page, 'Insert candidate tracker');
    expect(await sheetTabs(page)).toEqual(['Sheet1', 'Candidates', 'Scorecards', 'Scoring rules', 'Hiring checklist']);
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
    await screenshot(page.locator('aside'), 'scoring-sidebar.png');
    await sidebar.getByRole('button', { name: 'Submit scorecard' }).click();
    await sidebar.getByRole('heading', { name: 'Debrief: Ana Lima' }).waitFor();
    expect(await sidebar.getByRole('status').innerText()).toContain('Advance');
    await sidebar.getByRole('button', { name: 'Score another candidate' }).click();

    // Ben scores Bo low: (2 + 2 + 2×2 + 3) / 5 = 2.2 → Do not advance.
    await score(sidebar, 'Bo Chen', 'Ben', { 'System design': '2', 'Async Python': '2', Database: '2', 'Code review': '3' }, [], 'No');
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
    expect(await sidebar.locator('body').innerText()).not.toContain("Ben's notes"); // who has submitted shows, never what
    await sidebar.getByRole('button', { name: 'Submit scorecard' }).click();
    const debrief = sidebar.getByRole('region', { name: 'Debrief' });
    await debrief.waitFor();
    // No panel was set: until the reveal each interviewer sees only their own scorecard.
    expect(await debrief.getByRole('columnheader').allInnerTexts()).toEqual(['Question', 'Cleo', 'Avg']);
    expect(await debrief.innerText()).toContain('1 other scorecard stays hidden until the reveal');

    // Both are revealed from the sidebar, one after the other; then the debrief shows everyone's.
    for (const name of ['Ana Lima', 'Bo Chen']) {
      await sidebar.getByRole('button', { name: 'Score another candidate' }).click();
      await sidebar.getByLabel('Candidate', { exact: true }).selectOption(name);
      await sidebar.getByRole('region', { name: 'Panel' }).getByRole('button', { name: 'Reveal scores' }).click();
      await sidebar.getByRole('button', { name: 'Reveal now' }).click();
      await expect.poll(() => sidebar.getByRole('region', { name: 'Panel' }).innerText()).toContain('Revealed by Cleo');
      await sidebar.getByRole('button', { name: 'Show the debrief' }).click();
      await sidebar.getByRole('heading', { name: `Debrief: ${name}` }).waitFor();
      if (name !== 'Ana Lima') continue;
      expect(await debrief.getByRole('columnheader').allInnerTexts()).toEqual(['Question', 'Ben', 'Cleo', 'Avg']);
      expect(await sidebar.getByRole('status').first().innerText()).toContain('Debrief first');
      expect(await debrief.innerText()).toMatch(/2 or more points apart on Database/);
      expect(await debrief.innerText()).toContain('Claims exceed depth ×1');
      await screenshot(page.locator('aside'), 'scoring-debrief.png');
    }

    // The Candidates sheet shows the same debrief, written by the server.
    await page.getByRole('button', { name: 'Close sidebar' }).click();
    await selectSheet(page, 'Candidates');
    const at = (key: CandidateKey, row: number) => `${letterOf(CANDIDATE_COLUMNS, key)}${row}`;
    await waitForCell(page, at('recommendation', 2), 'Debrief first');
    expect(await cellText(page, 'A2')).toBe('Ana Lima');
    expect(await cellText(page, at('scorecards', 2))).toBe('2');
    expect(await cellText(page, at('weighted', 2))).toBe('3.17'); // (3.5 + 3 + 2×3 + 3 + 3.5) / 6
    expect(await cellText(page, at('votes', 2))).toBe('2 Yes');
    expect(await cellText(page, at('disagree_on', 2))).toBe('Database');
    expect(await cellText(page, at('red_flags_raised', 2))).toBe('Claims exceed depth ×1 (Cleo)'); // how many interviewers raised it, and who
    expect(await cellText(page, at('recommendation', 3))).toBe('Do not advance: low score');
    await page.setViewportSize({ width: 1900, height: 520 });
    await cell(page, at('recommendation', 1)).scrollIntoViewIfNeeded();
    await screenshot(page, 'tracker-candidates.png');

    await selectSheet(page, 'Scorecards');
    await waitForCell(page, 'B4', 'Cleo');
    await page.getByRole('region', { name: 'Cells of Scorecards' }).evaluate((grid) => grid.scrollTo(0, 0));
    await screenshot(page, 'tracker-scorecards.png');
  });
});
