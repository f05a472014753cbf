// What a sheet shows besides its cells: the areas of its warning-only protections (typing there
// asks first) and its embedded charts, with the data of their ranges read for drawing.

import type { ChartSpec, RangeRef, SheetModel } from '../formulas/sheet-model';
import type { Workbook } from '../formulas/workbook';
import type { ChartView, GridArea, WarningArea } from '../protocol';

/** Sheets' default size for a new embedded chart, when the add-on sets no width or height. */
const DEFAULT_CHART = { width: 600, height: 371 };

const areaOf = (ref: RangeRef): GridArea => ({ row: ref.row, col: ref.col, numRows: ref.numRows, numCols: ref.numCols });

export function warningAreas(sheet: SheetModel): WarningArea[] {
  return sheet.protections
    .filter((p) => p.warningOnly)
    .map((p) => ({
      area: p.range && p.type === 'RANGE' ? areaOf(p.range) : { row: 1, col: 1, numRows: sheet.maxRows, numCols: sheet.maxColumns },
      except: p.unprotected.filter((ref) => ref.sheetId === sheet.id).map(areaOf),
      description: p.description,
    }));
}

export function chartViews(workbook: Workbook, sheet: SheetModel): ChartView[] {
  return sheet.charts.map((spec) => chartView(workbook, spec));
}

function chartView(workbook: Workbook, spec: ChartSpec): ChartView {
  const option = (name: string) => spec.options[name];
  const number = (value: unknown, fallback: number) => (typeof value === 'number' && value > 0 ? value : fallback);
  return {
    id: spec.id,
    chartType: spec.chartType,
    anchor: { ...spec.position },
    title: typeof option('title') === 'string' ? (option('title') as string) : '',
    width: number(option('width'), DEFAULT_CHART.width),
    height: number(option('height'), DEFAULT_CHART.height),
    table: tableOf(workbook, spec.ranges),
    numHeaders: spec.numHeaders,
    transpose: spec.transpose,
    options: structuredClone(spec.options),
  };
}

/** Several ranges sit side by side, row by row, as Sheets reads a chart's data. */
function tableOf(workbook: Workbook, ranges: RangeRef[]): ChartView['table'] {
  const table: ChartView['table'] = [];
  for (const ref of ranges) {
    if (!workbook.findSheet(ref.sheetId)) continue;
    workbook.readCells(ref.sheetId, ref).forEach((line, r) => {
      table[r] ??= [];
      for (const cell of line) table[r].push(typeof cell.value === 'number' || typeof cell.value === 'boolean' ? cell.value : cell.display);
    });
  }
  return table;
}
