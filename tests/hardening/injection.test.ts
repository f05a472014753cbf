// Injection, uniformly: every text field a sidebar sends to the sheet (project name, deliverables,
// candidate names, interviewer names, notes) and names typed straight into the Candidates sheet
// and copied by the server, with text Sheets would otherwise read as a formula (=, +, -, @), a
// number, a percentage, a date or a boolean. Each must land as exactly that text and read back
// unchanged.
import { describe, expect, it } from 'vitest';
import type { Addon } from '../../playground/emulator';
import { scenario } from '../templates/budget-fixture';
import { addonOver, clientCall } from './harness';
import { FORMULA_LIKE, SCRIPT_PAYLOADS } from './payloads';
import { trackerWorkbook } from './workbooks';

/** Everything a person might type that Sheets would not keep as text if written as typed. */
const TYPED = [
  ...FORMULA_LIKE,
  '+',
  '-',
  '@',
  '=SUM(A:A)',
  '-=1',
  '+-1',
  '@=1',
  '-0',
  '+1e3',
  '1,5',
  '(1)',
  '#REF!',
  'FALSE',
  ...SCRIPT_PAYLOADS,
];

interface Landed {
  value: unknown;
  formula: string;
  display: string;
}

function cellAt(addon: Addon, sheetName: string, row: number, col: number): Landed {
  const range = addon.spreadsheet.getSheetByName(sheetName)!.getRange(row, col);
  return { value: range.getValue(), formula: range.getFormula(), display: range.getDisplayValue() };
}

const asText = (text: string): Landed => ({ value: text, formula: '', display: text });

function rowOf(addon: Addon, sheetName: string, column: number, text: string): number {
  const values = addon.spreadsheet.getSheetByName(sheetName)!.getRange(1, column, 600, 1).getValues();
  const index = values.findIndex((r) => r[0] === text);
  if (index < 0) throw new Error(`"${text}" is not in column ${column} of ${sheetName}`);
  return index + 1;
}

describe('text a person typed in the wizard', () => {
  const addon = addonOver();

  it.each(TYPED)('lands as text on the budget sheet: project name and deliverable %s', (text) => {
    const created = clientCall(addon, 'createBudgetSheet', [
      scenario((i) => {
        i.project.name = text;
        i.project.deliverables = [text, `  ${text}`];
      }),
    ]);
    if (!created.ok) expect.fail(created.message);
    const { sheetName } = created.value as { sheetName: string };
    const labelled = (label: string) => cellAt(addon, sheetName, rowOf(addon, sheetName, 1, label), 2);
    expect(labelled('Project name')).toEqual(asText(text));
    expect(labelled('90-day deliverable 1')).toEqual(asText(text));
    expect(labelled('90-day deliverable 2')).toEqual(asText(text)); // trimmed, as the wizard shows it
  });
});

describe('text a person typed in the scoring sidebar', () => {
  const addon = addonOver(trackerWorkbook());
  const candidates = addon.spreadsheet.getRangeByName('DevRateCandidates')!.getSheet().getName();
  const scorecards = addon.spreadsheet.getRangeByName('DevRateScorecards')!.getSheet().getName();

  it.each(TYPED)('%s lands as text as a candidate, an interviewer and a note, and reads back unchanged', (text) => {
    const added = clientCall(addon, 'addCandidate', [{ trackerId: 1, name: text }]);
    if (/^[=<>]/.test(text)) {
      // COUNTIFS would read such a name as a comparison: refused, with the reason.
      expect(added).toMatchObject({ ok: false, message: expect.stringMatching(/cannot contain \* \? ~ or start with = < >/) });
    } else {
      expect(added.ok, added.ok ? '' : added.message).toBe(true);
      expect(cellAt(addon, candidates, rowOf(addon, candidates, 1, text), 1)).toEqual(asText(text));
    }
    const candidate = added.ok ? text : 'Ana Lima';
    const interviewer = `${text} `; // the schema trims what it compares; the note keeps its spacing
    const submitted = clientCall(addon, 'submitScorecard', [
      { trackerId: 1, candidate, interviewer, date: '2026-05-04', scores: { database: 3 }, redFlags: [], notes: text },
    ]);
    expect(submitted.ok, submitted.ok ? '' : submitted.message).toBe(true);
    const row = rowOf(addon, scorecards, 2, text);
    const notesColumn = addon.spreadsheet.getSheetByName(scorecards)!.getLastColumn();
    expect(cellAt(addon, scorecards, row, 1)).toEqual(asText(candidate));
    expect(cellAt(addon, scorecards, row, 2)).toEqual(asText(text));
    expect(cellAt(addon, scorecards, row, notesColumn)).toEqual(asText(text));
    // And the sidebar gets back what was typed.
    const debrief = clientCall(addon, 'getDebrief', [{ trackerId: 1, candidate, interviewer: text }]);
    expect(debrief).toMatchObject({
      ok: true,
      value: { candidate, scorecards: expect.arrayContaining([expect.objectContaining({ interviewer: text, notes: text })]) },
    });
  });
});

describe('a name typed straight into the Candidates sheet', () => {
  const addon = addonOver(trackerWorkbook());
  const sheet = addon.spreadsheet.getRangeByName('DevRateCandidates')!.getSheet().getName();

  it.each(TYPED.filter((t) => !/^[=<>]/.test(t)).map((text, i) => [text, 20 + i] as const))(
    '%s is copied to the Scorecards sheet as text',
    (text, row) => {
      addon.edit(sheet, `A${row}`, `'${text}`); // typed with an apostrophe, as Sheets users keep text
      expect(cellAt(addon, sheet, row, 1)).toEqual(asText(text));
      const listed = clientCall(addon, 'getScoringContext', [1]);
      expect(listed.ok && (listed.value as { candidates: { name: string }[] }).candidates.map((c) => c.name)).toContain(text.trim());
      const submitted = clientCall(addon, 'submitScorecard', [
        { trackerId: 1, candidate: text, interviewer: 'Ben', date: '2026-05-04', scores: { database: 2 }, redFlags: [], notes: '' },
      ]);
      expect(submitted.ok, submitted.ok ? '' : submitted.message).toBe(true);
      const scorecards = addon.spreadsheet.getRangeByName('DevRateScorecards')!.getSheet().getName();
      expect(cellAt(addon, scorecards, rowOf(addon, scorecards, 1, text.trim()), 1)).toEqual(asText(text.trim()));
    },
  );
});
