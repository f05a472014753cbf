// The budget's invariant, checked against an oracle: what the headline should show, computed with
// the domain code (src/domain) from the values typed on the sheet as they stand, never from the
// sheet's own formulas. Every figure is the domain's number, or an error when the domain cannot
// compute it from those values (its message naming the same input); the verdict is the domain's
// sentence, or says it cannot judge and why.
import { PROJECT_TYPE_LABELS } from '../../src/domain/budget/choices';
import type { BudgetInput, TeamMember, TeamPlan } from '../../src/domain/budget/schema';
import { freelanceMonthly, teamCost, triple, type EstimatePoint, type Triple } from '../../src/domain/budget/team-cost';
import { typicalRangeText } from '../../src/domain/budget/typical-range';
import { pick } from '../../src/domain/costs';
import { levelAt, rateSource, salarySource } from '../../src/domain/experience';
import { builtInTable, type FigureTable } from '../../src/domain/figure-table';
import { tableWithCard } from '../../src/domain/rate-card';
import { hourly, monthly, project, salary } from '../../src/domain/resolve';
import { isBlank, parseLevelArg, parseRegion, parseSpec, type CellValue } from '../../src/domain/vocabulary';
import { CANNOT_JUDGE, LAYOUT_BROKEN, TEAM_TABLE_TEXT, type RateColumns } from '../../src/sheets/budget/formulas';
import { TEAM_TABLE_METADATA } from '../../src/sheets/budget/layout';
import { RATE_CARD_RANGE_NAME } from '../../src/sheets/rate-card-range';
import type { Addon } from '../../playground/emulator';
import { rowLabelled, sheetNamed } from './budget-fixture';

/** A figure as the oracle expects it: a number, or an error whose message ends with one of `messages` (any message when empty). */
export type Expected = number | { error: string[] };
type ExpectedTriple = Record<EstimatePoint, Expected>;

export interface ExpectedHeadline {
  team: ExpectedTriple;
  total: ExpectedTriple;
  /** The domain's sentence, or what a verdict that cannot judge must name (one of). */
  verdict: string | { cannotJudge: string[] };
}

/** The team table as typed: the rows between its tagged header and end rows, input columns A–E (the fuzz never moves columns). */
export function typedTeam(addon: Addon, sheetName: string) {
  const sheet = sheetNamed(addon, sheetName);
  const rowOf = (key: string) => {
    const found = sheet.createDeveloperMetadataFinder().withKey(key).find();
    const row = found[0]?.getLocation().getRow()?.getRow();
    if (found.length !== 1 || row === undefined) throw new Error(`the team table's ${key} tag is missing`);
    return row;
  };
  const header = rowOf(TEAM_TABLE_METADATA.header);
  const end = rowOf(TEAM_TABLE_METADATA.end);
  const values = sheet.getRange(header, 1, end - header + 1, 11).getValues() as CellValue[][];
  return { header, end, headerRow: values[0], endRow: values[values.length - 1], rows: values.slice(1, -1) };
}

/** Whether a value was typed (not spilled by a formula) in the rate columns of the team rows: it blocks that column pair. */
function blockedColumns(addon: Addon, sheetName: string, header: number, end: number): Set<RateColumns> {
  const sheet = sheetNamed(addon, sheetName);
  const model = addon.workbook.sheet(sheet.getSheetId());
  const blocked = new Set<RateColumns>();
  const pairs: [RateColumns, number][] = [
    ['hourly', 6],
    ['monthly', 8],
    ['salary', 10],
  ];
  for (let row = header + 1; row < end; row++)
    for (const [columns, col] of pairs)
      for (const c of [col, col + 1]) {
        const cell = model.cell(row, c);
        if (cell && !cell.formula && cell.value !== undefined && cell.value !== '') blocked.add(columns);
      }
  return blocked;
}

interface Broken {
  /** What the error's message ends (or starts) with; any message when empty. */
  error: string[];
  /** What the verdict names: one of these. */
  why: string[];
}

/** The team table's header or end moved: its own check, or the headline's layout check, says so (any error message). */
const MOVED: Broken = { error: [], why: ['no longer reads as DevRate wrote it', LAYOUT_BROKEN] };

const failure = (error: unknown) => (error instanceof Error ? error.message : String(error));

/** One member's figure for a rate column, as the range call computes it (src/functions/registry.ts), or the message it fails with. */
function rateOf(table: FigureTable, columns: RateColumns, row: CellValue[]): string | undefined {
  try {
    const level = parseLevelArg(row[0]);
    if (columns === 'salary') return void pick(salary(table, levelAt(level, salarySource())), 'low');
    const region = parseRegion(row[1]);
    const spec = parseSpec(row[2]);
    const resolve = columns === 'hourly' ? hourly : monthly;
    return void pick(resolve(table, levelAt(level, rateSource(region)), region, spec), 'low');
  } catch (error) {
    return failure(error);
  }
}

const number = (v: CellValue) => (typeof v === 'number' ? v : 0);

/** The members the formulas count: rows with a level, their parts parsed where they can be (only the parts a hire type uses matter). */
function members(rows: CellValue[][]): TeamMember[] {
  const attempt = <T>(parse: () => T, fallback: T): T => {
    try {
      return parse();
    } catch {
      return fallback;
    }
  };
  return rows
    .filter((row) => !isBlank(row[0]))
    .map((row) => ({
      level: attempt(() => levelAt(parseLevelArg(row[0]), salarySource()), 'mid'),
      region: attempt(() => parseRegion(row[1]), 'global'),
      spec: attempt(() => parseSpec(row[2]), 'backend'),
      count: number(row[3]),
      allocation: number(row[4]) * 100,
    }));
}

/** What the oracle is told rather than reads: whether a computed cell below the headline was typed over (its formula is gone). */
export interface Known {
  formulaLost?: boolean;
}

export function expectedHeadline(
  addon: Addon,
  sheetName: string,
  input: BudgetInput,
  withCard: boolean,
  known: Known = {},
): ExpectedHeadline {
  if (known.formulaLost) {
    const error = { error: [] };
    return {
      team: { low: error, mid: error, high: error },
      total: { low: error, mid: error, high: error },
      verdict: { cannotJudge: [LAYOUT_BROKEN] },
    };
  }
  const table = withCard
    ? tableWithCard(addon.spreadsheet.getRangeByName(RATE_CARD_RANGE_NAME)!.getValues() as CellValue[][])
    : builtInTable();
  const team = typedTeam(addon, sheetName);
  const blocked = blockedColumns(addon, sheetName, team.header, team.end);
  const rates = TEAM_TABLE_TEXT.rates;
  const structureOk =
    team.headerRow[0] === TEAM_TABLE_TEXT.level &&
    team.endRow[0] === TEAM_TABLE_TEXT.end &&
    (['hourly', 'monthly', 'salary'] as const).every((c, i) => blocked.has(c) || team.headerRow[5 + 2 * i] === rates[c][0]);
  const filled = team.rows.filter((row) => !isBlank(row[0]));
  // Per rate column: undefined when every member is priced, else what its error and the verdict say.
  const broken = (columns: RateColumns): Broken | undefined => {
    if (!structureOk) return MOVED;
    if (blocked.has(columns)) return { error: ['Array result was not expanded'], why: ['blocks them: clear it'] };
    const messages = filled.map((row) => rateOf(table, columns, row)).filter((m): m is string => m !== undefined);
    return messages.length ? { error: [messages[0]], why: [messages[0]] } : undefined;
  };
  const plan: TeamPlan = { ...input.team, members: members(team.rows) };
  const hire = plan.hireType;
  const teamColumn: RateColumns | undefined =
    hire === 'full_time' ? 'salary' : hire === 'agency' ? undefined : plan.engagement === 'hourly' ? 'hourly' : 'monthly';
  const teamBroken = teamColumn ? broken(teamColumn) : structureOk ? undefined : MOVED;
  const teamCosts: Triple | undefined = teamBroken ? undefined : triple((p) => teamCost(table, plan, hire, p));
  const errorOr = (problem: Broken | undefined, value: () => number): Expected => (problem ? { error: problem.error } : value());

  // The total's lines (estimate.ts), each an error where the sheet's formula reads a broken input.
  const { hidden } = input;
  const first = plan.members.at(0);
  const trialBroken = hidden.trialWeeks === 0 || !first ? undefined : broken('monthly');
  const trial = (p: EstimatePoint) =>
    hidden.trialWeeks === 0 || !first
      ? 0
      : ((hidden.trialWeeks * 12) / 52) * freelanceMonthly(table, { ...plan, engagement: 'monthly_retainer' }, first, p);
  const totalBroken = teamBroken ?? trialBroken;
  const total = (p: EstimatePoint) => {
    const cost = teamCosts![p];
    const contractor =
      hire === 'freelance'
        ? (cost * (hidden.platformFeePercent + hidden.exchangeFeePercent)) / 100 +
          hidden.employerOfRecordPerMonth * plan.members.reduce((n, m) => n + m.count, 0) * plan.months
        : 0;
    const subtotal =
      cost +
      contractor +
      (cost * (hidden.projectManagementPercent + hidden.maintenancePercent)) / 100 +
      hidden.hostingPerMonth * plan.months +
      hidden.securityAllowance +
      hidden.assessmentPay * hidden.candidates +
      trial(p);
    return subtotal * (1 + hidden.contingencyPercent / 100);
  };
  const label = PROJECT_TYPE_LABELS[input.project.type];
  return {
    team: {
      low: errorOr(teamBroken, () => teamCosts!.low),
      mid: errorOr(teamBroken, () => teamCosts!.mid),
      high: errorOr(teamBroken, () => teamCosts!.high),
    },
    total: {
      low: errorOr(totalBroken, () => total('low')),
      mid: errorOr(totalBroken, () => total('mid')),
      high: errorOr(totalBroken, () => total('high')),
    },
    verdict: teamBroken ? { cannotJudge: teamBroken.why } : typicalRangeText(teamCosts!.mid, project(table, input.project.type), label),
  };
}

/** What the headline shows: numbers, errors with their messages, and the verdict. */
export function shownHeadline(addon: Addon, sheetName: string) {
  const sheet = sheetNamed(addon, sheetName);
  const cells = (row: number) => {
    const values = sheet.getRange(row, 2, 1, 3).getValues()[0];
    const errors = addon.workbook.readErrors(sheet.getSheetId(), { row, col: 2, numRows: 1, numCols: 3 })[0];
    const at = (i: number) => (errors[i] ? { error: errors[i].message } : (values[i] as number | string));
    return { low: at(0), mid: at(1), high: at(2) };
  };
  const teamRow = rowLabelled(addon, sheetName, 'Team (development) cost');
  return {
    team: cells(teamRow),
    total: cells(rowLabelled(addon, sheetName, 'Total budget')),
    verdict: String(sheet.getRange(teamRow, 5).getValue()),
  };
}

/** Where the sheet breaks the invariant, in words (empty when it holds). */
export function violations(addon: Addon, sheetName: string, input: BudgetInput, withCard: boolean, known: Known = {}): string[] {
  const expected = expectedHeadline(addon, sheetName, input, withCard, known);
  const shown = shownHeadline(addon, sheetName);
  const problems: string[] = [];
  for (const what of ['team', 'total'] as const)
    for (const p of ['low', 'mid', 'high'] as const) {
      const want = expected[what][p];
      const got = shown[what][p];
      const where = `${what} ${p}`;
      if (typeof want === 'number') {
        if (typeof got !== 'number' || Math.abs(got - want) > 1e-6 * Math.max(1, Math.abs(want)))
          problems.push(`${where}: ${JSON.stringify(got)} where the domain gives ${want}`);
      } else if (typeof got !== 'object')
        problems.push(`${where}: ${JSON.stringify(got)} where an error is due (${want.error.join(' | ')})`);
      else if (want.error.length && !want.error.some((m) => got.error.endsWith(m) || got.error.startsWith(m)))
        problems.push(`${where}: the error says "${got.error}", not the input to fix (${want.error.join(' | ')})`);
    }
  const verdict = expected.verdict;
  if (typeof verdict === 'string') {
    if (shown.verdict !== verdict) problems.push(`verdict: "${shown.verdict}" where the domain says "${verdict}"`);
  } else if (!shown.verdict.startsWith(CANNOT_JUDGE) || !verdict.cannotJudge.some((why) => shown.verdict.includes(why)))
    problems.push(`verdict: "${shown.verdict}" does not say it cannot judge because ${verdict.cannotJudge.join(' or ')}`);
  return problems;
}
