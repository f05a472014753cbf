// The wizard's form as the user left it: text exactly as typed (numbers too, so "1,5" stays on
// screen until fixed), saved per user and spreadsheet so closing the sidebar loses nothing.
// inputFromForm turns it into the payload budgetInputSchema validates.
import * as z from '../validator';
import { DEVRATE_DEFAULTS } from './defaults';
import type { BudgetInput } from './schema';

const text = (max: number) => z.string().check(z.maxLength(max));
const word = text(40);
const number = text(40);
const later = (schema: typeof number, fallback: number) => z._default(schema, String(fallback));

export const wizardFormSchema = z.object({
  project: z.object({
    name: text(200),
    type: word,
    codebase: word,
    aiIntegration: z.boolean(),
    framework: word,
    database: word,
    cloud: word,
    performance: word,
    /** One deliverable per line. */
    deliverables: text(3500),
  }),
  team: z.object({
    hireType: word,
    engagement: word,
    agencyRegion: word,
    hoursPerMonth: number,
    // Fields added after drafts were first saved take their default, so an older draft still opens.
    hoursPerWeek: later(number, DEVRATE_DEFAULTS.hoursPerWeek),
    months: number,
    members: z.array(z.object({ level: word, region: word, spec: word, count: number, allocation: number })).check(z.maxLength(25)),
  }),
  hidden: z.object({
    projectManagementPercent: number,
    hostingPerMonth: number,
    securityAllowance: number,
    maintenancePercent: number,
    contingencyPercent: number,
    assessmentPay: number,
    candidates: number,
    trialWeeks: number,
    platformFeePercent: later(number, DEVRATE_DEFAULTS.platformFeePercent),
    exchangeFeePercent: later(number, DEVRATE_DEFAULTS.exchangeFeePercent),
    employerOfRecordPerMonth: later(number, DEVRATE_DEFAULTS.employerOfRecordPerMonth),
  }),
  /** Fields the user changed, so a new project type no longer overwrites them with its defaults. */
  edited: z.object({
    months: z.boolean(),
    securityAllowance: z.boolean(),
    /** Once chosen by hand, the agency region no longer follows the team's region. */
    agencyRegion: z._default(z.boolean(), false),
  }),
});
export type WizardForm = z.infer<typeof wizardFormSchema>;

export const WIZARD_STEPS = ['Project', 'Team and engagement', 'Hidden costs', 'Review'] as const;

export const wizardDraftSchema = z.object({
  step: z.int().check(z.gte(0), z.lte(WIZARD_STEPS.length - 1)),
  /** Milliseconds since 1970, so the newer of two copies (browser, server) wins. */
  savedAt: z.number().check(z.nonnegative()),
  form: wizardFormSchema,
});
export type WizardDraft = z.infer<typeof wizardDraftSchema>;

/**
 * "1,200", "$95", "15%" → number; blank → undefined ("Enter …"); anything else → NaN ("must be a
 * number"). Commas count only as thousands separators, so "1,5" is refused rather than read as 15.
 */
export function numberFromText(value: string): number | undefined {
  const cleaned = value.trim().replace(/^\$/, '').replace(/%$/, '').trim();
  if (cleaned === '') return undefined;
  if (!/^[-+]?(\d{1,3}(,\d{3})+|\d+)?(\.\d*)?$/.test(cleaned) || !/\d/.test(cleaned)) return NaN;
  return Number(cleaned.replace(/,/g, ''));
}

export function deliverablesFromText(value: string): string[] {
  return value
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line !== '');
}

const numbers = <K extends string>(record: Record<K, string>): Record<K, number | undefined> =>
  Object.fromEntries(Object.entries<string>(record).map(([k, v]) => [k, numberFromText(v)])) as Record<K, number | undefined>;

/** The payload budgetInputSchema validates (unknown: it is not valid until parsed). */
export function inputFromForm(form: WizardForm): unknown {
  const { project, team, hidden } = form;
  return {
    project: { ...project, deliverables: deliverablesFromText(project.deliverables) },
    team: {
      ...team,
      hoursPerMonth: numberFromText(team.hoursPerMonth),
      hoursPerWeek: numberFromText(team.hoursPerWeek),
      months: numberFromText(team.months),
      members: team.members.map((m) => ({ ...m, count: numberFromText(m.count), allocation: numberFromText(m.allocation) })),
    },
    hidden: numbers(hidden),
  };
}

const show = (n: number) => String(n);

/** The form for a complete input (the wizard's defaults, or a test's scenario). */
export function formFromInput(input: BudgetInput): WizardForm {
  const { project, team, hidden } = input;
  return {
    project: { ...project, deliverables: project.deliverables.join('\n') },
    team: {
      ...team,
      hoursPerMonth: show(team.hoursPerMonth),
      hoursPerWeek: show(team.hoursPerWeek),
      months: show(team.months),
      members: team.members.map((m) => ({ ...m, count: show(m.count), allocation: show(m.allocation) })),
    },
    hidden: Object.fromEntries(Object.entries(hidden).map(([k, v]) => [k, show(v)])) as WizardForm['hidden'],
    edited: { months: false, securityAllowance: false, agencyRegion: false },
  };
}
