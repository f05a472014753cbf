// Saving and restoring a workbook as JSON (the playground writes it to a file after each change).
// Computed values are not saved: they are recomputed from the contents on restore.

import {
  SheetModel,
  type CellRecord,
  type ChartSpec,
  type ConditionalRuleSpec,
  type DeveloperMetadataSpec,
  type FilterSpec,
  type ProtectionSpec,
  type RangeRef,
} from './sheet-model';
import type { GridRect } from '../../src/sheets/a1';
import { Workbook } from './workbook';

export const WORKBOOK_JSON_FORMAT = 'devrate-emulator-workbook@1';

export interface SheetJSON {
  id: number;
  name: string;
  cells: Array<[row: number, col: number, cell: CellRecord]>;
  frozenRows: number;
  frozenColumns: number;
  maxRows: number;
  maxColumns: number;
  columnWidths: Record<number, number>;
  hiddenColumns: number[];
  hidden: boolean;
  tabColor: string | null;
  conditionalFormats: ConditionalRuleSpec[];
  protections: ProtectionSpec[];
  charts: ChartSpec[];
  merges: GridRect[];
  developerMetadata?: DeveloperMetadataSpec[];
  filter?: FilterSpec | null;
}

export interface WorkbookJSON {
  format: typeof WORKBOOK_JSON_FORMAT;
  id: string;
  name: string;
  timeZone: string;
  activeSheetId: number;
  nextSheetId: number;
  nextObjectId: number;
  sheets: SheetJSON[];
  namedRanges: Record<string, RangeRef>;
  documentProperties: Record<string, string>;
  developerMetadata?: DeveloperMetadataSpec[];
}

const clone = <T>(value: T): T => structuredClone(value);

export function serializeWorkbook(workbook: Workbook): WorkbookJSON {
  const sheets = workbook.sheets.map((sheet): SheetJSON => ({
    id: sheet.id,
    name: sheet.name,
    cells: [...sheet.entries()].map(([row, col, cell]) => [row, col, clone(cell)]),
    frozenRows: sheet.frozenRows,
    frozenColumns: sheet.frozenColumns,
    maxRows: sheet.maxRows,
    maxColumns: sheet.maxColumns,
    columnWidths: { ...sheet.columnWidths },
    hiddenColumns: [...sheet.hiddenColumns],
    hidden: sheet.hidden,
    tabColor: sheet.tabColor,
    conditionalFormats: clone(sheet.conditionalFormats),
    protections: clone(sheet.protections),
    charts: clone(sheet.charts),
    merges: clone(sheet.merges),
    developerMetadata: clone(sheet.developerMetadata),
    filter: clone(sheet.filter),
  }));
  return {
    format: WORKBOOK_JSON_FORMAT,
    id: workbook.id,
    name: workbook.name,
    timeZone: workbook.timeZone,
    activeSheetId: workbook.activeSheetId,
    ...workbook.counters(),
    sheets,
    namedRanges: Object.fromEntries([...workbook.namedRanges].map(([name, ref]) => [name, { ...ref }])),
    documentProperties: Object.fromEntries(workbook.documentProperties),
    developerMetadata: clone(workbook.developerMetadata),
  };
}

/** A workbook as read from a file: its format is whatever the file says, and is checked here. */
export function deserializeWorkbook(json: Omit<WorkbookJSON, 'format'> & { format: unknown }): Workbook {
  if (json.format !== WORKBOOK_JSON_FORMAT) throw new Error(`Not an emulator workbook (format ${String(json.format)})`);
  const sheets = json.sheets.map((data) => {
    const sheet = new SheetModel(data.id, data.name);
    for (const [row, col, cell] of data.cells) sheet.cells.set(SheetModel.key(row, col), clone(cell));
    sheet.frozenRows = data.frozenRows;
    sheet.frozenColumns = data.frozenColumns;
    sheet.maxRows = data.maxRows;
    sheet.maxColumns = data.maxColumns;
    sheet.columnWidths = { ...data.columnWidths };
    sheet.hiddenColumns = [...data.hiddenColumns];
    sheet.hidden = data.hidden;
    sheet.tabColor = data.tabColor;
    sheet.conditionalFormats = clone(data.conditionalFormats);
    sheet.protections = clone(data.protections);
    sheet.charts = clone(data.charts);
    sheet.merges = clone(data.merges);
    sheet.developerMetadata = clone(data.developerMetadata ?? []);
    sheet.filter = clone(data.filter ?? null);
    return sheet;
  });
  return new Workbook({
    id: json.id,
    name: json.name,
    timeZone: json.timeZone,
    sheets,
    activeSheetId: json.activeSheetId,
    nextSheetId: json.nextSheetId,
    nextObjectId: json.nextObjectId,
    namedRanges: json.namedRanges,
    documentProperties: json.documentProperties,
    developerMetadata: json.developerMetadata,
  });
}
