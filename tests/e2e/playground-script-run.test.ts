// The playground's Apps Script surface in the browser, with a small probe add-on (so the checks do
// not depend on DevRate's pages): google.script.run from a sidebar (handlers, user objects, the
// tab's active cell, Apps Script's argument rules), google.script.host.close(), a failing menu
// action, toasts, and validation dropdowns and checkboxes that edit their cells.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Browser, Frame, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, beforeEach, expect, it } from 'vitest';
import {
  cell,
  cellText,
  chooseInCell,
  clickMenu,
  describeInBrowser,
  launchChromium,
  openMenu,
  openPlayground,
  resetWorkbook,
  selectCell,
  setCheckbox,
  sidebarFrame,
  startPlayground,
  typeInCell,
  waitForCell,
} from '../support/playground';

const PROBE_CODE = String.raw`
function onOpen() {
  var ui = SpreadsheetApp.getUi();
  ui.createAddonMenu()
    .addItem('Open probe', 'openProbe')
    .addItem('Add controls', 'addControls')
    .addItem('Open dialog', 'openDialog')
    .addSeparator()
    .addSubMenu(ui.createMenu('More').addItem('Fail on purpose', 'failOnPurpose'))
    .addToUi();
}
function openProbe() {
  SpreadsheetApp.getUi().showSidebar(HtmlService.createHtmlOutputFromFile('Probe').setTitle('Probe'));
}
function openDialog() {
  var html = '<p>Dialog body</p><button onclick="google.script.host.close()">Done</button>';
  SpreadsheetApp.getUi().showModalDialog(HtmlService.createHtmlOutput(html).setWidth(420).setHeight(220), 'Probe dialog');
}
function addControls() {
  var sheet = SpreadsheetApp.getActiveSheet();
  sheet.getRange('A1').setDataValidation(SpreadsheetApp.newDataValidation().requireValueInList(['junior', 'mid', 'senior']).setAllowInvalid(false).build());
  sheet.getRange('B1').setDataValidation(SpreadsheetApp.newDataValidation().requireCheckbox().build()).setValue(false);
  sheet.getRange('C1').setFormula('=IF(B1,"hired","open")');
  SpreadsheetApp.getActiveSpreadsheet().toast('Controls added', 'Probe');
}
function failOnPurpose() { throw new Error('The probe failed on purpose.'); }
function echo(value) {
  return { echoed: value, sheet: SpreadsheetApp.getActiveSheet().getName(), cell: SpreadsheetApp.getActiveRange().getA1Notation() };
}
function writeCell(a1, text) { SpreadsheetApp.getActiveSheet().getRange(a1).setValue(text); return 'written'; }
function refuse(reason) { throw new Error('Refused: ' + reason); }
function secret_() { return 'private'; }
`;

const PROBE_HTML = `<!DOCTYPE html>
<html><head><base target="_top"><meta charset="utf-8"><title>Probe</title></head>
<body>
  <label for="text">Text</label> <input id="text" value="from the sidebar">
  <button id="write">Write to B3</button> <button id="close">Close</button>
  <p id="status" role="status"></p>
  <script>
    document.getElementById('write').onclick = function () {
      google.script.run
        .withSuccessHandler(function (answer) { document.getElementById('status').textContent = answer; })
        .withFailureHandler(function (error) { document.getElementById('status').textContent = 'Failed: ' + error.message; })
        .writeCell('B3', document.getElementById('text').value);
    };
    document.getElementById('close').onclick = function () { google.script.host.close(); };
  </script>
</body></html>`;

describeInBrowser('playground: google.script.run, menus and controls', () => {
  let browser: Browser;
  let playground: Awaited<ReturnType<typeof startPlayground>>;
  let page: Page;
  const distDir = mkdtempSync(path.join(tmpdir(), 'devrate-probe-'));

  beforeAll(async () => {
    writeFileSync(path.join(distDir, 'Code.js'), PROBE_CODE);
    writeFileSync(path.join(distDir, 'Probe.html'), PROBE_HTML);
    [browser, playground] = await Promise.all([
      launchChromium(),
      startPlayground({ distDir, endpoints: ['echo', 'writeCell', 'refuse', 'secret_'] }),
    ]);
  });
  afterAll(async () => {
    await Promise.all([browser?.close(), playground?.close()]);
    rmSync(distDir, { recursive: true, force: true });
  });
  beforeEach(async () => {
    await resetWorkbook(playground.url);
    page = await openPlayground(browser, playground.url);
  });
  afterEach(async () => {
    await page.close();
  });

  /** The probe sidebar's frame, to call google.script.run in it as the page's own script would. */
  async function openProbe(): Promise<Frame> {
    await openMenu(page, 'Open probe');
    const frame = await (await page.locator('iframe[title="Probe"]').elementHandle()).contentFrame();
    await frame!.waitForFunction(() => typeof (window as unknown as { google?: unknown }).google === 'object');
    return frame!;
  }

  it("runs a sidebar button's server call and shows what it wrote in the grid", async () => {
    await openProbe();
    const probe = sidebarFrame(page, 'Probe');
    await probe.getByLabel('Text').fill('from the sidebar');
    await probe.getByRole('button', { name: 'Write to B3' }).click();
    await probe.getByRole('status').filter({ hasText: 'written' }).waitFor();
    await waitForCell(page, 'B3', 'from the sidebar');
  });

  it("calls the success handler with the value and the user object, on the tab's selected cell", async () => {
    await selectCell(page, 'C5');
    const frame = await openProbe();
    const answer = await frame.evaluate(
      () =>
        new Promise((resolve) => {
          const run = (window as any).google.script.run;
          run
            .withSuccessHandler((value: unknown, user: unknown) => resolve({ value, user }))
            .withUserObject({ row: 7 })
            .echo({ list: [1, undefined, 'x'], gone: undefined });
        }),
    );
    expect(answer).toEqual({ value: { echoed: { list: [1, null, 'x'] }, sheet: 'Sheet1', cell: 'C5' }, user: { row: 7 } });
  });

  it("calls the failure handler with an Error carrying the server's message, and the user object", async () => {
    const frame = await openProbe();
    const failure = await frame.evaluate(
      () =>
        new Promise((resolve) => {
          (window as any).google.script.run
            .withSuccessHandler(() => resolve('succeeded?'))
            .withFailureHandler((error: unknown, user: unknown) =>
              resolve({ isError: error instanceof Error, message: (error as Error).message, user }),
            )
            .withUserObject('ctx')
            .refuse('no');
        }),
    );
    expect(failure).toEqual({ isError: true, message: 'Refused: no', user: 'ctx' });
  });

  it('refuses what Apps Script refuses: Dates, functions and DOM nodes as arguments, private functions', async () => {
    const frame = await openProbe();
    const refusals = await frame.evaluate(() => {
      const run = (window as any).google.script.run;
      const attempt = (f: () => void) => {
        try {
          f();
          return 'sent';
        } catch (error) {
          return (error as Error).message;
        }
      };
      return {
        date: attempt(() => run.echo(new Date())),
        nestedFunction: attempt(() => run.echo('ok', { callback: () => 1 })),
        node: attempt(() => run.echo(document.body)),
        privateFunction: typeof run.secret_,
        unknownFunction: typeof run.noSuchFunction,
      };
    });
    expect(refusals).toEqual({
      date: 'Failed due to illegal value in property: 0',
      nestedFunction: 'Failed due to illegal value in property: 1.callback',
      node: 'Failed due to illegal value in property: 0',
      privateFunction: 'undefined',
      unknownFunction: 'undefined',
    });
  });

  it('closes the sidebar on google.script.host.close()', async () => {
    await openProbe();
    await sidebarFrame(page, 'Probe').getByRole('button', { name: 'Close' }).click();
    await page.locator('iframe[title="Probe"]').waitFor({ state: 'detached' });
    expect(await page.getByRole('heading', { name: 'Probe' }).count()).toBe(0);
  });

  it('shows a modal dialog at its size, titled, closed by google.script.host.close()', async () => {
    await openMenu(page, 'Open dialog');
    const frame = page.locator('iframe[title="Probe dialog"]');
    await page.getByRole('dialog', { name: 'Probe dialog' }).waitFor();
    expect(await frame.boundingBox()).toMatchObject({ width: 420, height: 220 });
    await sidebarFrame(page, 'Probe dialog').getByRole('button', { name: 'Done' }).click();
    await frame.waitFor({ state: 'detached' });
  });

  it("shows a failing menu action's error message", async () => {
    await clickMenu(page, ['Extensions', 'DevRate', 'More', 'Fail on purpose']);
    await page.getByRole('alert').filter({ hasText: 'The probe failed on purpose.' }).waitFor();
  });

  it('renders validation dropdowns and checkboxes that edit their cells, and refuses invalid typing', async () => {
    await openMenu(page, 'Add controls');
    await page.getByRole('status').filter({ hasText: 'Controls added' }).waitFor();
    const dropdown = cell(page, 'A1').getByRole('combobox', { name: 'Cell A1' });
    expect(await dropdown.locator('option').allTextContents()).toEqual(['', 'junior', 'mid', 'senior']);
    await chooseInCell(page, 'A1', 'senior');
    await waitForCell(page, 'A1', 'senior');

    await waitForCell(page, 'C1', 'open');
    expect(await cell(page, 'B1').getByRole('checkbox', { name: 'Cell B1' }).isChecked()).toBe(false);
    await setCheckbox(page, 'B1', true);
    await waitForCell(page, 'C1', 'hired');
    expect(await cellText(page, 'B1')).toBe('TRUE');

    await typeInCell(page, 'A1', 'wizard');
    await page
      .getByRole('alertdialog', { name: 'There was a problem' })
      .filter({ hasText: 'violates the data validation rules' })
      .waitFor();
    expect(await cellText(page, 'A1')).toBe('senior');
  });
});
