// Sheet: ranges, layout (frozen rows, widths, hidden columns, tab colour), charts, conditional
// formats and protections.

import type { ChartArg, ConditionalFormatRuleArg, ProtectionTypeArg, RangeArg } from './host-types';
import { parseInput } from '../formulas/cell-values';
import type { SheetModel } from '../formulas/sheet-model';
import { EmbeddedChartBuilderFacade, EmbeddedChartFacade } from './chart';
import { ConditionalFormatRuleFacade } from './conditional-format';
import type { EmulatorContext } from './context';
import { DeveloperMetadataFacade, DeveloperMetadataFinderFacade, addMetadata } from './developer-metadata';
import { growToFit, resolveRange } from './grid-access';
import { deleteDimension, insertDimension, type Dimension, type StructuralEditOptions } from '../formulas/structure';
import { moveColumns, moveRows, sortRows } from '../formulas/rearrange';
import { FilterFacade, rowsHiddenByFilter } from './filter';
import { NamedRangeFacade } from './named-range';
import { ProtectionFacade, createProtection } from './protection';
import { RangeFacade } from './range';
import { RangeListFacade } from './range-list';
import { SpreadsheetFacade } from './spreadsheet';

type GasChart = ChartArg;

export class SheetFacade {
  static readonly apiName = 'Sheet';
  readonly #ctx: EmulatorContext;
  readonly #id: number;

  constructor(ctx: EmulatorContext, sheetId: number) {
    this.#ctx = ctx;
    this.#id = sheetId;
  }

  static idOf(sheet: unknown): number {
    if (!(sheet instanceof SheetFacade)) throw new Error('Invalid argument: sheet');
    return sheet.#id;
  }

  #model(): SheetModel {
    return this.#ctx.workbook.sheet(this.#id);
  }
  #changed(kind: 'format' | 'objects' = 'format'): void {
    this.#ctx.workbook.touch(kind, this.#id);
  }

  getName(): string {
    return this.#model().name;
  }
  getSheetName(): string {
    return this.getName();
  }
  setName(name: string): this {
    this.#ctx.workbook.renameSheet(this.#id, String(name));
    return this;
  }
  getSheetId(): number {
    return this.#id;
  }
  getIndex(): number {
    return this.#ctx.workbook.sheets.findIndex((s) => s.id === this.#id) + 1;
  }
  getParent(): SpreadsheetFacade {
    return new SpreadsheetFacade(this.#ctx);
  }
  activate(): this {
    this.#ctx.workbook.activeSheetId = this.#id;
    this.#ctx.ui.changed();
    return this;
  }

  // ---- ranges ---------------------------------------------------------------------------------
  getRange(a1NotationOrRow: string | number, column?: number, numRows?: number, numColumns?: number): RangeFacade {
    const { sheetId, rect, open } = resolveRange(
      this.#ctx.workbook,
      this.#id,
      [a1NotationOrRow, column, numRows, numColumns].filter((a) => a !== undefined),
    );
    return new RangeFacade(this.#ctx, sheetId, rect, open);
  }
  getRangeList(a1Notations: string[]): RangeListFacade {
    if (!Array.isArray(a1Notations))
      throw new Error("The parameters don't match the method signature for SpreadsheetApp.Sheet.getRangeList.");
    const ranges = a1Notations.map((a1) => this.getRange(String(a1)));
    if (this.#ctx.behaviour.rangeListOrder === 'by-position')
      ranges.sort((a, b) => a.getRow() - b.getRow() || a.getColumn() - b.getColumn());
    return new RangeListFacade(ranges);
  }
  getDataRange(): RangeFacade {
    const { lastRow, lastCol } = this.#ctx.workbook.extent(this.#id);
    return new RangeFacade(this.#ctx, this.#id, { row: 1, col: 1, numRows: Math.max(1, lastRow), numCols: Math.max(1, lastCol) });
  }
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  getSheetValues(startRow: number, startColumn: number, numRows: number, numColumns: number): any[][] {
    return this.getRange(startRow, startColumn, numRows, numColumns).getValues();
  }
  getLastRow(): number {
    return this.#ctx.workbook.extent(this.#id).lastRow;
  }
  getLastColumn(): number {
    return this.#ctx.workbook.extent(this.#id).lastCol;
  }
  getMaxRows(): number {
    return this.#model().maxRows;
  }
  getMaxColumns(): number {
    return this.#model().maxColumns;
  }
  getActiveRange(): RangeFacade | null {
    const rect = this.#ctx.selections.get(this.#id) ?? { row: 1, col: 1, numRows: 1, numCols: 1 };
    return new RangeFacade(this.#ctx, this.#id, rect);
  }
  setActiveRange(range: RangeArg): RangeFacade {
    return (range as unknown as RangeFacade).activate();
  }
  /** Appends after the last row with content; strings are interpreted like typed input. */
  appendRow(rowContents: unknown[]): this {
    if (!Array.isArray(rowContents))
      throw new Error("The parameters (String) don't match the method signature for SpreadsheetApp.Sheet.appendRow.");
    const row = this.getLastRow() + 1;
    const rect = { row, col: 1, numRows: 1, numCols: Math.max(1, rowContents.length) };
    growToFit(this.#model(), rect);
    if (rowContents.length > 0) this.#ctx.workbook.writeContents(this.#id, row, 1, [rowContents.map(parseInput)]);
    return this;
  }
  /** Values and formats; notes and validations stay (gas-fakes test/testsheets.js:496-517). */
  clear(options?: { formatOnly?: boolean; contentsOnly?: boolean }): this {
    this.getRange(1, 1, this.getMaxRows(), this.getMaxColumns()).clear(options);
    return this;
  }
  clearContents(): this {
    return this.clear({ contentsOnly: true });
  }
  clearFormats(): this {
    return this.clear({ formatOnly: true });
  }
  clearNotes(): this {
    this.getRange(1, 1, this.getMaxRows(), this.getMaxColumns()).clearNote();
    return this;
  }
  getNamedRanges(): NamedRangeFacade[] {
    return [...this.#ctx.workbook.namedRanges]
      .filter(([, ref]) => ref.sheetId === this.#id)
      .map(([name]) => new NamedRangeFacade(this.#ctx, name));
  }

  // ---- inserting and deleting rows/columns ----------------------------------------------------
  #insert(dimension: Dimension, before: number, count: number): this {
    insertDimension(this.#ctx.workbook, this.#id, dimension, before, count, this.#edits());
    return this;
  }
  #delete(dimension: Dimension, at: number, count: number): void {
    deleteDimension(this.#ctx.workbook, this.#id, dimension, at, count, this.#edits());
  }
  /** Whether rule formulas follow edits (unconfirmed: self-test row rule-formulas-follow-edits). */
  #edits(): StructuralEditOptions {
    return { ruleFormulas: this.#ctx.behaviour.ruleFormulasOnStructuralEdit === 'shifted' };
  }
  insertRowAfter(afterPosition: number): this {
    return this.#insert('ROWS', afterPosition + 1, 1);
  }
  insertRowBefore(beforePosition: number): this {
    return this.#insert('ROWS', beforePosition, 1);
  }
  insertRowsAfter(afterPosition: number, howMany: number): this {
    return this.#insert('ROWS', afterPosition + 1, howMany);
  }
  insertRowsBefore(beforePosition: number, howMany: number): this {
    return this.#insert('ROWS', beforePosition, howMany);
  }
  insertRows(rowIndex: number, numRows = 1): void {
    this.#insert('ROWS', rowIndex, numRows);
  }
  insertColumnAfter(afterPosition: number): this {
    return this.#insert('COLUMNS', afterPosition + 1, 1);
  }
  insertColumnBefore(beforePosition: number): this {
    return this.#insert('COLUMNS', beforePosition, 1);
  }
  insertColumnsAfter(afterPosition: number, howMany: number): this {
    return this.#insert('COLUMNS', afterPosition + 1, howMany);
  }
  insertColumnsBefore(beforePosition: number, howMany: number): this {
    return this.#insert('COLUMNS', beforePosition, howMany);
  }
  insertColumns(columnIndex: number, numColumns = 1): void {
    this.#insert('COLUMNS', columnIndex, numColumns);
  }
  deleteRow(rowPosition: number): this {
    this.#delete('ROWS', rowPosition, 1);
    return this;
  }
  deleteRows(rowPosition: number, howMany: number): void {
    this.#delete('ROWS', rowPosition, howMany);
  }
  deleteColumn(columnPosition: number): this {
    this.#delete('COLUMNS', columnPosition, 1);
    return this;
  }
  deleteColumns(columnPosition: number, howMany: number): void {
    this.#delete('COLUMNS', columnPosition, howMany);
  }

  /** Moves the columns the range spans to before destinationIndex (counted before the move). */
  moveColumns(columnSpec: RangeArg, destinationIndex: number): void {
    const ref = RangeFacade.refOf(columnSpec);
    if (ref.sheetId !== this.#id) throw new Error('The range must be on this sheet.');
    moveColumns(this.#ctx.workbook, this.#id, ref.col, ref.numCols, destinationIndex, this.#edits());
  }
  /** Moves the rows the range spans to before destinationIndex (counted before the move; rearrange.ts). */
  moveRows(rowSpec: RangeArg, destinationIndex: number): void {
    const ref = RangeFacade.refOf(rowSpec);
    if (ref.sheetId !== this.#id) throw new Error('The range must be on this sheet.');
    moveRows(this.#ctx.workbook, this.#id, ref.row, ref.numRows, destinationIndex, this.#edits());
  }
  /**
   * Sorts the sheet by a column, rows below the frozen rows only (Sheet.sort, "Sorts a sheet by
   * column": https://developers.google.com/apps-script/reference/spreadsheet/sheet#sort(Integer,Boolean);
   * that frozen rows stay put is unconfirmed: self-test row sort-keeps-frozen-rows).
   */
  sort(columnPosition: number, ascending = true): this {
    const model = this.#model();
    const first = this.#ctx.behaviour.frozenRowsOnSort === 'stay' ? model.frozenRows + 1 : 1;
    if (first <= model.maxRows)
      sortRows(
        this.#ctx.workbook,
        this.#id,
        { row: first, col: 1, numRows: model.maxRows - first + 1, numCols: model.maxColumns },
        [{ column: columnPosition, ascending }],
        this.#ctx.behaviour.rowMetadataOnSort,
      );
    return this;
  }

  // ---- the basic filter (filter.ts) ---------------------------------------------------------
  getFilter(): FilterFacade | null {
    return this.#model().filter ? new FilterFacade(this.#ctx, this.#id) : null;
  }
  isRowHiddenByFilter(rowPosition: number): boolean {
    return rowsHiddenByFilter(this.#ctx.workbook, this.#model()).has(Number(rowPosition));
  }

  // ---- layout ---------------------------------------------------------------------------------
  getFrozenRows(): number {
    return this.#model().frozenRows;
  }
  setFrozenRows(rows: number): void {
    this.#model().frozenRows = rows;
    this.#changed();
  }
  getFrozenColumns(): number {
    return this.#model().frozenColumns;
  }
  setFrozenColumns(columns: number): void {
    this.#model().frozenColumns = columns;
    this.#changed();
  }
  getColumnWidth(columnPosition: number): number {
    return this.#model().columnWidth(columnPosition);
  }
  setColumnWidth(columnPosition: number, width: number): this {
    return this.setColumnWidths(columnPosition, 1, width);
  }
  setColumnWidths(startColumn: number, numColumns: number, width: number): this {
    const model = this.#model();
    for (let c = startColumn; c < startColumn + numColumns; c++) model.columnWidths[c] = width;
    this.#changed();
    return this;
  }
  hideColumns(columnIndex: number, numColumns = 1): void {
    const model = this.#model();
    for (let c = columnIndex; c < columnIndex + numColumns; c++) if (!model.hiddenColumns.includes(c)) model.hiddenColumns.push(c);
    this.#changed();
  }
  showColumns(columnIndex: number, numColumns = 1): void {
    const model = this.#model();
    model.hiddenColumns = model.hiddenColumns.filter((c) => c < columnIndex || c >= columnIndex + numColumns);
    this.#changed();
  }
  isColumnHiddenByUser(columnPosition: number): boolean {
    return this.#model().hiddenColumns.includes(columnPosition);
  }
  getTabColor(): string | null {
    return this.#model().tabColor;
  }
  setTabColor(color: string | null): this {
    this.#model().tabColor = color;
    this.#changed();
    return this;
  }
  hideSheet(): this {
    this.#model().hidden = true;
    this.#changed();
    return this;
  }
  showSheet(): this {
    this.#model().hidden = false;
    this.#changed();
    return this;
  }
  isSheetHidden(): boolean {
    return this.#model().hidden;
  }

  // ---- developer metadata ---------------------------------------------------------------------
  addDeveloperMetadata(key: string, valueOrVisibility?: unknown, visibility?: unknown): this {
    addMetadata(this.#ctx, this.#id, { type: 'SHEET' }, [key, valueOrVisibility, visibility]);
    return this;
  }
  /** The metadata on the sheet itself (not on its rows or columns). */
  getDeveloperMetadata(): DeveloperMetadataFacade[] {
    return this.createDeveloperMetadataFinder().withLocationType('SHEET').find();
  }
  createDeveloperMetadataFinder(): DeveloperMetadataFinderFacade {
    return new DeveloperMetadataFinderFacade(this.#ctx, { kind: 'sheet', sheetId: this.#id });
  }

  // ---- charts ---------------------------------------------------------------------------------
  newChart(): EmbeddedChartBuilderFacade {
    return new EmbeddedChartBuilderFacade(this.#ctx);
  }
  insertChart(chart: GasChart): void {
    const spec = EmbeddedChartFacade.specOf(chart);
    spec.id = this.#ctx.workbook.nextObjectId();
    this.#model().charts.push(spec);
    this.#changed('objects');
  }
  updateChart(chart: GasChart): void {
    const spec = EmbeddedChartFacade.specOf(chart);
    const model = this.#model();
    const index = model.charts.findIndex((c) => c.id === spec.id);
    if (index < 0) throw new Error('The chart is not on this sheet.');
    model.charts[index] = spec;
    this.#changed('objects');
  }
  removeChart(chart: GasChart): void {
    const spec = EmbeddedChartFacade.specOf(chart);
    const model = this.#model();
    model.charts = model.charts.filter((c) => c.id !== spec.id);
    this.#changed('objects');
  }
  getCharts(): EmbeddedChartFacade[] {
    return this.#model().charts.map((spec) => new EmbeddedChartFacade(this.#ctx, spec));
  }

  // ---- conditional formats and protections ----------------------------------------------------
  getConditionalFormatRules(): ConditionalFormatRuleFacade[] {
    return this.#model().conditionalFormats.map((spec) => new ConditionalFormatRuleFacade(this.#ctx, spec));
  }
  setConditionalFormatRules(rules: ConditionalFormatRuleArg[]): void {
    this.#model().conditionalFormats = rules.map((rule) => ConditionalFormatRuleFacade.specOf(rule));
    this.#changed();
  }
  clearConditionalFormatRules(): void {
    this.#model().conditionalFormats = [];
    this.#changed();
  }
  protect(): ProtectionFacade {
    return createProtection(this.#ctx, this.#id, 'SHEET', null);
  }
  getProtections(type: ProtectionTypeArg): ProtectionFacade[] {
    return this.#model()
      .protections.filter((p) => p.type === String(type))
      .map((p) => new ProtectionFacade(this.#ctx, this.#id, p.id));
  }
}
