// The sheet's embedded charts, drawn with Chart.js over the grid where the add-on anchored them:
// the top-left corner at the anchor cell's corner plus the offsets, at the chart's size. Each
// canvas holds its data as a table (canvas fallback content), which screen readers read.

import { Chart, registerables } from 'chart.js';
import { useLayoutEffect, useRef, useState } from 'preact/hooks';
import { columnLetter } from '../../src/sheets/a1';
import type { ChartView } from '../protocol';
import { chartConfig, chartData } from './chart-config';

Chart.register(...registerables);

/** Height of a default row and of the column header, for anchors below the rows drawn. */
const ROW_HEIGHT = 21;

export function SheetCharts({ charts, scroller }: { charts: ChartView[]; scroller: () => HTMLElement | null }) {
  return (
    <>
      {charts.map((chart) => (
        <EmbeddedChart key={chart.id} chart={chart} scroller={scroller} />
      ))}
    </>
  );
}

function EmbeddedChart({ chart, scroller }: { chart: ChartView; scroller: () => HTMLElement | null }) {
  const canvas = useRef<HTMLCanvasElement>(null);
  const [at, setAt] = useState<{ left: number; top: number } | null>(null);
  const config = chartConfig(chart);

  // Where the anchor cell is in the scrolled grid (its corner, whatever the column widths).
  useLayoutEffect(() => {
    const box = scroller();
    if (!box) return;
    const origin = box.getBoundingClientRect();
    const anchor = box.querySelector(`[data-cell="${columnLetter(chart.anchor.col)}${chart.anchor.row}"]`);
    const last = anchor ?? box.querySelector(`[data-cell="${columnLetter(chart.anchor.col)}1"]`);
    const cell = last?.getBoundingClientRect();
    if (!cell) return;
    const top = anchor ? cell.top : cell.top + (chart.anchor.row - 1) * ROW_HEIGHT;
    setAt({
      left: cell.left - origin.left + box.scrollLeft + chart.anchor.offsetX,
      top: top - origin.top + box.scrollTop + chart.anchor.offsetY,
    });
  }, [chart]);

  useLayoutEffect(() => {
    if (!canvas.current || !config) return;
    const drawn = new Chart(canvas.current, config);
    return () => drawn.destroy();
  }, [chart]);

  const data = chartData(chart);
  const label = `${chart.title || 'Untitled'} chart`;
  return (
    <figure
      class="embedded-chart"
      data-chart={chart.id}
      data-chart-type={chart.chartType}
      style={{
        left: `${at?.left ?? 0}px`,
        top: `${at?.top ?? 0}px`,
        width: `${chart.width}px`,
        height: `${chart.height}px`,
        visibility: at ? 'visible' : 'hidden',
      }}
    >
      {config ? (
        <canvas ref={canvas} width={chart.width} height={chart.height} role="img" aria-label={label}>
          <table>
            <caption>{label}</caption>
            <thead>
              <tr>
                <th scope="col" />
                {data.series.map((s) => (
                  <th scope="col" key={s.name}>
                    {s.name}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {data.labels.map((name, r) => (
                <tr key={r}>
                  <th scope="row">{name}</th>
                  {data.series.map((s) => (
                    <td key={s.name}>{s.values[r] ?? ''}</td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </canvas>
      ) : (
        <figcaption class="chart-not-drawn">{`${label}: the playground does not draw ${chart.chartType} charts (the add-on's chart is recorded as in Sheets).`}</figcaption>
      )}
    </figure>
  );
}
