// Plain data for one sheet: cells (content, formats, notes, validations) and sheet-level features.
// Everything here is JSON-friendly so a workbook can be saved and restored.

import type { GridRect } from '../../src/sheets/a1';
import type { CellScalar } from './cell-values';

/** A rectangle on a given sheet. Rows/columns are 1-based. */
export interface RangeRef extends GridRect {
  sheetId: number;
  /** Made from open-ended A1 (A2:A): reaches the sheet's last row as rows are added or removed. */
  toLastRow?: true;
}

export interface CellStyle {
  fontWeight?: 'bold' | 'normal';
  fontStyle?: 'italic' | 'normal';
  fontColor?: string | null;
  background?: string | null;
  wrap?: boolean;
  horizontalAlignment?: string | null;
  verticalAlignment?: string | null;
  fontSize?: number;
  fontFamily?: string | null;
}

/** JSON-safe data-validation criteria values: ranges and dates are tagged. */
export type CriteriaValue = string | number | boolean | null | { range: RangeRef } | { date: string } | CriteriaValue[];

export interface ValidationSpec {
  criteria: string;
  values: CriteriaValue[];
  allowInvalid: boolean;
  helpText: string | null;
}

export interface TextFormatSpec {
  background?: string | null;
  fontColor?: string | null;
  bold?: boolean | null;
  italic?: boolean | null;
  strikethrough?: boolean | null;
  underline?: boolean | null;
}

export interface ConditionalRuleSpec {
  ranges: RangeRef[];
  condition: { type: string; values: CriteriaValue[] } | null;
  format: TextFormatSpec;
}

export interface ProtectionSpec {
  id: number;
  type: 'RANGE' | 'SHEET';
  range: RangeRef | null;
  description: string;
  warningOnly: boolean;
  editors: string[];
  domainEdit: boolean;
  unprotected: RangeRef[];
  rangeName: string | null;
}

export interface ChartSpec {
  id: number;
  chartType: string;
  ranges: RangeRef[];
  options: Record<string, unknown>;
  position: { row: number; col: number; offsetX: number; offsetY: number };
  numHeaders: number;
  transpose: boolean;
}

/** Developer metadata on a whole row or column (index 1-based), the sheet, or the spreadsheet. */
export interface DeveloperMetadataSpec {
  id: number;
  key: string;
  value: string | null;
  visibility: 'DOCUMENT' | 'PROJECT';
  location: { type: 'ROW' | 'COLUMN'; index: number } | { type: 'SHEET' } | { type: 'SPREADSHEET' };
}

/** One column's criteria of a basic filter: a condition, and/or values to hide (display text). */
export interface FilterColumnSpec {
  condition: { type: string; values: CriteriaValue[] } | null;
  hiddenValues: string[];
  visibleValues: string[];
}

/** A sheet's basic filter: its range (header row first) and criteria by sheet column number. */
export interface FilterSpec {
  range: GridRect;
  columns: Record<number, FilterColumnSpec>;
}

export interface CellRecord {
  value?: CellScalar;
  /** Formula text including the leading "=". */
  formula?: string;
  numberFormat?: string;
  style?: CellStyle;
  note?: string;
  validation?: ValidationSpec;
}

export const DEFAULT_MAX_ROWS = 1000;
export const DEFAULT_MAX_COLUMNS = 26;
export const DEFAULT_COLUMN_WIDTH = 100;

/** Whether a record counts toward the content extent: a value or a formula. */
const holdsContent = (cell: CellRecord) => cell.value !== undefined || cell.formula !== undefined;

/**
 * The cells by "row:col", keeping the content extent (asked on every getDataRange, getLastRow
 * and getLastColumn) as cells change: a write only ever grows it, so the whole map is scanned
 * again only after content on its last row or column is removed.
 */
class CellMap extends Map<string, CellRecord> {
  /** The extent, or null when it must be scanned again. */
  extent: { lastRow: number; lastCol: number } | null = { lastRow: 0, lastCol: 0 };
  /** The same records by column, then row: a column of thousands is read without building a key per cell. */
  private readonly byColumn: (CellRecord | undefined)[][] = [];
  override set(key: string, cell: CellRecord): this {
    const before = this.get(key);
    const [row, col] = key.split(':').map(Number);
    if (this.extent) {
      if (holdsContent(cell)) {
        this.extent = { lastRow: Math.max(this.extent.lastRow, row), lastCol: Math.max(this.extent.lastCol, col) };
      } else if (before && holdsContent(before)) this.shrinkAt(row, col);
    }
    (this.byColumn[col] ??= [])[row] = cell;
    return super.set(key, cell);
  }
  override delete(key: string): boolean {
    const before = this.get(key);
    const [row, col] = key.split(':').map(Number);
    if (before && holdsContent(before) && this.extent) this.shrinkAt(row, col);
    const column = this.byColumn[col] as (CellRecord | undefined)[] | undefined; // no array for a column never written
    if (column) column[row] = undefined;
    return super.delete(key);
  }
  override clear(): void {
    this.extent = { lastRow: 0, lastCol: 0 };
    this.byColumn.length = 0;
    super.clear();
  }
  at(row: number, col: number): CellRecord | undefined {
    return this.byColumn[col]?.[row];
  }
  /** Content left this cell: the extent may shrink only when it was on the last row or column. */
  private shrinkAt(row: number, col: number): void {
    if (this.extent && (row >= this.extent.lastRow || col >= this.extent.lastCol)) this.extent = null;
  }
}

export class SheetModel {
  readonly cells: Map<string, CellRecord> = new CellMap();
  frozenRows = 0;
  frozenColumns = 0;
  maxRows = DEFAULT_MAX_ROWS;
  maxColumns = DEFAULT_MAX_COLUMNS;
  columnWidths: Record<number, number> = {};
  hiddenColumns: number[] = [];
  hidden = false;
  tabColor: string | null = null;
  conditionalFormats: ConditionalRuleSpec[] = [];
  protections: ProtectionSpec[] = [];
  charts: ChartSpec[] = [];
  merges: GridRect[] = [];
  /** The basic filter (Range.createFilter), at most one per sheet. */
  filter: FilterSpec | null = null;
  /** Metadata on this sheet, its rows and its columns. */
  developerMetadata: DeveloperMetadataSpec[] = [];

  constructor(
    readonly id: number,
    public name: string,
  ) {}

  static key(row: number, col: number): string {
    return `${row}:${col}`;
  }

  cell(row: number, col: number): CellRecord | undefined {
    const cells = this.cells;
    return cells instanceof CellMap ? cells.at(row, col) : cells.get(SheetModel.key(row, col));
  }

  /** Applies a change to a cell record, dropping the record when nothing is left in it. */
  updateCell(row: number, col: number, change: (cell: CellRecord) => void): void {
    const key = SheetModel.key(row, col);
    // A copy: the record in the map stays as it was until set, which keeps the extent (CellMap).
    const changed = { ...this.cells.get(key) };
    change(changed);
    const cell = definedEntries(changed);
    if (cell.style) {
      const style = definedEntries(cell.style);
      if (Object.keys(style).length === 0) delete cell.style;
      else cell.style = style;
    }
    if (Object.keys(cell).length === 0) this.cells.delete(key);
    else this.cells.set(key, cell);
  }

  /** Last row/column holding a value or formula (1-based; 0 when the sheet has no content). */
  contentExtent(): { lastRow: number; lastCol: number } {
    // Every change of content goes through set, delete or clear (a record changed in place, as
    // updateCell changes it, is set again; a formula rewritten in place stays a formula).
    const cells = this.cells;
    if (!(cells instanceof CellMap)) return this.scanExtent();
    cells.extent ??= this.scanExtent();
    return { ...cells.extent };
  }

  private scanExtent(): { lastRow: number; lastCol: number } {
    let lastRow = 0;
    let lastCol = 0;
    for (const [key, cell] of this.cells) {
      if (cell.value === undefined && cell.formula === undefined) continue;
      const [r, c] = key.split(':').map(Number);
      if (r > lastRow) lastRow = r;
      if (c > lastCol) lastCol = c;
    }
    return { lastRow, lastCol };
  }

  *entries(): IterableIterator<[number, number, CellRecord]> {
    for (const [key, cell] of this.cells) {
      const [r, c] = key.split(':').map(Number);
      yield [r, c, cell];
    }
  }

  columnWidth(col: number): number {
    return this.columnWidths[col] ?? DEFAULT_COLUMN_WIDTH;
  }
}

/** A record without its undefined entries (an undefined entry is no entry), in the same order. */
function definedEntries<T extends object>(record: T): T {
  return Object.fromEntries(Object.entries(record).filter(([, value]) => value !== undefined)) as T;
}
