// Every sidebar in Debian's Chromium, through the playground, over a spreadsheet full of markup:
// a tracker and a rate card whose sheets were renamed to <img onerror>/<svg onload>, candidate,
// interviewer and note text with <img>/<script>, a project name and deliverables typed as
// markup. The text shows literally and nothing runs. And when the server refuses (a scorecard
// already submitted, a duplicate candidate, a rate card broken while the wizard was open, a
// second rate card), the sidebar says why in the server's words and keeps what the user typed.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Browser, Frame, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it, vi } from 'vitest';
import { SAVED_FORMAT, savedText, writeSavedText } from '../../playground/web/workbook-file';
import { dataset } from '../../src/domain/dataset';
import {
  describeInBrowser,
  enterCells,
  launchChromium,
  openMenu,
  openPlayground,
  sidebarFrame,
  startPlayground,
} from '../support/playground';
import type { RunningPlayground } from '../../playground/server';
import { addonOver, clientCall } from './harness';
import { SCRIPT_PAYLOADS } from './payloads';
import { SEEDED_CANDIDATES, SEEDED_INTERVIEWERS, saved, trackerWorkbook, valuesOnly } from './workbooks';

const [IMG, SCRIPT, SVG] = SCRIPT_PAYLOADS;
const TRACKER_SHEET = `Candidates ${IMG}`;
const CARD_SHEET = SVG;
const TYPED_CANDIDATE = IMG; // typed straight into the sheet: the sidebar's form would refuse a leading <
const EVE = SEEDED_CANDIDATES[3]; // "Eve <img …>", scored by FINN
const FINN = SEEDED_INTERVIEWERS[3]; // "Finn <script>…</script>"
const PROJECT = `${IMG} budget`;
const DELIVERABLES = [SCRIPT, `API ${SVG}`];
const FIRST_QUESTION = dataset.hiring.questions[0].name;
const FIRST_FLAG = dataset.hiring.redFlags[0].name;

/** A spreadsheet with two trackers (the first renamed to markup, with a name typed as markup) and a rate card on a sheet named as markup. */
function hostileSpreadsheet() {
  const addon = addonOver(trackerWorkbook());
  for (const call of [
    ['insertCandidateTracker', []],
    ['insertRateCard', ['both']],
  ] as const) {
    const outcome = clientCall(addon, call[0], call[1]);
    if (!outcome.ok) throw new Error(outcome.message);
  }
  const light = addonOver(valuesOnly(saved(addon)));
  const ss = light.spreadsheet;
  ss.getSheetByName('Candidates')!.setName(TRACKER_SHEET);
  ss.getRangeByName('DevRateCard')!.getSheet().setName(CARD_SHEET);
  light.edit(TRACKER_SHEET, 'A30', TYPED_CANDIDATE);
  ss.getSheetByName('Sheet1')!.activate();
  return saved(light);
}

describeInBrowser('sidebars over hostile text, in Chromium', () => {
  vi.setConfig({ testTimeout: 60_000 });
  let dir: string;
  let playground: RunningPlayground;
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    dir = mkdtempSync(path.join(tmpdir(), 'devrate-hardening-'));
    const workbookPath = path.join(dir, 'workbook.json');
    writeSavedText(
      workbookPath,
      savedText({ format: SAVED_FORMAT, workbook: hostileSpreadsheet(), scriptProperties: {}, userProperties: {} }),
    );
    playground = await startPlayground({ workbookPath });
    browser = await launchChromium();
    page = await openPlayground(browser, playground.url);
  });

  afterAll(async () => {
    await browser?.close();
    await playground?.close();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  async function frameOf(title: string): Promise<Frame> {
    const handle = await page.locator(`iframe[title="${title}"]`).elementHandle();
    const frame = await handle?.contentFrame();
    if (!frame) throw new Error(`no sidebar "${title}"`);
    return frame;
  }

  /** Nothing ran, no element was made from text, and each text shows literally. */
  async function expectInert(title: string, texts: readonly string[]): Promise<void> {
    const frame = await frameOf(title);
    expect(await frame.evaluate(() => (window as unknown as { __pwned?: unknown }).__pwned), `script ran in "${title}"`).toBeUndefined();
    expect(await page.evaluate(() => (window as unknown as { __pwned?: unknown }).__pwned), 'script ran in the page').toBeUndefined();
    expect(
      await frame.evaluate(
        () => document.querySelectorAll('#app img, #app script, #app svg, #app iframe, #app [onerror], #app [onload]').length,
      ),
      `markup became elements in "${title}"`,
    ).toBe(0);
    const shown = await frame.evaluate(() => {
      const options = [...document.querySelectorAll('option')].map((o) => o.textContent ?? '');
      return `${document.body.innerText}\n${options.join('\n')}`;
    });
    for (const text of texts) expect(shown, `"${title}" shows ${text} literally`).toContain(text);
  }

  it('Score a candidate: markup in sheet names, candidates, interviewers and notes stays text', async () => {
    await openMenu(page, 'Score a candidate');
    const sidebar = sidebarFrame(page, 'Score a candidate');
    await sidebar.getByLabel('Tracker').selectOption({ label: TRACKER_SHEET });
    await sidebar.getByRole('option', { name: TYPED_CANDIDATE, exact: true }).waitFor({ state: 'attached' });
    await expectInert('Score a candidate', [TRACKER_SHEET, TYPED_CANDIDATE, EVE]);
  });

  it('Score a candidate: a refused scorecard keeps every answer and says why', async () => {
    const sidebar = sidebarFrame(page, 'Score a candidate');
    await sidebar.getByLabel('Candidate', { exact: true }).selectOption(EVE);
    await sidebar.getByLabel('Interviewer').fill(FINN);
    await sidebar.getByLabel(FIRST_QUESTION, { exact: true }).selectOption('3');
    await sidebar.getByLabel(FIRST_FLAG).check();
    await sidebar.getByLabel('Notes').fill(`second thoughts ${IMG}`);
    await sidebar.getByRole('button', { name: 'Submit scorecard' }).click();
    const alert = sidebar.getByRole('alert');
    await alert.waitFor();
    expect(await alert.innerText()).toMatch(
      new RegExp(
        `^${escape(FINN)} has already scored ${escape(EVE)} \\(row \\d+ of the Scorecards sheet\\)\\. One scorecard per interviewer and candidate`,
      ),
    );
    expect(await sidebar.getByLabel('Candidate', { exact: true }).inputValue()).toBe(EVE);
    expect(await sidebar.getByLabel('Interviewer').inputValue()).toBe(FINN);
    expect(await sidebar.getByLabel(FIRST_QUESTION, { exact: true }).inputValue()).toBe('3');
    expect(await sidebar.getByLabel(FIRST_FLAG).isChecked()).toBe(true);
    expect(await sidebar.getByLabel('Notes').inputValue()).toBe(`second thoughts ${IMG}`);
    await expectInert('Score a candidate', [FINN, EVE]);
  });

  it('Score a candidate: the debrief shows names and notes as text', async () => {
    const sidebar = sidebarFrame(page, 'Score a candidate');
    await sidebar.getByRole('button', { name: 'Show the debrief' }).click();
    await sidebar.getByRole('region', { name: 'Debrief' }).waitFor();
    await expectInert('Score a candidate', [`Debrief: ${EVE}`, FINN, `${FINN} on ${EVE}`]);
    await sidebar.getByRole('button', { name: 'Score another candidate' }).click();
  });

  it('Score a candidate: a refused new candidate keeps the form and says why', async () => {
    const sidebar = sidebarFrame(page, 'Score a candidate');
    await sidebar.getByRole('button', { name: '+ Add a candidate' }).click();
    const typed = ` ${EVE.toUpperCase()} `;
    await sidebar.getByLabel('Name', { exact: true }).fill(typed);
    await sidebar.getByLabel('Quoted $/hour').fill('85');
    await sidebar.getByRole('button', { name: 'Add candidate' }).click();
    const alert = sidebar.getByRole('alert');
    await alert.waitFor();
    expect(await alert.innerText()).toMatch(
      new RegExp(`^"${escape(EVE)}" is already on the Candidates sheet \\(row \\d+\\)\\. Pick them from the list instead\\.$`),
    );
    expect(await sidebar.getByLabel('Name', { exact: true }).inputValue()).toBe(typed);
    expect(await sidebar.getByLabel('Quoted $/hour').inputValue()).toBe('85');
    await expectInert('Score a candidate', [EVE]);
  });

  it('Scope a project: markup in the card’s sheet name, the project name and deliverables stays text', async () => {
    await openMenu(page, 'Scope a project');
    const wizard = sidebarFrame(page, 'Scope a project');
    await wizard.getByLabel('Project name').fill(PROJECT);
    await expectInert('Scope a project', [`Using the rate card on sheet “${CARD_SHEET}”.`]);
    await wizard.getByLabel('90-day deliverables').fill(DELIVERABLES.join('\n'));
    await wizard.getByRole('button', { name: 'Next' }).click();
    await wizard.getByRole('button', { name: 'Add team member' }).click(); // the wizard starts with an empty team
    for (let step = 1; step < 3; step++) await wizard.getByRole('button', { name: 'Next' }).click();
    await wizard.getByRole('button', { name: 'Create budget sheet' }).click();
    await wizard.getByRole('status').filter({ hasText: 'Created the sheet' }).waitFor();
    await expectInert('Scope a project', [`Created the sheet “Budget – ${PROJECT}”, using your rate card.`]);
  });

  it('Scope a project: a rate card broken while the wizard is open is named, and every answer stays', async () => {
    // Someone types a low rate above the high one on the card (its first figure row).
    await enterCells(playground.url, { E2: '999' }, CARD_SHEET);
    const wizard = sidebarFrame(page, 'Scope a project');
    await wizard.getByRole('button', { name: 'Create budget sheet' }).click();
    const alert = wizard.getByRole('alert');
    await alert.waitFor();
    const message = await alert.innerText();
    expect(message).toContain(`The rate card (the named range DevRateCard on sheet "${CARD_SHEET}") has a problem: row 2 of the card (`);
    expect(message).toContain('): low 999 is above high');
    expect(message).toContain('Nothing was written.');
    await expectInert('Scope a project', [CARD_SHEET]);
    expect(await wizard.getByText('Step 4 of 4').isVisible()).toBe(true);
    for (let step = 0; step < 3; step++) await wizard.getByRole('button', { name: 'Back' }).click();
    expect(await wizard.getByLabel('Project name').inputValue()).toBe(PROJECT);
    expect(await wizard.getByLabel('90-day deliverables').inputValue()).toBe(DELIVERABLES.join('\n'));
  });

  it('Insert rate card: a second card is refused, naming the first, with the choice kept', async () => {
    await openMenu(page, 'Insert rate card');
    const picker = sidebarFrame(page, 'Insert rate card');
    await picker.getByLabel(/abbacus-2026/).check();
    await picker.getByRole('button', { name: 'Insert rate card' }).click();
    const alert = picker.getByRole('alert');
    await alert.waitFor();
    expect(await alert.innerText()).toMatch(
      new RegExp(
        `^This spreadsheet already has a rate card: the named range DevRateCard on sheet "${escape(CARD_SHEET)}"\\..*Nothing was written\\.$`,
      ),
    );
    expect(await picker.getByLabel(/abbacus-2026/).isChecked()).toBe(true);
    await expectInert('Insert rate card', [CARD_SHEET]);
  });

  it('About DevRate: shows no markup and runs nothing', async () => {
    await openMenu(page, 'About DevRate');
    await sidebarFrame(page, 'About DevRate').getByRole('heading', { name: 'DevRate' }).waitFor();
    await expectInert('About DevRate', ['DEVRATE']);
  });
});

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
