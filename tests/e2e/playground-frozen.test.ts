// Frozen rows and columns are drawn exactly in place at every scroll position, as in Sheets: each
// frozen cell lines up with the cell below it (same column) or beside it (same row), the frozen
// columns stay pinned after the row numbers, the frozen rows under the column letters, and
// nothing covers them. The sheet mimics Scorecards: headers with notes, a dropdown, an invalid
// value and an error inside the frozen area.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { Workbook, serializeWorkbook } from '../../playground/formulas';
import { savedText, writeSavedText, SAVED_FORMAT } from '../../playground/web/workbook-file';
import { describeInBrowser, launchChromium, openPlayground, startPlayground, type RunningPlayground } from '../support/playground';

const FROZEN_ROWS = 1;
const FROZEN_COLUMNS = 2;
const COLUMNS = 14;

/** A Scorecards-like sheet: frozen header row with notes, frozen Candidate and Interviewer. */
function scorecardsLike(): Workbook {
  const workbook = new Workbook({ sheetNames: ['Scorecards'] });
  const sheet = workbook.sheets[0];
  const headers = ['Candidate', 'Interviewer', 'Round', 'Date', 'System design', 'Async Python', 'Database', 'Code review'];
  headers.forEach((header, i) => workbook.enterInput(sheet.id, 1, i + 1, header));
  for (let row = 2; row <= 80; row++) {
    workbook.enterInput(sheet.id, row, 1, `Candidate ${row}`);
    workbook.enterInput(sheet.id, row, 2, `Interviewer ${row}`);
    workbook.enterInput(sheet.id, row, 3, row % 2 ? 'technical' : 'culture');
    workbook.enterInput(sheet.id, row, 4, `Date ${row}`);
  }
  workbook.enterInput(sheet.id, 3, 1, '=1/0'); // an error in a frozen column
  workbook.updateCells(sheet.id, { row: 1, col: 1, numRows: 1, numCols: 8 }, (cell) => {
    cell.note = 'How this column is scored';
  });
  workbook.updateCells(sheet.id, { row: 2, col: 2, numRows: 79, numCols: 1 }, (cell) => {
    cell.validation = { criteria: 'VALUE_IN_LIST', values: [['Interviewer 2', 'Interviewer 4'], true], allowInvalid: true, helpText: null };
  });
  sheet.frozenRows = FROZEN_ROWS;
  sheet.frozenColumns = FROZEN_COLUMNS;
  sheet.columnWidths = { 1: 150, 2: 130, 4: 90 };
  return workbook;
}

interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
  /** The cell itself is what a click at its centre reaches (nothing drawn over it). */
  onTop: boolean;
}

/** Boxes of the given cells and column headers (by letter), in viewport pixels. */
async function boxes(page: Page, cells: string[]): Promise<Record<string, Box>> {
  return page.evaluate((addresses) => {
    const found: Record<string, Box> = {};
    for (const address of addresses) {
      const element = /^[A-Z]+$/.test(address)
        ? [...document.querySelectorAll('thead th[scope="col"]')].find((th) => th.textContent === address)
        : document.querySelector(`[data-cell="${address}"]`);
      if (!element) continue;
      const r = element.getBoundingClientRect();
      const hit = document.elementFromPoint(r.x + r.width / 2, r.y + r.height / 2);
      found[address] = { x: r.x, y: r.y, width: r.width, height: r.height, onTop: hit === element || element.contains(hit) };
    }
    return found;
  }, cells);
}

describeInBrowser('playground: frozen rows and columns', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'devrate-frozen-'));
  let browser: Browser;
  let playground: RunningPlayground;
  beforeAll(async () => {
    const workbookPath = path.join(dir, 'workbook.json');
    writeSavedText(
      workbookPath,
      savedText({ format: SAVED_FORMAT, workbook: serializeWorkbook(scorecardsLike()), scriptProperties: {}, userProperties: {} }),
    );
    [browser, playground] = await Promise.all([launchChromium(), startPlayground({ workbookPath })]);
  });
  afterAll(async () => {
    await Promise.all([browser?.close(), playground?.close()]);
    rmSync(dir, { recursive: true, force: true });
  });

  it('draws every frozen cell in its own column and row, pinned, at every scroll position', async () => {
    const page = await openPlayground(browser, playground.url);
    const letters = Array.from({ length: COLUMNS }, (_, i) => String.fromCharCode(65 + i));
    const scroller = page.locator('.grid-scroll');
    const positions = [
      [0, 0],
      [137, 0],
      [0, 411],
      [260, 290],
      [10_000, 10_000], // as far as it goes
    ];
    for (const [left, top] of positions) {
      await scroller.evaluate((el, [x, y]) => el.scrollTo(x, y), [left, top]);
      const view = await scroller.evaluate((el) => {
        const r = el.getBoundingClientRect();
        const rowHeader = el.querySelector('th.corner')!.getBoundingClientRect();
        return {
          x: r.x,
          y: r.y,
          right: r.x + el.clientWidth,
          rowHeaderWidth: rowHeader.width,
          headerHeight: rowHeader.height,
          scrollTop: el.scrollTop,
        };
      });
      // Data rows shown at this scroll position (and one frozen row), to compare beside the frozen columns.
      const firstShown = Math.max(2, Math.ceil(view.scrollTop / 21) + 3);
      const rows = [1, firstShown, firstShown + 5];
      const wanted = [...letters, ...letters.flatMap((l) => rows.map((r) => `${l}${r}`)), ...letters.map((l) => `${l}${firstShown + 1}`)];
      const box = await boxes(page, wanted);
      const at = `scrolled to (${left}, ${top})`;

      for (const letter of letters) {
        // Row 1 is frozen: each of its cells sits in its column, as the column letter and the cell below do.
        const frozen = box[`${letter}1`];
        for (const other of [box[letter], box[`${letter}${firstShown}`]]) {
          expect({ at, cell: `${letter}1`, x: frozen.x, width: frozen.width }).toEqual({
            at,
            cell: `${letter}1`,
            x: other.x,
            width: other.width,
          });
        }
        // and right under the column letters.
        expect({ at, cell: `${letter}1`, y: frozen.y }).toEqual({ at, cell: `${letter}1`, y: box[letter].y + box[letter].height });
      }
      let pinnedAt = view.x + view.rowHeaderWidth;
      for (const letter of letters.slice(0, FROZEN_COLUMNS)) {
        for (const row of rows) {
          // Frozen columns: each cell in its row, beside the first unfrozen cell, pinned after the ones before it.
          const frozen = box[`${letter}${row}`];
          const beside = box[`${letters[FROZEN_COLUMNS]}${row}`];
          expect({ at, cell: `${letter}${row}`, y: frozen.y, height: frozen.height, x: frozen.x, onTop: frozen.onTop }).toEqual({
            at,
            cell: `${letter}${row}`,
            y: beside.y,
            height: beside.height,
            x: pinnedAt,
            onTop: true,
          });
        }
        pinnedAt += box[`${letter}1`].width;
      }
      for (const letter of letters) {
        // Frozen row cells that are in view are not covered (a scrolled column slides under the frozen ones).
        const frozen = box[`${letter}1`];
        if (frozen.x >= pinnedAt && frozen.x + frozen.width <= view.right)
          expect({ at, cell: `${letter}1`, onTop: frozen.onTop }).toEqual({ at, cell: `${letter}1`, onTop: true });
      }
    }
    await page.close();
  });
});
