// One sheet as the browser grid draws it: computed values with number formats, the text of the
// formula bar, errors with their messages, formats (conditional ones applied) and the dropdowns
// and checkboxes of data validations. Only cells with something to show are sent.

import { columnLetter, type GridRect } from '../../src/sheets/a1';
import { isDateFormat, parseInput, type CellScalar } from '../formulas/cell-values';
import { conditionalFormatsFor } from '../formulas/conditional-format-eval';
import type { CriteriaValue, TextFormatSpec, ValidationSpec } from '../formulas/sheet-model';
import type { CellView, Workbook } from '../formulas/workbook';
import { acceptsValue } from '../emulator/data-validation';
import { rowsHiddenByFilter } from '../emulator/filter';
import type { CellControl, CellData, CellLook, SheetView } from '../protocol';
import { chartViews, warningAreas } from './sheet-objects';

/** Rows below the last one with content, so there is room to type. */
const SPARE_ROWS = 30;
const MIN_ROWS = 50;

export function sheetView(workbook: Workbook, sheetId: number, minRows = 0): SheetView {
  const sheet = workbook.sheet(sheetId);
  const { lastRow, lastCol } = workbook.extent(sheetId);
  const rows = Math.min(sheet.maxRows, Math.max(lastRow + SPARE_ROWS, MIN_ROWS, minRows));
  const cols = Math.max(sheet.maxColumns, lastCol);
  const rect: GridRect = { row: 1, col: 1, numRows: rows, numCols: cols };
  const views = workbook.readCells(sheetId, rect);
  const conditional = sheet.conditionalFormats.length > 0 ? conditionalFormatsFor(workbook, sheetId, rect) : undefined;
  const cells: CellData[] = [];
  views.forEach((line, r) =>
    line.forEach((view, c) => {
      const data = cellData(workbook, view, conditional?.[r][c] ?? null);
      if (!data) return;
      const anchor =
        data.input !== '' && !view.formula && sheet.cell(view.row, view.col)?.value === undefined
          ? arrayAnchor(views, r, c, (row, col) => sheet.cell(row, col)?.value !== undefined)
          : undefined;
      if (anchor) data.arrayFormula = anchor;
      cells.push(data);
    }),
  );
  const columnWidths: Record<number, number> = {};
  for (const [col, width] of Object.entries(sheet.columnWidths)) if (width !== 100) columnWidths[Number(col)] = width;
  return {
    name: sheet.name,
    rows,
    cols,
    maxRows: sheet.maxRows,
    frozenRows: sheet.frozenRows,
    frozenColumns: sheet.frozenColumns,
    columnWidths,
    hiddenColumns: [...sheet.hiddenColumns],
    filteredRows: [...rowsHiddenByFilter(workbook, sheet)].filter((r) => r <= rows).sort((a, b) => a - b),
    filter: sheet.filter && { ...sheet.filter.range },
    cells,
    warningAreas: warningAreas(sheet),
    charts: chartViews(workbook, sheet),
  };
}

function cellData(workbook: Workbook, view: CellView, conditional: TextFormatSpec | null): CellData | null {
  const look = lookOf(view, conditional);
  const control = view.validation ? controlFor(workbook, view.validation, view.value) : undefined;
  const empty = view.display === '' && !view.formula;
  if (empty && !view.note && !control && Object.keys(look).length === 0) return null;
  const data: CellData = {
    a1: `${columnLetter(view.col)}${view.row}`,
    row: view.row,
    col: view.col,
    display: view.display,
    input: formulaBarText(view),
    look,
  };
  if (view.error) data.error = view.error.message || view.error.code;
  if (view.note) data.note = view.note;
  if (control) data.control = control;
  if (view.validation && !view.error && !acceptsValue(view.validation, view.value, listFromRange(workbook, view.validation)))
    data.invalid = true;
  return data;
}

/** What Sheets shows in the formula bar: the formula, or the value as one would type it again. */
export function formulaBarText(view: CellView): string {
  if (view.formula) return view.formula;
  const value = view.value;
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  if (typeof value === 'number') return isDateFormat(view.numberFormat) ? view.display : String(value);
  if (value === '') return '';
  // Text that would be read back as a number, date or formula keeps its apostrophe, so pressing
  // Enter in the formula bar leaves the cell as it was.
  const reparsed = parseInput(value);
  return reparsed.kind === 'value' && reparsed.value === value ? value : `'${value}`;
}

function lookOf(view: CellView, conditional: TextFormatSpec | null): CellLook {
  const look: CellLook = {};
  const style = view.style ?? {};
  if (style.fontWeight === 'bold') look.bold = true;
  if (style.fontStyle === 'italic') look.italic = true;
  if (style.fontColor) look.color = style.fontColor;
  if (style.background) look.background = style.background;
  if (style.wrap) look.wrap = true;
  if (style.fontSize && style.fontSize !== 10) look.fontSize = style.fontSize;
  const align = alignmentOf(style.horizontalAlignment);
  if (align) look.align = align;
  else if (typeof view.value === 'number' && !view.error) look.align = 'right';
  else if (typeof view.value === 'boolean') look.align = 'center';
  if (conditional) {
    if (conditional.background) look.background = conditional.background;
    if (conditional.fontColor) look.color = conditional.fontColor;
    if (conditional.bold) look.bold = true;
    if (conditional.italic) look.italic = true;
    if (conditional.underline) look.underline = true;
    if (conditional.strikethrough) look.strikethrough = true;
  }
  return look;
}

function alignmentOf(alignment: string | null | undefined): CellLook['align'] {
  const a = (alignment ?? '').toLowerCase();
  if (a.includes('center')) return 'center';
  if (a.includes('right')) return 'right';
  if (a.includes('left')) return 'left';
  return undefined;
}

function controlFor(workbook: Workbook, rule: ValidationSpec, value: CellScalar): CellControl | undefined {
  const [first, second] = rule.values;
  if (rule.criteria === 'CHECKBOX') {
    const [checkedValue, uncheckedValue] =
      rule.values.length >= 1 ? [checkboxText(first), rule.values.length >= 2 ? checkboxText(second) : ''] : [true, false];
    return {
      kind: 'checkbox',
      checked: rule.values.length === 0 ? value === true : String(value) === String(checkedValue),
      checkedValue,
      uncheckedValue,
    };
  }
  if (second === false) return undefined; // showDropdown: false
  let options: string[];
  if (rule.criteria === 'VALUE_IN_LIST' && Array.isArray(first)) options = first.map(String);
  else if (rule.criteria === 'VALUE_IN_RANGE') options = (listFromRange(workbook, rule) ?? []).map(String);
  else return undefined;
  const selected = value === '' ? '' : String(value);
  options = [...new Set(options.filter((o) => o !== ''))];
  return { kind: 'dropdown', options, selected };
}

/** A checkbox's checked or unchecked value as the text a cell holds: a date as the ISO time the
 * rule stored; a range is no cell's value, so it reads as its JSON, which no cell holds. */
function checkboxText(value: CriteriaValue): string {
  if (value === null || typeof value !== 'object') return String(value);
  if (Array.isArray(value)) return value.map(checkboxText).join(',');
  return 'date' in value ? value.date : JSON.stringify(value);
}

function listFromRange(workbook: Workbook, rule: ValidationSpec): CellScalar[] | undefined {
  const first = rule.values[0];
  if (rule.criteria !== 'VALUE_IN_RANGE' || !first || typeof first !== 'object' || !('range' in first)) return undefined;
  if (!workbook.findSheet(first.range.sheetId)) return [];
  return workbook.readValues(first.range.sheetId, first.range).flat();
}

/**
 * The formula whose array result fills views[r][c] (a cell with a value but no content of its
 * own): up the column through the array's cells, then along the row to the formula that spills.
 */
function arrayAnchor(views: CellView[][], r: number, c: number, hasValue: (row: number, col: number) => boolean): string | undefined {
  const partOfArray = (row: number, col: number) => {
    const view = views[row]?.[col] as CellView | undefined;
    return view !== undefined && (view.formula !== undefined || (view.display !== '' && !hasValue(view.row, view.col)));
  };
  let row = r;
  while (row > 0 && !views[row][c].formula && partOfArray(row - 1, c)) row--;
  if (views[row][c].formula) return views[row][c].formula;
  let col = c;
  while (col > 0 && !views[row][col].formula && partOfArray(row, col - 1)) col--;
  return views[row][col].formula;
}
