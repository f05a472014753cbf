// What the wizard starts from, and the one line that explains each hidden cost. Where the sources
// give a figure (take-home pay, timelines, project costs) the default comes from data/; where
// they only name a cost, the default is DevRate's own and says so.
import { FULL_TIME_HOURS_PER_MONTH } from '../costs';
import { factors, hiddenCosts } from '../dataset';
import type { FigureTable } from '../figure-table';
import { project, timeline } from '../resolve';
import type { ProjectType } from '../terms';
import type { BudgetInput, HiddenCosts, TeamMember } from './schema';

/** DevRate's own defaults where the sources name a cost but give no figure. */
export const DEVRATE_DEFAULTS = {
  projectManagementPercent: 10,
  hostingPerMonth: 300,
  /** Share of the project type's typical mid cost set aside for security work. */
  securityShareOfTypical: 0.05,
  maintenancePercent: 15,
  contingencyPercent: 15,
  candidates: 5,
  trialWeeks: 0,
  hoursPerMonth: FULL_TIME_HOURS_PER_MONTH, // HIRECOMPARE's default too
  /** Half of a full-time week: the part-time engagement's starting point. */
  hoursPerWeek: 20,
  /** Contractor costs the sources do not name a figure for: 0 until the user knows theirs. */
  platformFeePercent: 0,
  exchangeFeePercent: 0,
  employerOfRecordPerMonth: 0,
} as const;

const hidden = (id: string) => {
  const found = hiddenCosts.find((c) => c.id === id);
  if (!found) throw new Error(`data/hiring.json has no hidden cost "${id}".`);
  return found;
};
const takeHome = factors.takeHome;

/** The hidden-cost fields as the wizard and the budget sheet label them. */
export const HIDDEN_COST_LABELS: Record<keyof HiddenCosts, string> = {
  projectManagementPercent: 'Project management %',
  hostingPerMonth: 'Hosting and infrastructure per month',
  securityAllowance: 'Security allowance',
  maintenancePercent: 'Maintenance % per year',
  contingencyPercent: 'Contingency %',
  assessmentPay: 'Assessment pay per candidate',
  candidates: 'Candidates assessed',
  trialWeeks: 'Paid trial (weeks)',
  platformFeePercent: 'Contractor platform or payment fee %',
  exchangeFeePercent: 'Contractor currency-exchange fee %',
  employerOfRecordPerMonth: 'Employer of record per person per month',
};
/** Fields entered as percentages (15 means 15%); sheets store them as fractions with a % format. */
export const PERCENT_FIELDS: readonly (keyof HiddenCosts)[] = [
  'projectManagementPercent',
  'maintenancePercent',
  'contingencyPercent',
  'platformFeePercent',
  'exchangeFeePercent',
];
/** Fields in USD. */
export const USD_FIELDS: readonly (keyof HiddenCosts)[] = [
  'hostingPerMonth',
  'securityAllowance',
  'assessmentPay',
  'employerOfRecordPerMonth',
];
/** What a contractor costs beyond the rate: shown beside the loaded cost of a US hire. */
export const CONTRACTOR_FIELDS = ['platformFeePercent', 'exchangeFeePercent', 'employerOfRecordPerMonth'] as const;
const NO_SOURCE_FIGURE = 'DevRate has no source figure for it, so the default is 0: enter your own.';

/** One line per hidden-cost field: what it covers and where its default comes from. */
export const HIDDEN_COST_HELP: Record<keyof HiddenCosts, string> = {
  projectManagementPercent: `Coordinating with frontend, design and DevOps, as % of team cost (named by ${hidden('project_management').source}; DevRate default ${DEVRATE_DEFAULTS.projectManagementPercent}%).`,
  hostingPerMonth: `Cloud hosting, storage and monitoring for each month of the project (named by ${hidden('infrastructure').source}; DevRate default $${DEVRATE_DEFAULTS.hostingPerMonth}).`,
  securityAllowance: `Encryption, authentication and security testing, as a lump sum (named by ${hidden('security').source}; default ${DEVRATE_DEFAULTS.securityShareOfTypical * 100}% of the type's typical mid cost).`,
  maintenancePercent: `Updates, fixes and tuning in the first year after launch, as % of team cost (named by ${hidden('maintenance').source}; DevRate default ${DEVRATE_DEFAULTS.maintenancePercent}%).`,
  contingencyPercent: `A buffer on everything above for scope changes and overruns (DevRate default ${DEVRATE_DEFAULTS.contingencyPercent}%).`,
  assessmentPay: `Paid ${takeHome.hoursLow}–${takeHome.hoursHigh} h take-homes ($${takeHome.payLow}–${takeHome.payHigh}, ${takeHome.source}) get finished by strong candidates; the default is the midpoint.`,
  candidates: 'How many candidates you pay to take the assessment.',
  trialWeeks: 'A paid trial with the first team member (the trial line names them), at the freelance monthly rate; 0 for none.',
  platformFeePercent: `What a freelance platform or payment service takes on the freelance cost, as %. ${NO_SOURCE_FIGURE}`,
  exchangeFeePercent: `What converting and sending the payments costs, as % of the freelance cost. ${NO_SOURCE_FIGURE}`,
  employerOfRecordPerMonth: `An employer-of-record service, where the contractor must be employed: per person per month. ${NO_SOURCE_FIGURE}`,
};

/** Months to prefill for a project type: the middle of its typical timeline, to the nearest half month. */
export function defaultMonths(table: FigureTable, type: ProjectType): number {
  const t = timeline(table, type, 'months');
  return Math.max(0.5, Math.round(t.low + t.high) / 2);
}

/** The security allowance to prefill: a share of the type's typical mid cost, to the nearest $500. */
export function defaultSecurityAllowance(table: FigureTable, type: ProjectType): number {
  const p = project(table, type);
  const share = ((p.low + p.high) / 2) * DEVRATE_DEFAULTS.securityShareOfTypical;
  return Math.max(500, Math.round(share / 500) * 500);
}

export const DEFAULT_MEMBER: TeamMember = { level: 'senior', region: 'global', spec: 'backend', count: 1, allocation: 100 };

/** A complete, valid budget input for a project type: the wizard's starting point. */
export function defaultBudgetInput(table: FigureTable, type: ProjectType = 'mvp'): BudgetInput {
  return {
    project: {
      name: '',
      type,
      codebase: 'greenfield',
      aiIntegration: false,
      framework: 'fastapi',
      database: 'postgresql',
      cloud: 'aws',
      performance: 'latency',
      deliverables: [],
    },
    team: {
      hireType: 'freelance',
      engagement: 'monthly_retainer',
      agencyRegion: 'global',
      hoursPerMonth: DEVRATE_DEFAULTS.hoursPerMonth,
      hoursPerWeek: DEVRATE_DEFAULTS.hoursPerWeek,
      months: defaultMonths(table, type),
      members: [{ ...DEFAULT_MEMBER }],
    },
    hidden: {
      projectManagementPercent: DEVRATE_DEFAULTS.projectManagementPercent,
      hostingPerMonth: DEVRATE_DEFAULTS.hostingPerMonth,
      securityAllowance: defaultSecurityAllowance(table, type),
      maintenancePercent: DEVRATE_DEFAULTS.maintenancePercent,
      contingencyPercent: DEVRATE_DEFAULTS.contingencyPercent,
      assessmentPay: (takeHome.payLow + takeHome.payHigh) / 2,
      candidates: DEVRATE_DEFAULTS.candidates,
      trialWeeks: DEVRATE_DEFAULTS.trialWeeks,
      platformFeePercent: DEVRATE_DEFAULTS.platformFeePercent,
      exchangeFeePercent: DEVRATE_DEFAULTS.exchangeFeePercent,
      employerOfRecordPerMonth: DEVRATE_DEFAULTS.employerOfRecordPerMonth,
    },
  };
}
