// Embedded charts, recorded as specs (type, ranges, options, position); nothing is drawn.

import type { RangeArg } from './host-types';
import type { ChartSpec } from '../formulas/sheet-model';
import type { EmulatorContext } from './context';
import { enumOf } from './criteria';
import { RangeFacade, toRangeRef } from './range';

export const ChartType = enumOf([
  'AREA',
  'BAR',
  'BUBBLE',
  'CANDLESTICK',
  'COLUMN',
  'COMBO',
  'GAUGE',
  'GEO',
  'HISTOGRAM',
  'RADAR',
  'LINE',
  'ORG',
  'PIE',
  'SCATTER',
  'SPARKLINE',
  'STEPPED_AREA',
  'TABLE',
  'TIMELINE',
  'TREEMAP',
  'WATERFALL',
] as const);
export const ChartPosition = enumOf(['TOP', 'RIGHT', 'BOTTOM', 'NONE'] as const);

type GasRange = RangeArg;

function newSpec(): ChartSpec {
  return {
    id: 0,
    chartType: 'COLUMN',
    ranges: [],
    options: {},
    position: { row: 1, col: 1, offsetX: 0, offsetY: 0 },
    numHeaders: -1,
    transpose: false,
  };
}

export class ContainerInfoFacade {
  static readonly apiName = 'ContainerInfo';
  readonly #position: ChartSpec['position'];
  constructor(position: ChartSpec['position']) {
    this.#position = { ...position };
  }
  getAnchorRow(): number {
    return this.#position.row;
  }
  getAnchorColumn(): number {
    return this.#position.col;
  }
  getOffsetX(): number {
    return this.#position.offsetX;
  }
  getOffsetY(): number {
    return this.#position.offsetY;
  }
}

export class ChartOptionsFacade {
  static readonly apiName = 'ChartOptions';
  readonly #options: Record<string, unknown>;
  constructor(options: Record<string, unknown>) {
    this.#options = structuredClone(options);
  }
  get(option: string): unknown {
    return this.#options[option] ?? null;
  }
}

export class EmbeddedChartFacade {
  static readonly apiName = 'EmbeddedChart';
  readonly #ctx: EmulatorContext;
  readonly #spec: ChartSpec;

  constructor(ctx: EmulatorContext, spec: ChartSpec) {
    this.#ctx = ctx;
    this.#spec = structuredClone(spec);
  }
  static specOf(chart: unknown): ChartSpec {
    if (!(chart instanceof EmbeddedChartFacade)) throw new Error('Invalid argument: chart');
    return structuredClone(chart.#spec);
  }
  getChartId(): number | null {
    return this.#spec.id === 0 ? null : this.#spec.id;
  }
  getRanges(): RangeFacade[] {
    return this.#spec.ranges.map((ref) => new RangeFacade(this.#ctx, ref.sheetId, ref));
  }
  getOptions(): ChartOptionsFacade {
    return new ChartOptionsFacade(this.#spec.options);
  }
  getContainerInfo(): ContainerInfoFacade {
    return new ContainerInfoFacade(this.#spec.position);
  }
  getNumHeaders(): number {
    return this.#spec.numHeaders;
  }
  getTransposeRowsAndColumns(): boolean {
    return this.#spec.transpose;
  }
  modify(): EmbeddedChartBuilderFacade {
    return new EmbeddedChartBuilderFacade(this.#ctx, this.#spec);
  }
}

/** One builder class stands in for EmbeddedChartBuilder and its as*Chart() variants. */
export class EmbeddedChartBuilderFacade {
  static readonly apiName = 'EmbeddedChartBuilder';
  readonly #ctx: EmulatorContext;
  readonly #spec: ChartSpec;

  constructor(ctx: EmulatorContext, spec?: ChartSpec) {
    this.#ctx = ctx;
    this.#spec = spec ? structuredClone(spec) : newSpec();
  }

  #type(chartType: string): this {
    this.#spec.chartType = chartType;
    return this;
  }
  #option(option: string, value: unknown): this {
    this.#spec.options[option] = structuredClone(value);
    return this;
  }

  addRange(range: GasRange): this {
    this.#spec.ranges.push(toRangeRef(range));
    return this;
  }
  removeRange(range: GasRange): this {
    const ref = toRangeRef(range);
    this.#spec.ranges = this.#spec.ranges.filter((r) => JSON.stringify(r) !== JSON.stringify(ref));
    return this;
  }
  clearRanges(): this {
    this.#spec.ranges = [];
    return this;
  }
  getRanges(): RangeFacade[] {
    return this.#spec.ranges.map((ref) => new RangeFacade(this.#ctx, ref.sheetId, ref));
  }
  getChartType(): string {
    return this.#spec.chartType;
  }
  getContainer(): ContainerInfoFacade {
    return new ContainerInfoFacade(this.#spec.position);
  }
  setChartType(type: GoogleAppsScript.Charts.ChartType): this {
    return this.#type(String(type));
  }
  asAreaChart(): this {
    return this.#type('AREA');
  }
  asBarChart(): this {
    return this.#type('BAR');
  }
  asColumnChart(): this {
    return this.#type('COLUMN');
  }
  asComboChart(): this {
    return this.#type('COMBO');
  }
  asHistogramChart(): this {
    return this.#type('HISTOGRAM');
  }
  asLineChart(): this {
    return this.#type('LINE');
  }
  asPieChart(): this {
    return this.#type('PIE');
  }
  asScatterChart(): this {
    return this.#type('SCATTER');
  }
  asTableChart(): this {
    return this.#type('TABLE');
  }
  setOption(option: string, value: unknown): this {
    return this.#option(option, value);
  }
  setTitle(chartTitle: string): this {
    return this.#option('title', chartTitle);
  }
  setXAxisTitle(title: string): this {
    return this.#option('hAxis.title', title);
  }
  setYAxisTitle(title: string): this {
    return this.#option('vAxis.title', title);
  }
  setColors(cssValues: string[]): this {
    return this.#option('colors', cssValues);
  }
  setLegendPosition(position: GoogleAppsScript.Charts.Position): this {
    return this.#option('legend.position', String(position).toLowerCase());
  }
  setStacked(): this {
    return this.#option('isStacked', true);
  }
  setBackgroundColor(cssValue: string): this {
    return this.#option('backgroundColor', cssValue);
  }
  setNumHeaders(headers: number): this {
    this.#spec.numHeaders = headers;
    return this;
  }
  setTransposeRowsAndColumns(transpose: boolean): this {
    this.#spec.transpose = Boolean(transpose);
    return this;
  }
  setPosition(anchorRowPos: number, anchorColPos: number, offsetX: number, offsetY: number): this {
    this.#spec.position = { row: anchorRowPos, col: anchorColPos, offsetX, offsetY };
    return this;
  }
  build(): EmbeddedChartFacade {
    return new EmbeddedChartFacade(this.#ctx, this.#spec);
  }
}
