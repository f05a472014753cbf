// The self-test rows that are not beliefs with a behaviour switch, in the emulator: the templates
// compared with the domain (they pass here, and fail when the sheet shows something else), the
// user key compared across executions, and a row for real Sheets only, which says it did not run.
import { describe, expect, it, vi } from 'vitest';
import { loadAddon, type Addon } from '../../playground/emulator';
import { call } from '../support/emulator';
import type { SelfTestCheck } from '../../src/server/self-test/check';
import { budgetFixture, TRACKER_FIXTURE } from '../../src/server/self-test/fixtures';
import { PENDING_RESULTS, REPORT_SHEET, type SelfTestRow } from '../../src/server/self-test/report';
import { runInScratch } from '../../src/server/self-test/scratch';
import { STORED_KEY_PROPERTY } from '../../src/server/self-test/user-key-across-runs';
import { budgetLayout } from '../../src/sheets/budget/layout';
import { CANDIDATE_COLUMNS, SCORECARD_COLUMNS, columnOf } from '../../src/sheets/tracker/layout';
import type { GridRect } from '../../src/sheets/a1';

const KEY_ROW = 'temporary-user-key-across-runs';

function newAddon(): Addon {
  const addon = loadAddon({ strictLock: true, addonName: 'DevRate' });
  addon.open('FULL');
  return addon;
}

function run(addon: Addon, user?: string): SelfTestRow[] {
  return (addon.clickMenu(['DevRate', 'Run self-test'], { user }).value as { rows: SelfTestRow[] }).rows;
}
const rowOf = (rows: SelfTestRow[], id: string) => rows.find((r) => r.id === id)!;

type Cells = ReturnType<Addon['workbook']['readValues']>;

/** Makes cells read as something else, as if Sheets computed them so: `alter` edits what a read of a sheet gives. */
function sheetShowsOtherwise(addon: Addon, alter: (sheetName: string, rect: GridRect, values: Cells) => void) {
  const workbook = addon.workbook;
  const readValues = workbook.readValues.bind(workbook);
  vi.spyOn(workbook, 'readValues').mockImplementation((sheetId, rect) => {
    const values = readValues(sheetId, rect);
    alter(workbook.findSheet(sheetId)?.name ?? '', rect, values);
    return values;
  });
}

/** The budget's total mid cell, where the template's layout puts it. */
function totalMid() {
  const total = budgetLayout(budgetFixture(), undefined, 'Budget – Checkout').total.mid;
  const [, letter, row] = /^\$?([A-Z]+)\$?(\d+)$/.exec(total)!;
  return { letter, row, r: Number(row), c: letter.charCodeAt(0) - 64 };
}

/** Each read of the budget's total mid cell gives what `change` makes of it. */
function budgetTotalReads(addon: Addon, change: (value: unknown) => unknown) {
  const { r, c } = totalMid();
  sheetShowsOtherwise(addon, (sheet, rect, values) => {
    const inside = r >= rect.row && r < rect.row + rect.numRows && c >= rect.col && c < rect.col + rect.numCols;
    if (sheet === 'Budget – Checkout' && inside)
      values[r - rect.row][c - rect.col] = change(values[r - rect.row][c - rect.col]) as Cells[number][number];
  });
}

describe('the budget template row', () => {
  it('waits while a cell reads "Loading..." (Sheets still computing), then compares what it shows', () => {
    const addon = newAddon();
    let loading = 3;
    budgetTotalReads(addon, (value) => (loading-- > 0 ? 'Loading...' : value));
    expect(rowOf(run(addon), 'budget-template').result).toBe('PASS');
    expect(loading).toBeLessThan(0);
  });

  it('fails, naming the cell, when a cell still reads "Loading..." after the wait', () => {
    const addon = newAddon();
    budgetTotalReads(addon, () => 'Loading...');
    const failed = rowOf(run(addon), 'budget-template');
    expect(failed.result).toBe('FAIL');
    expect(failed.observed).toMatch(/Total mid at \$?[A-Z]+\$?\d+: the sheet shows "Loading\.\.\.", the domain computes [\d.]+/);
  });

  it('passes: every computed cell of the fixture budget matches the domain, and the sheet is gone', () => {
    const addon = newAddon();
    const row = rowOf(run(addon), 'budget-template');
    expect(row.result).toBe('PASS');
    expect(row.observed).toMatch(/^All \d+ computed cells of the budget sheet match the domain\.$/);
    expect(addon.spreadsheet.getSheets().map((s) => s.getName())).toEqual(['Sheet1', REPORT_SHEET]);
  });

  it("compares like for like in a document with a rate card: the card's figures, edited, on both sides", () => {
    const addon = newAddon();
    const card = call<{ sheetName: string }>(addon, 'insertRateCard', 'both').value.sheetName;
    const sheet = addon.spreadsheet.getSheetByName(card)!;
    const values = sheet.getDataRange().getValues();
    // Every high of the card tripled: the budget's figures are then the card's, not the built-in ones.
    const high = values[0].indexOf('high');
    sheet
      .getRange(2, high + 1, values.length - 1, 1)
      .setValues(values.slice(1).map((r) => [typeof r[high] === 'number' ? r[high] * 3 : r[high]]));
    const budget = rowOf(run(addon), 'budget-template');
    expect(budget.result).toBe('PASS');
    expect(addon.spreadsheet.getSheets().map((s) => s.getName())).toEqual(['Sheet1', card, REPORT_SHEET]);
  });

  it('fails, naming the cell and both figures, when the sheet shows another total', () => {
    const addon = newAddon();
    const { letter, row } = totalMid();
    budgetTotalReads(addon, (value) => Number(value) + 1);
    const failed = rowOf(run(addon), 'budget-template');
    expect(failed.result).toBe('FAIL');
    expect(failed.observed).toMatch(
      new RegExp(
        `^1 of \\d+ computed cells of the budget sheet differ from the domain: Total mid at \\$?${letter}\\$?${row}: the sheet shows [\\d.]+, the domain computes [\\d.]+\\.$`,
      ),
    );
  });
});

describe('the tracker template row', () => {
  it("passes: every debrief cell of the fixture's candidates matches the domain", () => {
    const addon = newAddon();
    const row = rowOf(run(addon), 'tracker-template');
    expect(row.observed).toMatch(/^All \d+ computed cells of the candidate tracker match the domain\.$/);
    expect(row.result).toBe('PASS');
    expect(addon.spreadsheet.getNamedRanges()).toEqual([]);
  });

  it("fails when a candidate's weighted score on the sheet is not the domain's", () => {
    const addon = newAddon();
    const first = TRACKER_FIXTURE.candidates[0];
    const [name, weighted] = [columnOf(CANDIDATE_COLUMNS, 'name'), columnOf(CANDIDATE_COLUMNS, 'weighted')];
    sheetShowsOtherwise(addon, (sheet, rect, values) => {
      if (sheet !== 'Candidates' || rect.col > name || rect.col + rect.numCols <= weighted) return;
      for (const row of values) if (row[name - rect.col] === first) row[weighted - rect.col] = 1.5;
    });
    const failed = rowOf(run(addon), 'tracker-template');
    expect(failed.result).toBe('FAIL');
    expect(failed.observed).toContain(`${first}'s Weighted score at `);
    expect(failed.observed).toMatch(/the sheet shows 1\.5, the domain computes 3\.17/);
  });

  it('fails when the row written twice is not flagged in the Duplicate column', () => {
    const addon = newAddon();
    const duplicate = columnOf(SCORECARD_COLUMNS, 'duplicate');
    sheetShowsOtherwise(addon, (sheet, rect, values) => {
      if (sheet !== 'Scorecards' || rect.col > duplicate || rect.col + rect.numCols <= duplicate) return;
      for (const row of values) row[duplicate - rect.col] = '';
    });
    const failed = rowOf(run(addon), 'tracker-template');
    expect(failed.result).toBe('FAIL');
    const [candidate, interviewer] = TRACKER_FIXTURE.scorecards[0];
    expect(failed.observed).toMatch(
      new RegExp(
        `the Duplicate cell of ${interviewer}'s scorecard of ${candidate} at [A-Z]+\\d+: the sheet shows "?"?, the domain computes "Repeats row 2: counted once"`,
      ),
    );
  });
});

describe('the temporary user key across executions', () => {
  it('is stored on the first run, the same on the next, and a change is a failure', () => {
    const addon = newAddon();
    const first = rowOf(run(addon), KEY_ROW);
    expect(first).toMatchObject({ result: PENDING_RESULTS['run again'] });
    expect(first.observed).toBe('First run for this account: stored the key in your user properties; run again to compare.');

    const second = rowOf(run(addon), KEY_ROW);
    expect(second.result).toBe('PASS');
    expect(second.observed).toMatch(/^Same key as the run on \d{4}-\d\d-\d\d \d\d:\d\d UTC\.$/);

    addon.rotateTemporaryKey();
    const changed = rowOf(run(addon), KEY_ROW);
    expect(changed.result).toBe('FAIL');
    expect(changed.observed).toMatch(/^The key changed since the run on \d{4}-\d\d-\d\d \d\d:\d\d UTC\.$/);
  });

  it("is each person's own: another account's first run stores its key", () => {
    const addon = newAddon();
    run(addon, 'ana@example.com');
    expect(rowOf(run(addon, 'bo@example.com'), KEY_ROW).result).toBe(PENDING_RESULTS['run again']);
    expect(rowOf(run(addon, 'ana@example.com'), KEY_ROW).result).toBe('PASS');
  });

  it("asks for another run, not a failure, when the key changed over more than a day (Google's rotation)", () => {
    const addon = newAddon();
    run(addon);
    const store = addon.userProperties.get('user@example.com')!;
    const stored = JSON.parse(store.get(STORED_KEY_PROPERTY)!) as { key: string; at: number };
    store.set(STORED_KEY_PROPERTY, JSON.stringify({ ...stored, at: stored.at - 2 * 24 * 60 * 60 * 1000 }));
    addon.rotateTemporaryKey();
    const row = rowOf(run(addon), KEY_ROW);
    expect(row.result).toBe(PENDING_RESULTS['run again']);
    expect(row.observed).toMatch(
      /more than a day ago, which Google's 30-day rotation may explain: stored the new key; run again to compare\.$/,
    );
    expect(rowOf(run(addon), KEY_ROW).result).toBe('PASS');
  });
});

describe('a row for real Sheets only', () => {
  const onlyOnSheets: SelfTestCheck = {
    id: 'sheets-only',
    assumption: 'something HyperFormula cannot model',
    where: 'real Sheets only',
    run: ({ newSheet }) => {
      newSheet('ran');
      return { observed: 'ran', pass: true };
    },
  };

  it('reports "runs on real Sheets only" in the emulator, not a pass, and makes nothing', () => {
    const addon = loadAddon({ addonName: 'DevRate' });
    const spreadsheet = addon.spreadsheet as unknown as GoogleAppsScript.Spreadsheet.Spreadsheet;
    const outcome = runInScratch(spreadsheet, onlyOnSheets, '1', 'the DevRate emulator');
    expect(outcome).toEqual({
      observed: 'Not run in the DevRate emulator: it cannot model what this row settles.',
      pending: 'real Sheets only',
    });
    expect(PENDING_RESULTS['real Sheets only']).toBe('NOT RUN: runs on real Sheets only');
    expect(addon.spreadsheet.getSheets().map((s) => s.getName())).toEqual(['Sheet1']);
  });

  it('runs on Google Sheets', () => {
    const addon = loadAddon({ addonName: 'DevRate' });
    const spreadsheet = addon.spreadsheet as unknown as GoogleAppsScript.Spreadsheet.Spreadsheet;
    expect(runInScratch(spreadsheet, onlyOnSheets, '1', 'Google Sheets')).toEqual({ observed: 'ran', pass: true });
  });

  it('is told apart by the add-on itself: the bundle knows it runs in the emulator', () => {
    const addon = newAddon();
    const { text } = addon.clickMenu(['DevRate', 'Run self-test']).value as { text: string };
    expect(text.split('\n')[0]).toMatch(/^DevRate self-test on the DevRate emulator, /);
  });
});
