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
   * The team table's columns, each from its header row down to the blank row under the table, so
   * a row inserted anywhere among the team rows (right under the header, or under the last one)
   * lands inside every one of them; body() leaves the header row out.
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
    /** The header cells holding the rate formulas (rateColumns): where a blocked formula shows its error. */
    hourlyHeader: string;
    monthlyHeader: string;
    salaryHeader: string;
  };
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
/** ", DevRateCard" when the spreadsheet has a rate card, so editing the card recomputes this sheet. */
const card = (rateCard?: string) => (rateCard ? `, ${rateCard}` : '');

/**
 * The team rows of a team column: the column without its header row, told apart by its level
 * cell reading as the header does (the level dropdown offers only Junior, Mid and Senior). FILTER
 * keeps the rows whose condition is true (https://support.google.com/docs/answer/3093197).
 */
const body = (r: BudgetRefs, column: string) => `FILTER(${column}, ${r.team.level}<>${r.team.levelHeader})`;

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
 * - The team ranges are bounded (header row to the blank row under the table), not open-ended
 *   like A28:A: HyperFormula cannot parse those, and the hidden costs sit below the table in the
 *   same columns.
 */
const rateColumns = (labels: readonly [string, string], call: string) => `=VSTACK({${labels.map(q).join(', ')}}, ${call})`;
const profile = (r: BudgetRefs) => `${body(r, r.team.level)}, ${body(r, r.team.region)}, ${body(r, r.team.spec)}`;
export const hourlyColumns = (r: BudgetRefs, labels: readonly [string, string], rateCard?: string) =>
  rateColumns(labels, `DEVRATE(${profile(r)}, "range"${card(rateCard)})`);
export const monthlyColumns = (r: BudgetRefs, labels: readonly [string, string], rateCard?: string) =>
  rateColumns(labels, `DEVMONTHLY(${profile(r)}, "range"${card(rateCard)})`);
export const salaryColumns = (r: BudgetRefs, labels: readonly [string, string], rateCard?: string) =>
  rateColumns(labels, `SALARY(${body(r, r.team.level)}, "range"${card(rateCard)})`);

/**
 * A figure read from a rate column, or the error its header formula shows instead. A value typed
 * into the rows a rate formula fills blocks the whole formula (its header cell shows the error
 * and the other rows go blank), and a sum over those rows alone would quietly count the typed
 * value and nothing else: totals show the error until the typed value is removed.
 */
const unlessBlocked = (header: string, figure: string) => `IF(ISERROR(${header}), ${header}, ${figure})`;

// Helper figures.
export const agencyRate = (r: BudgetRefs, p: EstimatePoint, rateCard?: string) => `=AGENCYRATE(${r.agencyRegion}, "${p}"${card(rateCard)})`;
export const loadedMultiplier = (p: EstimatePoint) => `=LOADEDCOST(1, "${p}")`;
/** Rows without a level are not people, whatever their count says. */
export const fullTimeEquivalents = (r: BudgetRefs) =>
  `=ARRAYFORMULA(SUMPRODUCT(${body(r, r.team.count)}, ${body(r, r.team.allocation)}, --(${body(r, r.team.level)}<>"")))`;
export const typicalCost = (r: BudgetRefs, p: EstimatePoint, rateCard?: string) => `=PROJECTCOST(${r.type}, "${p}"${card(rateCard)})`;
export const typicalTimeline = (r: BudgetRefs, p: EstimatePoint, rateCard?: string) =>
  `=PROJECTTIMELINE(${r.type}, "${p}", "months"${card(rateCard)})`;

const weighted = (r: BudgetRefs, column: string, header: string) =>
  unlessBlocked(header, `SUMPRODUCT(${body(r, r.team.count)}, ${body(r, r.team.allocation)}, ${body(r, column)})`);
const average = (low: string, high: string) => `=AVERAGE(${low}, ${high})`;

/** hoursPerMonth of src/domain/budget/team-cost.ts: part-time hours a week × 52/12, hourly hours, else full time. */
export const hoursUsed = (r: BudgetRefs) =>
  `=IF(${r.engagement}=${q(ENGAGEMENT_LABELS.part_time)}, ${r.hoursPerWeek}*52/12, IF(${r.engagement}=${q(ENGAGEMENT_LABELS.hourly)}, ${r.hoursPerMonth}, ${FULL_TIME_HOURS_PER_MONTH}))`;
/** People over the team rows that have a level. */
export const headcount = (r: BudgetRefs) => `=ARRAYFORMULA(SUMPRODUCT(${body(r, r.team.count)}, --(${body(r, r.team.level)}<>"")))`;

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
    const salary = (column: string) => weighted(r, column, r.team.salaryHeader);
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
  return `=${r.months}*IF(${r.engagement}=${q(ENGAGEMENT_LABELS.hourly)}, ${r.hours}*${weighted(r, hourly, r.team.hourlyHeader)}, MIN(1, ${r.hours}/${FULL_TIME_HOURS_PER_MONTH})*${weighted(r, monthly, r.team.monthlyHeader)})`;
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

export function trial(r: BudgetRefs, p: EstimatePoint, row: Points): string {
  if (p === 'mid') return average(row.low, row.high);
  // The first team row's freelance monthly rate, the row right under the header.
  const rate = `INDEX(${p === 'low' ? r.team.monthlyLow : r.team.monthlyHigh}, 2)`;
  return `=IF(${r.hidden.trialWeeks}=0, 0, ${unlessBlocked(r.team.monthlyHeader, `${r.hidden.trialWeeks}*12/52*${rate}`)})`;
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

/** typicalRangeText of src/domain/budget/typical-range.ts, as a formula over the mid team cost. */
export function typicalText(r: BudgetRefs, totalMid: string): string {
  const { low, high } = r.typical;
  const above = `IF(${high}>0, ROUND((${totalMid}-${high})/${high}*100, 0)&"% above", "above")`;
  const below = `ROUND((${low}-${totalMid})/${low}*100, 0)&"% below"`;
  const open = `IF(AND(${totalMid}>${high}, ${r.typicalTop}="open-ended"), ${q(OPEN_TOP_NOTE)}, "")`;
  return `=IF(${totalMid}>${high}, ${above}, IF(${totalMid}<${low}, ${below}, "within"))&" the typical "&${r.type}&" range"&${open}`;
}
