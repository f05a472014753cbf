// The "Assumptions and sources" lines of a budget: how each line is computed and which source id
// (and section) each figure comes from. Built from data/, so a changed citation shows here too.
import { factors, figures, hiring } from '../dataset';
import { formatRange } from '../provenance';
import { derivationRule } from '../resolve';
import { engagementNote } from './comparison';
import type { FigureKind } from '../terms';
import { FULL_TIME_HOURS_PER_MONTH } from '../costs';
import { DEVRATE_DEFAULTS } from './defaults';

/** A section without its sub-heading or qualifier: "Global Freelance Backend Developer Pricing". */
const sectionHead = (section: string) => section.split(' / ')[0].split(' (')[0];

/** "abbacus-2026 (Section A; Section B)" for every default figure of a kind, grouped by source. */
function cite(kind: FigureKind): string {
  const bySource = new Map<string, Set<string>>();
  for (const f of figures) {
    if (!f.default || f.kind !== kind) continue;
    const sections = bySource.get(f.source) ?? new Set<string>();
    sections.add(sectionHead(f.section));
    bySource.set(f.source, sections);
  }
  return [...bySource].map(([source, sections]) => `${source} (${[...sections].join('; ')})`).join(' and ');
}

export function budgetAssumptions(): string[] {
  const { loadedOverhead, takeHome } = factors;
  const hiddenCosts = hiring.hiddenCosts;
  const trial = hiring.checklist.find((c) => c.id === 'paid_trial');
  const pct = (r: { low: number; high: number }) => `${formatRange(r.low * 100, r.high * 100)}%`;
  return [
    'Rate card: the line "Figures from" at the top says whether this sheet\'s DevRate formulas pass the rate card; inserting a rate card offers to connect existing budgets.',
    `Freelance rates: DEVRATE (per hour) and DEVMONTHLY (per month) by level, region and specialization, from ${cite('hourly')}; monthly from ${cite('monthly')}.`,
    `${derivationRule()} =RATESOURCE("hourly", level, region, spec) says how for any row.`,
    `Agency: AGENCYRATE for the agency region × hours worked a month × full-time equivalents, from ${cite('agency')}.`,
    `Full-time: US salary (SALARY) from ${cite('salary')}, × loaded overhead of ${pct(loadedOverhead)} (LOADEDCOST, ${loadedOverhead.source}: ${loadedOverhead.covers}), × months ÷ 12.`,
    `Engagement: one hours basis for freelance and agency. Full-time retainer = monthly rate (${FULL_TIME_HOURS_PER_MONTH} hours); part-time retainer = monthly rate × hours a week × 52/12 ÷ ${FULL_TIME_HOURS_PER_MONTH} (a derived figure: the sources give full-time retainers only); hourly = hourly rate × hours per month. The US full-time hire is a salary whatever the hours.`,
    'Contractor costs: platform or payment fees, currency-exchange fees and an employer of record are entered by you (DevRate has no source figure for them; the defaults are 0) and shown beside the loaded cost of a US hire; for a freelance team they are a budget line.',
    engagementNote(),
    `Typical range: PROJECTCOST for the project type, from ${cite('project')}: development cost only, so the verdict compares the team cost with it and leaves the hidden costs out.`,
    `Hidden costs: ${hiddenCosts.map((c) => c.name.toLowerCase()).join(', ')} are named by ${[...new Set(hiddenCosts.map((c) => c.source))].join(', ')} (Hidden Costs) without figures; the percentages and amounts here are DevRate defaults (project management ${DEVRATE_DEFAULTS.projectManagementPercent}%, maintenance ${DEVRATE_DEFAULTS.maintenancePercent}% a year, contingency ${DEVRATE_DEFAULTS.contingencyPercent}%), so replace them with your own.`,
    `Assessments: ${takeHome.hoursLow}–${takeHome.hoursHigh} h take-homes paid $${takeHome.payLow}–${takeHome.payHigh} per candidate, ${takeHome.source} (${takeHome.section}).`,
    `Paid trial: ${trial ? `${trial.source} (${trial.section}) advises one before a full-time commitment; ` : ''}weeks × 12/52 × the freelance monthly rate of the first team member, whom the line names.`,
    'All amounts in USD; 52/12 weeks make a month. Low, mid and high use the low end, midpoint and high end of every range.',
  ];
}
