// Where a table's header row is, found by developer metadata (key devrate.header on the whole
// row, written on insert and by Repair) rather than by its titles: people rename and retype
// headers, and a sort or a deleted row moves titles where the metadata says no header is. The
// titles are only a fallback for a tracker from before the metadata (Repair tags it then), and a
// structure the two cannot settle is damage every action refuses and Repair restores.
import { cellText } from '../cell-text';
import { COLUMN_METADATA_KEY, columnsByMetadata, locateColumns } from './columns';
import type { Column } from './layout';
import { forgetSheetMetadata, metadataOnce } from './metadata-cache';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
type Values = readonly (readonly unknown[])[];

export const HEADER_METADATA_KEY = 'devrate.header';

/** The words every structural refusal ends with: the one action that fixes it. */
export const REPAIR_HINT = 'Use DevRate > Repair tracker';

/** A sheet's structural metadata: header rows, and columns by key. */
export interface SheetMetadata {
  /** Rows (1-based) tagged as the header, top first (one, unless something went wrong). */
  headerRows: number[];
  /** Column key → the columns (1-based) tagged with it, left first. */
  columns: Map<string, number[]>;
}

/**
 * The header tags and the column tags, by key (so no tag's key is read): every getter on a tag is
 * a call in Apps Script, four per column, which a table's columns make the bulk of a read's cost.
 */
export function readSheetMetadata(sheet: Sheet): SheetMetadata {
  const headerRows: number[] = [];
  for (const m of sheet.createDeveloperMetadataFinder().withKey(HEADER_METADATA_KEY).find()) {
    const row = m.getLocation().getRow()?.getRow();
    if (row !== undefined) headerRows.push(row);
  }
  const columns = new Map<string, number[]>();
  for (const m of sheet.createDeveloperMetadataFinder().withKey(COLUMN_METADATA_KEY).find()) {
    const column = m.getLocation().getColumn()?.getColumn();
    const value = m.getValue() ?? '';
    if (column !== undefined) columns.set(value, [...(columns.get(value) ?? []), column]);
  }
  headerRows.sort((a, b) => a - b);
  for (const at of columns.values()) at.sort((a, b) => a - b);
  return { headerRows, columns };
}

/** Tags a header row (whole row in A1: Sheets takes metadata on a whole row or column only). */
export function tagHeaderRow(sheet: Sheet, row: number): void {
  forgetSheetMetadata();
  sheet.getRange(`${row}:${row}`).addDeveloperMetadata(HEADER_METADATA_KEY);
}

/** Removes every header tag of a sheet (before tagging the right row again). */
export function untagHeaderRows(sheet: Sheet): void {
  forgetSheetMetadata();
  for (const m of sheet.createDeveloperMetadataFinder().withKey(HEADER_METADATA_KEY).find()) m.remove();
}

/** A row above the header that holds a table row's data: its key cell and another typed cell. */
export interface RowAbove {
  row: number;
  /** What its key cell holds (the candidate's name). */
  name: string;
  /** What its other typed cells hold, in column order. */
  holds: string[];
}

export interface HeaderSurvey {
  /** The header's index in values (0-based); meaningless when deleted. */
  index: number;
  /** Whether the row is tagged as the header (else found by its titles, for Repair to tag). */
  tagged: boolean;
  /** Neither metadata nor titles: the header row was deleted. */
  deleted: boolean;
  /** Rows of data above the header (a sort with the header row included). */
  dataAbove: RowAbove[];
}

const titleText = (v: unknown) => cellText(v).trim().replace(/\s+/g, ' ').toLowerCase();
const isBlank = (v: unknown) => v === '' || v === null || v === undefined || v === false;

/** How many of the layout's titles a row holds. */
function titlesIn(row: readonly unknown[], layout: readonly Column[]): number {
  const titles = new Set(layout.map((c) => titleText(c.header)));
  return row.filter((v) => !isBlank(v) && titles.has(titleText(v))).length;
}

/**
 * The first row holding half the layout's titles or more (at least two), or -1: a row of
 * titles that is not tagged is a header only for a tracker without the metadata.
 */
export function titlesRow(values: Values, layout: readonly Column[]): number {
  const enough = Math.max(2, Math.ceil(layout.length / 2));
  return values.findIndex((row) => titlesIn(row, layout) >= enough);
}

/**
 * A row holding a table row's data: its key column (the layout's first: the candidate's name)
 * and at least one more typed column filled. A title typed above the header (one cell) is not,
 * nor a row holding two of the table's titles or more (a header, some of it renamed).
 */
export function isDataRow(row: readonly unknown[], layout: readonly Column[], columns: ReadonlyMap<string, number>): boolean {
  const [key, ...rest] = layout;
  if (titlesIn(row, layout) >= 2) return false;
  const at = (c: Column) => columns.get(c.key);
  const keyAt = at(key);
  if (keyAt === undefined || isBlank(row[keyAt - 1]) || titleText(row[keyAt - 1]) === titleText(key.header)) return false;
  return rest.some((c) => !c.formula && !c.debrief && at(c) !== undefined && !isBlank(row[(at(c) ?? 0) - 1]));
}

/**
 * Where the header is. The tagged row wins over titles (people rename headers) unless a sort left
 * the tag behind: Sheets may keep a row's metadata on its row number when rows are sorted
 * (unconfirmed, see playground/emulator/README.md), so the titles moved and the tag did not. A tag
 * stayed behind when it is on a row that is no header (a row of data, or a row with fewer than two
 * titles) while a row of titles is elsewhere; or, with no row of titles left (the moved header
 * row deleted too), when it is on a row of data that is not the frozen header (a sort across the
 * header needs the header unfrozen). columns: where the columns are by their metadata (for the
 * data check). frozenRows: the sheet's frozen rows.
 */
export function surveyHeader(
  values: Values,
  layout: readonly Column[],
  metadata: SheetMetadata,
  columns: ReadonlyMap<string, number>,
  frozenRows: number,
): HeaderSurvey {
  const texts = titlesRow(values, layout);
  const stayedBehind = (row: number) => {
    const cells = values[row - 1] ?? [];
    const data = isDataRow(cells, layout, columns);
    if (texts >= 0) return texts !== row - 1 && (data || titlesIn(cells, layout) < 2);
    return data && frozenRows !== row;
  };
  const tag = metadata.headerRows.find((row) => !stayedBehind(row));
  const index = tag !== undefined ? tag - 1 : texts;
  if (index < 0) return { index: 0, tagged: false, deleted: true, dataAbove: [] };
  return { index, tagged: tag !== undefined, deleted: false, dataAbove: rowsAbove(values, index, layout, columns) };
}

/** The data rows above the header's index. */
export const rowsAbove = (values: Values, index: number, layout: readonly Column[], columns: ReadonlyMap<string, number>): RowAbove[] =>
  values
    .slice(0, index)
    .flatMap((row, i) =>
      isDataRow(row, layout, columns) ? [{ row: i + 1, name: nameOf(row, layout, columns), holds: holdsOf(row, layout, columns) }] : [],
    );

/** The typed cells of a row other than its key, as text, in the layout's order. */
const holdsOf = (row: readonly unknown[], layout: readonly Column[], columns: ReadonlyMap<string, number>) =>
  layout.slice(1).flatMap((c) => {
    const at = columns.get(c.key);
    if (c.formula || c.debrief || at === undefined || isBlank(row[at - 1])) return [];
    return [cellText(row[at - 1]).trim()];
  });

export interface TableStructure {
  header: HeaderSurvey;
  /** Column key → column (1-based): metadata first, header text for columns without it. */
  columns: Map<string, number>;
}

/** A table's header and columns from its values and its metadata (read once while the sheet keeps its size: metadata-cache.ts). */
export function locateTable(sheet: Sheet, layout: readonly Column[], values: Values): TableStructure {
  const metadata = metadataOnce(sheet, readSheetMetadata);
  const header = surveyHeader(values, layout, metadata, columnsByMetadata(layout, metadata.columns), sheet.getFrozenRows());
  const columns = locateColumns(layout, header.deleted ? [] : (values[header.index] ?? []), metadata.columns);
  // Columns found by their text too (a tracker from before the column metadata) tell data rows apart.
  if (!header.deleted) header.dataAbove = rowsAbove(values, header.index, layout, columns);
  return { header, columns };
}

const nameOf = (row: readonly unknown[], layout: readonly Column[], columns: ReadonlyMap<string, number>) =>
  cellText(row[(columns.get(layout[0].key) ?? 1) - 1]).trim();

/** "row 2 (Ana), row 3 (Bo)". */
export const describeRowsAbove = (rows: readonly RowAbove[]) => rows.map((r) => `row ${r.row} ("${r.name}")`).join(', ');

/** The damage a survey shows, in words a person can act on, or null when the header is sound. */
export function headerDamage(survey: HeaderSurvey, sheetName: string): string | null {
  if (survey.deleted) {
    return `The header row of "${sheetName}" is gone (deleted), so DevRate cannot tell its columns from its rows. ${REPAIR_HINT} to insert a new header row above the first row of data.`;
  }
  if (survey.dataAbove.length) {
    return `Rows of "${sheetName}" are above its header row, out of the table: ${describeRowsAbove(survey.dataAbove)} (a sort that included the header row). ${REPAIR_HINT}, which says how to put them back below the header.`;
  }
  return null;
}

/** The first row (1-based) holding a table row's data, or the row after the last one: where a new header goes. */
export function firstDataRow(values: Values, layout: readonly Column[], columns: ReadonlyMap<string, number>): number {
  const i = values.findIndex((row) => isDataRow(row, layout, columns));
  return (i < 0 ? values.length : i) + 1;
}
