// The tracker at scale: custom-function cells per template (each is its own server call in
// Sheets), and the time and service calls to add a candidate, submit a scorecard, reveal it and
// read the debrief in an empty tracker, one with 100 candidates and 500 scorecards, and one with
// 1,000 and 5,000 (every candidate revealed, so the debrief the server writes covers them all),
// each size measured by tracker-size.ts in a process of its own. Goals (issue 19): each action
// at most 5 s at 1,000/5,000, and at most 2× its time at 100/500.
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { loadAddon, type Addon } from '../../playground/emulator';
import { customFunctions } from '../../src/functions/registry';
import type { BenchRow } from './measure';
import { ACTIONS, ROUNDS, type ActionTime, type TrackerAction } from './tracker-size';
import { budget } from './service-calls';

const CUSTOM = new RegExp(`\\b(${customFunctions.map((f) => f.name).join('|')})\\(`, 'i');
/** The sizes measured: [candidates, scorecards]. */
const SIZES = [
  [0, 0],
  [100, 500],
  [1000, 5000],
] as const;
const GOAL_MS = 5000;

/** Cells whose formula calls one of DevRate's custom functions, on the sheets an action added. */
function customFunctionCells(addon: Addon, run: () => void): number {
  const before = new Set(addon.workbook.sheets.map((s) => s.id));
  run();
  let cells = 0;
  for (const sheet of addon.workbook.sheets) {
    if (before.has(sheet.id)) continue;
    for (const [, , cell] of sheet.entries()) if (cell.formula && CUSTOM.test(cell.formula)) cells++;
  }
  return cells;
}

export function trackerScale(dist: string): { rows: BenchRow[]; json: Record<string, number> } {
  const fresh = () => {
    const a = loadAddon({ codePath: `${dist}/Code.js`, htmlDir: dist, strictLock: true });
    a.open('FULL');
    return a;
  };
  const rows: BenchRow[] = [];
  const json: Record<string, number> = {};

  const templates: [string, (a: Addon) => void, string?][] = [
    ['candidate tracker', (a) => a.run('insertCandidateTracker'), '≤ 2'],
    ['budget sheet, 1 team row', (a) => a.run('createBudgetSheet', [budget(1)], { fromClient: true })],
    ['budget sheet, 20 team rows', (a) => a.run('createBudgetSheet', [budget(20)], { fromClient: true }), 'same as 1 row'],
    ['rate card', (a) => a.run('insertRateCard', ['abbacus-2026'], { fromClient: true })],
    ['sources', (a) => a.run('insertSources')],
  ];
  const cellsOf: Record<string, number> = {};
  for (const [name, run] of templates) {
    const addon = fresh();
    cellsOf[name] = customFunctionCells(addon, () => run(addon));
  }
  for (const [name, , goal] of templates) {
    const met = goal === '≤ 2' ? cellsOf[name] <= 2 : goal ? cellsOf[name] === cellsOf['budget sheet, 1 team row'] : undefined;
    rows.push({ measure: `custom-function cells: ${name}`, value: String(cellsOf[name]), goal, met });
    json[`custom_function_cells_${name.replace(/\W+/g, '_')}`] = cellsOf[name];
  }

  // Add a candidate, submit a scorecard (sealed), reveal it and read the debrief, at each size,
  // each size in a process of its own (tracker-size.ts).
  const measure = (candidates: number, scorecards: number): Record<TrackerAction, ActionTime> =>
    JSON.parse(
      execFileSync(process.execPath, [...process.execArgv, join(import.meta.dirname, 'tracker-size.ts'), String(candidates), String(scorecards), dist], {
        encoding: 'utf8',
      }),
    ) as Record<TrackerAction, ActionTime>;
  const results = SIZES.map(([c, s]) => ({ label: c ? `with ${c} candidates, ${s} scorecards` : 'empty', c, times: measure(c, s) }));
  const [, middle, largest] = results;
  for (const { label, c, times } of results) {
    for (const action of ACTIONS) {
      const t = times[action];
      const row: BenchRow = {
        measure: `tracker ${label}: ${action} (median ms of ${ROUNDS}, CPU ms, most service calls)`,
        value: `${t.ms.toFixed(0)} ms (CPU ${t.cpu.toFixed(0)} ms), ${t.calls} calls`,
      };
      if (c === largest.c) {
        row.goal = `≤ ${GOAL_MS} ms`;
        row.met = t.ms <= GOAL_MS;
      }
      rows.push(row);
      if (c === largest.c) {
        const ratio = t.ms / middle.times[action].ms;
        const cpuRatio = t.cpu / middle.times[action].cpu;
        rows.push({
          measure: `tracker ${label} against ${middle.label}: ${action} (time ratio; CPU time ratio)`,
          value: `${ratio.toFixed(2)}×; CPU ${cpuRatio.toFixed(2)}×`,
          ratio,
          goal: '≤ 2×',
          met: ratio <= 2,
        });
      }
      json[`tracker_${label.replace(/\W+/g, '_')}_${action.replace(/\W+/g, '_')}_ms`] = Math.round(t.ms);
      json[`tracker_${label.replace(/\W+/g, '_')}_${action.replace(/\W+/g, '_')}_cpu_ms`] = Math.round(t.cpu);
      json[`tracker_${label.replace(/\W+/g, '_')}_${action.replace(/\W+/g, '_')}_calls`] = t.calls;
    }
  }
  return { rows, json };
}
