// The whole budget at low, mid and high: team cost, hidden costs, contingency, totals, the project
// type's typical range, and the same team as freelance, agency or full-time. The sidebar shows
// this live; the budget sheet's formulas compute the same lines (tested through HyperFormula).
import type { FigureTable } from '../figure-table';
import { project } from '../resolve';
import { HIRE_TYPES, PROJECT_TYPE_LABELS, type HireType } from './choices';
import { typicalRangeText } from './typical-range';
import type { EstimateInput } from './schema';
import { contractorCosts, freelanceMonthly, teamCosts, triple, type ContractorCosts, type Triple } from './team-cost';

/** The budget's lines in sheet order; labels and explanations are shared by sidebar and sheet. */
export const BUDGET_LINES = [
  { id: 'team', label: 'Team', how: 'Team cost for the duration, at the chosen hire type and engagement model' },
  {
    id: 'contractor',
    label: 'Contractor fees and employer of record',
    how: 'For a freelance team: platform/payment and currency-exchange fees on the team cost, plus employer of record × people × months; 0 for the other hire types',
  },
  { id: 'projectManagement', label: 'Project management', how: 'Team cost × project management %' },
  { id: 'hosting', label: 'Hosting and infrastructure', how: 'Hosting per month × duration in months' },
  { id: 'security', label: 'Security allowance', how: 'The security allowance, as entered' },
  { id: 'maintenance', label: 'Maintenance (first year)', how: 'Team cost × maintenance % per year' },
  { id: 'assessment', label: 'Candidate assessments', how: 'Assessment pay per candidate × candidates' },
  {
    id: 'trial',
    label: 'Paid trial',
    how: 'Trial weeks × 12/52 × freelance monthly rate of the member named: the first team row with a level',
  },
] as const;
export type BudgetLineId = (typeof BUDGET_LINES)[number]['id'];

/** The verdict's line: what it compares, and why the hidden costs stay out of it. */
export const TYPICAL_LINE = {
  label: 'Team cost against the typical range',
  how: "The mid team (development) cost against PROJECTCOST low–high for the project type. The sources' project costs are development only, so the hidden costs and contingency are left out.",
} as const;

export const TOTAL_LINES = {
  subtotal: { label: 'Subtotal', how: 'Sum of the lines above' },
  contingency: { label: 'Contingency', how: 'Subtotal × contingency %' },
  total: { label: 'Total', how: 'Subtotal + contingency' },
} as const;

export interface BudgetEstimate {
  lines: Record<BudgetLineId, Triple>;
  subtotal: Triple;
  contingency: Triple;
  total: Triple;
  /** The project type's typical cost (PROJECTCOST low and high). */
  typical: { low: number; high: number; openEnded: boolean; label: string };
  /**
   * e.g. "38% above the typical MVP range": the mid team (development) cost against the type's
   * typical cost, like for like, since the sources' project costs are development only.
   */
  typicalText: string;
  /** Team cost of the same team under each hire type. */
  byHireType: Record<HireType, Triple>;
  /** The freelance team's cost beyond its rates, beside the loaded cost of a US hire. */
  contractor: ContractorCosts;
}

const flat = (value: number): Triple => ({ low: value, mid: value, high: value });
const scaled = (t: Triple, factor: number): Triple => triple((p) => t[p] * factor);

export function estimateBudget(input: EstimateInput, table: FigureTable): BudgetEstimate {
  const { team: plan, hidden } = input;
  const byHireType = Object.fromEntries(HIRE_TYPES.map((hire) => [hire, teamCosts(table, plan, hire)])) as Record<HireType, Triple>;
  const team = byHireType[plan.hireType];
  const contractor = contractorCosts(byHireType.freelance, plan, hidden);
  const firstMember = plan.members[0];
  const trialMonths = (hidden.trialWeeks * 12) / 52; // 52/12 weeks a month, as the contract's timelines
  const lines: Record<BudgetLineId, Triple> = {
    team,
    contractor: triple((p) =>
      plan.hireType === 'freelance' ? contractor.platform[p] + contractor.exchange[p] + contractor.employerOfRecord[p] : 0,
    ),
    projectManagement: scaled(team, hidden.projectManagementPercent / 100),
    hosting: flat(hidden.hostingPerMonth * plan.months),
    security: flat(hidden.securityAllowance),
    maintenance: scaled(team, hidden.maintenancePercent / 100),
    assessment: flat(hidden.assessmentPay * hidden.candidates),
    trial: triple((p) =>
      hidden.trialWeeks === 0 ? 0 : trialMonths * freelanceMonthly(table, { ...plan, engagement: 'monthly_retainer' }, firstMember, p),
    ),
  };
  const subtotal = triple((p) => BUDGET_LINES.reduce((sum, line) => sum + lines[line.id][p], 0));
  const contingency = scaled(subtotal, hidden.contingencyPercent / 100);
  const total = triple((p) => subtotal[p] + contingency[p]);
  const typicalRange = project(table, input.project.type);
  const label = PROJECT_TYPE_LABELS[input.project.type];
  return {
    lines,
    subtotal,
    contingency,
    total,
    typical: { low: typicalRange.low, high: typicalRange.high, openEnded: typicalRange.openEnded, label },
    typicalText: typicalRangeText(team.mid, typicalRange, label),
    byHireType,
    contractor,
  };
}
