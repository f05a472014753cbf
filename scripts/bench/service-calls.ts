// Service calls per action, counted by the emulator: each is a round trip in Apps Script. Builder
// calls (newDataValidation()…build()) stay inside the script runtime, so they are shown apart.
import { loadAddon, type Addon } from '../../playground/emulator';
import { defaultBudgetInput } from '../../src/domain/budget/defaults';
import type { BudgetInput } from '../../src/domain/budget/schema';
import { hiring } from '../../src/domain/dataset';
import { builtInTable } from '../../src/domain/figure-table';
import { present, type BenchRow } from './measure';

const BUILDER = /Builder\.|^SpreadsheetApp\.new/;

export function budget(members: number): BudgetInput {
  const input = defaultBudgetInput(builtInTable(), 'mvp');
  input.project.name = `Bench ${members}`;
  input.project.deliverables = ['Payments API', 'Admin backend'];
  input.team.members = Array.from({ length: members }, (_, i) => ({
    level: (['junior', 'mid', 'senior'] as const)[i % 3],
    region: 'eastern_europe' as const,
    spec: 'backend' as const,
    count: 1,
    allocation: 100,
  }));
  return input;
}

function scorecard(candidate: string, interviewer: string) {
  return {
    trackerId: 1,
    candidate,
    interviewer,
    round: 'technical',
    date: '2026-11-23',
    vote: 'Yes',
    scores: Object.fromEntries(hiring.questions.map((q, i) => [q.id, (i % 4) + 1])),
    redFlags: [],
    notes: 'bench',
  };
}

function counted(addon: Addon, name: string, args: unknown[] = []): { total: number; sheet: number } {
  const { counts } = addon.run(name, args, { fromClient: true });
  const builder = Object.entries(counts.byMethod).filter(([method]) => BUILDER.test(method)).reduce((sum, [, n]) => sum + n, 0);
  return { total: counts.total, sheet: counts.total - builder };
}

export function serviceCalls(dist: string): { rows: BenchRow[]; json: Record<string, number> } {
  const fresh = () => {
    const a = loadAddon({ codePath: `${dist}/Code.js`, htmlDir: dist, strictLock: true });
    a.open('FULL');
    return a;
  };
  const addon = fresh();
  const actions: [string, () => { total: number; sheet: number }][] = [
    ['insert candidate tracker', () => counted(addon, 'insertCandidateTracker')],
    ['create budget sheet, 1 team row', () => counted(fresh(), 'createBudgetSheet', [budget(1)])],
    ['create budget sheet, 20 team rows', () => counted(fresh(), 'createBudgetSheet', [budget(20)])],
    ['insert rate card', () => counted(addon, 'insertRateCard', ['abbacus-2026'])],
    ['insert sources', () => counted(addon, 'insertSources')],
  ];
  const rows: BenchRow[] = [];
  const json: Record<string, number> = {};
  const record = (action: string, c: { total: number; sheet: number }, goal?: string, met?: boolean) => {
    rows.push({ measure: `service calls: ${action} (all / reaching the sheet)`, value: `${c.total} / ${c.sheet}`, goal, met });
    json[`calls_${action.replace(/\W+/g, '_')}`] = c.total;
  };
  for (const [action, run] of actions) record(action, run());
  // A scorecard into a nearly empty tracker, then into one holding 200 more: the count must not grow.
  // Five interviewers score 41 candidates (a candidate holds at most 40 scorecards, a spreadsheet 200 names).
  for (let c = 0; c <= 41; c++) counted(addon, 'addCandidate', [{ trackerId: 1, name: `Ada ${c}` }]);
  const first = counted(addon, 'submitScorecard', [scorecard('Ada 0', 'Interviewer 0')]);
  const second = counted(addon, 'submitScorecard', [scorecard('Ada 0', 'Interviewer 1')]); // a new name, as the 1st was
  for (let c = 1; c <= 40; c++) for (let i = 0; i < 5; i++) counted(addon, 'submitScorecard', [scorecard(`Ada ${c}`, `Interviewer ${i}`)]);
  // Like the 2nd: a new name, and the candidate's second scorecard (its sealed first one is read back with it).
  counted(addon, 'submitScorecard', [scorecard('Ada 41', 'Interviewer 5')]);
  const later = counted(addon, 'submitScorecard', [scorecard('Ada 41', 'Interviewer 6')]);
  // The 1st has no earlier row whose dates it reads as displayed: two calls fewer.
  record('submit a scorecard (1st)', first);
  record('submit a scorecard (2nd)', second);
  record('submit a scorecard (203rd)', later, 'same as 2nd', later.total === second.total);
  const small = json['calls_create_budget_sheet_1_team_row'];
  const large = json['calls_create_budget_sheet_20_team_rows'];
  const twenty = present(
    rows.find((r) => r.measure.includes('20 team rows')),
    'the row of a 20-row budget sheet',
  );
  twenty.goal = 'same as 1 row';
  twenty.met = small === large;
  return { rows, json };
}
