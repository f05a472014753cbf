// What a team costs over the project, as a freelancer, through an agency or full-time. The budget
// sheet computes the same quantities with DevRate formulas (see src/sheets/budget/formulas.ts);
// each rule below names its formula so the two stay one model.
import { FULL_TIME_HOURS_PER_MONTH, hoursPerMonthFromWeek, loadedFactor, pick, retainerShare, times } from '../costs';
import type { FigureTable } from '../figure-table';
import { agency, hourly, monthly, salary } from '../resolve';
import type { HireType } from './choices';
import type { CONTRACTOR_FIELDS } from './defaults';
import type { HiddenCosts, TeamMember, TeamPlan } from './schema';

export const ESTIMATE_POINTS = ['low', 'mid', 'high'] as const;
export type EstimatePoint = (typeof ESTIMATE_POINTS)[number];
export type Triple = Record<EstimatePoint, number>;

export const triple = (f: (point: EstimatePoint) => number): Triple => ({ low: f('low'), mid: f('mid'), high: f('high') });

const at = (range: { low: number; high: number }, point: EstimatePoint) => pick(range, point) as number;

/** Full-time equivalents: count × allocation, summed (ARRAYFORMULA(SUMPRODUCT(count, alloc, level<>""))). */
export function fullTimeEquivalents(members: readonly TeamMember[]): number {
  return members.reduce((sum, m) => sum + m.count * (m.allocation / 100), 0);
}

/** Hours worked a month under the engagement: the one basis freelance and agency are priced on. */
export function hoursPerMonth(plan: Pick<TeamPlan, 'engagement' | 'hoursPerMonth' | 'hoursPerWeek'>): number {
  switch (plan.engagement) {
    case 'part_time':
      return hoursPerMonthFromWeek(plan.hoursPerWeek);
    case 'hourly':
      return plan.hoursPerMonth;
    default:
      return FULL_TIME_HOURS_PER_MONTH;
  }
}

/**
 * Freelance rate of one full-time-equivalent member for a month: DEVRATE × hours when billed
 * hourly, else DEVMONTHLY × the share of a full-time month worked (part-time: fewer hours).
 */
export function freelanceMonthly(
  table: FigureTable,
  plan: Pick<TeamPlan, 'engagement' | 'hoursPerMonth' | 'hoursPerWeek'>,
  m: TeamMember,
  point: EstimatePoint,
): number {
  const hours = hoursPerMonth(plan);
  return plan.engagement === 'hourly'
    ? at(hourly(table, m.level, m.region, m.spec), point) * hours
    : at(monthly(table, m.level, m.region, m.spec), point) * retainerShare(hours);
}

/** People on the team (count over the rows): an employer of record bills per person. */
export const headcount = (members: readonly TeamMember[]): number => members.reduce((sum, m) => sum + m.count, 0);

/** AGENCYRATE(agency region, point): an agency bills one rate for everyone it staffs. */
export const agencyHourly = (table: FigureTable, plan: Pick<TeamPlan, 'agencyRegion'>, point: EstimatePoint): number =>
  at(agency(table, plan.agencyRegion), point);

/** LOADEDCOST(1, point): the multiplier that turns a US salary into its fully loaded cost. */
export const loadedMultiplier = (point: EstimatePoint): number => at(times(1, loadedFactor()), point);

/** Team cost over plan.months for one hire type. */
export function teamCost(table: FigureTable, plan: TeamPlan, hire: HireType, point: EstimatePoint): number {
  const { members, months } = plan;
  switch (hire) {
    case 'agency':
      return months * hoursPerMonth(plan) * fullTimeEquivalents(members) * agencyHourly(table, plan, point);
    case 'full_time': {
      // SUMPRODUCT(count, alloc, SALARY(level, point)) × LOADEDCOST(1, point) × months / 12
      const salaries = members.reduce((sum, m) => sum + m.count * (m.allocation / 100) * at(salary(table, m.level), point), 0);
      return (salaries * loadedMultiplier(point) * months) / 12;
    }
    default:
      return months * members.reduce((sum, m) => sum + m.count * (m.allocation / 100) * freelanceMonthly(table, plan, m, point), 0);
  }
}

export const teamCosts = (table: FigureTable, plan: TeamPlan, hire: HireType): Triple =>
  triple((point) => teamCost(table, plan, hire, point));

/** What a freelance team costs beyond its rates (platform, exchange, employer of record), by point. */
export interface ContractorCosts {
  platform: Triple;
  exchange: Triple;
  employerOfRecord: Triple;
  /** Freelance team cost plus the three. */
  total: Triple;
}

/** Fees are a share of the freelance cost; the employer of record is per person per month. */
export function contractorCosts(
  freelance: Triple,
  plan: TeamPlan,
  hidden: Pick<HiddenCosts, (typeof CONTRACTOR_FIELDS)[number]>,
): ContractorCosts {
  const platform = triple((p) => (freelance[p] * hidden.platformFeePercent) / 100);
  const exchange = triple((p) => (freelance[p] * hidden.exchangeFeePercent) / 100);
  const eor = hidden.employerOfRecordPerMonth * headcount(plan.members) * plan.months;
  const employerOfRecord = triple(() => eor);
  return { platform, exchange, employerOfRecord, total: triple((p) => freelance[p] + platform[p] + exchange[p] + eor) };
}
