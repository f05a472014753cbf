// Writes the Hiring checklist sheet: the sources' hiring steps and implementation checklist,
// one task a row, with a Done checkbox, an owner and a date, written as a planned grid (grid.ts).
// Done rows turn grey.
import { hiring } from '../../domain/dataset';
import { CHECKLIST_COLUMNS, columnOf, letterOf } from './layout';
import { block, rangesOf } from './sheet-ranges';
import { SheetGrid } from '../grid';
import { setColumnWidths, writeGrid } from '../sheet-writer';
import { TONES, freezeHeader } from './styling';

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

/** The sheet as a plan: the header, then a task a row, Done a checkbox and Date a date. */
export function checklistGrid(tasks: readonly ChecklistTask[]): SheetGrid {
  const g = new SheetGrid(WIDTH);
  CHECKLIST_COLUMNS.forEach((c, i) => g.text(1, i + 1, c.header, { tone: 'header' }));
  tasks.forEach((t, r) => {
    const row = r + 2;
    const text: Record<string, string> = { task: t.task, part: t.part, source: t.source };
    CHECKLIST_COLUMNS.forEach((c, i) => {
      const options = { format: c.numberFormat };
      if (c.key === 'done') g.set(row, i + 1, false, { validation: { kind: 'checkbox' } });
      else if (c.key === 'date') g.set(row, i + 1, '', { ...options, validation: { kind: 'date', help: 'When it was done, or is due.' } });
      else g.put(row, i + 1, text[c.key] ?? '', options);
    });
  });
  return g;
}

/** Returns the table, header included. */
export function writeChecklistSheet(sheet: Sheet): Range {
  const tasks = checklistTasks();
  writeGrid(sheet, checklistGrid(tasks), { titleAt: null });
  const r = rangesOf(sheet, {
    table: block(1, 1, tasks.length + 1, WIDTH),
    struck: block(2, columnOf(CHECKLIST_COLUMNS, 'task'), tasks.length, WIDTH - 1), // greyed out once done
  });
  // Long tasks wrap and every row sits at the top, the header's too.
  r.table.setWrap(true).setVerticalAlignment('top');
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
