// Writes the Hiring checklist sheet: the sources' hiring steps and implementation checklist,
// one task a row, with a Done checkbox, an owner and a date. Done rows turn grey.
import { dataset } from '../../domain/dataset';
import { CHECKLIST_COLUMNS, columnOf, letterOf } from './layout';
import { TONES, setColumnWidths, setNumberFormats, writeHeader } from './styling';
import * as rule from './validations';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
type Range = GoogleAppsScript.Spreadsheet.Range;

export interface ChecklistTask {
  part: string;
  task: string;
  source: string;
}

/** The sources' process steps first, in order, then the checklist of habits. */
export function checklistTasks(): ChecklistTask[] {
  const cite = (t: { source: string; section: string }) => `${t.source}, ${t.section}`;
  return [
    ...dataset.hiring.hiringSteps.map((t, i) => ({ part: `Hiring step ${i + 1}`, task: t.task, source: cite(t) })),
    ...dataset.hiring.checklist.map((t) => ({ part: 'Checklist', task: t.task, source: cite(t) })),
  ];
}

export function writeChecklistSheet(sheet: Sheet): Range {
  const tasks = checklistTasks();
  writeHeader(sheet, CHECKLIST_COLUMNS, 0);
  const rows = tasks.map((t) => CHECKLIST_COLUMNS.map((c) => ({ done: false, task: t.task, part: t.part, source: t.source })[c.key] ?? ''));
  sheet.getRange(2, 1, tasks.length, CHECKLIST_COLUMNS.length).setValues(rows).setWrap(true).setVerticalAlignment('top');
  setNumberFormats(sheet, CHECKLIST_COLUMNS, tasks.length);
  const rules = CHECKLIST_COLUMNS.map((c) => (c.key === 'done' ? rule.checkbox() : c.key === 'date' ? rule.date('When it was done, or is due.') : null));
  sheet.getRange(2, 1, tasks.length, CHECKLIST_COLUMNS.length).setDataValidations(rule.grid(rules, tasks.length));
  const done = SpreadsheetApp.newConditionalFormatRule()
    .whenFormulaSatisfied(`=$${letterOf(CHECKLIST_COLUMNS, 'done')}2=TRUE`)
    .setFontColor(TONES.waiting.font)
    .setStrikethrough(true)
    .setRanges([sheet.getRange(2, columnOf(CHECKLIST_COLUMNS, 'task'), tasks.length, CHECKLIST_COLUMNS.length - 1)])
    .build();
  sheet.setConditionalFormatRules([done]);
  setColumnWidths(sheet, CHECKLIST_COLUMNS.map((c) => c.width));
  return sheet.getRange(1, 1, tasks.length + 1, CHECKLIST_COLUMNS.length);
}
