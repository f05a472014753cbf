// Nothing lost: over a spreadsheet whose owner already has sheets named exactly as DevRate names
// its own (with their data, formulas, notes, formats, validation, protection and a named range),
// every menu action runs twice, and so does every write a sidebar makes. The owner's sheets come
// out byte-identical, DevRate's get numbered names, every write holds the document lock, and the
// owner's "Candidates" sheet is never mistaken for a tracker.
import { describe, expect, it, vi } from 'vitest';
import { SIDEBAR_PAGES } from '../../src/server/sidebars';
import { MENU_ITEMS } from '../../src/endpoints/menu';
import { serializeWorkbook, type Addon, type ExecutionResult, type WorkbookJSON } from '../../playground/emulator';
import { scenario } from '../templates/budget-fixture';
import { addonOver, clientCall } from './harness';

/** Sheets named as ours (and as our numbered copies would be), in the owner's own spelling. */
const USER_SHEETS = [
  'Rate Card',
  'Sources',
  'Sources (2)',
  'Candidates',
  'candidates (2)',
  'Scorecards',
  'HIRING CHECKLIST',
  'Budget – Checkout',
];

function ownersSpreadsheet(): Addon {
  const addon = addonOver();
  const ss = addon.spreadsheet;
  const first = ss.getSheetByName('Sheet1')!;
  first.getRange('A1:B3').setValues([
    ['Month', 'Spend'],
    ['May', 1200],
    ['June', 900],
  ]);
  first.getRange('B4').setFormula('=SUM(B2:B3)');
  for (const name of USER_SHEETS) {
    const sheet = ss.insertSheet(name);
    // Looks like ours on purpose: a header row DevRate also writes, the owner's rows under it.
    sheet.getRange('A1:F3').setValues([
      ['kind', 'key', 'region', 'spec', 'low', 'high'],
      ['Ana Lima', 'senior', 'asia', 'ai', 70, 110],
      [`${name}: mine`, '=not a formula', '', '', 1, 2],
    ]);
    sheet.getRange('G2').setFormula('=E2*2');
    sheet.getRange('A2').setNote('my note');
    sheet.getRange('E2:F3').setNumberFormat('$#,##0');
    addon.workbook
      .sheetByName(name)!
      .updateCell(
        2,
        3,
        (cell) => (cell.validation = { criteria: 'VALUE_IN_LIST', values: [['asia', 'global']], allowInvalid: false, helpText: null }),
      );
    sheet.getRange('A1:F1').setFontWeight('bold').setBackground('#ffeeaa');
    sheet.setFrozenRows(1);
    sheet.getRange('A5:B5').merge();
    sheet.protect().setDescription('mine').setWarningOnly(true);
  }
  ss.setNamedRange('MyShortlist', ss.getSheetByName('Candidates')!.getRange('A1:A3'));
  return addon;
}

const sheetsById = (json: WorkbookJSON) => new Map(json.sheets.map((s) => [s.id, JSON.stringify(s)]));

describe('every DevRate action, twice, over sheets named like ours', () => {
  vi.setConfig({ testTimeout: 120_000 }); // two real trackers and their formulas: seconds, more on a loaded machine

  it("leaves the owner's sheets byte-identical, numbers ours, and writes only under the document lock", () => {
    const addon = ownersSpreadsheet();
    const before = serializeWorkbook(addon.workbook);
    const ownSheets = sheetsById(before);
    const results: ExecutionResult[] = [];
    const sidebarTitles: Record<string, string> = {
      showAbout: SIDEBAR_PAGES.About,
      showWizard: SIDEBAR_PAGES.Wizard,
      showRateCardPicker: SIDEBAR_PAGES.RateCard,
      showScoring: SIDEBAR_PAGES.Scoring,
    };

    for (let round = 1; round <= 2; round++) {
      for (const item of MENU_ITEMS) {
        const version = addon.workbook.version;
        addon.ui.closeSidebar();
        const result = addon.clickMenu(['DevRate', item.label]);
        results.push(result);
        if (sidebarTitles[item.action]) {
          expect(addon.ui.sidebar?.title, item.label).toBe(sidebarTitles[item.action]);
          expect(addon.workbook.version, `${item.label} only opens its sidebar`).toBe(version);
        }
      }
      // What the sidebars write, as a person would do it each time round.
      const trackerId = (clientCall(addon, 'getScoringContext', [null]).result.value as { trackerId: number }).trackerId;
      for (const [endpoint, payload] of [
        ['createBudgetSheet', scenario((i) => (i.project.name = 'Checkout'))],
        ['insertRateCard', 'both'],
        ['addCandidate', { trackerId, name: 'Ana Lima', level: 'senior', region: 'asia' }],
        [
          'submitScorecard',
          {
            trackerId,
            candidate: 'Ana Lima',
            interviewer: 'Ben',
            round: 'technical',
            date: '2026-05-04',
            vote: 'Yes',
            scores: { database: 3 },
            redFlags: [],
            notes: 'round one',
          },
        ],
        ['revealScores', { trackerId, candidate: 'Ana Lima', interviewer: 'Ben' }],
      ] as const) {
        results.push(clientCall(addon, endpoint, [payload]).result);
      }
    }

    const after = serializeWorkbook(addon.workbook);
    for (const sheet of before.sheets) {
      const now = after.sheets.find((s) => s.id === sheet.id);
      expect(now, `the owner's sheet "${sheet.name}" is still there`).toBeDefined();
      expect(JSON.stringify(now), `the owner's sheet "${sheet.name}" is unchanged`).toBe(ownSheets.get(sheet.id));
    }
    expect(after.namedRanges.MyShortlist).toEqual(before.namedRanges.MyShortlist);
    expect(Object.keys(after.namedRanges).filter((n) => n !== 'MyShortlist' && !n.startsWith('DevRate'))).toEqual([]);

    const ours = after.sheets.filter((s) => !ownSheets.has(s.id)).map((s) => s.name);
    expect(ours.sort()).toEqual(
      [
        'Candidates (3)',
        'Scorecards (2)',
        'Scoring rules',
        'Hiring checklist (2)', // round one: the owner has Candidates, candidates (2), Scorecards, HIRING CHECKLIST
        'Candidates (4)',
        'Scorecards (3)',
        'Scoring rules (2)',
        'Hiring checklist (3)',
        'Sources (3)',
        'Sources (4)',
        'Budget – Checkout (2)',
        'Budget – Checkout (3)',
        'Rate Card (2)', // one card per spreadsheet: the second insert is refused
        'DevRate self-test',
        'DevRate self-test (2)', // Run self-test: its report; its scratch sheets are gone
      ].sort(),
    );

    for (const result of results) expect(result.lockViolations, result.entryPoint).toEqual([]);
    expect(addon.lockViolations).toEqual([]);

    // The owner's Candidates sheet is not a tracker: the sidebar lists only ours, with our candidate.
    const context = clientCall(addon, 'getScoringContext', [null]).result.value as {
      trackers: { label: string }[];
      candidates: { name: string; scorecards: number }[];
    };
    expect(context.trackers.map((t) => t.label)).toEqual(['Candidates (3)', 'Candidates (4)']);
    expect(context.candidates).toMatchObject([{ name: 'Ana Lima', stage: '', scorecards: 1, submitted: ['Ben'], revealed: { by: 'Ben' } }]);
  });
});
