// Browser-test helpers for the playground (npm start). Each test file starts its own server on a
// free port with a throwaway workbook, and drives it through the page's stable hooks:
//   [data-cell="B3"] on every grid cell (data-value: the text it shows), sheet tabs are buttons
//   named by the sheet under nav "Sheets", the formula bar is the input labelled "Formula", menus
//   and items are buttons named by their caption under nav "Menus", a sidebar is an iframe whose
//   title is the sidebar's title.
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Browser, BrowserContext, FrameLocator, Locator, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, beforeEach } from 'vitest';
import { launchChromium } from '../../playground/chromium';
import { TAB_KEY_HEADER, TAB_KEY_META } from '../../playground/protocol';
import { startPlayground as startServer, type PlaygroundOptions, type RunningPlayground } from '../../playground/server';

export { launchChromium } from '../../playground/chromium';
export type { RunningPlayground } from '../../playground/server';
export { describeInBrowser } from './browser';

/** Whether this run refreshes the README's screenshots (DEVRATE_SCREENSHOTS=1). */
export const TAKING_SCREENSHOTS = process.env.DEVRATE_SCREENSHOTS === '1';
const SCREENSHOTS = path.join(import.meta.dirname, '..', '..', 'docs', 'screenshots');

/** Saves docs/screenshots/<name> when this run refreshes the screenshots; otherwise does nothing. */
export async function screenshot(target: Page | Locator, name: string): Promise<void> {
  if (!TAKING_SCREENSHOTS) return;
  mkdirSync(SCREENSHOTS, { recursive: true });
  await target.screenshot({ path: path.join(SCREENSHOTS, name) });
}

/**
 * One Chromium and one playground for a test file, a reset workbook and a new page for each test.
 * Read the fields inside tests and hooks: they are set as the file's hooks run.
 */
export function playgroundForEachTest(): { readonly browser: Browser; readonly playground: RunningPlayground; readonly page: Page } {
  const session = {} as { browser: Browser; playground: RunningPlayground; page: Page };
  beforeAll(async () => {
    [session.browser, session.playground] = await Promise.all([launchChromium(), startPlayground()]);
  });
  afterAll(async () => {
    await Promise.all([session.browser?.close(), session.playground?.close()]);
  });
  beforeEach(async () => {
    await resetWorkbook(session.playground.url);
    session.page = await openPlayground(session.browser, session.playground.url);
  });
  afterEach(async () => {
    await session.page?.close();
  });
  return session;
}

/** One Chromium and one playground for a whole test file, for tests that build on each other. */
export function playgroundForFile(): { readonly browser: Browser; readonly playground: RunningPlayground } {
  const session = {} as { browser: Browser; playground: RunningPlayground };
  beforeAll(async () => {
    [session.browser, session.playground] = await Promise.all([launchChromium(), startPlayground()]);
  });
  afterAll(async () => {
    await Promise.all([session.browser?.close(), session.playground?.close()]);
  });
  return session;
}

/**
 * A page on the playground wide enough for the tracker's tables, patient with the seconds
 * HyperFormula takes over the tracker's whole-column formulas.
 */
export async function openWidePage(session: { readonly browser: Browser; readonly playground: RunningPlayground }): Promise<Page> {
  const page = await openPlayground(session.browser, session.playground.url);
  await page.setViewportSize({ width: 1500, height: 900 });
  page.setDefaultTimeout(30_000);
  return page;
}

/** Starts a playground on a free port; its workbook lives in a temp folder unless one is given. */
export async function startPlayground(options: PlaygroundOptions = {}): Promise<RunningPlayground> {
  const dir = options.workbookPath ? undefined : mkdtempSync(path.join(tmpdir(), 'devrate-playground-'));
  const playground = await startServer({ port: 0, ...options, workbookPath: options.workbookPath ?? path.join(dir!, 'workbook.json') });
  return {
    ...playground,
    close: async () => {
      await playground.close();
      if (dir) rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** Opens the playground in a new tab and waits until the grid is there. */
export async function openPlayground(browser: Browser | BrowserContext, url: string): Promise<Page> {
  const page = await browser.newPage();
  await page.setViewportSize({ width: 1280, height: 760 });
  page.setDefaultTimeout(15_000);
  await page.goto(url);
  await cell(page, 'A1').waitFor();
  return page;
}

/** Fresh workbook (one empty Sheet1) through the API: isolates tests sharing a server. */
export async function resetWorkbook(url: string): Promise<void> {
  await postJson(url, '/api/reset', { view: {} });
}

/** Types into cells through the API (a person's edits), e.g. to set a scene before opening a page. */
export async function enterCells(url: string, cells: Record<string, string>, sheet = 'Sheet1'): Promise<void> {
  for (const [a1, input] of Object.entries(cells)) {
    const answer = (await postJson(url, '/api/edit', { context: { sheet, cell: a1 }, input, view: {} })) as {
      ok: boolean;
      message?: string;
    };
    if (!answer.ok) throw new Error(`Could not enter ${input} in ${sheet}!${a1}: ${answer.message}`);
  }
}

/** The grid cell of the shown sheet at an A1 address. */
export function cell(page: Page, a1: string): Locator {
  return page.locator(`[data-cell="${a1}"]`);
}

/** The text a cell shows (a dropdown's choice, TRUE/FALSE for a checkbox). */
export async function cellText(page: Page, a1: string): Promise<string> {
  return (await cell(page, a1).getAttribute('data-value')) ?? '';
}

/** Waits until a cell shows the text; the error says what it showed instead. */
export async function waitForCell(page: Page, a1: string, expected: string, timeout = 15_000): Promise<void> {
  try {
    await page.waitForFunction(
      ([address, text]) => document.querySelector(`[data-cell="${address}"]`)?.getAttribute('data-value') === text,
      [a1, expected],
      { timeout },
    );
  } catch {
    const error = await cell(page, a1).getAttribute('title');
    throw new Error(
      `Cell ${a1} shows "${await cellText(page, a1)}"${error ? ` (${error})` : ''}, expected "${expected}" (waited ${timeout} ms)`,
    );
  }
}

/** The formula bar: the input labelled "Formula". */
export function formulaBar(page: Page): Locator {
  return page.getByLabel('Formula', { exact: true });
}

export async function selectCell(page: Page, a1: string): Promise<void> {
  await cell(page, a1).click();
}

/** Selects a cell, types into the formula bar and presses Enter; resolves once the server answered. */
export async function typeInCell(page: Page, a1: string, text: string): Promise<void> {
  await selectCell(page, a1);
  await formulaBar(page).fill(text);
  const answered = page.waitForResponse((r) => r.url().endsWith('/api/edit') && r.request().method() === 'POST');
  await formulaBar(page).press('Enter');
  await answered;
}

/** Picks an option of a cell's validation dropdown; resolves once the server answered. */
export async function chooseInCell(page: Page, a1: string, option: string): Promise<void> {
  const answered = page.waitForResponse((r) => r.url().endsWith('/api/edit') && r.request().method() === 'POST');
  await cell(page, a1).getByRole('combobox').selectOption(option);
  await answered;
}

/** Ticks or clears a cell's validation checkbox; resolves once the server answered. */
export async function setCheckbox(page: Page, a1: string, checked: boolean): Promise<void> {
  const box = cell(page, a1).getByRole('checkbox');
  if ((await box.isChecked()) === checked) return;
  const answered = page.waitForResponse((r) => r.url().endsWith('/api/edit') && r.request().method() === 'POST');
  await box.setChecked(checked);
  await answered;
}

/** Clicks Extensions › DevRate › label; resolves once the server ran the item's function. */
export async function openMenu(page: Page, label: string): Promise<void> {
  await clickMenu(page, ['Extensions', 'DevRate', label]);
}

/** Clicks through menu buttons by caption, e.g. ["Extensions", "DevRate", "Tools", "Run"]. */
export async function clickMenu(page: Page, captions: string[]): Promise<void> {
  const menus = page.getByRole('navigation', { name: 'Menus' });
  for (const caption of captions.slice(0, -1)) {
    const button = menus.getByRole('button', { name: caption, exact: true });
    if ((await button.getAttribute('aria-expanded')) !== 'true') await button.click();
  }
  const ran = page.waitForResponse((r) => r.url().endsWith('/api/menu') && r.request().method() === 'POST');
  await menus.getByRole('button', { name: captions[captions.length - 1], exact: true }).click();
  await ran;
}

/** The captions of the items under Extensions › DevRate (opens the menu, then closes it). */
export async function menuItems(page: Page, submenu = 'DevRate'): Promise<string[]> {
  const menus = page.getByRole('navigation', { name: 'Menus' });
  await menus.getByRole('button', { name: 'Extensions', exact: true }).click();
  await menus.getByRole('button', { name: submenu, exact: true }).click();
  const captions = await menus.getByRole('group', { name: submenu }).getByRole('button').allTextContents();
  await page.keyboard.press('Escape');
  return captions;
}

/** The sidebar (or dialog) iframe titled like the panel, to look inside it. */
export function sidebarFrame(page: Page, title: string): FrameLocator {
  return page.frameLocator(`iframe[title="${title.replace(/["\\]/g, '\\$&')}"]`);
}

/** The sheet tab buttons' names, in order. */
export async function sheetTabs(page: Page): Promise<string[]> {
  return page.getByRole('navigation', { name: 'Sheets' }).getByRole('button').allTextContents();
}

/**
 * Shows a sheet by clicking its tab, and waits until the grid is that sheet's. On a busy machine a
 * click can land while the tabs re-render and be lost, so it clicks again after a long wait (never
 * twice within a double-click's time, which would rename the tab).
 */
export async function selectSheet(page: Page, name: string): Promise<void> {
  const tab = page.getByRole('navigation', { name: 'Sheets' }).getByRole('button', { name, exact: true });
  const shown = (timeout: number) =>
    page
      .waitForFunction((sheet) => document.querySelector('table.grid')?.getAttribute('data-sheet') === sheet, name, { timeout })
      .then(
        () => true,
        () => false,
      );
  for (let click = 1; click <= 3; click++) {
    await tab.click();
    if (await shown(20_000)) return;
  }
  throw new Error(`The grid did not show sheet "${name}" after three clicks on its tab.`);
}

/** Clicks Reset and accepts the confirmation; resolves once the fresh workbook is shown. */
export async function resetPlayground(page: Page): Promise<void> {
  page.once('dialog', (dialog) => void dialog.accept());
  const reset = page.waitForResponse((r) => r.url().endsWith('/api/reset'));
  await page.getByRole('button', { name: 'Reset', exact: true }).click();
  await reset;
}

/**
 * The headers a tab of the playground sends with its API calls: JSON, and the tab's key, read from
 * the page as the page's own script reads it (each load of the page gets a new key).
 */
export async function tabHeaders(url: string): Promise<Record<string, string>> {
  const page = await (await fetch(`${url}/`)).text();
  const key = new RegExp(`<meta name="${TAB_KEY_META}" content="([^"]+)"`).exec(page)?.[1];
  if (!key) throw new Error(`The page at ${url}/ carries no tab key.`);
  return { 'content-type': 'application/json', [TAB_KEY_HEADER]: key };
}

/** A POST to the playground's API as a tab sends it (JSON, with a tab key): the server's answer, whatever its status. */
export async function postApi<T = { ok: boolean; message?: string }>(url: string, route: string, body: unknown): Promise<T> {
  const response = await fetch(`${url}${route}`, { method: 'POST', headers: await tabHeaders(url), body: JSON.stringify(body) });
  return response.json() as Promise<T>;
}

async function postJson(url: string, route: string, body: unknown): Promise<unknown> {
  const response = await fetch(`${url}${route}`, { method: 'POST', headers: await tabHeaders(url), body: JSON.stringify(body) });
  if (!response.ok) throw new Error(`${route} answered ${response.status}: ${await response.text()}`);
  return response.json();
}
