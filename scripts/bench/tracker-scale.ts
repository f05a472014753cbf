// The tracker at scale: custom-function cells per template (each is its own server call in
// Sheets), and the time and service calls to add a candidate, submit a scorecard, reveal it and
// read the debrief in an empty tracker, one with 100 candidates and 500 scorecards, and one with
// 1,000 and 5,000 (every candidate revealed, so the debrief the server writes covers them all).
// Each time includes the emulator's HyperFormula recomputing what the action's writes changed
// (Sheets does that on its side): the clock stops once the formulas are settled, so an action
// never pays for the one before it. Goals (issue 19): each action at most 5 s at 1,000/5,000,
// and at most 2× its time at 100/500. Each time is the median of ROUNDS rounds, shown with the
// process's CPU time over the same run: on a shared machine the wall time also counts waiting for
// a core, the CPU time does not.
import { performance } from 'node:perf_hooks';
import { loadAddon, type Addon } from '../../playground/emulator';
import { hiring } from '../../src/domain/dataset';
import { recordRevealed } from '../../src/server/sealed/recorded-reveal';
import { customFunctions } from '../../src/functions/registry';
import { median, present, type BenchRow } from './measure';
import { budget } from './service-calls';

const CUSTOM = new RegExp(`\\b(${customFunctions.map((f) => f.name).join('|')})\\(`, 'i');
/** The sizes measured: [candidates, scorecards]. */
const SIZES = [
  [0, 0],
  [100, 500],
  [1000, 5000],
] as const;
const GOAL_MS = 5000;
/** Rounds per size, each with its own candidate; the median of each action is shown. */
const ROUNDS = 15;

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

/** A scorecard payload for the bench's rounds. */
export function scorecard(candidate: string, interviewer: string) {
  return { trackerId: 1, candidate, interviewer, round: 'technical', date: '2026-11-23', vote: 'Yes', scores: Object.fromEntries(hiring.questions.map((q, i) => [q.id, (i % 4) + 1])), redFlags: [], notes: 'bench' };
}

/** People's rows typed straight into the sheets (rows added first, as the sheets grow), every candidate revealed in the seal store. */
export function fill(addon: Addon, candidates: number, scorecards: number): void {
  if (candidates === 0) return;
  const ss = addon.spreadsheet;
  const c = present(ss.getSheetByName('Candidates'), 'the Candidates sheet');
  const s = present(ss.getSheetByName('Scorecards'), 'the Scorecards sheet');
  c.insertRowsAfter(c.getMaxRows(), Math.max(1, candidates + 100 - c.getMaxRows()));
  s.insertRowsAfter(s.getMaxRows(), Math.max(1, scorecards + 100 - s.getMaxRows()));
  c.getRange(2, 1, candidates, 8).setValues(Array.from({ length: candidates }, (_, i) => [`Candidate ${i}`, '', 'interview', 'senior', '', 'asia', 'backend', 60 + (i % 40)]));
  // Revealed as the seal store records it (it decides), with its view in the "Revealed by" cell as a reveal writes it.
  const names = Array.from({ length: candidates }, (_, i) => ({ name: `Candidate ${i}` }));
  addon.withServices(({ PropertiesService }) => recordRevealed(PropertiesService.getDocumentProperties(), 1, names, 'Bench', '2026-11-23 10:00'));
  const revealedBy = c.getRange(1, 1, 1, c.getMaxColumns()).getValues()[0].indexOf('Revealed by') + 1;
  c.getRange(2, revealedBy, candidates, 1).setValues(Array.from({ length: candidates }, () => ['Bench']));
  const scores = hiring.questions.map((_, q) => q);
  // Candidate, Interviewer, Round, Date, the scores, Overall vote: revealed rows, as people's are.
  s.getRange(2, 1, scorecards, 5 + scores.length).setValues(
    Array.from({ length: scorecards }, (_, i) => [`Candidate ${i % candidates}`, `Interviewer ${Math.floor(i / candidates)}`, 'technical', '2026-11-23', ...scores.map((q) => ((i + q) % 4) + 1), 'Yes']),
  );
  addon.run('refreshDebriefs'); // the sheet in step, as after people's edits
}

function timed(addon: Addon, name: string, args: unknown[]): { ms: number; cpu: number; calls: number } {
  const cpu = process.cpuUsage();
  const start = performance.now();
  const { counts } = addon.run(name, args, { fromClient: true });
  addon.workbook.settle();
  const used = process.cpuUsage(cpu);
  return { ms: performance.now() - start, cpu: (used.user + used.system) / 1000, calls: counts.total };
}

export function trackerScale(dist: string): { rows: BenchRow[]; json: Record<string, number> } {
  const fresh = () => {
    // No 6-minute limit here: the emulator recomputes the sheet's array formulas inside the
    // execution (Sheets does that on its side, outside the script's time), and a busy machine
    // must not stop the measurement.
    const a = loadAddon({ codePath: `${dist}/Code.js`, htmlDir: dist, strictLock: true, timeoutMs: 60 * 60_000 });
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

  // Add a candidate, submit a scorecard (sealed), reveal it and read the debrief, at each size.
  const ACTIONS = ['add a candidate', 'submit a scorecard', 'reveal scores', 'read the debrief'] as const;
  const measure = (candidates: number, scorecards: number) => {
    const addon = fresh();
    addon.run('insertCandidateTracker');
    fill(addon, candidates, scorecards);
    present(addon.spreadsheet.getSheetByName('Candidates'), 'the Candidates sheet').getDataRange().getValues(); // computed before timing
    // Rounds, each with its own candidate; the median of each action (one sample on a busy machine is noise).
    const rounds = Array.from({ length: ROUNDS }, (_, i) => {
      const name = `Bench added ${i}`;
      return {
        'add a candidate': timed(addon, 'addCandidate', [{ trackerId: 1, name, level: 'mid', region: 'asia', spec: 'ai', quote: 50 }]),
        'submit a scorecard': timed(addon, 'submitScorecard', [scorecard(name, 'Bench interviewer')]),
        'reveal scores': timed(addon, 'revealScores', [{ trackerId: 1, candidate: name, interviewer: 'Bench interviewer' }]),
        'read the debrief': timed(addon, 'getDebrief', [{ trackerId: 1, candidate: name, interviewer: 'Bench interviewer' }]),
      };
    });
    const of = (action: (typeof ACTIONS)[number]) => ({
      ms: median(rounds.map((r) => r[action].ms)),
      cpu: median(rounds.map((r) => r[action].cpu)),
      calls: Math.max(...rounds.map((r) => r[action].calls)),
    });
    return {
      'add a candidate': of('add a candidate'),
      'submit a scorecard': of('submit a scorecard'),
      'reveal scores': of('reveal scores'),
      'read the debrief': of('read the debrief'),
    };
  };
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
