// One size of the tracker bench: add a candidate, submit a scorecard (sealed), reveal it and read
// the debrief, ROUNDS times, in a tracker holding the given candidates and scorecards. Run in a
// process of its own per size (tracker-scale.ts starts one): each size starts from the same fresh
// heap, so none pays for the garbage of the bench's other sections or of a size measured before it.
//   npx tsx scripts/bench/tracker-size.ts <candidates> <scorecards> [dist]   (prints JSON)
// Each time includes the emulator's HyperFormula recomputing what the action's writes changed
// (Sheets does that on its side): the clock stops once the formulas are settled, so an action
// never pays for the one before it. The CPU time is the process's over the same run: on a shared
// machine the wall time also counts waiting for a core, the CPU time does not.
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { pathToFileURL } from 'node:url';
import { loadAddon, type Addon } from '../../playground/emulator';
import { hiring } from '../../src/domain/dataset';
import { recordRevealed } from '../../src/server/sealed/recorded-reveal';
import { median, present } from './measure';

export const ACTIONS = ['add a candidate', 'submit a scorecard', 'reveal scores', 'read the debrief'] as const;
export type TrackerAction = (typeof ACTIONS)[number];
export interface ActionTime {
  ms: number;
  cpu: number;
  calls: number;
}
/** Rounds per size, each with its own candidate; the median of each action is shown. */
export const ROUNDS = 15;

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

function timed(addon: Addon, name: string, args: unknown[]): ActionTime {
  const cpu = process.cpuUsage();
  const start = performance.now();
  const { counts } = addon.run(name, args, { fromClient: true });
  addon.workbook.settle();
  const used = process.cpuUsage(cpu);
  return { ms: performance.now() - start, cpu: (used.user + used.system) / 1000, calls: counts.total };
}

/** The median time, CPU time and most service calls of each action at one size. */
export function measureSize(dist: string, candidates: number, scorecards: number): Record<TrackerAction, ActionTime> {
  // No 6-minute limit here: the emulator recomputes the sheet's array formulas inside the
  // execution (Sheets does that on its side, outside the script's time), and a busy machine
  // must not stop the measurement.
  const addon = loadAddon({ codePath: `${dist}/Code.js`, htmlDir: dist, strictLock: true, timeoutMs: 60 * 60_000 });
  addon.open('FULL');
  addon.run('insertCandidateTracker');
  fill(addon, candidates, scorecards);
  addon.workbook.settle(); // computed before timing
  // Rounds, each with its own candidate; the median of each action (one sample on a busy machine is noise).
  const rounds = Array.from({ length: ROUNDS }, (_, i): Record<TrackerAction, ActionTime> => {
    const name = `Bench added ${i}`;
    return {
      'add a candidate': timed(addon, 'addCandidate', [{ trackerId: 1, name, level: 'mid', region: 'asia', spec: 'ai', quote: 50 }]),
      'submit a scorecard': timed(addon, 'submitScorecard', [scorecard(name, 'Bench interviewer')]),
      'reveal scores': timed(addon, 'revealScores', [{ trackerId: 1, candidate: name, interviewer: 'Bench interviewer' }]),
      'read the debrief': timed(addon, 'getDebrief', [{ trackerId: 1, candidate: name, interviewer: 'Bench interviewer' }]),
    };
  });
  const of = (action: TrackerAction): ActionTime => ({
    ms: median(rounds.map((r) => r[action].ms)),
    cpu: median(rounds.map((r) => r[action].cpu)),
    calls: Math.max(...rounds.map((r) => r[action].calls)),
  });
  return Object.fromEntries(ACTIONS.map((action) => [action, of(action)])) as Record<TrackerAction, ActionTime>;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const [candidates, scorecards] = [Number(process.argv[2] ?? 0), Number(process.argv[3] ?? 0)];
  console.log(JSON.stringify(measureSize(process.argv[4] ?? join(import.meta.dirname, '..', '..', 'dist'), candidates, scorecards)));
}
