// The wizard's schema, draft and defaults: what the user sees as they type, and what the server accepts.
import { describe, expect, it } from 'vitest';
import { AGENCY_REGIONS, LEVEL_LABELS, PROJECT_TYPE_LABELS, REGION_LABELS, SPEC_LABELS } from '../../src/domain/budget/choices';
import { defaultBudgetInput, defaultMonths, defaultSecurityAllowance, DEVRATE_DEFAULTS } from '../../src/domain/budget/defaults';
import { formFromInput, inputFromForm, numberFromText, wizardDraftSchema } from '../../src/domain/budget/draft';
import { budgetInputSchema, type BudgetInput } from '../../src/domain/budget/schema';
import { builtInTable } from '../../src/domain/figure-table';
import { LEVELS, PROJECT_TYPES, REGIONS, SPECS } from '../../src/domain/terms';
import { parseLevelArg, parseProjectType, parseRegion, parseSpec } from '../../src/domain/vocabulary';
import { builtIn, factors, figures } from '../support/figures';

const table = builtInTable();
const valid = (): BudgetInput => {
  const input = defaultBudgetInput(table, 'saas');
  input.project.name = 'Billing';
  input.project.deliverables = ['Invoices API'];
  return input;
};
const problems = (payload: unknown) => {
  const result = budgetInputSchema.safeParse(payload);
  return result.success ? {} : Object.fromEntries(result.error.issues.map((i) => [i.path.join('.'), i.message]));
};

describe('budget input schema', () => {
  it('accepts the defaults once the project has a name and a deliverable', () => {
    expect(problems(valid())).toEqual({});
    expect(problems(defaultBudgetInput(table))).toEqual({
      'project.name': 'Give the project a name.',
      'project.deliverables': 'List at least one deliverable for the first 90 days.',
    });
  });

  it('names the field and says what to do', () => {
    const input = valid() as unknown as { team: Record<string, unknown>; hidden: Record<string, unknown> };
    input.team.months = undefined;
    input.team.members = [{ level: 'wizard', region: 'global', spec: 'backend', count: 0, allocation: 120 }];
    input.hidden.contingencyPercent = NaN;
    input.hidden.candidates = 2.5;
    expect(problems(input)).toEqual({
      'team.months': 'Enter the duration in months.',
      'team.members.0.level': 'Choose a level.',
      'team.members.0.count': 'The number of people cannot be below 1.',
      'team.members.0.allocation': 'The allocation % can be at most 100.',
      'hidden.contingencyPercent': 'Contingency % must be a number.',
      'hidden.candidates': 'The number of candidates must be a whole number.',
    });
  });

  it('offers agencies only where the data has agency rates', () => {
    const agencyRegions = [...new Set(figures.filter((f) => f.kind === 'agency' && f.default).map((f) => f.region))];
    expect([...AGENCY_REGIONS].sort()).toEqual(agencyRegions.sort());
    const missing = REGIONS.find((r) => !agencyRegions.includes(r))!;
    const input = valid();
    (input.team as { agencyRegion: string }).agencyRegion = missing;
    expect(problems(input)['team.agencyRegion']).toContain(agencyRegions[0]);
  });

  it('keeps typed text as typed, formulas included', () => {
    const input = valid();
    input.project.name = '=IMPORTXML("http://x", "//a")';
    input.project.deliverables = ['+1', '@mention'];
    expect(budgetInputSchema.parse(input).project).toMatchObject({ name: input.project.name, deliverables: ['+1', '@mention'] });
  });
});

describe('wizard draft', () => {
  it('turns the form back into the same input', () => {
    const input = valid();
    input.team.members.push({ level: 'mid', region: 'asia', spec: 'ai', count: 2, allocation: 50 });
    expect(budgetInputSchema.parse(inputFromForm(formFromInput(input)))).toEqual(input);
  });

  it('reads numbers the way people type them, and refuses ambiguous ones', () => {
    expect(numberFromText('1,200')).toBe(1200);
    expect(numberFromText('$95')).toBe(95);
    expect(numberFromText('15%')).toBe(15);
    expect(numberFromText('  ')).toBeUndefined();
    expect(numberFromText('1,5')).toBeNaN();
    expect(numberFromText('ten')).toBeNaN();
  });

  it('reads deliverables one per line, skipping blank lines', () => {
    const form = formFromInput(valid());
    form.project.deliverables = 'Auth\n\n  Billing API  \r\nReports';
    expect((inputFromForm(form) as BudgetInput).project.deliverables).toEqual(['Auth', 'Billing API', 'Reports']);
  });

  it('opens a draft saved before part-time and contractor costs existed, with their defaults', () => {
    const form = formFromInput(valid());
    const { hoursPerWeek: _week, ...team } = form.team;
    const { platformFeePercent: _p, exchangeFeePercent: _x, employerOfRecordPerMonth: _e, ...hidden } = form.hidden;
    const older = { ...form, team, hidden, edited: { months: false, securityAllowance: false } };
    const parsed = wizardDraftSchema.parse({ step: 1, savedAt: 1, form: older });
    expect(parsed.form.team.hoursPerWeek).toBe(String(DEVRATE_DEFAULTS.hoursPerWeek));
    expect(parsed.form.hidden.employerOfRecordPerMonth).toBe('0');
    expect(parsed.form.edited.agencyRegion).toBe(false);
    expect(budgetInputSchema.parse(inputFromForm(parsed.form))).toEqual(valid());
  });

  it('refuses a draft too big to store', () => {
    const form = formFromInput(valid());
    form.project.deliverables = 'x'.repeat(10_000);
    expect(wizardDraftSchema.safeParse({ step: 0, savedAt: 1, form }).success).toBe(false);
  });
});

describe('defaults', () => {
  it('prefills the duration from the middle of the type’s timeline, in half months', () => {
    for (const type of PROJECT_TYPES) {
      const t = builtIn('timeline', type);
      const toMonths = t.unit === 'weeks' ? 12 / 52 : 1;
      const months = defaultMonths(table, type);
      expect(months * 2).toBe(Math.round(months * 2));
      expect(Math.abs(months - ((t.low + t.high) / 2) * toMonths)).toBeLessThanOrEqual(0.25 + 1e-9);
    }
  });

  it('prefills security as a share of the typical mid cost, to the nearest $500', () => {
    const saas = builtIn('project', 'saas');
    const expected = Math.round((((saas.low + saas.high) / 2) * DEVRATE_DEFAULTS.securityShareOfTypical) / 500) * 500;
    expect(defaultSecurityAllowance(table, 'saas')).toBe(expected);
  });

  it('prefills the assessment pay with the midpoint of the paid take-home range', () => {
    const takeHome: { payLow: number; payHigh: number } = factors.takeHome;
    expect(valid().hidden.assessmentPay).toBe((takeHome.payLow + takeHome.payHigh) / 2);
  });
});

describe('labels written to the sheet', () => {
  it('are words DevRate formulas understand', () => {
    for (const level of LEVELS) expect(parseLevelArg(LEVEL_LABELS[level])).toBe(level);
    for (const region of REGIONS) expect(parseRegion(REGION_LABELS[region])).toBe(region);
    for (const spec of SPECS) expect(parseSpec(SPEC_LABELS[spec])).toBe(spec);
    for (const type of PROJECT_TYPES) expect(parseProjectType(PROJECT_TYPE_LABELS[type])).toBe(type);
  });
});
