// People edit the tracker in the playground with Sheets' own right-click menus: a column inserted
// in Candidates, then a candidate added from the sidebar lands each value under its own header;
// sorting Candidates and renaming Scorecards leave every weighted score where it was.
import type { Page } from 'playwright-core';
import { beforeAll, expect, it, vi } from 'vitest';
import { columnLetter } from '../../src/sheets/a1';
import {
  cell,
  cellText,
  describeInBrowser,
  enterCells,
  openMenu,
  openWidePage,
  playgroundForFile,
  selectSheet,
  sheetTabs,
  sidebarFrame,
  postApi,
  waitForCell,
} from '../support/playground';
import { dataset } from '../../src/domain/dataset';

const QUESTION_IDS = dataset.hiring.questions.map((q) => q.id);

describeInBrowser('editing the tracker in the playground', () => {
  const session = playgroundForFile();
  let page: Page;
  vi.setConfig({ testTimeout: 120_000 });

  beforeAll(async () => {
    page = await openWidePage(session);
    await openMenu(page, 'Insert candidate tracker');
  });

  /** Right-clicks a column letter, row number or tab and picks an item by its accessible name. */
  async function contextMenu(target: ReturnType<Page['locator']>, item: string) {
    await target.click({ button: 'right' });
    const done = page.waitForResponse((r) => r.url().endsWith('/api/structure'));
    await page.getByRole('menu').getByRole('menuitem', { name: item, exact: true }).click();
    await done;
  }
  const columnHeader = (letters: string) => page.getByRole('columnheader', { name: letters, exact: true });

  /** Row 1 of the shown sheet: header text → column letters. */
  async function headers(): Promise<Map<string, string>> {
    const found = new Map<string, string>();
    for (let c = 1; c <= 40; c++) {
      const letters = columnLetter(c);
      if ((await cell(page, `${letters}1`).count()) === 0) break;
      const text = await cellText(page, `${letters}1`);
      if (text) found.set(text, letters);
    }
    return found;
  }

  it('inserts a column through the menu, and a candidate added from the sidebar lands under the right headers', async () => {
    await selectSheet(page, 'Candidates');
    await contextMenu(columnHeader('B'), 'Insert 1 column left');
    await waitForCell(page, 'C1', 'Profile link');
    await enterCells(session.playground.url, { B1: 'Email' }, 'Candidates');

    await openMenu(page, 'Score a candidate');
    const sidebar = sidebarFrame(page, 'Score a candidate');
    await sidebar.getByRole('button', { name: '+ Add a candidate' }).click();
    await sidebar.getByLabel('Name', { exact: true }).fill('Ana Lima');
    await sidebar.getByLabel('Claimed level').selectOption('senior');
    await sidebar.getByLabel('Region').selectOption('asia');
    await sidebar.getByLabel('Quoted $/hour').fill('70');
    await sidebar.getByRole('button', { name: 'Add candidate' }).click();
    await sidebar.getByRole('option', { name: /Ana Lima/ }).waitFor({ state: 'attached' });
    await page.getByRole('button', { name: 'Close sidebar' }).click();

    const at = await headers();
    await waitForCell(page, `${at.get('Candidate')}2`, 'Ana Lima');
    expect(await cellText(page, `${at.get('Email')}2`)).toBe(''); // people's own column is left alone
    expect(await cellText(page, `${at.get('Claimed level')}2`)).toBe('senior');
    expect(await cellText(page, `${at.get('Region')}2`)).toBe('asia');
    expect(await cellText(page, `${at.get('Quoted $/hour')}2`)).toBe('$70');
    expect(await cellText(page, `${at.get('Profile link')}2`)).toBe('');
    expect(await cellText(page, `${at.get('Recommendation')}2`)).toBe(''); // the debrief waits for the reveal
  });

  it('sorts Candidates Z to A and renames Scorecards: every weighted score stays with its candidate', async () => {
    await enterCells(session.playground.url, { A3: 'Bo Chen', A4: 'Cy Diaz', B2: 'ana@example.com' }, 'Candidates');
    // Ben and Cleo score through the server the sidebar calls (the seal store decides what is
    // revealed: typing "Revealed by" would reveal nothing), then each reveals: the debrief shows.
    const run = async (user: string, endpoint: string, arg: unknown) => {
      const answer = await postApi(session.playground.url, '/api/script-run', {
        context: { sheet: 'Candidates', cell: 'A1', user },
        endpoint,
        args: [arg],
        view: {},
      });
      expect(answer, `${endpoint} as ${user}`).toMatchObject({ ok: true });
    };
    const [ben, cleo] = ['user@example.com', 'colleague1@example.com'];
    // The first four questions scored (4 of 6: enough to count).
    const scored = ([a, b, c, d]: number[]) => Object.fromEntries(QUESTION_IDS.map((id, i) => [id, [a, b, c, d][i] ?? null]));
    for (const [who, by, user, scores] of [
      ['Ana Lima', 'Ben', ben, [4, 3, 4, 4]],
      ['Bo Chen', 'Ben', ben, [2, 2, 2, 2]],
      ['Cy Diaz', 'Cleo', cleo, [3, 4, 3, 3]],
    ] as const) {
      const card = {
        trackerId: 1,
        candidate: who,
        interviewer: by,
        round: 'technical',
        date: '2026-05-04',
        vote: 'Yes',
        redFlags: [],
        notes: '',
      };
      await run(user, 'submitScorecard', { ...card, scores: scored([...scores]) });
      await run(user, 'revealScores', { trackerId: 1, candidate: who, interviewer: by });
    }
    await selectSheet(page, 'Candidates');
    const at = await headers();
    const weighted = async () => {
      const shown: Record<string, string> = {};
      for (const row of [2, 3, 4])
        shown[await cellText(page, `${at.get('Candidate')}${row}`)] = await cellText(page, `${at.get('Weighted score')}${row}`);
      return shown;
    };
    // Database counts double: Ana (4 + 3 + 2×4 + 4) / 5, Bo 2, Cy (3 + 4 + 2×3 + 3) / 5.
    await waitForCell(page, `${at.get('Weighted score')}4`, '3.20');
    const before = await weighted();
    expect(before).toEqual({ 'Ana Lima': '3.80', 'Bo Chen': '2.00', 'Cy Diaz': '3.20' });

    await contextMenu(columnHeader(at.get('Candidate')!), 'Sort sheet Z to A');
    await waitForCell(page, `${at.get('Candidate')}2`, 'Cy Diaz');
    expect(await weighted()).toEqual(before);
    expect(await cellText(page, `${at.get('Email')}4`)).toBe('ana@example.com'); // people's column moved with its row

    // Rename edits the tab's name in place, as in Sheets.
    await page
      .getByRole('navigation', { name: 'Sheets' })
      .getByRole('button', { name: 'Scorecards', exact: true })
      .click({ button: 'right' });
    await page.getByRole('menu').getByRole('menuitem', { name: 'Rename', exact: true }).click();
    const name = page.getByRole('textbox', { name: 'Rename sheet Scorecards' });
    await name.fill('Interviews');
    const renamed = page.waitForResponse((r) => r.url().endsWith('/api/structure'));
    await name.press('Enter');
    await renamed;
    expect(await sheetTabs(page)).toContain('Interviews');
    await selectSheet(page, 'Candidates');
    expect(await weighted()).toEqual(before);
  });

  it('inserts and deletes rows and duplicates and deletes a sheet from the menus', async () => {
    await selectSheet(page, 'Candidates');
    await contextMenu(page.getByRole('rowheader', { name: '3', exact: true }), 'Insert 1 row above');
    await waitForCell(page, 'A4', 'Bo Chen');
    await contextMenu(page.getByRole('rowheader', { name: '3', exact: true }), 'Delete row');
    await waitForCell(page, 'A3', 'Bo Chen');
    await contextMenu(
      page.getByRole('navigation', { name: 'Sheets' }).getByRole('button', { name: 'Hiring checklist', exact: true }),
      'Duplicate',
    );
    expect(await sheetTabs(page)).toContain('Copy of Hiring checklist');
    await contextMenu(
      page.getByRole('navigation', { name: 'Sheets' }).getByRole('button', { name: 'Copy of Hiring checklist', exact: true }),
      'Delete',
    );
    expect(await sheetTabs(page)).not.toContain('Copy of Hiring checklist');
  });
});
