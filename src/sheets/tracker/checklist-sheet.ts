// Writes the Hiring checklist sheet: the sources' hiring steps and implementation checklist,
// one task a row, with a Done checkbox, an owner and a date. Done rows turn grey.
import { hiring } from '../../domain/dataset';
import { CHECKLIST_COLUMNS, columnOf, letterOf } from './layout';
import { block, rangesOf } from './sheet-ranges';
import { setColumnWidths } from '../sheet-writer';
import { TONES, columnFormats, freezeHeader, headerTitles, markHeader } from './styling';
import { grid, type TrackerRules } from './validations';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
type Range = GoogleAppsScript.Spreadsheet.Range;

const WIDTH = CHECKLIST_COLUMNS.length;

export interface ChecklistTask {
  part: string;
  task: string;
  source: string;
}

/** The sources' process steps first, in order, then the checklist of habits. */
export function checklistTasks(): ChecklistTask[] {
  const cite = (t: { source: string; section: string }) => `${t.source}, ${t.section}`;
  return [
    ...hiring.hiringSteps.map((t, i) => ({ part: `Hiring step ${i + 1}`, task: t.task, source: cite(t) })),
    ...hiring.checklist.map((t) => ({ part: 'Checklist', task: t.task, source: cite(t) })),
  ];
}

/** Returns the table, header included. */
export function writeChecklistSheet(sheet: Sheet, rules: TrackerRules): Range {
  const tasks = checklistTasks();
  const rows = tasks.map((t) => CHECKLIST_COLUMNS.map((c) => ({ done: false, task: t.task, part: t.part, source: t.source })[c.key] ?? ''));
  const r = rangesOf(sheet, {
    table: block(1, 1, tasks.length + 1, WIDTH),
    header: block(1, 1, 1, WIDTH),
    body: block(2, 1, tasks.length, WIDTH),
    struck: block(2, columnOf(CHECKLIST_COLUMNS, 'task'), tasks.length, WIDTH - 1), // greyed out once done
  });
  // Every row wraps and sits at the top, the header's too: one call each for the whole table.
  r.table
    .setValues([headerTitles(CHECKLIST_COLUMNS), ...rows])
    .setWrap(true)
    .setVerticalAlignment('top');
  markHeader(r.header);
  const checkRules = CHECKLIST_COLUMNS.map((c) =>
    c.key === 'done' ? rules.checkbox() : c.key === 'date' ? rules.date('When it was done, or is due.') : null,
  );
  r.body.setNumberFormats(columnFormats(CHECKLIST_COLUMNS, tasks.length)).setDataValidations(grid(checkRules, tasks.length));
  const done = SpreadsheetApp.newConditionalFormatRule()
    .whenFormulaSatisfied(`=$${letterOf(CHECKLIST_COLUMNS, 'done')}2=TRUE`)
    .setFontColor(TONES.waiting.font)
    .setStrikethrough(true)
    .setRanges([r.struck])
    .build();
  sheet.setConditionalFormatRules([done]);
  freezeHeader(sheet, 0);
  setColumnWidths(
    sheet,
    CHECKLIST_COLUMNS.map((c) => c.width),
  );
  return r.table;
}
