// What a team costs over the project, as a freelancer, through an agency or full-time. The budget
// sheet computes the same quantities with DevRate formulas (see src/sheets/budget/formulas.ts);
// each rule below names its formula so the two stay one model.
import { loadedFactor, pick, times } from '../costs';
import type { FigureTable } from '../figure-table';
import { agency, hourly, monthly, salary } from '../resolve';
import type { HireType } from './choices';
import type { TeamMember, TeamPlan } from './schema';

export const ESTIMATE_POINTS = ['low', 'mid', 'high'] as const;
export type EstimatePoint = (typeof ESTIMATE_POINTS)[number];
export type Triple = Record<EstimatePoint, number>;

export const triple = (f: (point: EstimatePoint) => number): Triple => ({ low: f('low'), mid: f('mid'), high: f('high') });

const at = (range: { low: number; high: number }, point: EstimatePoint) => pick(range, point) as number;

/** Full-time equivalents: count × allocation, summed (ARRAYFORMULA(SUMPRODUCT(count, alloc, level<>""))). */
export function fullTimeEquivalents(members: readonly TeamMember[]): number {
  return members.reduce((sum, m) => sum + m.count * (m.allocation / 100), 0);
}

/** Freelance rate of one member for a month: DEVRATE × hours when billed hourly, else DEVMONTHLY. */
export function freelanceMonthly(
  table: FigureTable,
  plan: Pick<TeamPlan, 'engagement' | 'hoursPerMonth'>,
  m: TeamMember,
  point: EstimatePoint,
): number {
  return plan.engagement === 'hourly'
    ? at(hourly(table, m.level, m.region, m.spec), point) * plan.hoursPerMonth
    : at(monthly(table, m.level, m.region, m.spec), point);
}

/** AGENCYRATE(agency region, point): an agency bills one rate for everyone it staffs. */
export const agencyHourly = (table: FigureTable, plan: Pick<TeamPlan, 'agencyRegion'>, point: EstimatePoint): number =>
  at(agency(table, plan.agencyRegion), point);

/** LOADEDCOST(1, point): the multiplier that turns a US salary into its fully loaded cost. */
export const loadedMultiplier = (point: EstimatePoint): number => at(times(1, loadedFactor()), point);

/** Team cost over plan.months for one hire type. */
export function teamCost(table: FigureTable, plan: TeamPlan, hire: HireType, point: EstimatePoint): number {
  const { members, months, hoursPerMonth } = plan;
  switch (hire) {
    case 'agency':
      return months * hoursPerMonth * fullTimeEquivalents(members) * agencyHourly(table, plan, point);
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
