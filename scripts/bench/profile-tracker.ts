// Where a tracker action's time goes (issue 19): builds the tracker as the bench does, runs the
// four actions once to warm the emulator, then profiles one (V8's sampling profiler) and splits
// its time between the add-on's own code (dist/Code.js), HyperFormula (recomputing and reading
// the sheets' formulas), the rest of the emulator (service calls, the vm boundary) and garbage
// collection. A tool for finding what grows with the sheets, not a benchmark.
//   npx tsx scripts/bench/profile-tracker.ts [candidates=1000] [scorecards=5000] [action=getDebrief]
import { Session } from 'node:inspector/promises';
import { join } from 'node:path';
import type { Profiler } from 'node:inspector';
import { loadAddon } from '../../playground/emulator';
import { fill, scorecard } from './tracker-size';

const [candidates, scorecards] = [Number(process.argv[2] ?? 1000), Number(process.argv[3] ?? 5000)];
const action = process.argv[4] ?? 'getDebrief';
const dist = join(import.meta.dirname, '..', '..', 'dist');

const addon = loadAddon({ codePath: join(dist, 'Code.js'), htmlDir: dist, strictLock: true, timeoutMs: 60 * 60_000 });
addon.open('FULL');
addon.run('insertCandidateTracker');
fill(addon, candidates, scorecards);

const calls = (name: string): [string, unknown[]][] => [
  ['addCandidate', [{ trackerId: 1, name, level: 'mid', region: 'asia', spec: 'ai', quote: 50 }]],
  ['submitScorecard', [scorecard(name, 'Bench interviewer')]],
  ['revealScores', [{ trackerId: 1, candidate: name, interviewer: 'Bench interviewer' }]],
  ['getDebrief', [{ trackerId: 1, candidate: name, interviewer: 'Bench interviewer' }]],
];
if (!calls('').some(([name]) => name === action)) throw new Error(`No action ${action}: ${calls('').map(([n]) => n).join(', ')}.`);

const session = new Session();
session.connect();
await session.post('Profiler.enable');
await session.post('Profiler.setSamplingInterval', { interval: 100 });
for (const [name, args] of calls('Warm-up')) addon.run(name, args, { fromClient: true });
let profile: Profiler.Profile | undefined;
for (const [name, args] of calls('Profiled')) {
  if (name === action) await session.post('Profiler.start');
  addon.run(name, args, { fromClient: true });
  if (name === action) profile = (await session.post('Profiler.stop')).profile;
}
if (!profile) throw new Error('The profiler answered nothing.');

/** Where a function's own time counts. */
function part(url: string, functionName: string): string {
  if (functionName === '(garbage collector)') return 'garbage collection';
  if (functionName === '(idle)') return 'idle (waiting for a core)';
  if (functionName === '(program)') return 'V8 outside JavaScript (compiling Code.js for the execution\'s fresh scope, among others)';
  if (url.endsWith('dist/Code.js')) return "the add-on's code (dist/Code.js)";
  if (url.includes('node_modules/hyperformula') || url.includes('hyperformula-bridge')) return 'HyperFormula (recomputation, reads)';
  if (url.includes('/playground/')) return 'the emulator (service calls, vm boundary)';
  return `other: ${functionName || '(anonymous)'} ${url.replace(/.*node_modules\//, '')}`;
}
const split = new Map<string, number>();
const nodes = new Map(profile.nodes.map((n) => [n.id, n]));
const parents = new Map(profile.nodes.flatMap((n) => (n.children ?? []).map((child): [number, number] => [child, n.id])));
/** Whether a sample is inside the action's execution (not the profiler's own messages). */
const inExecution = (id: number) => {
  for (let at: number | undefined = id; at !== undefined; at = parents.get(at)) {
    const frame = nodes.get(at)?.callFrame;
    if (frame?.functionName === 'execute' && frame.url.includes('playground/emulator/addon')) return true;
  }
  return false;
};
profile.samples?.forEach((id, i) => {
  const node = nodes.get(id);
  if (!node || !inExecution(id)) return;
  const key = part(node.callFrame.url, node.callFrame.functionName);
  split.set(key, (split.get(key) ?? 0) + (profile.timeDeltas?.[i] ?? 0) / 1000);
});
const total = [...split.values()].reduce((a, b) => a + b, 0);
console.log(`${action} with ${candidates} candidates, ${scorecards} scorecards: ${total.toFixed(0)} ms sampled inside the execution`);
for (const [key, ms] of [...split].sort((a, b) => b[1] - a[1]).slice(0, 12)) console.log(`${ms.toFixed(1).padStart(8)} ms  ${key}`);
session.disconnect();
