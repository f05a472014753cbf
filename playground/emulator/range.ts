// Range: values, formulas, geometry, protection, merges, checkboxes. Formatting lives in the base.

import { columnLetter, formatA1, type GridRect } from '../../src/sheets/a1';
import { isDateFormat, parseInput, serialToDate, textOf, type CellContent } from '../formulas/cell-values';
import { shiftFormula } from '../formulas/formula-shift';
import { mergeCells } from '../formulas/merge-cells';
import { sortRows, type SortKey } from '../formulas/rearrange';
import type { RangeRef } from '../formulas/sheet-model';
import { formulaAsLocaleReads } from './behaviour';
import type { EmulatorContext } from './context';
import { acceptsValue } from './data-validation';
import { DeveloperMetadataFacade, DeveloperMetadataFinderFacade, addMetadata, locationOfRange } from './developer-metadata';
import { assertInside, type OpenEnds } from './grid-access';
import { ProtectionFacade, createProtection } from './protection';
import { RangeFormatting } from './range-formatting';
import { FilterFacade, createFilter } from './filter';
import { copyRange, moveRange } from './range-transfer';
import type { RangeArg } from './host-types';
import { SheetFacade } from './sheet';

export function toRangeRef(range: unknown): RangeRef {
  return RangeFacade.refOf(range);
}

export class RangeFacade extends RangeFormatting {
  static readonly apiName = 'Range';
  /**
   * How the A1 notation that made it was written (developer metadata and open-ended rules need it).
   * Whole rows ("5:7") or columns ("D:F") keep that form: their A1 notation is "5:7" / "D:F" and the
   * unbounded side reports so (gas-fakes test/testsheetsdeveloper.js:38-49, 73-89); a sheet
   * protection's range is the whole sheet, A1 notation "" (test/testsheetspermissions.js:47).
   */
  readonly open: OpenEnds;

  constructor(ctx: EmulatorContext, sheetId: number, rect: GridRect, open: OpenEnds = {}) {
    super(ctx, sheetId, { row: rect.row, col: rect.col, numRows: rect.numRows, numCols: rect.numCols });
    this.open = open;
  }

  protected self(): this {
    return this;
  }

  /** Host-side accessor (static, so it is not part of the Apps Script surface). */
  static refOf(range: unknown): RangeRef {
    if (!(range instanceof RangeFacade)) throw new Error('Invalid argument: range');
    return { sheetId: range.sheetId, ...range.rect, ...(range.open.toLastRow ? { toLastRow: true as const } : {}) };
  }

  // ---- geometry -------------------------------------------------------------------------------
  getA1Notation(): string {
    const { row, col, numRows, numCols } = this.rect;
    const { whole } = this.open;
    if (whole === 'sheet') return '';
    if (whole === 'rows') return `${row}:${row + numRows - 1}`;
    if (whole === 'columns') return `${columnLetter(col)}:${columnLetter(col + numCols - 1)}`;
    return formatA1(this.rect);
  }
  isStartRowBounded(): boolean {
    return this.open.whole !== 'columns' && this.open.whole !== 'sheet';
  }
  isEndRowBounded(): boolean {
    return this.isStartRowBounded();
  }
  isStartColumnBounded(): boolean {
    return this.open.whole !== 'rows' && this.open.whole !== 'sheet';
  }
  isEndColumnBounded(): boolean {
    return this.isStartColumnBounded();
  }
  getRow(): number {
    return this.rect.row;
  }
  getRowIndex(): number {
    return this.rect.row;
  }
  getColumn(): number {
    return this.rect.col;
  }
  getNumRows(): number {
    return this.rect.numRows;
  }
  getNumColumns(): number {
    return this.rect.numCols;
  }
  getHeight(): number {
    return this.rect.numRows;
  }
  getWidth(): number {
    return this.rect.numCols;
  }
  getLastRow(): number {
    return this.rect.row + this.rect.numRows - 1;
  }
  getLastColumn(): number {
    return this.rect.col + this.rect.numCols - 1;
  }
  getGridId(): number {
    return this.sheetId;
  }
  getSheet(): SheetFacade {
    this.ctx.workbook.sheet(this.sheetId);
    return new SheetFacade(this.ctx, this.sheetId);
  }
  getCell(row: number, column: number): RangeFacade {
    if (row < 1 || column < 1 || row > this.rect.numRows || column > this.rect.numCols) {
      throw new Error('The coordinates of the range are outside the dimensions of the sheet.');
    }
    return new RangeFacade(this.ctx, this.sheetId, {
      row: this.rect.row + row - 1,
      col: this.rect.col + column - 1,
      numRows: 1,
      numCols: 1,
    });
  }
  offset(rowOffset: number, columnOffset: number, numRows?: number, numColumns?: number): RangeFacade {
    // offset(0, 0, 0) is refused (gas-fakes test/testsheetsvui.js:256-257).
    if (numRows !== undefined && numRows < 1) throw new Error('The number of rows in the range must be at least 1.');
    if (numColumns !== undefined && numColumns < 1) throw new Error('The number of columns in the range must be at least 1.');
    const rect = {
      row: this.rect.row + rowOffset,
      col: this.rect.col + columnOffset,
      numRows: numRows ?? this.rect.numRows,
      numCols: numColumns ?? this.rect.numCols,
    };
    if (rect.row < 1 || rect.col < 1) throw new Error('The coordinates of the range are outside the dimensions of the sheet.');
    assertInside(this.ctx.workbook.sheet(this.sheetId), rect);
    return new RangeFacade(this.ctx, this.sheetId, rect);
  }
  isBlank(): boolean {
    return (
      this.ctx.workbook.readValues(this.sheetId, this.rect).every((row) => row.every((v) => v === '')) &&
      this.getFormulas().every((row) => row.every((f) => f === ''))
    );
  }
  activate(): this {
    this.ctx.workbook.activeSheetId = this.sheetId;
    this.ctx.selections.set(this.sheetId, { ...this.rect });
    this.ctx.ui.changed();
    return this;
  }
  activateAsCurrentCell(): this {
    return this.activate();
  }

  // ---- values ---------------------------------------------------------------------------------
  /** Computed values; date-formatted numbers come back as Dates, as in Sheets. Typed `any` like Apps Script's. */
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  getValues(): any[][] {
    const values = this.ctx.workbook.readValues(this.sheetId, this.rect);
    // Only a number can be a date: the format is looked up for numbers alone (a column of text reads no format).
    const sheet = this.ctx.workbook.sheet(this.sheetId);
    const { row: top, col: left } = this.rect;
    // The rows are readValues' own: dates put in place, as a column of thousands is read in one call.
    return values.map((row: unknown[], r) => {
      for (let c = 0; c < row.length; c++) {
        const v = row[c];
        if (typeof v === 'number' && isDateFormat(sheet.cell(top + r, left + c)?.numberFormat)) row[c] = serialToDate(v);
      }
      return row;
    });
  }
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  getValue(): any {
    return this.topLeft().getValues()[0][0];
  }
  getDisplayValues(): string[][] {
    return this.ctx.workbook.readCells(this.sheetId, this.rect).map((row) => row.map((cell) => cell.display));
  }
  getDisplayValue(): string {
    return this.topLeft().getDisplayValues()[0][0];
  }
  setValues(values: unknown[][]): this {
    const grid = this.checkGrid(values, 'setValues');
    this.write(this.parse((r, c) => grid[r][c]));
    return this;
  }
  /** Sets every cell of the range; "=..." becomes a formula, "'..." stays text. */
  setValue(value: unknown): this {
    const content = parseInput(value);
    if (content.kind === 'formula') return this.setFormula(content.formula);
    this.write(this.parse(() => value));
    return this;
  }

  // ---- formulas -------------------------------------------------------------------------------
  getFormula(): string {
    return this.getFormulas()[0][0];
  }
  getFormulas(): string[][] {
    return this.ctx.workbook.readFormulas(this.sheetId, this.rect);
  }
  /** On a multi-cell range, relative references move with each cell, as when filling. */
  setFormula(formula: string): this {
    const moves = this.ctx.behaviour.setFormulaOnRange === 'moves-references';
    this.write(this.fill((r, c) => formulaContent(this.asRead(moves ? shiftFormula(String(formula), r, c) : String(formula)))));
    return this;
  }
  setFormulas(formulas: string[][]): this {
    const grid = this.checkGrid(formulas, 'setFormulas');
    this.write(grid.map((row) => row.map((f) => formulaContent(this.asRead(textOf(f ?? ''))))));
    return this;
  }

  // ---- clearing -------------------------------------------------------------------------------
  /**
   * With no options: contents and formats ("Clears the range of contents and formats",
   * https://developers.google.com/apps-script/reference/spreadsheet/range#clear()); notes and
   * validations stay, as Sheet.clear() keeps them (gas-fakes test/testsheets.js:496-517).
   */
  clear(options?: {
    commentsOnly?: boolean;
    contentsOnly?: boolean;
    formatOnly?: boolean;
    validationsOnly?: boolean;
    skipFilteredRows?: boolean;
  }): this {
    const all = !options || !(options.commentsOnly || options.contentsOnly || options.formatOnly || options.validationsOnly);
    if (all || options?.contentsOnly) this.ctx.workbook.clearContents(this.sheetId, this.rect);
    if (all || options?.formatOnly) this.clearFormat();
    if (options?.validationsOnly) this.clearDataValidations();
    if (options?.commentsOnly) this.clearNote();
    return this;
  }
  clearContent(): this {
    this.ctx.workbook.clearContents(this.sheetId, this.rect);
    return this;
  }

  // ---- protection, merges, checkboxes ---------------------------------------------------------
  protect(): ProtectionFacade {
    return createProtection(this.ctx, this.sheetId, 'RANGE', RangeFacade.refOf(this));
  }
  /** Only the top-left value of each merged block stays (merge-cells.ts). */
  merge(): this {
    mergeCells(this.ctx.workbook, this.sheetId, this.rect, 'all');
    return this;
  }
  mergeAcross(): this {
    mergeCells(this.ctx.workbook, this.sheetId, this.rect, 'across');
    return this;
  }
  mergeVertically(): this {
    mergeCells(this.ctx.workbook, this.sheetId, this.rect, 'vertically');
    return this;
  }
  breakApart(): this {
    const sheet = this.ctx.workbook.sheet(this.sheetId);
    sheet.merges = sheet.merges.filter((m) => !overlaps(m, this.rect));
    this.ctx.workbook.touch('format', this.sheetId);
    return this;
  }
  isPartOfMerge(): boolean {
    return this.ctx.workbook.sheet(this.sheetId).merges.some((m) => overlaps(m, this.rect));
  }
  getMergedRanges(): RangeFacade[] {
    return this.ctx.workbook
      .sheet(this.sheetId)
      .merges.filter((m) => overlaps(m, this.rect))
      .map((m) => new RangeFacade(this.ctx, this.sheetId, m));
  }
  insertCheckboxes(checkedValue?: unknown, uncheckedValue?: unknown): this {
    const values = [checkedValue, uncheckedValue].filter((v) => v !== undefined).map(String);
    const formulas = this.getFormulas();
    const blank = this.ctx.workbook
      .readValues(this.sheetId, this.rect)
      .map((row, r) => row.map((v, c) => v === '' && formulas[r][c] === ''));
    this.update((cell) => {
      cell.validation = { criteria: 'CHECKBOX', values, allowInvalid: false, helpText: null };
    });
    // Empty cells become unchecked boxes.
    const unchecked = parseInput(uncheckedValue === undefined ? false : uncheckedValue);
    blank.forEach((row, r) =>
      row.forEach((isBlank, c) => {
        if (isBlank) this.ctx.workbook.writeContents(this.sheetId, this.rect.row + r, this.rect.col + c, [[unchecked]]);
      }),
    );
    return this;
  }
  /** Removes the boxes and what they held (gas-fakes test/testsheetsdatavalidations.js:228-237). */
  removeCheckboxes(): this {
    const boxes = this.cells((cell) => cell.validation?.criteria === 'CHECKBOX');
    boxes.forEach((row, r) =>
      row.forEach((isBox, c) => {
        if (isBox)
          this.ctx.workbook.clearContents(this.sheetId, { row: this.rect.row + r, col: this.rect.col + c, numRows: 1, numCols: 1 });
      }),
    );
    return this.update((cell) => {
      if (cell.validation?.criteria === 'CHECKBOX') cell.validation = undefined;
    });
  }
  check(): this {
    return this.setCheckbox(true);
  }
  uncheck(): this {
    return this.setCheckbox(false);
  }
  isChecked(): boolean | null {
    const values = this.getValues().flat();
    const rules = this.getDataValidations().flat();
    if (rules.some((rule) => rule === null || rule.getCriteriaType() !== 'CHECKBOX')) return null;
    const checkedValues = rules.map((rule) => rule?.getCriteriaValues()[0] ?? true);
    const states = values.map((v, i) => v === checkedValues[i] || textOf(v) === textOf(checkedValues[i]));
    return states.every(Boolean) ? true : states.some(Boolean) ? null : false;
  }

  /** sort(column | {column, ascending} | [...]): rows of this range, by absolute column numbers. */
  sort(sortSpecObj: unknown): this {
    const specs = Array.isArray(sortSpecObj) ? sortSpecObj : [sortSpecObj];
    const keys: SortKey[] = specs.map((spec) => {
      const column = typeof spec === 'number' ? spec : Number((spec as { column?: unknown })?.column);
      const ascending = typeof spec === 'object' && spec !== null && (spec as { ascending?: unknown }).ascending === false ? false : true;
      if (!Number.isInteger(column) || column < this.rect.col || column >= this.rect.col + this.rect.numCols)
        throw new Error('The column to sort by is outside the range.');
      return { column, ascending };
    });
    sortRows(this.ctx.workbook, this.sheetId, this.rect, keys, this.ctx.behaviour.rowMetadataOnSort);
    return this;
  }

  // ---- the sheet's basic filter (filter.ts) ---------------------------------------------------
  createFilter(): FilterFacade {
    return createFilter(this.ctx, this.sheetId, this.rect);
  }
  /** The sheet's filter, whichever range of the sheet asks (gas-fakes test/testsheetssets.js:45-52). */
  getFilter(): FilterFacade | null {
    return this.ctx.workbook.sheet(this.sheetId).filter ? new FilterFacade(this.ctx, this.sheetId) : null;
  }

  // ---- copy and move (range-transfer.ts, the same edit as a person's paste) -------------------
  copyTo(destination: RangeArg, copyPasteTypeOrOptions?: unknown, transposed?: boolean): void {
    copyRange(this.ctx.workbook, RangeFacade.refOf(this), RangeFacade.refOf(destination), copyPasteTypeOrOptions, transposed);
  }
  moveTo(target: RangeArg): void {
    moveRange(this.ctx.workbook, RangeFacade.refOf(this), RangeFacade.refOf(target));
  }

  // ---- developer metadata (whole rows or columns only) ----------------------------------------
  addDeveloperMetadata(key: string, valueOrVisibility?: unknown, visibility?: unknown): this {
    for (const location of locationOfRange(this.rect, this.open.whole === 'sheet' ? undefined : this.open.whole))
      addMetadata(this.ctx, this.sheetId, location, [key, valueOrVisibility, visibility]);
    return this;
  }
  getDeveloperMetadata(): DeveloperMetadataFacade[] {
    return this.createDeveloperMetadataFinder().find();
  }
  createDeveloperMetadataFinder(): DeveloperMetadataFinderFacade {
    return new DeveloperMetadataFinderFacade(this.ctx, { kind: 'range', sheetId: this.sheetId, rect: { ...this.rect } });
  }

  // ---- helpers --------------------------------------------------------------------------------
  /** Only cells with a checkbox change; others keep what they hold (gas-fakes test/testsheetsdatavalidations.js:158-176, 198-216). */
  private setCheckbox(checked: boolean): this {
    const rules = this.cells((cell) => cell.validation);
    rules.forEach((row, r) =>
      row.forEach((rule, c) => {
        if (rule?.criteria !== 'CHECKBOX') return;
        const value = rule.values.length > 0 ? rule.values[checked ? 0 : 1] : checked;
        this.ctx.workbook.writeContents(this.sheetId, this.rect.row + r, this.rect.col + c, [[parseInput(value ?? checked)]]);
      }),
    );
    return this;
  }

  /** Input as Sheets stores it; under dropdownText 'text', a list dropdown's choice stays text. */
  private parse(input: (r: number, c: number) => unknown): CellContent[][] {
    const rules = this.ctx.behaviour.dropdownText === 'text' ? this.cells((cell) => cell.validation) : undefined;
    return this.fill((r, c) => {
      const value = input(r, c);
      const list = rules?.[r][c]?.criteria === 'VALUE_IN_LIST' ? rules[r][c]?.values[0] : undefined;
      const choice = typeof value === 'string' && Array.isArray(list) && list.map(String).includes(value);
      return choice ? { kind: 'value', value } : parseInput(value);
    });
  }

  /** Formula text as the spreadsheet reads it (formulaSyntax, behaviour.ts). */
  private asRead(formula: string): string {
    return this.ctx.behaviour.formulaSyntax === 'spreadsheet-locale' ? formulaAsLocaleReads(formula, this.ctx.settings.locale) : formula;
  }

  private topLeft(): RangeFacade {
    return new RangeFacade(this.ctx, this.sheetId, { row: this.rect.row, col: this.rect.col, numRows: 1, numCols: 1 });
  }

  private fill<T>(at: (r: number, c: number) => T): T[][] {
    return Array.from({ length: this.rect.numRows }, (_, r) => Array.from({ length: this.rect.numCols }, (_, c) => at(r, c)));
  }

  private write(contents: CellContent[][]): void {
    if (this.ctx.behaviour.scriptWritesAgainstValidation === 'refused') this.refuseInvalid(contents);
    this.ctx.workbook.writeContents(this.sheetId, this.rect.row, this.rect.col, contents);
  }

  /** The opposite belief (self-test row script-writes-past-validation): strict rules bind scripts too. */
  private refuseInvalid(contents: CellContent[][]): void {
    const rules = this.cells((cell) => cell.validation);
    contents.forEach((row, r) =>
      row.forEach((content, c) => {
        const rule = rules[r][c];
        if (rule && !rule.allowInvalid && content.kind === 'value' && !acceptsValue(rule, content.value)) {
          throw new Error('The data you entered in this cell violates the data validation rules set on it.');
        }
      }),
    );
  }
}

function formulaContent(formula: string): CellContent {
  if (formula === '') return { kind: 'empty' };
  return formula.startsWith('=') ? { kind: 'formula', formula } : parseInput(formula);
}

function overlaps(a: GridRect, b: GridRect): boolean {
  return a.row < b.row + b.numRows && b.row < a.row + a.numRows && a.col < b.col + b.numCols && b.col < a.col + a.numCols;
}
