// A sheet's basic filter (Range.createFilter, Sheet.getFilter, Filter, FilterCriteria and its
// builder): criteria per column hide the data rows below the filter's header row that do not meet
// them. Hiding is all a filter does: Range.getValues still returns hidden rows, as it returns any
// hidden row (Apps Script has no visible-only read; a script asks Sheet.isRowHiddenByFilter).
//
// Confirmed in Google's docs: a grid sheet has at most one filter, created with
// Range.createFilter and reached with Range.getFilter or Sheet.getFilter
// (https://developers.google.com/apps-script/reference/spreadsheet/filter); criteria are a
// condition and/or values to hide, "setHiddenValues" hiding the cells that hold them
// (https://developers.google.com/apps-script/reference/spreadsheet/filter-criteria-builder).
// Recorded by gas-fakes (test/testsheetssets.js:19-142): a second createFilter throws "You can't
// create a filter in a sheet that already has a filter.", getFilter on any range of the sheet
// returns its filter, getColumnFilterCriteria is null once removed, the when… builders' types
// and values. Beliefs (README): the filter's first row is its header and is never hidden; a row
// is hidden when any column's criteria reject it; hidden rows are worked out from the current
// values whenever they are read (in Sheets an edited row may stay as it was until the filter is
// applied again).

import type { GridRect } from '../../src/sheets/a1';
import type { CellScalar } from '../formulas/cell-values';
import { meetsCriterion } from '../formulas/criteria-eval';
import { sortRows } from '../formulas/rearrange';
import type { CriteriaValue, FilterColumnSpec, FilterSpec, SheetModel } from '../formulas/sheet-model';
import type { Workbook } from '../formulas/workbook';
import type { EmulatorContext } from './context';
import { RangeFacade } from './range';

/** Rows of the sheet its filter hides now (1-based). */
export function rowsHiddenByFilter(workbook: Workbook, sheet: SheetModel): Set<number> {
  const hidden = new Set<number>();
  const filter = sheet.filter;
  if (!filter || filter.range.numRows < 2) return hidden;
  const body: GridRect = { ...filter.range, row: filter.range.row + 1, numRows: filter.range.numRows - 1 };
  const cells = workbook.readCells(sheet.id, body);
  cells.forEach((line, r) => {
    const rejected = Object.entries(filter.columns).some(([col, spec]) => {
      const view = line[Number(col) - body.col];
      return view !== undefined && !shows(spec, view.value, view.display);
    });
    if (rejected) hidden.add(body.row + r);
  });
  return hidden;
}

function shows(spec: FilterColumnSpec, value: CellScalar, display: string): boolean {
  if (spec.hiddenValues.includes(display)) return false;
  if (spec.visibleValues.length > 0 && !spec.visibleValues.includes(display)) return false;
  if (!spec.condition) return true;
  return meetsCriterion(spec.condition.type, spec.condition.values, value) ?? true;
}

/** Range.createFilter: the one filter of the sheet, over the range. */
export function createFilter(ctx: EmulatorContext, sheetId: number, range: GridRect): FilterFacade {
  const sheet = ctx.workbook.sheet(sheetId);
  if (sheet.filter) throw new Error("You can't create a filter in a sheet that already has a filter.");
  sheet.filter = { range: { ...range }, columns: {} };
  ctx.workbook.touch('format', sheetId);
  return new FilterFacade(ctx, sheetId);
}

export class FilterFacade {
  static readonly apiName = 'Filter';
  readonly #ctx: EmulatorContext;
  readonly #sheetId: number;

  constructor(ctx: EmulatorContext, sheetId: number) {
    this.#ctx = ctx;
    this.#sheetId = sheetId;
  }

  #spec(): FilterSpec {
    const filter = this.#ctx.workbook.sheet(this.#sheetId).filter;
    if (!filter) throw new Error('The filter has been removed.');
    return filter;
  }
  #column(columnPosition: number): number {
    const { range } = this.#spec();
    const col = Number(columnPosition);
    if (!Number.isInteger(col) || col < range.col || col >= range.col + range.numCols)
      throw new Error('The column position is outside the range of the filter.');
    return col;
  }
  #changed(): this {
    this.#ctx.workbook.touch('format', this.#sheetId);
    return this;
  }

  getRange(): RangeFacade {
    return new RangeFacade(this.#ctx, this.#sheetId, this.#spec().range);
  }
  remove(): void {
    this.#spec();
    this.#ctx.workbook.sheet(this.#sheetId).filter = null;
    this.#changed();
  }
  getColumnFilterCriteria(columnPosition: number): FilterCriteriaFacade | null {
    const spec = this.#spec().columns[this.#column(columnPosition)];
    return spec ? new FilterCriteriaFacade(structuredClone(spec)) : null;
  }
  setColumnFilterCriteria(
    columnPosition: number,
    filterCriteria: GoogleAppsScript.Spreadsheet.FilterCriteria | FilterCriteriaFacade | null,
  ): this {
    const col = this.#column(columnPosition);
    const filter = this.#spec();
    const columns = Object.entries(filter.columns).filter(([key]) => Number(key) !== col);
    if (filterCriteria !== null) columns.push([String(col), FilterCriteriaFacade.specOf(filterCriteria)]);
    filter.columns = Object.fromEntries(columns);
    return this.#changed();
  }
  removeColumnFilterCriteria(columnPosition: number): this {
    return this.setColumnFilterCriteria(columnPosition, null);
  }
  /** Sorts the rows below the header by a column, as Range.sort does. */
  sort(columnPosition: number, ascending: boolean): this {
    const col = this.#column(columnPosition);
    const { range } = this.#spec();
    if (range.numRows > 1)
      sortRows(this.#ctx.workbook, this.#sheetId, { ...range, row: range.row + 1, numRows: range.numRows - 1 }, [
        { column: col, ascending },
      ]);
    return this;
  }
}

const emptySpec = (): FilterColumnSpec => ({ condition: null, hiddenValues: [], visibleValues: [] });

export class FilterCriteriaFacade {
  static readonly apiName = 'FilterCriteria';
  readonly #spec: FilterColumnSpec;

  constructor(spec: FilterColumnSpec) {
    this.#spec = spec;
  }
  static specOf(criteria: unknown): FilterColumnSpec {
    if (!(criteria instanceof FilterCriteriaFacade)) throw new Error('Invalid argument: filterCriteria');
    return structuredClone(criteria.#spec);
  }
  copy(): FilterCriteriaBuilderFacade {
    return new FilterCriteriaBuilderFacade(structuredClone(this.#spec));
  }
  getCriteriaType(): string | null {
    return this.#spec.condition?.type ?? null;
  }
  getCriteriaValues(): CriteriaValue[] {
    return [...(this.#spec.condition?.values ?? [])];
  }
  getHiddenValues(): string[] {
    return [...this.#spec.hiddenValues];
  }
  getVisibleValues(): string[] {
    return [...this.#spec.visibleValues];
  }
}

/** The when… conditions emulated here: the ones criteria-eval.ts evaluates (dates and formulas are not). */
export class FilterCriteriaBuilderFacade {
  static readonly apiName = 'FilterCriteriaBuilder';
  #spec: FilterColumnSpec;

  constructor(spec: FilterColumnSpec = emptySpec()) {
    this.#spec = spec;
  }
  #when(type: string, ...values: unknown[]): this {
    this.#spec.condition = { type, values: values.map((v) => (typeof v === 'number' ? v : String(v))) };
    return this;
  }
  build(): FilterCriteriaFacade {
    return new FilterCriteriaFacade(structuredClone(this.#spec));
  }
  copy(): FilterCriteriaBuilderFacade {
    return new FilterCriteriaBuilderFacade(structuredClone(this.#spec));
  }
  getCriteriaType(): string | null {
    return this.#spec.condition?.type ?? null;
  }
  getCriteriaValues(): CriteriaValue[] {
    return [...(this.#spec.condition?.values ?? [])];
  }
  getHiddenValues(): string[] {
    return [...this.#spec.hiddenValues];
  }
  getVisibleValues(): string[] {
    return [...this.#spec.visibleValues];
  }
  setHiddenValues(values: string[]): this {
    this.#spec.hiddenValues = values.map(String);
    return this;
  }
  setVisibleValues(values: string[]): this {
    this.#spec.visibleValues = values.map(String);
    return this;
  }
  whenCellEmpty(): this {
    return this.#when('CELL_EMPTY');
  }
  whenCellNotEmpty(): this {
    return this.#when('CELL_NOT_EMPTY');
  }
  whenNumberBetween(start: number, end: number): this {
    return this.#when('NUMBER_BETWEEN', start, end);
  }
  whenNumberNotBetween(start: number, end: number): this {
    return this.#when('NUMBER_NOT_BETWEEN', start, end);
  }
  whenNumberEqualTo(number: number): this {
    return this.#when('NUMBER_EQUAL_TO', number);
  }
  whenNumberNotEqualTo(number: number): this {
    return this.#when('NUMBER_NOT_EQUAL_TO', number);
  }
  whenNumberGreaterThan(number: number): this {
    return this.#when('NUMBER_GREATER_THAN', number);
  }
  whenNumberGreaterThanOrEqualTo(number: number): this {
    return this.#when('NUMBER_GREATER_THAN_OR_EQUAL_TO', number);
  }
  whenNumberLessThan(number: number): this {
    return this.#when('NUMBER_LESS_THAN', number);
  }
  whenNumberLessThanOrEqualTo(number: number): this {
    return this.#when('NUMBER_LESS_THAN_OR_EQUAL_TO', number);
  }
  whenTextEqualTo(text: string): this {
    return this.#when('TEXT_EQUAL_TO', text);
  }
  whenTextContains(text: string): this {
    return this.#when('TEXT_CONTAINS', text);
  }
  whenTextDoesNotContain(text: string): this {
    return this.#when('TEXT_DOES_NOT_CONTAIN', text);
  }
  whenTextStartsWith(text: string): this {
    return this.#when('TEXT_STARTS_WITH', text);
  }
  whenTextEndsWith(text: string): this {
    return this.#when('TEXT_ENDS_WITH', text);
  }
}
