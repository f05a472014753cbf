// The tracker at scale: custom-function cells per template (each is its own server call in
// Sheets), and the time and service calls to add a candidate and submit a scorecard in a tracker
// holding 1,000 candidates and 5,000 scorecards, against an empty one. Times include the
// emulator's HyperFormula recomputing the sheet's array formulas, which Sheets does on its side.
import { performance } from 'node:perf_hooks';
import { loadAddon, type Addon } from '../../playground/emulator';
import { hiring } from '../../src/domain/dataset';
import { customFunctions } from '../../src/functions/registry';
import { present, type BenchRow } from './measure';
import { budget } from './service-calls';

const CUSTOM = new RegExp(`\\b(${customFunctions.map((f) => f.name).join('|')})\\(`, 'i');
const CANDIDATES = 1000;
const SCORECARDS = 5000;

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

function scorecard(candidate: string, interviewer: string) {
  return { trackerId: 1, candidate, interviewer, round: 'technical', date: '2026-11-23', vote: 'Yes', scores: Object.fromEntries(hiring.questions.map((q, i) => [q.id, (i % 4) + 1])), redFlags: [], notes: 'bench' };
}

/** People's rows typed straight into the sheets (rows added first, as the sheets grow). */
function fill(addon: Addon, candidates: number, scorecards: number): void {
  const ss = addon.spreadsheet;
  const c = present(ss.getSheetByName('Candidates'), 'the Candidates sheet');
  const s = present(ss.getSheetByName('Scorecards'), 'the Scorecards sheet');
  c.insertRowsAfter(c.getMaxRows(), candidates + 100 - c.getMaxRows());
  s.insertRowsAfter(s.getMaxRows(), scorecards + 100 - s.getMaxRows());
  c.getRange(2, 1, candidates, 8).setValues(Array.from({ length: candidates }, (_, i) => [`Candidate ${i}`, '', 'interview', 'senior', '', 'asia', 'backend', 60 + (i % 40)]));
  const scores = hiring.questions.map((_, q) => q);
  // Candidate, Interviewer, Round, Date, the scores, Overall vote: revealed rows, as people's are.
  s.getRange(2, 1, scorecards, 5 + scores.length).setValues(
    Array.from({ length: scorecards }, (_, i) => [`Candidate ${i % candidates}`, `Interviewer ${Math.floor(i / candidates)}`, 'technical', '2026-11-23', ...scores.map((q) => ((i + q) % 4) + 1), 'Yes']),
  );
}

function timed(addon: Addon, name: string, args: unknown[]): { ms: number; calls: number } {
  const start = performance.now();
  const { counts } = addon.run(name, args, { fromClient: true });
  return { ms: performance.now() - start, calls: counts.total };
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

  // Add a candidate and submit a scorecard: empty tracker, then 1,000 candidates and 5,000 scorecards.
  const measure = (label: string, addon: Addon, first: string) => {
    present(addon.spreadsheet.getSheetByName('Candidates'), 'the Candidates sheet').getDataRange().getValues(); // computed before timing
    const add = timed(addon, 'addCandidate', [{ trackerId: 1, name: `${first} added`, level: 'mid', region: 'asia', spec: 'ai', quote: 50 }]);
    const submit = timed(addon, 'submitScorecard', [scorecard(`${first} added`, 'Bench interviewer')]); // sealed
    const reveal = timed(addon, 'revealScores', [{ trackerId: 1, candidate: `${first} added`, interviewer: 'Bench interviewer' }]);
    for (const [action, t] of [['add a candidate', add], ['submit a scorecard', submit], ['reveal scores', reveal]] as const) {
      rows.push({ measure: `tracker ${label}: ${action} (ms, service calls)`, value: `${t.ms.toFixed(0)} ms, ${t.calls} calls` });
      json[`tracker_${label.replace(/\W+/g, '_')}_${action.replace(/\W+/g, '_')}_ms`] = Math.round(t.ms);
      json[`tracker_${label.replace(/\W+/g, '_')}_${action.replace(/\W+/g, '_')}_calls`] = t.calls;
    }
    return { add, submit, reveal };
  };
  const empty = fresh();
  empty.run('insertCandidateTracker');
  const small = measure('empty', empty, 'First');
  const big = fresh();
  big.run('insertCandidateTracker');
  fill(big, CANDIDATES, SCORECARDS);
  const large = measure(`with ${CANDIDATES} candidates, ${SCORECARDS} scorecards`, big, 'Another');
  (['add', 'submit', 'reveal'] as const).forEach((action, i) => {
    const row = present(rows.at(i - 3), `the row of "${action}"`);
    row.goal = 'calls same as empty';
    row.met = large[action].calls === small[action].calls;
  });
  return { rows, json };
}
