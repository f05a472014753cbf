// runSelfTest in the emulator: every row that can run here passes under the behaviour the emulator
// assumes; each belief's row fails when the emulator is switched to the opposite of it, so the row
// can tell the two apart on real Sheets (only the switched row changes); each acceptance row (a
// template against the domain, the user key across runs) fails when what it compares differs; a
// row for real Sheets only says it did not run. Everything the self-test touched is put back.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ASSUMED, conditionalFormatsFor, loadAddon, type Addon, type SheetsBehaviour } from '../../playground/emulator';
import type { SelfTestCheck } from '../../src/server/self-test/check';
import { DIALECT_CHECKS } from '../../src/server/self-test/dialect-checks';
import { SELF_TEST_CHECKS } from '../../src/server/self-test/registry';
import { runInScratch } from '../../src/server/self-test/scratch';
import { PENDING_RESULTS, REPORT_HEADERS, REPORT_SHEET, type SelfTestRow } from '../../src/server/self-test/report';
import { STORED_KEY_PROPERTY } from '../../src/server/self-test/user-key-across-runs';

/** For each check, the emulator switched to the opposite of what the check assumes. */
const OPPOSITE: Record<string, Partial<SheetsBehaviour>> = {
  'range-list-order': { rangeListOrder: 'by-position' },
  'sheet-name-case': { sheetNameLookup: 'exact-case' },
  'dropdown-number': { dropdownText: 'text' },
  'named-range-deleted-sheet': { namedRangesOfDeletedSheet: 'kept' },
  'number-format-general': { automaticNumberFormat: 'General' },
  'protection-unprotected-ranges': { unprotectedRangesWhenWarningOnly: 'dropped' },
  'builder-reuse': { builderBuild: 'live' },
  'formula-locale': { formulaSyntax: 'spreadsheet-locale' },
  'set-formula-moves-references': { setFormulaOnRange: 'same-text' },
  'conditional-format-empty-text': { emptyTextInNumberRules: 'zero' },
  'properties-scope': { propertyStores: 'shared' },
  'sort-keeps-frozen-rows': { frozenRowsOnSort: 'sorted' },
  'sort-keeps-row-metadata': { rowMetadataOnSort: 'travels' },
  'temporary-user-key': { temporaryUserKey: 'empty' },
  'script-writes-past-validation': { scriptWritesAgainstValidation: 'refused' },
  'rule-formulas-follow-edits': { ruleFormulasOnStructuralEdit: 'unchanged' },
  'blocked-array-shows-ref': { blockedArrayError: '#SPILL!' },
  'dialect-sumifs-one-value': { oneValueFunctions: 'per-row' },
};

/** Rows that check DevRate against the domain or across runs: no belief to switch; tests below fail each. */
const ACCEPTANCE = ['temporary-user-key-across-runs', 'budget-template', 'tracker-template', 'name-skeleton'];
/**
 * The Sheets dialect's forms on known data against literal values (dialect-checks.ts): they pass in
 * the emulator, which evaluates them as the dialect table says, and settle the table on real Sheets;
 * those with a switch are in OPPOSITE. tests/formulas/sheets-dialect-engine.test.ts covers the
 * emulator's side.
 */
const DIALECT_FORMS = DIALECT_CHECKS.map((c) => c.id).filter((id) => !(id in OPPOSITE));
const KEY_ROW = 'temporary-user-key-across-runs';
const REAL_SHEETS_ONLY = SELF_TEST_CHECKS.filter((c) => c.where === 'real Sheets only').map((c) => c.id);
/** A switched belief that another row rests on too: that row fails with it. */
const ALSO_FAILS: Record<string, string[]> = {
  'temporary-user-key': [KEY_ROW],
  // The tracker tags its columns through a range list and matches the tags by position.
  'range-list-order': ['tracker-template'],
  // The de_DE VSTACK row writes its formula through setFormula under that locale.
  'formula-locale': ['dialect-vstack-literal-locale'],
};

/** What a first run in a fresh emulator gives each row when the emulator does what it assumes. */
const FIRST_RUN: Record<string, string> = Object.fromEntries(
  SELF_TEST_CHECKS.map((c) => [
    c.id,
    c.where === 'real Sheets only' ? PENDING_RESULTS['real Sheets only'] : c.id === KEY_ROW ? PENDING_RESULTS['run again'] : 'PASS',
  ]),
);

type Report = { sheetName: string; rows: SelfTestRow[]; text: string };

function selfTested(behaviour: Partial<SheetsBehaviour> = {}, addon = loadAddon({ strictLock: true, addonName: 'DevRate', behaviour })) {
  addon.open('FULL');
  const result = addon.clickMenu(['DevRate', 'Run self-test']);
  const report = result.value as Report;
  return { addon, report, verdicts: verdictsOf(addon, report, behaviour) };
}

/** PASS/FAIL per check id; a LOOK row is read the way its instruction tells a person to. */
function verdictsOf(addon: Addon, report: { sheetName: string; rows: SelfTestRow[] }, behaviour: Partial<SheetsBehaviour>) {
  const sheet = addon.workbook.sheetByName(report.sheetName)!;
  return Object.fromEntries(
    report.rows.map((row, i) => {
      if (!row.result.startsWith('LOOK')) return [row.id, row.result];
      const sample = { row: i + 2, col: REPORT_HEADERS.length, numRows: 1, numCols: 1 };
      const [[format]] = conditionalFormatsFor(addon.workbook, sheet.id, sample, behaviour);
      expect(row.result).toBe('LOOK: PASS if the sample is white, FAIL if it is red');
      return [row.id, format?.background ? 'FAIL' : 'PASS'];
    }),
  );
}

describe('runSelfTest in the emulator', () => {
  it('every row passes under the behaviour the emulator assumes (the user key on the second run)', () => {
    const first = selfTested();
    expect(first.verdicts).toEqual(FIRST_RUN);
    const second = selfTested({}, first.addon);
    expect(second.verdicts).toEqual({ ...FIRST_RUN, [KEY_ROW]: 'PASS' });
  });

  it('writes one row per check: id, assumption, what Sheets did, result, and a sample only where a person looks', () => {
    const { addon, report } = selfTested();
    expect(report.sheetName).toBe(REPORT_SHEET);
    const values = addon.spreadsheet.getSheetByName(REPORT_SHEET)!.getDataRange().getDisplayValues();
    expect(values[0]).toEqual([...REPORT_HEADERS]);
    expect(values.slice(1).map((row) => row.slice(0, 4))).toEqual(report.rows.map((r) => [r.id, r.assumption, r.observed, r.result]));
    const samples = addon.spreadsheet
      .getSheetByName(REPORT_SHEET)!
      .getRange(2, REPORT_HEADERS.length, report.rows.length, 1)
      .getFormulas()
      .flat();
    expect(samples).toEqual(report.rows.map((r) => (r.result.startsWith('LOOK') ? '=IF(TRUE,"","")' : '')));
    expect(report.rows.map((r) => r.id)).toEqual(SELF_TEST_CHECKS.map((c) => c.id));
    for (const row of report.rows) expect(row.observed.length).toBeGreaterThan(20);
    const notRun = REAL_SHEETS_ONLY.length ? `, ${REAL_SHEETS_ONLY.length} not run (real Sheets only)` : '';
    expect(addon.ui.toasts.at(-1)?.message).toBe(
      `${SELF_TEST_CHECKS.length - 2 - REAL_SHEETS_ONLY.length} passed, 0 failed, 1 to check by eye${notRun}, 1 to run again. See "${REPORT_SHEET}".`,
    );
  });

  it('puts back everything it touched: sheets, named ranges, metadata, properties, locale, and writes under the lock', () => {
    const { addon } = selfTested();
    expect(addon.spreadsheet.getSheets().map((s) => s.getName())).toEqual(['Sheet1', REPORT_SHEET]);
    expect(addon.spreadsheet.getNamedRanges()).toEqual([]);
    expect(addon.workbook.developerMetadata).toEqual([]);
    expect([...addon.workbook.documentProperties.keys()]).toEqual([]);
    expect([...addon.scriptProperties.keys()]).toEqual([]);
    // Only the user key it compares on the next run stays, in the user's own store.
    expect([...addon.userProperties.values()].flatMap((store) => [...store.keys()])).toEqual([STORED_KEY_PROPERTY]);
    expect(addon.spreadsheet.getSpreadsheetLocale()).toBe('en_US');
    expect(addon.lockViolations).toEqual([]);
  });

  it("leaves a person's trackers, named ranges, metadata and document properties as they were", () => {
    const addon = loadAddon({ strictLock: true, addonName: 'DevRate' });
    addon.open('FULL');
    addon.clickMenu(['DevRate', 'Insert candidate tracker']);
    addon.workbook.documentProperties.set('mine', 'kept');
    const before = {
      sheets: addon.spreadsheet.getSheets().map((s) => s.getName()),
      names: addon.spreadsheet.getNamedRanges().map((n) => n.getName()),
      metadata: structuredClone(addon.workbook.developerMetadata),
      properties: [...addon.workbook.documentProperties.entries()],
    };
    const { verdicts } = selfTested({}, addon);
    expect(verdicts['tracker-template']).toBe('PASS');
    expect(addon.spreadsheet.getSheets().map((s) => s.getName())).toEqual([...before.sheets, REPORT_SHEET]);
    expect(addon.spreadsheet.getNamedRanges().map((n) => n.getName())).toEqual(before.names);
    expect(addon.workbook.developerMetadata).toEqual(before.metadata);
    expect([...addon.workbook.documentProperties.entries()]).toEqual(before.properties);
  });

  it('never writes over a sheet a person made: a second run gets a sheet of its own', () => {
    const { addon } = selfTested();
    addon.edit(REPORT_SHEET, 'F2', 'my notes');
    const second = addon.clickMenu(['DevRate', 'Run self-test']).value as { sheetName: string };
    expect(second.sheetName).toBe(`${REPORT_SHEET} (2)`);
    expect(addon.spreadsheet.getSheetByName(REPORT_SHEET)!.getRange('F2').getValue()).toBe('my notes');
  });

  it('does the same whatever a client passes through google.script.run', () => {
    const addon = loadAddon({ strictLock: true, addonName: 'DevRate' });
    const report = addon.run('runSelfTest', [{ sheetName: 'Sheet1' }, '=1/0'], { fromClient: true }).value as {
      sheetName: string;
      rows: SelfTestRow[];
    };
    expect(report.sheetName).toBe(REPORT_SHEET);
    expect(report.rows.filter((r) => r.result === 'FAIL')).toEqual([]);
    expect(addon.spreadsheet.getSheets().map((s) => s.getName())).toEqual(['Sheet1', REPORT_SHEET]);
  });

  it('shows the report as text to copy into an issue: the tally, then every row with its result', () => {
    const { addon, report } = selfTested();
    const [heading, tally, blank, ...lines] = report.text.split('\n');
    expect(heading).toMatch(/^DevRate self-test on the DevRate emulator, \d{4}-\d\d-\d\d \d\d:\d\d UTC, locale en_US$/);
    expect(tally).toBe(`${addon.ui.toasts.at(-1)?.message.replace(/ See ".*"\.$/, '')}`);
    expect(blank).toBe('');
    expect(lines).toEqual(report.rows.map((r) => `${r.result} | ${r.id} | ${r.observed.replace(/\s+/g, ' ')}`));
    const dialog = addon.ui.dialog!;
    expect(dialog.title).toBe('DevRate self-test: copy report');
    const textarea = /<textarea[^>]*>([\s\S]*?)<\/textarea>/.exec(dialog.html)![1];
    const unescaped = textarea.replace(
      /&(lt|gt|quot|#39|amp);/g,
      (_, e: string) => ({ lt: '<', gt: '>', quot: '"', '#39': "'", amp: '&' })[e]!,
    );
    expect(unescaped).toBe(report.text);
    expect(textarea).not.toMatch(/<|>/);
  });

  it('reports a check that throws as FAIL with its message, and still undoes what it made', () => {
    const addon = loadAddon({ addonName: 'DevRate' });
    const spreadsheet = addon.spreadsheet as unknown as GoogleAppsScript.Spreadsheet.Spreadsheet;
    const undone: string[] = [];
    const broken: SelfTestCheck = {
      id: 'broken',
      assumption: 'a check that throws half-way',
      run({ newSheet, afterwards }) {
        newSheet('half-way');
        afterwards(() => undone.push('first'));
        afterwards(() => undone.push('second'));
        throw new Error('Service Spreadsheets timed out');
      },
    };
    expect(runInScratch(spreadsheet, broken, '7')).toEqual({
      observed: 'The check stopped with an error: Service Spreadsheets timed out.',
      pass: false,
    });
    expect(undone).toEqual(['second', 'first']);
    expect(addon.spreadsheet.getSheets().map((s) => s.getName())).toEqual(['Sheet1']);
  });

  it('has an opposite behaviour for every belief the emulator models (a new one needs its switch here)', () => {
    const beliefs = SELF_TEST_CHECKS.filter(
      (c) => c.where !== 'real Sheets only' && !ACCEPTANCE.includes(c.id) && !DIALECT_FORMS.includes(c.id),
    );
    expect(Object.keys(OPPOSITE).sort()).toEqual(beliefs.map((c) => c.id).sort());
    expect(ACCEPTANCE.every((id) => SELF_TEST_CHECKS.some((c) => c.id === id))).toBe(true);
    for (const switched of Object.values(OPPOSITE)) {
      for (const [key, value] of Object.entries(switched)) expect(value).not.toBe(ASSUMED[key as keyof SheetsBehaviour]);
    }
  });

  it('is what the emulator README links each unconfirmed belief to, with its switch or as real Sheets only', () => {
    const readme = readFileSync(join(import.meta.dirname, '..', '..', 'playground', 'emulator', 'README.md'), 'utf8');
    for (const [id, switched] of Object.entries(OPPOSITE)) {
      expect(readme).toMatch(new RegExp(`\\| \`${id}\` \\| \`${Object.keys(switched)[0]}\` \\|`));
    }
    for (const id of REAL_SHEETS_ONLY) expect(readme).toMatch(new RegExp(`\\| \`${id}\` \\| real Sheets only \\|`));
    for (const id of DIALECT_FORMS) expect(readme).toMatch(new RegExp(`\\| \`${id}\` \\| none: a dialect form \\|`));
  });

  describe.each(Object.keys(OPPOSITE))('%s', (id) => {
    it('fails when the emulator does the opposite, and only that row changes', () => {
      const { verdicts } = selfTested(OPPOSITE[id]);
      expect(verdicts[id]).toBe('FAIL');
      const expected = { ...FIRST_RUN, [id]: 'FAIL', ...Object.fromEntries((ALSO_FAILS[id] ?? []).map((other) => [other, 'FAIL'])) };
      expect(verdicts).toEqual(expected);
    });
  });
});
