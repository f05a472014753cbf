// The budget sheet's formulas, one builder per quantity of src/domain/budget (team-cost.ts and
// estimate.ts name the same rules). Each pair of team rate columns is one range call in the team
// table's header row, so sorting the team rows cannot move it and a row a collaborator inserts
// inside the table is priced too; everything else is a scalar formula over them, using only
// functions HyperFormula also knows.
import { ENGAGEMENT_LABELS, HIRE_TYPE_LABELS, type HireType } from '../../domain/budget/choices';
import { AGENCY_LABEL_PARTS } from '../../domain/budget/comparison';
import { FULL_TIME_HOURS_PER_MONTH } from '../../domain/costs';
import type { HiddenCosts } from '../../domain/budget/schema';
import type { EstimatePoint } from '../../domain/budget/team-cost';
import { OPEN_TOP_NOTE } from '../../domain/budget/typical-range';
import { formulaText } from '../a1';
import { CANNOT_JUDGE, unlessBroken } from './checks';
import { body, card, RATE_CALLS, type RateColumns } from './team-table';

export * from './checks';
export { RATE_COLUMNS, TEAM_TABLE_TEXT, type RateColumns } from './team-table';

export type Points<T = string> = Record<EstimatePoint, T>;
/** Where the inputs and helper figures live (absolute A1), as the layout placed them. */
export interface BudgetRefs {
  type: string;
  hireType: string;
  engagement: string;
  agencyRegion: string;
  hoursPerMonth: string;
  hoursPerWeek: string;
  months: string;
  /**
   * The team table's columns, each from its header row down to the next section's row ("Hidden
   * costs"), so a row inserted anywhere among the team rows (right under the header, or right
   * above that section) lands inside every one of them; body() leaves those two rows out.
   */
  team: {
    level: string;
    region: string;
    spec: string;
    count: string;
    allocation: string;
    hourlyLow: string;
    hourlyHigh: string;
    monthlyLow: string;
    monthlyHigh: string;
    salaryLow: string;
    salaryHigh: string;
    /** The header cell of the level column: the row body() leaves out is the one reading as it does. */
    levelHeader: string;
    /** The label cell of the next section ("Hidden costs"): the last row of the team columns, left out by body(). */
    end: string;
    /** The header cells holding the rate formulas (rateColumns): where a blocked formula shows its error. */
    hourlyHeader: string;
    monthlyHeader: string;
    salaryHeader: string;
  };
  /** In the frozen headline: "OK", or #N/A when the labelled rows are no longer where they were written (layoutCheck). */
  layoutCheck: string;
  /** "OK", or #N/A when the team table's header or end row no longer reads as written (tableCheck). */
  tableCheck: string;
  /** The cell saying what tableCheck found. */
  tableProblem: string;
  /** Per rate column pair, the cell that is "OK" or the error of its first broken team row (rateCheck). */
  rateChecks: Record<RateColumns, string>;
  /** Per rate column pair, the cell saying which team row to fix and why (rateProblem). */
  rateProblems: Record<RateColumns, string>;
  hidden: Record<keyof HiddenCosts, string>;
  agencyRate: Points;
  loaded: Points;
  fte: string;
  /** Hours worked a month under the engagement (hoursUsed), the basis of freelance and agency. */
  hours: string;
  /** People over the team rows (for the employer of record). */
  headcount: string;
  typical: Points;
  /** "open-ended" when the source writes the typical cost's top with a + (typicalTop). */
  typicalTop: string;
}

const q = formulaText;

/**
 * A pair of team rate columns as one formula in the table's header row: its two header labels
 * stacked on the range call's low and high for every team row (point "range"), over the team
 * rows of its columns (body), so its results line up with the rows whatever is inserted among
 * them. In the header row a sort of the team rows, with or without these columns selected,
 * cannot move it, and the rows below hold nothing but the values it shows (how Sheets sorts
 * those, and what a value typed among them does, are unconfirmed beliefs listed in
 * playground/emulator/README.md).
 * - VSTACK "appends ranges vertically and in sequence to return a larger array" in Sheets
 *   (https://support.google.com/docs/answer/13191461), and a function taking a range takes an
 *   array too, such as DEVRATE's, or the labels' literal of text only, {"a", "b"}
 *   (https://support.google.com/docs/answer/6208276); HyperFormula has VSTACK too. Its FILTER
 *   takes a single column only, so body() filters DEVRATE's inputs, not its two-column answer.
 *   Not {"a", "b"; DEVRATE(…)}: Sheets computes that, but HyperFormula never recomputes an
 *   inline array ("Inline arrays are not recomputed after initialization":
 *   https://hyperformula.handsontable.com/guide/arrays.html), so the rates went stale in tests.
 * - The team ranges are bounded (header row to the next section's row, "Hidden costs"), not open-ended
 *   like A28:A: HyperFormula cannot parse those, and the hidden costs sit below the table in the
 *   same columns.
 */
const rateColumns = (labels: readonly [string, string], call: string) => `=VSTACK({${labels.map(q).join(', ')}}, ${call})`;
export const rateColumnsFormula = (r: BudgetRefs, columns: RateColumns, labels: readonly [string, string], rateCard?: string) =>
  rateColumns(
    labels,
    RATE_CALLS[columns](r, (column) => body(r, column), '"range"', rateCard),
  );

// Helper figures.
export const agencyRate = (r: BudgetRefs, p: EstimatePoint, rateCard?: string) => `=AGENCYRATE(${r.agencyRegion}, "${p}"${card(rateCard)})`;
export const loadedMultiplier = (p: EstimatePoint) => `=LOADEDCOST(1, "${p}")`;
/** Rows without a level are not people, whatever their count says. */
export const fullTimeEquivalents = (r: BudgetRefs) =>
  `=${unlessBroken(r.tableCheck, `ARRAYFORMULA(SUMPRODUCT(${body(r, r.team.count)}, ${body(r, r.team.allocation)}, --(${body(r, r.team.level)}<>"")))`)}`;
export const typicalCost = (r: BudgetRefs, p: EstimatePoint, rateCard?: string) => `=PROJECTCOST(${r.type}, "${p}"${card(rateCard)})`;
export const typicalTimeline = (r: BudgetRefs, p: EstimatePoint, rateCard?: string) =>
  `=PROJECTTIMELINE(${r.type}, "${p}", "months"${card(rateCard)})`;

const weighted = (r: BudgetRefs, column: string, check: string) =>
  unlessBroken(check, `SUMPRODUCT(${body(r, r.team.count)}, ${body(r, r.team.allocation)}, ${body(r, column)})`);
const average = (low: string, high: string) => `=AVERAGE(${low}, ${high})`;

/** hoursPerMonth of src/domain/budget/team-cost.ts: part-time hours a week × 52/12, hourly hours, else full time. */
export const hoursUsed = (r: BudgetRefs) =>
  `=IF(${r.engagement}=${q(ENGAGEMENT_LABELS.part_time)}, ${r.hoursPerWeek}*52/12, IF(${r.engagement}=${q(ENGAGEMENT_LABELS.hourly)}, ${r.hoursPerMonth}, ${FULL_TIME_HOURS_PER_MONTH}))`;
/** People over the team rows that have a level. */
export const headcount = (r: BudgetRefs) =>
  `=${unlessBroken(r.tableCheck, `ARRAYFORMULA(SUMPRODUCT(${body(r, r.team.count)}, --(${body(r, r.team.level)}<>"")))`)}`;

/**
 * Whether the typical cost's top is open-ended, read from RATESOURCE, the one place that knows
 * (its answer starts "low–high+ USD" for an open top, a rate card's figure included): the
 * character before the first space. FIND gives the position of the first match
 * (https://support.google.com/docs/answer/3094126); a RATESOURCE error (a bad card row) passes
 * through, so the verdict built on it is an error too, never a silent "listed".
 */
export function typicalTop(r: BudgetRefs, rateCard?: string): string {
  const source = `RATESOURCE("project", ${r.type}, "", ""${card(rateCard)})`;
  return `=IF(MID(${source}, FIND(" ", ${source})-1, 1)="+", "open-ended", "listed")`;
}

/** Team cost for the duration under one hire type; `row` holds that type's low/mid/high cells once placed. */
export function teamCost(r: BudgetRefs, hire: HireType, p: EstimatePoint, row: Points): string {
  if (hire === 'agency') return `=${r.months}*${r.hours}*${r.fte}*${r.agencyRate[p]}`;
  if (hire === 'full_time') {
    const salary = (column: string) => weighted(r, column, r.rateChecks.salary);
    const salaries =
      p === 'mid'
        ? `(${salary(r.team.salaryLow)}+${salary(r.team.salaryHigh)})/2`
        : salary(p === 'low' ? r.team.salaryLow : r.team.salaryHigh);
    return `=${salaries}*${r.loaded[p]}*${r.months}/12`;
  }
  // Midpoints are linear, so the freelance mid is the mean of low and high.
  if (p === 'mid') return average(row.low, row.high);
  const [hourly, monthly] = p === 'low' ? [r.team.hourlyLow, r.team.monthlyLow] : [r.team.hourlyHigh, r.team.monthlyHigh];
  // Hourly: rate × hours; a retainer: the monthly rate × the share of a full-time month worked.
  return `=${r.months}*IF(${r.engagement}=${q(ENGAGEMENT_LABELS.hourly)}, ${r.hours}*${weighted(r, hourly, r.rateChecks.hourly)}, MIN(1, ${r.hours}/${FULL_TIME_HOURS_PER_MONTH})*${weighted(r, monthly, r.rateChecks.monthly)})`;
}

/** contractorCosts of src/domain/budget/team-cost.ts: fees on the freelance cost, the employer of record per person. */
export const contractorFee = (freelance: string, percent: string) => `=${freelance}*${percent}`;
export const employerOfRecord = (r: BudgetRefs) => `=${r.hidden.employerOfRecordPerMonth}*${r.headcount}*${r.months}`;
/** The budget's contractor line: the three costs for a freelance team, 0 for the other hire types. */
export const contractorLine = (r: BudgetRefs, cells: string[]) =>
  `=IF(${r.hireType}=${q(HIRE_TYPE_LABELS.freelance)}, ${cells.join('+')}, 0)`;

/** The chosen hire type's row of the comparison. */
export const chosenTeamCost = (r: BudgetRefs, byHire: Record<HireType, Points>, p: EstimatePoint) =>
  `=IF(${r.hireType}=${q(HIRE_TYPE_LABELS.agency)}, ${byHire.agency[p]}, IF(${r.hireType}=${q(HIRE_TYPE_LABELS.full_time)}, ${byHire.full_time[p]}, ${byHire.freelance[p]}))`;

export const percentOf = (amount: string, percent: string) => `=${amount}*${percent}`;
export const product = (...cells: string[]) => `=${cells.join('*')}`;
export const reference = (cell: string) => `=${cell}`;

/** Which team row (1 = the row under the header) is the first with a level: the member the paid trial prices. */
const trialMember = (r: BudgetRefs) => `MATCH(1, ARRAYFORMULA(--(${body(r, r.team.level)}<>"")), 0)`;

/** The paid trial prices the first member in the table's order; its label (trialLabel) names them, so a sort that changes them shows. */
export function trial(r: BudgetRefs, p: EstimatePoint, row: Points): string {
  if (p === 'mid') return average(row.low, row.high);
  const member = trialMember(r);
  const rate = `INDEX(${body(r, p === 'low' ? r.team.monthlyLow : r.team.monthlyHigh)}, ${member})`;
  return `=IF(OR(${r.hidden.trialWeeks}=0, ISNA(${member})), 0, ${unlessBroken(r.rateChecks.monthly, `${r.hidden.trialWeeks}*12/52*${rate}`)})`;
}

/** "Paid trial: Senior Backend, Eastern Europe (row 31)": the member the trial prices, by what their row shows and where it is. */
export function trialLabel(r: BudgetRefs, label: string): string {
  const member = trialMember(r);
  const shown = (column: string) => `INDEX(${body(r, column)}, ${member})`;
  return `=IF(ISNA(${member}), ${q(`${label}: no team member`)}, ${q(`${label}: `)}&${shown(r.team.level)}&" "&${shown(r.team.spec)}&", "&${shown(r.team.region)}&" (row "&(ROW(${r.team.levelHeader})+${member})&")")`;
}

export const sum = (first: string, last: string) => `=SUM(${first}:${last})`;
export const plus = (a: string, b: string) => `=${a}+${b}`;
export const plusAll = (...cells: string[]) => `=${cells.join('+')}`;

/** agencyRowLabel of src/domain/budget/comparison.ts, around the agency region input. */
export const agencyLabel = (r: BudgetRefs) => `=${q(AGENCY_LABEL_PARTS.before)}&${r.agencyRegion}&${q(AGENCY_LABEL_PARTS.after)}`;
export const ratio = (top: string, bottom: string) => `=IF(${bottom}>0, ${top}/${bottom}, "")`;

/** The headline line saying which figures the sheet's DevRate formulas use; connecting a budget rewrites it. */
export const FIGURES_FROM = {
  label: 'Figures from',
  /** Developer metadata on the line's row: it follows inserted rows, as the label follows inserted columns. */
  metadataKey: 'devrate.budget.figuresFrom',
  text: (rateCard?: string) =>
    rateCard ? `the rate card ${rateCard}: edit it and this budget follows` : "DevRate's built-in figures: not connected to a rate card",
} as const;

/**
 * The rate columns' problem the chosen hire type's team cost depends on (rateProblem's words), or
 * "" when it does not depend on a broken one (an agency, or a problem in a column it does not use).
 */
const teamCostProblem = (r: BudgetRefs) => {
  const problem = (columns: RateColumns) => `IF(ISERROR(${r.rateChecks[columns]}), ${r.rateProblems[columns]}, "")`;
  return `IF(${r.hireType}=${q(HIRE_TYPE_LABELS.full_time)}, ${problem('salary')}, IF(${r.hireType}=${q(HIRE_TYPE_LABELS.agency)}, IF(ISERROR(${r.tableCheck}), ${r.tableProblem}, ""), IF(${r.engagement}=${q(ENGAGEMENT_LABELS.hourly)}, ${problem('hourly')}, ${problem('monthly')})))`;
};

/**
 * typicalRangeText of src/domain/budget/typical-range.ts, as a formula over the mid team cost;
 * when the team cost or the typical range is an error it says it cannot judge, and why.
 */
export function typicalText(r: BudgetRefs, totalMid: string): string {
  const { low, high } = r.typical;
  const why = teamCostProblem(r);
  const teamBroken = `${q(CANNOT_JUDGE)}&IF(${why}="", "the team cost is an error; its cell's message names the input to fix.", ${why})`;
  const rangeBroken = q(`${CANNOT_JUDGE}the project type's typical cost is an error (Figures used shows it, with the input to fix).`);
  const rangeIsError = `OR(ISERROR(${low}), ISERROR(${high}), ISERROR(${r.typicalTop}))`;
  return `=IF(ISERROR(${totalMid}), ${teamBroken}, IF(${rangeIsError}, ${rangeBroken}, ${judged(r, totalMid)}))`;
}

function judged(r: BudgetRefs, totalMid: string): string {
  const { low, high } = r.typical;
  const above = `IF(${high}>0, ROUND((${totalMid}-${high})/${high}*100, 0)&"% above", "above")`;
  const below = `ROUND((${low}-${totalMid})/${low}*100, 0)&"% below"`;
  const open = `IF(AND(${totalMid}>${high}, ${r.typicalTop}="open-ended"), ${q(OPEN_TOP_NOTE)}, "")`;
  return `IF(${totalMid}>${high}, ${above}, IF(${totalMid}<${low}, ${below}, "within"))&" the typical "&${r.type}&" range"&${open}`;
}
