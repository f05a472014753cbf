// Repair of a table's header row (structure.ts finds it): a deleted header comes back as a new
// row inserted above the first row of data, never by promoting a data row; the header's metadata
// is put on the header row (a tracker from before it, or a tag a sort left behind); the header is
// frozen again. Rows of data a sort put above the header are named for people to move: which
// rows are data and which are people's own notes above the table is a guess DevRate does not
// act on, and freezing down to the header would pin them there, so the frozen rows wait.
import { cellText } from '../cell-text';
import type { Column } from './layout';
import { markHeader } from './styling';
import { firstDataRow, locateTable, tagHeaderRow, untagHeaderRows, type RowAbove } from './structure';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

export interface HeaderRepair {
  /** The header row (1-based) after the repair. */
  headerRow: number;
  /** Where each column is (by metadata; by header text for a column without it). */
  columns: Map<string, number>;
}

/**
 * Restores the header of a table. restored: what was put back; blocked: what people must do.
 * notes: the header notes the table is written with, by column key.
 */
export function restoreHeader(
  sheet: Sheet,
  layout: readonly Column[],
  notes: ReadonlyMap<string, string>,
  restored: string[],
  blocked: string[],
): HeaderRepair {
  const values = sheet.getDataRange().getValues();
  const { header, columns } = locateTable(sheet, layout, values);
  if (header.deleted) {
    const row = firstDataRow(values, layout, columns);
    sheet.insertRowBefore(row);
    writeTitles(sheet, row, layout, columns, notes);
    untagHeaderRows(sheet);
    tagHeaderRow(sheet, row);
    restored.push(
      `a new header row on "${sheet.getName()}" at row ${row}, above the first row of data (the header row was deleted; every row below it is as it was)`,
    );
    refreeze(sheet, row, restored);
    return { headerRow: row, columns };
  }
  const headerRow = header.index + 1;
  if (!header.tagged) {
    untagHeaderRows(sheet);
    tagHeaderRow(sheet, headerRow);
  }
  if (header.dataAbove.length) {
    blocked.push(rowsAboveMessage(sheet.getName(), headerRow, header.dataAbove));
    return { headerRow, columns };
  }
  refreeze(sheet, headerRow, restored);
  return { headerRow, columns };
}

/** The titles (and notes) of the columns found, in one row: bold on grey, as a written header. */
function writeTitles(
  sheet: Sheet,
  row: number,
  layout: readonly Column[],
  columns: ReadonlyMap<string, number>,
  notes: ReadonlyMap<string, string>,
): void {
  const width = Math.max(1, ...columns.values());
  const titles: string[] = Array.from({ length: width }, () => '');
  const noteCells: string[] = Array.from({ length: width }, () => '');
  for (const c of layout) {
    const at = columns.get(c.key);
    if (at === undefined) continue;
    titles[at - 1] = c.formula ? '' : c.header; // a computed column's header is its formula: Repair writes it next
    noteCells[at - 1] = notes.get(c.key) ?? c.note ?? '';
  }
  const range = sheet.getRange(row, 1, 1, width);
  range.setValues([titles]);
  if (noteCells.some(Boolean)) range.setNotes([noteCells]);
  markHeader(range).setWrap(true).setVerticalAlignment('top');
}

/** "Rows 2 to 3 of "Candidates" hold data above its header row (row 4): ..." */
function rowsAboveMessage(sheetName: string, headerRow: number, rows: readonly RowAbove[]): string {
  const each = rows
    .map((r) => {
      const shown = r.holds.slice(0, 4).map((h) => `"${cellText(h)}"`);
      if (r.holds.length > 4) shown.push(`and ${r.holds.length - 4} more cells`);
      return `row ${r.row}: "${r.name}"${shown.length ? ` with ${shown.join(', ')}` : ''}`;
    })
    .join('; ');
  return `Rows of data are above the header row (row ${headerRow}) of "${sheetName}", out of the table, as a sort that included the header row leaves them: ${each}. Move them below the header row (select the rows, then drag them below row ${headerRow}), then run DevRate > Repair tracker again to freeze the header. The frozen rows were left as they are, so that no row of data is pinned above the header.`;
}

/**
 * The header row frozen again when rows were inserted above it (Sheets keeps the frozen count, so
 * the header would sort with the rows below it): the rows above stay as people left them.
 */
function refreeze(sheet: Sheet, headerRow: number, restored: string[]): void {
  if (sheet.getFrozenRows() === headerRow) return;
  sheet.setFrozenRows(headerRow);
  restored.push(`the frozen header of "${sheet.getName()}" (rows 1 to ${headerRow}, so that sorting leaves its header row in place)`);
}
