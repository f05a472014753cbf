// Cold start: Apps Script evaluates the whole of Code.js in a fresh global scope for every
// execution, each custom-function batch included. Measured against a 20-line lookup script.
import { readFileSync } from 'node:fs';
import vm from 'node:vm';
import { timeMedian, type BenchRow } from './measure';

const FLOOR_SCRIPT = `
var RATES = {
  'senior|asia': [60, 100], 'mid|asia': [30, 60], 'junior|asia': [15, 30],
  'senior|global': [90, 180], 'mid|global': [40, 90], 'junior|global': [20, 40],
};
function DEVRATE(level, region) {
  var key = String(level).toLowerCase() + '|' + String(region || 'global').toLowerCase();
  var range = RATES[key];
  if (!range) throw new Error('DEVRATE: unknown level or region');
  return (range[0] + range[1]) / 2;
}
`;

function coldCall(source: string): () => void {
  return () => {
    const context = vm.createContext({});
    new vm.Script(source).runInContext(context); // compiled afresh each time, as in a new execution
    const result: unknown = vm.runInContext('DEVRATE("senior", "asia")', context);
    if (result !== 80) throw new Error(`cold start answered ${String(result)}, not 80`);
  };
}

export function coldStart(codePath: string, runs = 60): { rows: BenchRow[]; json: Record<string, number> } {
  const code = readFileSync(codePath, 'utf8');
  const ours = timeMedian(coldCall(code), runs);
  const floor = timeMedian(coldCall(FLOOR_SCRIPT), runs);
  const ratio = ours / floor;
  return {
    rows: [{ measure: 'cold start: load Code.js + one DEVRATE (median ms)', value: ours.toFixed(2), floor: floor.toFixed(2), ratio, goal: '≤ 3× floor', met: ratio <= 3 }],
    json: { coldStartMs: ours, coldStartFloorMs: floor, coldStartRatio: ratio },
  };
}
