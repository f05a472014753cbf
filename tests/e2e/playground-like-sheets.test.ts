// The playground behaves like Sheets where it used to mislead, in Debian's Chromium: the warning
// before typing over a protected budget formula, the rejected-input dialog with the rule's help
// text, the budget's chart drawn where the add-on anchored it, autocomplete and the formula helper
// for =DEV…, clicks beside spilled text, the favicon, framing refused, and sandboxed sidebars.
// The page's own dialog and autocomplete pass axe-core as the sidebars do.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { beforeEach, expect, it, vi } from 'vitest';
import { findCustomFunctions } from '../../playground/emulator';
import { SIDEBAR_PAGES } from '../../src/server/sidebars';
import type { PlaygroundState } from '../../playground/protocol';
import { PANEL_SANDBOX } from '../../playground/client/panel-sandbox';
import {
  cell,
  cellText,
  describeInBrowser,
  formulaBar,
  openMenu,
  playgroundForEachTest,
  postApi,
  selectCell,
  selectSheet,
  sidebarFrame,
  tabHeaders,
  typeInCell,
  waitForCell,
} from '../support/playground';
import { seriousViolations } from '../support/axe';
import { scenario } from '../templates/budget-fixture';

const BUDGET = 'Budget – Checkout';
const CODE = readFileSync(path.join(import.meta.dirname, '..', '..', 'dist', 'Code.js'), 'utf8');

describeInBrowser('the playground behaves like Sheets', () => {
  vi.setConfig({ testTimeout: 60_000 });
  const session = playgroundForEachTest();
  let page: Page;
  beforeEach(() => void ({ page } = session));

  const post = (route: string, body: unknown) => postApi(session.playground.url, route, body);
  const state = async (sheet: string) =>
    fetch(`${session.playground.url}/api/state?sheet=${encodeURIComponent(sheet)}`, {
      headers: await tabHeaders(session.playground.url),
    }).then((r) => r.json() as Promise<PlaygroundState>);

  /** The real add-on writes the budget sheet, as the wizard's last step does. */
  async function createBudget(): Promise<void> {
    const answer = await post('/api/script-run', {
      context: { sheet: 'Sheet1', cell: 'A1' },
      endpoint: 'createBudgetSheet',
      args: [scenario()],
      view: {},
    });
    if (!answer.ok) throw new Error(answer.message);
  }

  /** Row of the first cell in column A that reads `label` on the shown sheet. */
  async function rowOf(label: string): Promise<number> {
    const cells = await page
      .locator('td[data-cell^="A"]')
      .evaluateAll((tds) => tds.map((td) => [td.getAttribute('data-cell'), td.getAttribute('data-value')]));
    const found = cells.find(([, text]) => text === label);
    if (!found) throw new Error(`no row "${label}"`);
    return Number(found[0]!.slice(1));
  }

  /** What the saved workbook holds for a cell (its validation, e.g.). */
  function savedCell(sheetName: string, row: number, col: number): { validation?: { helpText: string | null } } {
    const saved = JSON.parse(readFileSync(session.playground.workbookPath, 'utf8'));
    const sheet = saved.workbook.sheets.find((s: { name: string }) => s.name === sheetName);
    return sheet.cells.find(([r, c]: [number, number]) => r === row && c === col)[2];
  }

  it('warns before typing over a protected budget total: Cancel keeps it, OK replaces it, input cells never ask, and it can be snoozed', async () => {
    await createBudget();
    await selectSheet(page, BUDGET);
    const total = `B${await rowOf('Total budget')}`;
    const before = await cellText(page, total);
    expect(before).toMatch(/^\$[\d,]+$/);
    const warning = page.getByRole('alertdialog', { name: 'Heads up!' });

    await selectCell(page, total);
    await page.keyboard.type('5');
    await page.keyboard.press('Enter');
    await expect
      .poll(() => warning.textContent())
      .toContain("You're trying to edit part of this sheet that shouldn't be changed accidentally.");
    expect(await seriousViolations(page)).toEqual([]); // the dialog passes axe-core too
    await warning.getByRole('button', { name: 'Cancel' }).click();
    await warning.waitFor({ state: 'detached' });
    expect(await cellText(page, total)).toBe(before);
    await selectCell(page, total);
    await page.keyboard.press('Delete');
    await warning.waitFor();
    await page.keyboard.press('Escape'); // Escape cancels too
    await warning.waitFor({ state: 'detached' });
    expect(await cellText(page, total)).toBe(before);

    await selectCell(page, total);
    await page.keyboard.type('5');
    await page.keyboard.press('Enter');
    await warning.waitFor();
    await expect.poll(() => page.evaluate(() => document.activeElement?.textContent)).toBe('OK'); // Enter would confirm, as in Sheets
    const answered = page.waitForResponse((r) => r.url().endsWith('/api/edit'));
    await page.keyboard.press('Enter');
    await answered;
    await waitForCell(page, total, '$5');

    const name = `B${await rowOf('Project name')}`;
    await typeInCell(page, name, 'Checkout v2');
    await waitForCell(page, name, 'Checkout v2');
    expect(await warning.count()).toBe(0);

    // "Don't show this again for 5 minutes": the next edit goes through without asking.
    const mid = `C${await rowOf('Total budget')}`;
    await selectCell(page, mid);
    await page.keyboard.type('6');
    await page.keyboard.press('Enter');
    await warning.getByRole('checkbox', { name: "Don't show this again for 5 minutes" }).check();
    await warning.getByRole('button', { name: 'OK' }).click();
    await waitForCell(page, mid, '$6');
    await typeInCell(page, `D${await rowOf('Total budget')}`, '7');
    await waitForCell(page, `D${await rowOf('Total budget')}`, '$7');
    expect(await warning.count()).toBe(0);
  });

  it("rejects an invalid typed value with the validation's help text, as Sheets does", async () => {
    await createBudget();
    await selectSheet(page, BUDGET);
    const row = await rowOf('Hours per month (hourly)');
    const helpText = savedCell(BUDGET, row, 2).validation?.helpText;
    expect(helpText).toBeTruthy();
    const before = await cellText(page, `B${row}`);
    await typeInCell(page, `B${row}`, '100000');
    const dialog = page.getByRole('alertdialog', { name: 'There was a problem' });
    await expect.poll(() => dialog.locator('p').textContent()).toBe(helpText);
    await dialog.getByRole('button', { name: 'OK' }).click();
    await dialog.waitFor({ state: 'detached' });
    expect(await cellText(page, `B${row}`)).toBe(before);
  });

  it("draws the budget's column chart at the cell the add-on anchored it to, with the totals as its data", async () => {
    await createBudget();
    await selectSheet(page, BUDGET);
    const [chart] = (await state(BUDGET)).sheet.charts;
    expect(chart).toMatchObject({ chartType: 'COLUMN', title: 'Team cost and total budget (USD)' });
    const figure = page.locator(`[data-chart="${chart.id}"]`);
    const canvas = figure.getByRole('img', { name: 'Team cost and total budget (USD) chart' });
    await canvas.waitFor();

    const anchor = await cell(page, `${String.fromCharCode(64 + chart.anchor.col)}${chart.anchor.row}`).boundingBox();
    const box = await figure.boundingBox();
    expect(Math.abs(box!.x - anchor!.x - chart.anchor.offsetX)).toBeLessThan(2);
    expect(Math.abs(box!.y - anchor!.y - chart.anchor.offsetY)).toBeLessThan(2);
    expect(Math.round(box!.width)).toBe(chart.width);

    // Its data, as screen readers read it: a group of bars per line (the team's development cost,
    // the total budget), one bar per point, the values the sheet shows.
    const lines = ['Team (development) cost', 'Total budget'];
    const shown: string[] = [];
    for (const line of lines) {
      const row = await rowOf(line);
      shown.push(...(await Promise.all(['B', 'C', 'D'].map((c) => cellText(page, `${c}${row}`)))));
    }
    const headers = await canvas.locator('thead th').allTextContents();
    expect(headers.slice(1)).toEqual(['Low', 'Mid', 'High']);
    expect(await canvas.locator('tbody th').allTextContents()).toEqual(lines);
    const values = await canvas.locator('tbody td').allTextContents();
    expect(values.map((v) => `$${Math.round(Number(v)).toLocaleString('en-US')}`)).toEqual(shown);
    // And something is painted: the bars in Sheets' first three colours.
    const painted = await canvas.evaluate((c: HTMLCanvasElement) => {
      const pixels = c.getContext('2d')!.getImageData(0, 0, c.width, c.height).data;
      const seen = new Set<string>();
      for (let i = 0; i < pixels.length; i += 4) if (pixels[i + 3] === 255) seen.add(`${pixels[i]},${pixels[i + 1]},${pixels[i + 2]}`);
      return ['66,133,244', '234,67,53', '251,188,4'].filter((rgb) => seen.has(rgb));
    });
    expect(painted).toHaveLength(3);
  });

  it('autocompletes =DEV and explains the function from its JSDoc in dist/Code.js', async () => {
    const docs = findCustomFunctions(CODE);
    const dev = docs.filter((d) => d.name.startsWith('DEV'));
    expect(dev.length).toBeGreaterThan(1);

    await selectCell(page, 'B2');
    await page.keyboard.type('=DEV');
    const list = page.getByRole('listbox', { name: 'Functions' });
    const options = list.getByRole('option');
    await expect.poll(() => options.locator('.suggestion-name').allTextContents()).toEqual(dev.map((d) => d.name));
    const helper = page.getByRole('region', { name: /^Formula helper/ });
    const [first, second] = dev;
    const summaryOf = (description: string) => description.split(/\s*Example:?\s*=/i)[0];
    await expect.poll(() => helper.textContent()).toContain(summaryOf(first.description));
    expect(await seriousViolations(page)).toEqual([]); // listbox, options and helper pass axe-core

    await page.keyboard.press('ArrowDown');
    await expect.poll(() => options.nth(1).getAttribute('aria-selected')).toBe('true');
    await page.keyboard.press('Tab');
    expect(await formulaBar(page).inputValue()).toBe(`=${second.name}(`);
    await list.waitFor({ state: 'hidden' });

    // Inside the parentheses the helper follows the parameter being typed.
    const paramName = (i: number) => second.params[i].name.replace(/^\[|\]$/g, '');
    await expect.poll(() => helper.locator('.helper-usage .helper-current').textContent()).toContain(paramName(0));
    for (const param of second.params) await expect.poll(() => helper.textContent()).toContain(param.description);
    await page.keyboard.type('"mid", ');
    await expect.poll(() => helper.locator('.helper-usage .helper-current').textContent()).toContain(paramName(1));
    await page.keyboard.type('"asia")');
    await expect.poll(() => helper.count()).toBe(0);
    await page.keyboard.press('Enter');
    await expect.poll(() => cellText(page, 'B2')).toMatch(/^[\d,.]+$/);

    // Typed straight into the formula bar, lower case, it lists the same functions.
    await formulaBar(page).click();
    await formulaBar(page).fill('');
    await page.keyboard.type('=1+dev');
    await expect.poll(() => options.locator('.suggestion-name').allTextContents()).toEqual(dev.map((d) => d.name));
    await page.keyboard.press('Escape');
    await list.waitFor({ state: 'hidden' });
  });

  it('selects the clicked cell when text from the cell to its left runs over it', async () => {
    await typeInCell(page, 'A1', 'A long line of text that runs over several empty cells');
    await waitForCell(page, 'A1', 'A long line of text that runs over several empty cells');
    const b1 = await cell(page, 'B1').boundingBox();
    await page.mouse.click(b1!.x + b1!.width / 2, b1!.y + b1!.height / 2);
    await expect.poll(() => page.getByLabel('Selected cell').textContent()).toBe('B1');
  });

  it('serves a favicon: loading the page asks for nothing that is not there', async () => {
    const failed: string[] = [];
    const fresh = await session.browser.newPage();
    fresh.on('response', (r) => r.status() >= 400 && failed.push(`${r.status()} ${r.url()}`));
    await fresh.goto(session.playground.url);
    await cell(fresh, 'A1').waitFor();
    await expect.poll(() => fresh.evaluate(() => document.querySelector('link[rel="icon"]')?.getAttribute('href'))).toBe('/favicon.svg');
    await fresh.close();
    expect(failed).toEqual([]);
    for (const icon of ['/favicon.ico', '/favicon.svg']) {
      const response = await fetch(`${session.playground.url}${icon}`);
      expect(response.status).toBe(200);
      expect(response.headers.get('content-type')).toBe('image/svg+xml');
    }
  });

  it('refuses to be framed by another page', async () => {
    const response = await fetch(session.playground.url);
    expect(response.headers.get('content-security-policy')).toContain("frame-ancestors 'none'");
    expect(response.headers.get('x-frame-options')).toBe('DENY');
    const other = await session.browser.newPage();
    await other.setContent(`<iframe src="${session.playground.url}/" width="800" height="600"></iframe>`);
    // Chromium replaces a refused frame with its error page; the playground never loads in it.
    await expect.poll(() => other.frames()[1]?.url()).toMatch(/^chrome-error:/);
    await other.close();
  });

  it('sandboxes sidebars as Apps Script does: another origin, no reach into the page, google.script.run still works', async () => {
    await openMenu(page, 'Scope a project');
    const title = SIDEBAR_PAGES.Wizard;
    await sidebarFrame(page, title).getByText('Step 1 of 4').waitFor(); // loaded through google.script.run
    const iframe = page.locator(`iframe[title="${title}"]`);
    expect(await iframe.getAttribute('sandbox')).toBe(PANEL_SANDBOX);
    const frame = (await (await iframe.elementHandle()).contentFrame())!;
    expect(new URL(frame.url()).origin).not.toBe(new URL(page.url()).origin);
    const reach = await frame.evaluate(() => {
      try {
        return `reached ${window.parent.document.title}`;
      } catch (error) {
        return (error as Error).name;
      }
    });
    expect(reach).toBe('SecurityError');
    // Its own origin (not an opaque one): the panel port, which serves panels and nothing else.
    expect(await frame.evaluate(() => window.origin)).toBe(`http://127.0.0.1:${session.playground.panelPort}`);
    // Only the playground may frame a panel's page.
    const panel = await fetch(frame.url());
    expect(panel.headers.get('content-security-policy')).toBe(
      `frame-ancestors http://localhost:${session.playground.port} http://127.0.0.1:${session.playground.port}`,
    );
  });
});
