// The budget sheet's formulas, one builder per quantity of src/domain/budget (team-cost.ts and
// estimate.ts name the same rules). Team columns are single range calls that spill, so a row a
// collaborator inserts inside the table is priced too; everything else is a scalar formula over
// them, using only functions HyperFormula also knows.
import { ENGAGEMENT_LABELS, HIRE_TYPE_LABELS, type HireType } from '../../domain/budget/choices';
import { AGENCY_LABEL_PARTS } from '../../domain/budget/comparison';
import type { EstimatePoint } from '../../domain/budget/team-cost';
import { formulaText } from '../a1';

export type Points<T = string> = Record<EstimatePoint, T>;

/** Where the inputs and helper figures live (absolute A1), as the layout placed them. */
export interface BudgetRefs {
  type: string;
  hireType: string;
  engagement: string;
  agencyRegion: string;
  hoursPerMonth: string;
  months: string;
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
    /** Row 1's freelance monthly rate, low and high (the paid trial's price). */
    firstMonthlyLow: string;
    firstMonthlyHigh: string;
  };
  hidden: {
    projectManagementPercent: string;
    hostingPerMonth: string;
    securityAllowance: string;
    maintenancePercent: string;
    contingencyPercent: string;
    assessmentPay: string;
    candidates: string;
    trialWeeks: string;
  };
  agencyRate: Points;
  loaded: Points;
  fte: string;
  typical: Points;
}

const q = formulaText;
/** ", DevRateCard" when the spreadsheet has a rate card, so editing the card recomputes this sheet. */
const card = (rateCard?: string) => (rateCard ? `, ${rateCard}` : '');

// Team table spills: low and high side by side for every row (point "range").
export const hourlySpill = (r: BudgetRefs, rateCard?: string) =>
  `=DEVRATE(${r.team.level}, ${r.team.region}, ${r.team.spec}, "range"${card(rateCard)})`;
export const monthlySpill = (r: BudgetRefs, rateCard?: string) =>
  `=DEVMONTHLY(${r.team.level}, ${r.team.region}, ${r.team.spec}, "range"${card(rateCard)})`;
export const salarySpill = (r: BudgetRefs, rateCard?: string) => `=SALARY(${r.team.level}, "range"${card(rateCard)})`;

// Helper figures.
export const agencyRate = (r: BudgetRefs, p: EstimatePoint, rateCard?: string) => `=AGENCYRATE(${r.agencyRegion}, "${p}"${card(rateCard)})`;
export const loadedMultiplier = (p: EstimatePoint) => `=LOADEDCOST(1, "${p}")`;
/** Rows without a level are not people, whatever their count says. */
export const fullTimeEquivalents = (r: BudgetRefs) =>
  `=ARRAYFORMULA(SUMPRODUCT(${r.team.count}, ${r.team.allocation}, --(${r.team.level}<>"")))`;
export const typicalCost = (r: BudgetRefs, p: EstimatePoint, rateCard?: string) => `=PROJECTCOST(${r.type}, "${p}"${card(rateCard)})`;
export const typicalTimeline = (r: BudgetRefs, p: EstimatePoint, rateCard?: string) =>
  `=PROJECTTIMELINE(${r.type}, "${p}", "months"${card(rateCard)})`;

const weighted = (r: BudgetRefs, column: string) => `SUMPRODUCT(${r.team.count}, ${r.team.allocation}, ${column})`;
const average = (low: string, high: string) => `=AVERAGE(${low}, ${high})`;

/** Team cost for the duration under one hire type; `row` holds that type's low/mid/high cells once placed. */
export function teamCost(r: BudgetRefs, hire: HireType, p: EstimatePoint, row: Points): string {
  if (hire === 'agency') return `=${r.months}*${r.hoursPerMonth}*${r.fte}*${r.agencyRate[p]}`;
  if (hire === 'full_time') {
    const salaries =
      p === 'mid'
        ? `(${weighted(r, r.team.salaryLow)}+${weighted(r, r.team.salaryHigh)})/2`
        : weighted(r, p === 'low' ? r.team.salaryLow : r.team.salaryHigh);
    return `=${salaries}*${r.loaded[p]}*${r.months}/12`;
  }
  // Midpoints are linear, so the freelance mid is the mean of low and high.
  if (p === 'mid') return average(row.low, row.high);
  const [hourly, monthly] = p === 'low' ? [r.team.hourlyLow, r.team.monthlyLow] : [r.team.hourlyHigh, r.team.monthlyHigh];
  return `=${r.months}*IF(${r.engagement}=${q(ENGAGEMENT_LABELS.hourly)}, ${r.hoursPerMonth}*${weighted(r, hourly)}, ${weighted(r, monthly)})`;
}

/** The chosen hire type's row of the comparison. */
export const chosenTeamCost = (r: BudgetRefs, byHire: Record<HireType, Points>, p: EstimatePoint) =>
  `=IF(${r.hireType}=${q(HIRE_TYPE_LABELS.agency)}, ${byHire.agency[p]}, IF(${r.hireType}=${q(HIRE_TYPE_LABELS.full_time)}, ${byHire.full_time[p]}, ${byHire.freelance[p]}))`;

export const percentOf = (amount: string, percent: string) => `=${amount}*${percent}`;
export const product = (...cells: string[]) => `=${cells.join('*')}`;
export const reference = (cell: string) => `=${cell}`;

export function trial(r: BudgetRefs, p: EstimatePoint, row: Points): string {
  if (p === 'mid') return average(row.low, row.high);
  const rate = p === 'low' ? r.team.firstMonthlyLow : r.team.firstMonthlyHigh;
  return `=IF(${r.hidden.trialWeeks}=0, 0, ${r.hidden.trialWeeks}*12/52*${rate})`;
}

export const sum = (first: string, last: string) => `=SUM(${first}:${last})`;
export const plus = (a: string, b: string) => `=${a}+${b}`;

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
  return `=IF(${totalMid}>${high}, ${above}, IF(${totalMid}<${low}, ${below}, "within"))&" the typical "&${r.type}&" range"`;
}
