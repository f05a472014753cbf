// From a chart the add-on recorded (Sheets' type, its ranges' values, its options) to Chart.js's
// configuration, read the way Sheets reads a chart's data: the first column holds the labels,
// each other column is a series, named by the header row when there is one.

import type { ChartConfiguration, ChartType } from 'chart.js';
import type { ChartView } from '../protocol';

type Cell = ChartView['table'][number][number];

export interface ChartData {
  labels: string[];
  series: Array<{ name: string; values: Array<number | null> }>;
}

/** Sheets' types the playground draws, as Chart.js types (indexAxis "y" makes bars horizontal). */
const TYPES: Partial<Record<string, { type: ChartType; horizontal?: boolean; fill?: boolean }>> = {
  COLUMN: { type: 'bar' },
  BAR: { type: 'bar', horizontal: true },
  LINE: { type: 'line' },
  AREA: { type: 'line', fill: true },
  PIE: { type: 'pie' },
  SCATTER: { type: 'scatter' },
};

export const drawnTypes = Object.keys(TYPES);

/** Google Charts' default palette, so the playground's colours match Sheets'. */
const PALETTE = ['#4285f4', '#ea4335', '#fbbc04', '#34a853', '#ff6d01', '#46bdc6', '#7baaf7', '#f07b72'];

export function chartData(chart: ChartView): ChartData {
  let table = chart.table.filter((row) => row.some((cell) => cell !== ''));
  if (chart.transpose) table = (table[0] ?? []).map((_, c) => table.map((row) => row[c]));
  // numHeaders -1: Sheets guesses; a first row with text over the series is a header row.
  const headers =
    chart.numHeaders >= 0
      ? chart.numHeaders
      : table.length > 1 && table[0].slice(1).some((cell) => typeof cell === 'string' && cell !== '')
        ? 1
        : 0;
  const body = table.slice(headers);
  const width = Math.max(0, ...table.map((row) => row.length));
  return {
    labels: body.map((row) => String(row[0] ?? '')),
    series: Array.from({ length: Math.max(0, width - 1) }, (_, i) => ({
      name: headers > 0 ? String(table[headers - 1][i + 1] ?? '') : `Series ${i + 1}`,
      values: body.map((row) => numberOf(row[i + 1])),
    })),
  };
}

function numberOf(cell: Cell | undefined): number | null {
  return typeof cell === 'number' ? cell : null;
}

const isStrings = (value: unknown): value is string[] => Array.isArray(value) && value.every((v) => typeof v === 'string');

export function chartConfig(chart: ChartView): ChartConfiguration | null {
  const { options } = chart;
  const kind = TYPES[chart.chartType];
  if (!kind) return null;
  const data = chartData(chart);
  const colors = isStrings(options.colors) ? options.colors : PALETTE;
  const legend = typeof options['legend.position'] === 'string' ? options['legend.position'] : 'right';
  const pie = kind.type === 'pie';
  return {
    type: kind.type,
    data: {
      labels: data.labels,
      datasets: pie
        ? data.series
            .slice(0, 1)
            .map((s) => ({ label: s.name, data: s.values, backgroundColor: data.labels.map((_, i) => colors[i % colors.length]) }))
        : data.series.map((s, i) => ({
            label: s.name,
            data: s.values,
            backgroundColor: colors[i % colors.length],
            borderColor: colors[i % colors.length],
            fill: kind.fill,
          })),
    },
    options: {
      animation: false,
      responsive: false,
      indexAxis: kind.horizontal ? 'y' : 'x',
      plugins: {
        title: { display: chart.title !== '', text: chart.title, font: { size: 14, weight: 'normal' } },
        legend: { display: legend !== 'none', position: legend === 'top' || legend === 'bottom' || legend === 'left' ? legend : 'right' },
      },
      scales: pie ? {} : { x: { stacked: options.isStacked === true }, y: { stacked: options.isStacked === true, beginAtZero: true } },
    },
  };
}
