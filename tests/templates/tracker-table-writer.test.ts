// One table writer: a column Repair puts back is laid down as insert lays it. Each kind of column
// (typed with a rule, a formula, a debrief figure, free text with a note, a score with its rubric,
// a checkbox) is deleted from a seeded tracker and repaired, then compared with the same column of
// a tracker that was never edited: header look, note, width, hidden state, number format,
// validation, protection, metadata tag and what the header cell computes.
import { describe, expect, it } from 'vitest';
import { dataset } from '../../src/domain/dataset';
import { columnLetter } from '../../src/sheets/a1';
import { CANDIDATE_COLUMNS, SCORECARD_COLUMNS, flagKey, scoreKey, type Column } from '../../src/sheets/tracker/layout';
import { PROTECTION_DESCRIPTIONS, layColumns, type TablePlan } from '../../src/sheets/tracker/table-writer';
import { columnOf, headerRowOf, partSheet, seededTracker, type Part } from './tracker-edits';
import { call, insertTracker, newAddon, scorecard } from './tracker-fixture';
import { conditionalFormatsFor, type Addon } from '../../playground/emulator';

type Sheet = NonNullable<ReturnType<typeof partSheet>>;
const { questions, redFlags } = dataset.hiring;
const headerOf = (columns: readonly Column[], key: string) => columns.find((c) => c.key === key)?.header ?? key;
/** A column DevRate fills (a formula in its header, or the debrief), by its header. */
const computed = (header: string) =>
  [...CANDIDATE_COLUMNS, ...SCORECARD_COLUMNS].some((c) => c.header === header && (c.formula ?? c.debrief));

/** A rule as people meet it: what it allows, its help and whether it refuses. */
function ruleOf(sheet: Sheet, row: number, column: number) {
  const rule = sheet.getRange(row, column).getDataValidation();
  if (!rule) return null;
  const values = rule
    .getCriteriaValues()
    .map((v) => (v && typeof v === 'object' && 'getA1Notation' in v ? `${v.getSheet().getName()}!${v.getA1Notation()}` : v));
  return { type: String(rule.getCriteriaType()), values, help: rule.getHelpText(), refuses: !rule.getAllowInvalid() };
}

/** Everything DevRate lays down for one column, wherever it is, from the header row down. */
function columnLook(sheet: Sheet, header: string) {
  const headerRow = headerRowOf(sheet);
  const column = columnOf(sheet, header);
  const cell = sheet.getRange(headerRow, column);
  const last = sheet.getMaxRows();
  const letter = columnLetter(column);
  const protections = sheet
    .getProtections(RANGE)
    .filter((p) => p.getRange().getColumn() <= column && column <= p.getRange().getLastColumn())
    .map((p) => ({
      description: p.getDescription(),
      warningOnly: p.isWarningOnly(),
      from: p.getRange().getRow() - headerRow, // 0: the header row is guarded too
      toLastRow: p.getRange().getLastRow() === last,
    }));
  return {
    header: {
      bold: cell.getFontWeight(),
      background: cell.getBackground(),
      wrap: cell.getWrap(),
      alignment: cell.getVerticalAlignment(),
      note: cell.getNote(),
    },
    width: sheet.getColumnWidth(column),
    hidden: sheet.isColumnHiddenByUser(column),
    formats: [sheet.getRange(headerRow + 1, column).getNumberFormat(), sheet.getRange(last, column).getNumberFormat()],
    rules: [ruleOf(sheet, headerRow + 1, column), ruleOf(sheet, last, column)],
    protections,
    metadata: sheet
      .getRange(`${letter}:${letter}`)
      .getDeveloperMetadata()
      .map((m) => [m.getKey(), m.getValue()]),
    // What a computed column shows for the seeded candidates (a typed one's values went with it).
    shown: !computed(header)
      ? []
      : sheet
          .getRange(headerRow + 1, column, 4, 1)
          .getDisplayValues()
          .map((r) => r[0]),
  };
}

const sheetOf = (addon: Addon, part: Part) => {
  const sheet = partSheet(addon, part);
  if (!sheet) throw new Error(`no ${part} sheet`);
  return sheet;
};

/**
 * The colours a column shows: its cells below the header (a computed column's figures), and a
 * probe typed into a free row below them (a typed column's values went with it), so a colour
 * rule that is missing shows.
 */
function columnColours(addon: Addon, sheet: Sheet, header: string, probe: string | number | boolean | undefined) {
  const headerRow = headerRowOf(sheet);
  const column = columnOf(sheet, header);
  if (probe !== undefined) sheet.getRange(headerRow + 10, column).setValue(probe);
  const sheetId = addon.workbook.sheetByName(sheet.getName())?.id ?? -1;
  const colours = conditionalFormatsFor(addon.workbook, sheetId, { row: headerRow + 1, col: column, numRows: 10, numCols: 1 }).map(
    (r) => r[0]?.background ?? null,
  );
  return computed(header) ? colours : colours.slice(9); // a typed column: the probe only
}

const KINDS: [string, Part, string, (string | number | boolean)?][] = [
  ['a typed column with a dropdown', 'candidates', 'Stage'],
  ['a typed number column with a rule and a format', 'candidates', 'Years'],
  ['a typed column with a rule, a format, a note and a colour', 'candidates', 'Take-home hours', 40],
  ['free text with a note', 'candidates', 'Panel'],
  ['a formula column', 'candidates', 'Market $/hour'],
  ['a formula column reading another', 'candidates', 'Rate check'],
  ['a debrief column with a format', 'candidates', 'Weighted score'],
  ['the last debrief column', 'candidates', 'Recommendation'],
  ['a score with its rubric', 'scorecards', headerOf(SCORECARD_COLUMNS, scoreKey(questions[1].id)), 1],
  ['a red-flag checkbox', 'scorecards', headerOf(SCORECARD_COLUMNS, flagKey(redFlags[1].id)), true],
  ['the interviewer, with its note', 'scorecards', 'Interviewer'],
  ['the candidate dropdown', 'scorecards', 'Candidate'],
  // Any hidden helper column a layout has is one more kind.
  ...CANDIDATE_COLUMNS.filter((c) => c.hidden).map((c): [string, Part, string] => ['a hidden column', 'candidates', c.header]),
  ...SCORECARD_COLUMNS.filter((c) => c.hidden).map((c): [string, Part, string] => ['a hidden column', 'scorecards', c.header]),
];

describe('a column Repair puts back looks and behaves like a new one', () => {
  it.each(KINDS)('%s (%s: "%s")', (_kind, part, header, probe) => {
    const pristine = seededTracker();
    const expected = columnLook(sheetOf(pristine, part), header);
    const expectedColours = columnColours(pristine, sheetOf(pristine, part), header, probe);
    const addon = seededTracker();
    const sheet = sheetOf(addon, part);
    sheet.deleteColumn(columnOf(sheet, header));
    const { value, error } = addon.clickMenu(['DevRate', 'Repair tracker']);
    expect(error).toBeUndefined();
    // Deleting a column before the formulas' inputs breaks their references too: Repair rewrites them.
    expect(value).toMatchObject([{ restored: expect.arrayContaining([`the "${header}" column of "${sheet.getName()}"`]) }]);
    const restored = columnLook(sheet, header);
    expect(restored).toEqual(expected);
    expect(columnColours(addon, sheet, header, probe)).toEqual(expectedColours);
    if (probe !== undefined) expect(expectedColours.at(-1)).not.toBeNull(); // the probe is coloured: the comparison can fail
    // Nothing that shows is left to chance: the comparison covers a look that is there.
    expect(restored.header).toMatchObject({ bold: 'bold', wrap: true, alignment: 'top' });
    expect(restored.metadata).toContainEqual(['devrate.column', expect.any(String)]);
  });

  it('guards a restored computed column as insert guards it', () => {
    const addon = seededTracker();
    const sheet = sheetOf(addon, 'candidates');
    for (const header of ['Market $/hour', 'Weighted score']) sheet.deleteColumn(columnOf(sheet, header));
    addon.clickMenu(['DevRate', 'Repair tracker']);
    expect(columnLook(sheet, 'Market $/hour').protections).toEqual([
      { description: PROTECTION_DESCRIPTIONS.formula, warningOnly: true, from: 0, toLastRow: true },
    ]);
    expect(columnLook(sheet, 'Weighted score').protections).toEqual([
      { description: PROTECTION_DESCRIPTIONS.debrief, warningOnly: true, from: 0, toLastRow: true },
    ]);
    expect(columnLook(sheet, 'Stage').protections).toEqual([]);
  });
});

describe('rows DevRate adds when a table fills its sheet', () => {
  /** Each column's number format and rule on a row, by header. */
  const rowLook = (sheet: Sheet, row: number, skip: readonly string[] = []) =>
    Object.fromEntries(
      sheet
        .getRange(1, 1, 1, sheet.getLastColumn())
        .getValues()[0]
        .map(String)
        .map((header, i) => [header, { format: sheet.getRange(row, i + 1).getNumberFormat(), rule: ruleOf(sheet, row, i + 1) }] as const)
        .filter(([header]) => header !== '' && !skip.includes(header)),
    );
  const names = (from: number, count: number) => Array.from({ length: count }, (_, i) => [`Candidate ${from + i}`]);

  it('are laid down from the layout, not copied from a last row someone changed', () => {
    const addon = newAddon();
    insertTracker(addon);
    const candidates = sheetOf(addon, 'candidates');
    candidates.getRange(2, 1, 100, 1).setValues(names(1, 100));
    const stage = columnOf(candidates, 'Stage');
    candidates.getRange(101, stage).clearDataValidations(); // the last row's dropdown cleared by hand
    expect(call(addon, 'addCandidate', { trackerId: 1, name: 'Candidate 101' }).error).toBeUndefined();
    expect(candidates.getMaxRows()).toBeGreaterThan(101);
    // The name rule refers to its own cell, so its formula differs row by row: checked by what it does below.
    expect(rowLook(candidates, 150, ['Candidate'])).toEqual(rowLook(candidates, 2, ['Candidate']));
    expect(ruleOf(candidates, 150, stage)).toMatchObject({ type: 'VALUE_IN_LIST' });
    // The name rule, set on the new block as a whole, refers to the block's first row as row 2's rule refers to row 2.
    const first = ruleOf(candidates, 2, 1);
    const grown = ruleOf(candidates, 150, 1);
    expect(first).toMatchObject({ type: 'CUSTOM_FORMULA' });
    expect(grown).toEqual({ ...first, values: [String(first?.values[0]).replace('TRIM(A2)', 'TRIM(A102)')] });
  });

  it('keep the Candidate dropdown on a grown Scorecards sheet', () => {
    const addon = newAddon();
    insertTracker(addon);
    sheetOf(addon, 'candidates').getRange('A2').setValue('Ana');
    const scorecards = sheetOf(addon, 'scorecards');
    scorecards.getRange(2, 1, 100, 2).setValues(Array.from({ length: 100 }, () => ['Ana', 'Someone']));
    expect(call(addon, 'submitScorecard', scorecard('Ana', 'Ben', [3, 3, 3, 3, 3, 3])).error).toBeUndefined();
    expect(scorecards.getMaxRows()).toBeGreaterThan(101);
    expect(rowLook(scorecards, 150)).toEqual(rowLook(scorecards, 2));
    expect(ruleOf(scorecards, 150, 1)).toMatchObject({ type: 'VALUE_IN_RANGE' });
  });
});

describe('the table writer', () => {
  const layout: Column[] = [
    { key: 'name', header: 'Name', width: 160 },
    { key: 'helper', header: 'Helper', width: 64, hidden: true, numberFormat: '0', note: 'Kept by DevRate.' },
    { key: 'shown', header: 'Shown', width: 110, debrief: () => 1, numberFormat: '0.00' },
  ];
  const planAt = (positions: Map<string, number>): TablePlan => ({
    layout,
    positions,
    headerRow: 1,
    rule: () => null,
    headerCell: (c) => c.header,
    note: (c) => c.note ?? '',
  });
  const table = (addon: Addon) => {
    // The emulator's sheet as the add-on's code sees it: it implements what DevRate calls (as partSheet does).
    const sheet = addon.spreadsheet.insertSheet('Table') as unknown as Sheet;
    layColumns(sheet, planAt(new Map(layout.map((c, i) => [c.key, i + 1]))));
    return sheet;
  };

  it('hides a hidden column, on insert and when it lays the column down again', () => {
    const addon = newAddon();
    const sheet = table(addon);
    expect([1, 2, 3].map((c) => sheet.isColumnHiddenByUser(c))).toEqual([false, true, false]);
    const expected = columnLook(sheet, 'Helper');
    sheet.deleteColumn(2);
    layColumns(
      sheet,
      planAt(
        new Map([
          ['name', 1],
          ['shown', 2],
          ['helper', 3],
        ]),
      ),
      ['helper'],
    );
    expect(columnLook(sheet, 'Helper')).toEqual(expected);
    expect(expected).toMatchObject({ hidden: true, width: 64, formats: ['0', '0'], header: { note: 'Kept by DevRate.' } });
  });

  it('writes adjacent columns together and leaves the others alone', () => {
    const addon = newAddon();
    const sheet = table(addon);
    expect(sheet.getRange(1, 1, 1, 3).getValues()).toEqual([['Name', 'Helper', 'Shown']]);
    expect(sheet.getRange(1, 4).getValue()).toBe('');
    expect(sheet.getRange(1, 4).getFontWeight()).not.toBe('bold');
    expect(columnLook(sheet, 'Shown').protections).toEqual([
      { description: PROTECTION_DESCRIPTIONS.debrief, warningOnly: true, from: 0, toLastRow: true },
    ]);
    expect(columnLook(sheet, 'Name').protections).toEqual([]);
  });
});

/** SpreadsheetApp.ProtectionType.RANGE: the emulator's enums are their own names. */
const RANGE = 'RANGE' as unknown as GoogleAppsScript.Spreadsheet.ProtectionType;
