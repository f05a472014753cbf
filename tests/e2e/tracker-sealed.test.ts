// Sealed scorecards in Debian's Chromium, one spreadsheet and two people, each in their own tab
// with the playground's "User" control: user one scores Ana as Ben; the Scorecards sheet shows a
// sealed row, not his notes; user two cannot read the debrief under Ben's name; Ben sets the
// panel; user two scores as Cleo, a panel member, and then sees both; Ben's open debrief
// refreshes by itself; "Reveal scores" puts both notes on the sheet; "Compare candidates" ranks
// the revealed. Then user two types into "Revealed by", adds a bare Scorecards row and types over
// a sealed vote: none of it opens the debrief, and the reveal still puts Ben's scorecard on the
// sheet, in a new row. DEVRATE_SCREENSHOTS=1 refreshes the README's screenshots of a sealed row,
// the debrief with votes and the comparison.
import type { FrameLocator, Page } from 'playwright-core';
import { beforeAll, expect, it, vi } from 'vitest';
import { CANDIDATE_COLUMNS, SCORECARD_COLUMNS, letterOf } from '../../src/sheets/tracker/layout';
import {
  cellText,
  describeInBrowser,
  openMenu,
  openWidePage,
  playgroundForFile,
  screenshot,
  selectSheet,
  sidebarFrame,
  typeInCell,
  waitForCell,
} from '../support/playground';

const NOTES = letterOf(SCORECARD_COLUMNS, 'notes');
const INTERVIEWER = letterOf(SCORECARD_COLUMNS, 'interviewer');
const REVEALED_BY = letterOf(CANDIDATE_COLUMNS, 'revealed_by');

describeInBrowser('sealed scorecards with two users', () => {
  const session = playgroundForFile();
  let one: Page;
  let two: Page;

  vi.setConfig({ testTimeout: 180_000 });

  beforeAll(async () => {
    [one, two] = [await openWidePage(session), await openWidePage(session)];
    await two.getByLabel('User', { exact: true }).selectOption('colleague1@example.com');
  });

  async function openScoring(page: Page): Promise<FrameLocator> {
    await openMenu(page, 'Score a candidate');
    const sidebar = sidebarFrame(page, 'Score a candidate');
    await sidebar.getByLabel('Candidate', { exact: true }).waitFor();
    return sidebar;
  }

  async function score(
    sidebar: FrameLocator,
    interviewer: string,
    scores: Record<string, string>,
    vote: string,
    redFlags: string[] = [],
    candidate = 'Ana Lima',
  ) {
    await sidebar.getByLabel('Candidate', { exact: true }).selectOption(candidate);
    await sidebar.getByLabel('Interviewer').fill(interviewer);
    await sidebar.getByLabel('Round').selectOption('technical');
    for (const [question, value] of Object.entries(scores)) await sidebar.getByLabel(question, { exact: true }).selectOption(value);
    await sidebar.getByRole('radio', { name: vote, exact: true }).check();
    for (const flag of redFlags) await sidebar.getByLabel(flag).check();
    await sidebar.getByLabel('Notes').fill(`${interviewer}'s notes on ${candidate.split(' ')[0]}`);
  }

  async function addCandidate(sidebar: FrameLocator, name: string, level: string, region: string, quote: string) {
    await sidebar.getByRole('button', { name: '+ Add a candidate' }).click();
    await sidebar.getByLabel('Name', { exact: true }).fill(name);
    await sidebar.getByLabel('Claimed level').selectOption(level);
    await sidebar.getByLabel('Region').selectOption(region);
    await sidebar.getByLabel('Quoted $/hour').fill(quote);
    await sidebar.getByRole('button', { name: 'Add candidate' }).click();
    await sidebar.getByRole('option', { name: new RegExp(name) }).waitFor({ state: 'attached' });
  }

  it('keeps each scorecard sealed and each name to its account until the reveal', async () => {
    // User one inserts the tracker, adds Ana and scores her as Ben.
    await openMenu(one, 'Insert candidate tracker');
    await one.getByRole('button', { name: 'Dismiss' }).click();
    const ben = await openScoring(one);
    await addCandidate(ben, 'Ana Lima', 'senior', 'asia', '70');
    await addCandidate(ben, 'Bo Chen', 'mid', 'eastern_europe', '55');
    await score(
      ben,
      'Ben',
      { 'System design': '4', 'Async Python': '3', Database: '4', 'Code review': '3', 'Past failure': '3' },
      'Strong yes',
    );
    await ben.getByRole('button', { name: 'Submit scorecard' }).click();
    const benDebrief = ben.getByRole('region', { name: 'Debrief' });
    await benDebrief.waitFor();
    expect(await benDebrief.getByRole('columnheader').allInnerTexts()).toEqual(['Question', 'Ben', 'Avg']);

    // The Scorecards sheet shows a sealed row: Ben's name, never his notes.
    await selectSheet(two, 'Scorecards');
    await waitForCell(two, `${INTERVIEWER}2`, 'Ben');
    await waitForCell(two, `${NOTES}2`, 'sealed');
    expect(await two.locator('table.grid').innerText()).not.toContain("Ben's notes");
    await screenshot(two, 'scorecards-sealed-row.png');

    // User two cannot read the debrief under Ben's name.
    const cleo = await openScoring(two);
    await cleo.getByLabel('Candidate', { exact: true }).selectOption('Ana Lima');
    await cleo.getByLabel('Interviewer').fill('Ben');
    await cleo.getByRole('button', { name: 'Show the debrief' }).click();
    await expect.poll(() => cleo.getByRole('alert').innerText()).toContain('"Ben" is already used by another account');
    expect(await cleo.locator('body').innerText()).not.toContain("Ben's notes");

    // User one sets Ana's panel (recorded under his name, Ben) and reopens his debrief.
    await ben.getByRole('button', { name: 'Score another candidate' }).click();
    await ben.getByLabel('Candidate', { exact: true }).selectOption('Ana Lima');
    await ben.getByLabel('Interviewer').fill('Ben');
    const panel = ben.getByRole('region', { name: 'Panel' });
    await panel.getByRole('button', { name: 'Edit panel' }).click();
    await panel.getByLabel('Panel (names separated by commas)').fill('Ben, Cleo, Dee');
    await panel.getByRole('button', { name: 'Save panel' }).click();
    await expect.poll(() => panel.innerText()).toMatch(/Panel: Ben ✓, Cleo, Dee/);
    await ben.getByRole('button', { name: 'Show the debrief' }).click();
    await benDebrief.waitFor();

    // User two scores as Cleo, then sees both scorecards, votes and who raised the flag.
    await score(cleo, 'Cleo', { 'System design': '3', 'Async Python': '3', Database: '2', 'Code review': '3', 'Past failure': '4' }, 'No', [
      'Claims exceed depth',
    ]);
    await cleo.getByRole('button', { name: 'Submit scorecard' }).click();
    const cleoDebrief = cleo.getByRole('region', { name: 'Debrief' });
    await cleoDebrief.waitFor();
    expect(await cleoDebrief.getByRole('columnheader').allInnerTexts()).toEqual(['Question', 'Ben', 'Cleo', 'Avg']);
    const text = await cleoDebrief.innerText();
    expect(text).toContain("Ben's notes on Ana");
    expect(text).toContain('1 Strong yes, 1 No');
    expect(text).toContain('Claims exceed depth ×1 (raised by 1 interviewer: Cleo)');
    await screenshot(two.locator('aside'), 'scoring-debrief-votes.png');

    // Ben's debrief, open all along, picks up Cleo's scorecard by itself.
    await expect
      .poll(() => benDebrief.getByRole('columnheader').allInnerTexts(), { timeout: 30_000 })
      .toEqual(['Question', 'Ben', 'Cleo', 'Avg']);

    // Still sealed on the sheet.
    await waitForCell(two, `${NOTES}3`, 'sealed');

    // User one reveals early; the confirmation names who has not submitted.
    await ben.getByRole('button', { name: 'Score another candidate' }).click();
    await ben.getByLabel('Candidate', { exact: true }).selectOption('Ana Lima');
    await expect.poll(() => panel.innerText()).toMatch(/Panel: Ben ✓, Cleo ✓, Dee/);
    await panel.getByRole('button', { name: 'Reveal scores' }).click();
    const confirm = ben.getByRole('alertdialog', { name: 'Reveal scores?' });
    expect(await confirm.innerText()).toContain('Not submitted yet: Dee');
    await confirm.getByRole('button', { name: 'Reveal now' }).click();
    await expect
      .poll(() => ben.getByRole('status').first().innerText())
      .toContain('Revealed: 2 scorecards written to the Scorecards sheet');

    // Both scorecards' notes are on the sheet now, and the reveal is recorded on Candidates.
    await waitForCell(two, `${NOTES}2`, "Ben's notes on Ana");
    await waitForCell(two, `${NOTES}3`, "Cleo's notes on Ana");
    await selectSheet(two, 'Candidates');
    await waitForCell(two, `${REVEALED_BY}2`, 'Ben');
    await waitForCell(two, `${letterOf(CANDIDATE_COLUMNS, 'panel_submitted')}2`, '2 of 3');
    await waitForCell(two, `${letterOf(CANDIDATE_COLUMNS, 'votes')}2`, '1 Strong yes, 1 No');

    // Ben scores Bo low and reveals him without a panel: the confirmation says it cannot tell who is missing.
    await score(ben, 'Ben', { 'System design': '2', 'Async Python': '2', Database: '2', 'Code review': '3' }, 'No', [], 'Bo Chen');
    await ben.getByRole('button', { name: 'Submit scorecard' }).click();
    await ben.getByRole('heading', { name: 'Debrief: Bo Chen' }).waitFor();
    await ben.getByRole('button', { name: 'Score another candidate' }).click();
    await ben.getByLabel('Candidate', { exact: true }).selectOption('Bo Chen');
    await ben.getByRole('region', { name: 'Panel' }).getByRole('button', { name: 'Reveal scores' }).click();
    expect(await ben.getByRole('alertdialog', { name: 'Reveal scores?' }).innerText()).toContain('There is no panel');
    await ben.getByRole('button', { name: 'Reveal now' }).click();
    await expect.poll(() => ben.getByRole('status').first().innerText()).toContain('Revealed: 1 scorecard written');

    // Compare candidates ranks the revealed ones.
    await ben.getByRole('button', { name: 'Compare candidates' }).click();
    const compare = ben.getByRole('region', { name: 'Compare candidates' });
    await compare.waitFor();
    const ranked = await compare.getByRole('row').allInnerTexts();
    // Ana was revealed with 2 of her panel of 3: the comparison says so beside the verdict, with the evidence.
    expect(ranked[1]).toMatch(
      /^1\s+Ana Lima\s+Debrief first \(incomplete panel: 2 of 3\)\s+2 counted\s+3\.17\s+1 Strong yes, 1 No\s+Claims exceed depth ×1 \(Cleo\)\s+low end$/,
    );
    expect(ranked[2]).toMatch(/^2\s+Bo Chen\s+Do not advance: low score\s+1 counted\s+2\.20\s+1 No\s+none\s+/);
    await screenshot(one.locator('aside'), 'scoring-compare.png');
  });

  it('reveals nothing to what a colleague types on the sheet, and still reveals a sealed row typed over', async () => {
    // User one adds Cy and scores him as Ben: a sealed row, Scorecards row 5.
    const ben = await openScoring(one);
    await addCandidate(ben, 'Cy Diaz', 'mid', 'asia', '40');
    await score(ben, 'Ben', { 'System design': '3', Database: '3' }, 'Yes', [], 'Cy Diaz');
    await ben.getByRole('button', { name: 'Submit scorecard' }).click();
    await ben.getByRole('heading', { name: 'Debrief: Cy Diaz' }).waitFor();

    // User two types into Cy's "Revealed by", adds a bare Scorecards row under a name of her own,
    // and types over Ben's sealed vote.
    await selectSheet(two, 'Candidates');
    await typeInCell(two, `${REVEALED_BY}4`, 'x');
    await selectSheet(two, 'Scorecards');
    await waitForCell(two, `${NOTES}5`, 'sealed');
    await typeInCell(two, `${letterOf(SCORECARD_COLUMNS, 'candidate')}6`, 'Cy Diaz');
    await typeInCell(two, `${INTERVIEWER}6`, 'Mallory');
    await typeInCell(two, `${letterOf(SCORECARD_COLUMNS, 'vote')}5`, 'No');
    const mallory = await openScoring(two);
    await mallory.getByLabel('Candidate', { exact: true }).selectOption('Cy Diaz');
    await mallory.getByLabel('Interviewer').fill('Mallory');
    await mallory.getByRole('button', { name: 'Show the debrief' }).click();
    await expect.poll(() => mallory.getByRole('alert').innerText()).toContain('Submit your own scorecard for Cy Diaz first');
    expect(await mallory.locator('body').innerText()).not.toContain("Ben's notes");

    // Ben reveals Cy: his scorecard goes into a new row; what user two typed stays.
    await ben.getByRole('button', { name: 'Score another candidate' }).click();
    await ben.getByLabel('Candidate', { exact: true }).selectOption('Cy Diaz');
    await ben.getByRole('region', { name: 'Panel' }).getByRole('button', { name: 'Reveal scores' }).click();
    await ben.getByRole('button', { name: 'Reveal now' }).click();
    await expect.poll(() => ben.getByRole('status').first().innerText()).toContain('Revealed: 1 scorecard written');
    await waitForCell(two, `${NOTES}7`, "Ben's notes on Cy");
    expect(await cellText(two, `${letterOf(SCORECARD_COLUMNS, 'vote')}5`)).toBe('No');
    expect(await cellText(two, `${letterOf(SCORECARD_COLUMNS, 'vote')}7`)).toBe('Yes');
  });
});
