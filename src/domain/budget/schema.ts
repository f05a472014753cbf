// What the scoping wizard sends: one zod schema that the sidebar validates with as the user
// types and the server parses again before writing anything. Messages speak to the user.
import * as z from '../validator';
import { LEVELS, PROJECT_TYPES, REGIONS, SPECS } from '../terms';
import { AGENCY_REGIONS, CLOUDS, CODEBASES, DATABASES, ENGAGEMENTS, FRAMEWORKS, HIRE_TYPES, PERFORMANCE_NEEDS } from './choices';

export const LIMITS = {
  projectName: 80,
  deliverable: 200,
  deliverables: 15,
  members: 20,
  count: 50,
  months: 60,
  hoursPerMonth: 744, // every hour of a 31-day month
  hoursPerWeek: 168, // every hour of a week
  amount: 10_000_000,
  candidates: 200,
  trialWeeks: 26,
} as const;

function amount(what: string, options: { min?: number; max?: number; positive?: boolean; whole?: boolean } = {}) {
  const max = options.max ?? LIMITS.amount;
  return z
    .number({ error: (issue) => (issue.input === undefined ? `Enter ${what}.` : `${capital(what)} must be a number.`) })
    .check(
      ...(options.whole ? [z.refine(Number.isSafeInteger, `${capital(what)} must be a whole number.`)] : []),
      options.positive
        ? z.gt(0, `${capital(what)} must be more than 0.`)
        : z.gte(options.min ?? 0, `${capital(what)} cannot be below ${options.min ?? 0}.`),
      z.lte(max, `${capital(what)} can be at most ${max.toLocaleString('en-US')}.`),
    );
}
const percent = (what: string, max = 100) => amount(what, { max });
const choice = <T extends readonly [string, ...string[]]>(values: T, what: string) => z.enum(values, { error: `Choose ${what}.` });
const capital = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

export const teamMemberSchema = z.object({
  level: choice(LEVELS, 'a level'),
  region: choice(REGIONS, 'a region'),
  spec: choice(SPECS, 'a specialization'),
  count: amount('the number of people', { min: 1, max: LIMITS.count, whole: true }),
  allocation: amount('the allocation %', { positive: true, max: 100 }),
});

export const projectSchema = z.object({
  name: z
    .string({ error: 'Give the project a name.' })
    .check(
      z.trim(),
      z.minLength(1, 'Give the project a name.'),
      z.maxLength(LIMITS.projectName, `Keep the name to ${LIMITS.projectName} characters.`),
    ),
  type: choice(PROJECT_TYPES, 'a project type'),
  codebase: choice(CODEBASES, 'greenfield or existing code'),
  aiIntegration: z.boolean({ error: 'Say whether the work needs AI/ML integration.' }),
  framework: choice(FRAMEWORKS, 'a framework'),
  database: choice(DATABASES, 'a database'),
  cloud: choice(CLOUDS, 'a cloud'),
  performance: choice(PERFORMANCE_NEEDS, 'the performance need that matters most'),
  deliverables: z
    .array(
      z
        .string()
        .check(
          z.trim(),
          z.minLength(1, 'A deliverable cannot be empty.'),
          z.maxLength(LIMITS.deliverable, `Keep each deliverable to ${LIMITS.deliverable} characters.`),
        ),
    )
    .check(
      z.minLength(1, 'List at least one deliverable for the first 90 days.'),
      z.maxLength(LIMITS.deliverables, `List at most ${LIMITS.deliverables} deliverables.`),
    ),
});

export const teamSchema = z.object({
  hireType: choice(HIRE_TYPES, 'a hire type'),
  engagement: choice(ENGAGEMENTS, 'an engagement model'),
  agencyRegion: z
    .enum(REGIONS, { error: 'Choose an agency region.' })
    .check(z.refine((region) => AGENCY_REGIONS.includes(region), `Agency rates exist for ${AGENCY_REGIONS.join(', ')}.`)),
  /** Hours billed a month, for hourly engagements. */
  hoursPerMonth: amount('hours per month', { positive: true, max: LIMITS.hoursPerMonth }),
  /** Hours worked a week, for part-time engagements. */
  hoursPerWeek: amount('hours a week', { positive: true, max: LIMITS.hoursPerWeek }),
  months: amount('the duration in months', { positive: true, max: LIMITS.months }),
  members: z
    .array(teamMemberSchema)
    .check(
      z.minLength(1, 'Add at least one team member.'),
      z.maxLength(LIMITS.members, `A budget holds at most ${LIMITS.members} team rows.`),
    ),
});

export const hiddenCostsSchema = z.object({
  projectManagementPercent: percent('project management %'),
  hostingPerMonth: amount('hosting per month'),
  securityAllowance: amount('the security allowance'),
  maintenancePercent: percent('maintenance % per year'),
  contingencyPercent: percent('contingency %'),
  assessmentPay: amount('the assessment pay per candidate'),
  candidates: amount('the number of candidates', { max: LIMITS.candidates, whole: true }),
  trialWeeks: amount('the paid trial in weeks', { max: LIMITS.trialWeeks }),
  platformFeePercent: percent('the platform or payment fee %'),
  exchangeFeePercent: percent('the currency-exchange fee %'),
  employerOfRecordPerMonth: amount('the employer-of-record cost per month'),
});

export const budgetInputSchema = z.object({ project: projectSchema, team: teamSchema, hidden: hiddenCostsSchema });
/** What the estimate needs: the sidebar shows it before the project has a name or deliverables. */
export const estimateInputSchema = z.object({
  project: z.pick(projectSchema, { type: true }),
  team: teamSchema,
  hidden: hiddenCostsSchema,
});

export type TeamMember = z.infer<typeof teamMemberSchema>;
export type ProjectScope = z.infer<typeof projectSchema>;
export type TeamPlan = z.infer<typeof teamSchema>;
export type HiddenCosts = z.infer<typeof hiddenCostsSchema>;
export type BudgetInput = z.infer<typeof budgetInputSchema>;
export type EstimateInput = z.infer<typeof estimateInputSchema>;
