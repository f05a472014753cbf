// runSelfTest in the emulator: every row passes under the behaviour the emulator assumes, and
// each row fails when the emulator is switched to the opposite of its assumption, so the row
// can tell the two apart on real Sheets. Only the switched row changes; everything the
// self-test touched is put back. Rows marked realSheetsOnly (the Sheets dialect's forms) have
// no opposite here: they pass in the emulator and settle on real Sheets what the table says.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ASSUMED, conditionalFormatsFor, loadAddon, type Addon, type SheetsBehaviour } from '../../playground/emulator';
import type { SelfTestCheck } from '../../src/server/self-test/check';
import { SELF_TEST_CHECKS } from '../../src/server/self-test/registry';
import { runInScratch } from '../../src/server/self-test/scratch';
import { REPORT_HEADERS, REPORT_SHEET, type SelfTestRow } from '../../src/server/self-test/report';

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
  'temporary-user-key': { temporaryUserKey: 'empty' },
  'script-writes-past-validation': { scriptWritesAgainstValidation: 'refused' },
  'rule-formulas-follow-edits': { ruleFormulasOnStructuralEdit: 'unchanged' },
  'blocked-array-shows-ref': { blockedArrayError: '#SPILL!' },
  'dialect-sumifs-one-value': { oneValueFunctions: 'per-row' },
};

function selfTested(behaviour: Partial<SheetsBehaviour> = {}) {
  const addon = loadAddon({ strictLock: true, addonName: 'DevRate', behaviour });
  addon.open('FULL');
  const result = addon.clickMenu(['DevRate', 'Run self-test']);
  const report = result.value as { sheetName: string; rows: SelfTestRow[] };
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
  it('every row passes under the behaviour the emulator assumes', () => {
    const { verdicts } = selfTested();
    expect(verdicts).toEqual(Object.fromEntries(SELF_TEST_CHECKS.map((c) => [c.id, 'PASS'])));
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
    expect(addon.ui.toasts.at(-1)?.message).toBe(
      `${SELF_TEST_CHECKS.length - 1} passed, 0 failed, 1 to check by eye. See "${REPORT_SHEET}".`,
    );
  });

  it('puts back everything it touched: sheets, named ranges, properties, locale, and writes under the lock', () => {
    const { addon } = selfTested();
    expect(addon.spreadsheet.getSheets().map((s) => s.getName())).toEqual(['Sheet1', REPORT_SHEET]);
    expect(addon.spreadsheet.getNamedRanges()).toEqual([]);
    expect([...addon.workbook.documentProperties.keys()]).toEqual([]);
    expect([...addon.scriptProperties.keys()]).toEqual([]);
    expect([...addon.userProperties.values()].flatMap((store) => [...store.keys()])).toEqual([]);
    expect(addon.spreadsheet.getSpreadsheetLocale()).toBe('en_US');
    expect(addon.lockViolations).toEqual([]);
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

  it('has an opposite behaviour for every check not marked real Sheets only (a new check needs its switch here)', () => {
    expect(Object.keys(OPPOSITE).sort()).toEqual(
      SELF_TEST_CHECKS.filter((c) => !c.realSheetsOnly)
        .map((c) => c.id)
        .sort(),
    );
    for (const switched of Object.values(OPPOSITE)) {
      for (const [key, value] of Object.entries(switched)) expect(value).not.toBe(ASSUMED[key as keyof SheetsBehaviour]);
    }
  });

  it('is what the emulator README links each unconfirmed belief to, with its switch or as real Sheets only', () => {
    const readme = readFileSync(join(import.meta.dirname, '..', '..', 'playground', 'emulator', 'README.md'), 'utf8');
    for (const [id, switched] of Object.entries(OPPOSITE)) {
      expect(readme).toMatch(new RegExp(`\\| \`${id}\` \\| \`${Object.keys(switched)[0]}\` \\|`));
    }
    for (const check of SELF_TEST_CHECKS.filter((c) => c.realSheetsOnly))
      expect(readme).toMatch(new RegExp(`\\| \`${check.id}\` \\| real Sheets only \\|`));
  });

  describe.each(SELF_TEST_CHECKS.filter((c) => !c.realSheetsOnly).map((c) => c.id))('%s', (id) => {
    it('fails when the emulator does the opposite, and only that row changes', () => {
      const { verdicts } = selfTested(OPPOSITE[id]);
      expect(verdicts[id]).toBe('FAIL');
      // A real-Sheets-only row may rest on a switched belief too (the de_DE VSTACK row on formula-locale).
      const realSheetsOnly = new Set(SELF_TEST_CHECKS.filter((c) => c.realSheetsOnly).map((c) => c.id));
      const others = Object.entries(verdicts).filter(([other]) => other !== id && !realSheetsOnly.has(other));
      expect(others.filter(([, verdict]) => verdict !== 'PASS')).toEqual([]);
    });
  });
});
