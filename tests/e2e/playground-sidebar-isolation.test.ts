// A sidebar is the add-on's HTML, and in the playground it may be anyone's code: in Debian's
// Chromium, code running inside DevRate's Scoring sidebar tries to use the playground's API
// itself (run an endpoint and type into a cell as another user, read the state, lift the page's
// tab key) and to read the playground page through its parent, its top window and a popup it
// opens. All of that fails and changes nothing, while the sidebar's own google.script.run,
// through the page, still reads and writes.
import type { Frame, Page } from 'playwright-core';
import { beforeEach, expect, it, vi } from 'vitest';
import { SIDEBAR_PAGES } from '../../src/server/sidebars';
import { TAB_KEY_META } from '../../playground/protocol';
import { cell, cellText, describeInBrowser, openMenu, playgroundForEachTest, sheetTabs, sidebarFrame } from '../support/playground';

const TITLE = SIDEBAR_PAGES.Scoring;
const COLLEAGUE = 'colleague1@example.com';

describeInBrowser("a sidebar's code cannot act through the playground's API", () => {
  vi.setConfig({ testTimeout: 90_000 });
  const session = playgroundForEachTest();
  let page: Page;
  beforeEach(() => void ({ page } = session));

  /** The Scoring sidebar, loaded: its first screen comes from google.script.run. */
  async function openScoring(): Promise<Frame> {
    await openMenu(page, 'Score a candidate');
    await sidebarFrame(page, TITLE).getByText('This spreadsheet has no candidate tracker yet').waitFor();
    return (await (await page.locator(`iframe[title="${TITLE}"]`).elementHandle()).contentFrame())!;
  }

  it("refuses the sidebar's own fetch of every API route, and its google.script.run still works", async () => {
    const sidebar = await openScoring();
    const revision = session.playground.session.revision;
    const attempts = await sidebar.evaluate(
      async ({ main, colleague, meta }) => {
        const outcome = async (request: Promise<Response>): Promise<string> => {
          try {
            const response = await request;
            return response.type === 'opaque' ? 'opaque, unreadable' : `${response.status} ${await response.text()}`;
          } catch (error) {
            return (error as Error).name;
          }
        };
        const context = { sheet: 'Sheet1', cell: 'A1', user: colleague };
        const asJson = { method: 'POST', headers: { 'content-type': 'application/json' } };
        const asForm = { method: 'POST', mode: 'no-cors', headers: { 'content-type': 'text/plain' } } as const;
        const scriptRun = JSON.stringify({ context, endpoint: 'insertCandidateTracker', args: [], view: {} });
        const edit = JSON.stringify({ context, input: 'typed by a sidebar', view: {} });
        return {
          ownOriginState: await outcome(fetch('/api/state')),
          ownOriginScriptRun: await outcome(fetch('/api/script-run', { ...asJson, body: scriptRun })),
          scriptRunAsColleague: await outcome(fetch(`${main}/api/script-run`, { ...asJson, body: scriptRun })),
          editAsColleague: await outcome(fetch(`${main}/api/edit`, { ...asJson, body: edit })),
          editAsForm: await outcome(fetch(`${main}/api/edit`, { ...asForm, body: edit })),
          scriptRunAsForm: await outcome(fetch(`${main}/api/script-run`, { ...asForm, body: scriptRun })),
          state: await outcome(fetch(`${main}/api/state`)),
          pageForItsKey: await outcome(fetch(`${main}/`)),
          keyInSidebar: document.querySelector(`meta[name="${meta}"]`) !== null,
        };
      },
      { main: session.playground.url, colleague: COLLEAGUE, meta: TAB_KEY_META },
    );
    expect(attempts).toEqual({
      // The panel port serves panels only.
      ownOriginState: expect.stringMatching(/^404 /),
      ownOriginScriptRun: expect.stringMatching(/^404 /),
      // The API's port: a JSON call needs a CORS preflight that is never approved…
      scriptRunAsColleague: 'TypeError',
      editAsColleague: 'TypeError',
      // …a form-like post goes out but is refused, and its answer cannot be read…
      editAsForm: 'opaque, unreadable',
      scriptRunAsForm: 'opaque, unreadable',
      // …and reads, the page's HTML included, are other-origin answers the sidebar cannot read.
      state: 'TypeError',
      pageForItsKey: 'TypeError',
      keyInSidebar: false,
    });
    // Nothing ran: no edit, no tracker, no save.
    expect(await cellText(page, 'A1')).toBe('');
    expect(await sheetTabs(page)).toEqual(['Sheet1']);
    expect(session.playground.session.revision).toBe(revision);

    // The sidebar's google.script.run goes through the page, as this tab's user, and works.
    await sidebarFrame(page, TITLE).getByRole('button', { name: 'Insert candidate tracker' }).click();
    await sidebarFrame(page, TITLE).getByLabel('Candidate', { exact: true }).waitFor({ timeout: 60_000 });
    await expect.poll(() => sheetTabs(page), { timeout: 30_000 }).toContain('Candidates');
  });

  it('keeps the playground page out of reach: its parent, its top window and a popup it opens', async () => {
    const sidebar = await openScoring();
    const reach = await sidebar.evaluate(() => {
      const attempt = (read: () => unknown): string => {
        try {
          return `read ${String(read())}`;
        } catch (error) {
          return (error as Error).name;
        }
      };
      return {
        parent: attempt(() => window.parent.document.title),
        top: attempt(() => window.top?.location.href),
      };
    });
    expect(reach).toEqual({ parent: 'SecurityError', top: 'SecurityError' });

    // A popup of the playground page, on the host name the sidebar itself was loaded from: it
    // loads (with a key of its own), and the sidebar that opened it can read nothing of it.
    const popupOpened = page.context().waitForEvent('page');
    await sidebar.evaluate((port) => {
      const url = `${window.location.protocol}//${window.location.hostname}:${port}/`;
      (window as unknown as { popup: Window | null }).popup = window.open(url, 'playground-popup');
    }, session.playground.port);
    const popup = await popupOpened;
    await cell(popup, 'A1').waitFor();
    expect(await popup.locator(`meta[name="${TAB_KEY_META}"]`).getAttribute('content')).toMatch(/^[\w-]{40,}$/);
    const fromPopup = await sidebar.evaluate((meta) => {
      const popup = (window as unknown as { popup: Window | null }).popup;
      if (!popup) return 'no popup';
      try {
        return `read ${popup.document.querySelector(`meta[name="${meta}"]`)?.getAttribute('content') ?? 'no key'}`;
      } catch (error) {
        return (error as Error).name;
      }
    }, TAB_KEY_META);
    expect(fromPopup).toBe('SecurityError');
    const popupUrl = await sidebar.evaluate(() => {
      try {
        return `read ${(window as unknown as { popup: Window }).popup.location.href}`;
      } catch (error) {
        return (error as Error).name;
      }
    });
    expect(popupUrl).toBe('SecurityError');
    await popup.close();
  });
});
