// The budget model against the figures in data/ (read independently of src/domain).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { agencyRegionFor, ENGAGEMENTS, REGION_LABELS } from '../../src/domain/budget/choices';
import { freelanceAdvantageNote } from '../../src/domain/budget/comparison';
import { CONTRACTOR_FIELDS, defaultBudgetInput, DEVRATE_DEFAULTS, HIDDEN_COST_HELP } from '../../src/domain/budget/defaults';
import { BUDGET_LINES, estimateBudget } from '../../src/domain/budget/estimate';
import { budgetInputSchema, type BudgetInput, type TeamMember } from '../../src/domain/budget/schema';
import { typicalRangeText } from '../../src/domain/budget/typical-range';
import { builtInTable } from '../../src/domain/figure-table';
import { tableWithCard } from '../../src/domain/rate-card';
import { LEVELS, PROJECT_TYPES, REGIONS, SPECS } from '../../src/domain/terms';
import { builtIn, factors, figures, mid } from '../support/figures';

const table = builtInTable();

function scenario(change: (input: BudgetInput) => void = () => {}): BudgetInput {
  const input = defaultBudgetInput(table, 'mvp');
  input.project.name = 'Checkout API';
  input.project.deliverables = ['Payments endpoint'];
  change(input);
  return budgetInputSchema.parse(input);
}

const member = (m: Partial<TeamMember>): TeamMember => ({
  level: 'senior',
  region: 'global',
  spec: 'backend',
  count: 1,
  allocation: 100,
  ...m,
});

describe('team cost', () => {
  it('prices a monthly retainer from the monthly rates, per person, allocation and month', () => {
    const input = scenario((i) => {
      i.team.months = 4;
      i.team.members = [member({ level: 'senior', count: 2, allocation: 50 }), member({ level: 'junior', spec: 'ai' })];
    });
    const senior = builtIn('monthly', 'senior');
    const junior = builtIn('monthly', 'junior', 'global', 'ai');
    const team = estimateBudget(input, table).lines.team;
    expect(team.low).toBeCloseTo(4 * (2 * 0.5 * senior.low + junior.low));
    expect(team.high).toBeCloseTo(4 * (2 * 0.5 * senior.high + junior.high));
    expect(team.mid).toBeCloseTo(4 * (mid(senior) + mid(junior)));
  });

  it('prices an hourly engagement as the hourly rate times hours per month', () => {
    const input = scenario((i) => {
      i.team.engagement = 'hourly';
      i.team.hoursPerMonth = 120;
      i.team.months = 2;
      i.team.members = [member({ level: 'mid', region: 'eastern_europe' })];
    });
    const rate = builtIn('hourly', 'mid', 'eastern_europe');
    expect(estimateBudget(input, table).lines.team.high).toBeCloseTo(2 * 120 * rate.high);
  });

  it('prices an agency by its region rate for every full-time equivalent, whatever their level', () => {
    const input = scenario((i) => {
      i.team.hireType = 'agency';
      i.team.agencyRegion = 'eastern_europe';
      i.team.months = 3;
      i.team.members = [member({ level: 'junior', count: 2 }), member({ level: 'senior', allocation: 50 })];
    });
    const rate = builtIn('agency', '', 'eastern_europe');
    const estimate = estimateBudget(input, table);
    expect(estimate.lines.team.low).toBeCloseTo(3 * DEVRATE_DEFAULTS.hoursPerMonth * 2.5 * rate.low);
    expect(estimate.lines.team).toEqual(estimate.byHireType.agency);
  });

  it('prices full-time as the loaded US salary for the months worked', () => {
    const input = scenario((i) => {
      i.team.hireType = 'full_time';
      i.team.months = 6;
      i.team.members = [member({ level: 'mid' })];
    });
    const pay = builtIn('salary', 'mid', 'north_america');
    const loadedOverhead: { low: number; high: number } = factors.loadedOverhead;
    const team = estimateBudget(input, table).lines.team;
    expect(team.low).toBeCloseTo((pay.low * (1 + loadedOverhead.low) * 6) / 12);
    expect(team.high).toBeCloseTo((pay.high * (1 + loadedOverhead.high) * 6) / 12);
    expect(team.mid).toBeCloseTo((mid(pay) * (1 + mid(loadedOverhead)) * 6) / 12);
  });

  it('compares the same team under all three hire types, whichever is chosen', () => {
    const freelance = estimateBudget(scenario(), table);
    const agency = estimateBudget(
      scenario((i) => (i.team.hireType = 'agency')),
      table,
    );
    expect(agency.byHireType).toEqual(freelance.byHireType);
    expect(agency.lines.team).not.toEqual(freelance.lines.team);
  });
});

describe('hidden costs, contingency and totals', () => {
  const input = scenario((i) => {
    Object.assign(i.hidden, {
      projectManagementPercent: 10,
      hostingPerMonth: 500,
      securityAllowance: 4000,
      maintenancePercent: 20,
      contingencyPercent: 15,
      assessmentPay: 150,
      candidates: 4,
      trialWeeks: 2,
    });
    i.team.months = 3;
  });
  const estimate = estimateBudget(input, table);
  const team = estimate.lines.team;

  it('adds each hidden cost as its line says', () => {
    expect(estimate.lines.projectManagement.mid).toBeCloseTo(team.mid * 0.1);
    expect(estimate.lines.hosting).toEqual({ low: 1500, mid: 1500, high: 1500 });
    expect(estimate.lines.security.high).toBe(4000);
    expect(estimate.lines.maintenance.low).toBeCloseTo(team.low * 0.2);
    expect(estimate.lines.assessment.mid).toBe(600);
    const monthly = builtIn('monthly', input.team.members[0].level, input.team.members[0].region, input.team.members[0].spec);
    expect(estimate.lines.trial.high).toBeCloseTo(((2 * 12) / 52) * monthly.high);
  });

  it('puts contingency on the sum of every line and totals them', () => {
    for (const p of ['low', 'mid', 'high'] as const) {
      const sum = BUDGET_LINES.reduce((s, line) => s + estimate.lines[line.id][p], 0);
      expect(estimate.subtotal[p]).toBeCloseTo(sum);
      expect(estimate.contingency[p]).toBeCloseTo(sum * 0.15);
      expect(estimate.total[p]).toBeCloseTo(sum * 1.15);
    }
  });

  it('costs nothing for a trial of 0 weeks', () => {
    expect(
      estimateBudget(
        scenario((i) => (i.hidden.trialWeeks = 0)),
        table,
      ).lines.trial,
    ).toEqual({ low: 0, mid: 0, high: 0 });
  });
});

describe('part-time', () => {
  const weekly = 20;
  const hours = (weekly * 52) / 12;

  it('prices a part-time retainer as the full-time retainer × hours / 160, and an agency on the same hours', () => {
    const base = (engagement: 'monthly_retainer' | 'part_time', hire: 'freelance' | 'agency') =>
      scenario((i) => {
        i.team.engagement = engagement;
        i.team.hireType = hire;
        i.team.hoursPerWeek = weekly;
        i.team.agencyRegion = 'asia';
        i.team.months = 3;
        i.team.members = [member({ level: 'senior', region: 'asia' })];
      });
    const senior = builtIn('monthly', 'senior');
    const asia = builtIn('hourly', 'senior', 'asia');
    const global = builtIn('hourly', 'senior');
    const part = estimateBudget(base('part_time', 'freelance'), table);
    // Asia monthly is derived: asia hourly × global monthly ÷ global hourly, bound by bound.
    expect(part.lines.team.low).toBeCloseTo((3 * hours * asia.low * senior.low) / global.low / 160, 6);
    const agency = builtIn('agency', '', 'asia');
    expect(estimateBudget(base('part_time', 'agency'), table).lines.team.high).toBeCloseTo(3 * hours * agency.high, 6);
    expect(estimateBudget(base('monthly_retainer', 'agency'), table).lines.team.high).toBeCloseTo(3 * 160 * agency.high, 6);
    // The US salary is a salary whatever the hours.
    expect(part.byHireType.full_time).toEqual(estimateBudget(base('monthly_retainer', 'freelance'), table).byHireType.full_time);
  });

  it('never prices more hours than a full-time retainer', () => {
    const input = scenario((i) => {
      i.team.engagement = 'part_time';
      i.team.hoursPerWeek = 60;
    });
    const full = scenario((i) => (i.team.engagement = 'monthly_retainer'));
    expect(estimateBudget(input, table).byHireType.freelance).toEqual(estimateBudget(full, table).byHireType.freelance);
  });
});

describe('contractor total cost', () => {
  it('defaults platform, exchange and employer-of-record costs to 0, each saying DevRate has no source figure', () => {
    const input = defaultBudgetInput(table);
    for (const key of CONTRACTOR_FIELDS) {
      expect(input.hidden[key]).toBe(0);
      expect(HIDDEN_COST_HELP[key]).toMatch(/DevRate has no source figure/);
    }
  });

  it('adds fees on the freelance cost and the employer of record per person per month, beside the US hire', () => {
    const input = scenario((i) => {
      i.team.months = 4;
      i.team.members = [member({ count: 2, allocation: 50 }), member({ level: 'mid' })];
      Object.assign(i.hidden, { platformFeePercent: 10, exchangeFeePercent: 2, employerOfRecordPerMonth: 600 });
    });
    const e = estimateBudget(input, table);
    const free = e.byHireType.freelance;
    for (const p of ['low', 'mid', 'high'] as const) {
      expect(e.contractor.platform[p]).toBeCloseTo(free[p] * 0.1, 6);
      expect(e.contractor.exchange[p]).toBeCloseTo(free[p] * 0.02, 6);
      expect(e.contractor.employerOfRecord[p]).toBe(600 * 3 * 4);
      expect(e.contractor.total[p]).toBeCloseTo(free[p] * 1.12 + 600 * 3 * 4, 6);
      expect(e.lines.contractor[p]).toBeCloseTo(e.contractor.total[p] - free[p], 6);
    }
    // For another hire type the budget has no contractor line; the comparison still shows it.
    const agency = estimateBudget({ ...input, team: { ...input.team, hireType: 'agency' } }, table);
    expect(agency.lines.contractor).toEqual({ low: 0, mid: 0, high: 0 });
    expect(agency.contractor.total.mid).toBeCloseTo(e.contractor.total.mid, 6);
  });
});

describe('the agency region follows the team', () => {
  const agencyRegions = figures.filter((f) => f.default && f.kind === 'agency').map((f) => f.region);

  it('is where most of the team works when agencies there have rates, else global', () => {
    for (const region of REGIONS) {
      const want = agencyRegions.includes(region) ? region : 'global';
      expect(
        agencyRegionFor([
          { region, count: '2' },
          { region: 'global', count: '1' },
        ]),
        region,
      ).toBe(want);
    }
    expect(
      agencyRegionFor([
        { region: 'asia', count: '1' },
        { region: 'eastern_europe', count: '3' },
      ]),
    ).toBe('eastern_europe');
  });
});

describe("the sources' freelance claim", () => {
  it("is shown with the levels and regions where DevRate's own figures bear it out", () => {
    const claim = factors.freelanceCostAdvantage as { low: number; high: number; source: string };
    const note = freelanceAdvantageNote();
    expect(note).toContain(`${claim.low}–${claim.high}× cheaper`);
    // Recompute each ratio from data/: loaded mid US salary over 160 hours at the mid hourly rate.
    const loaded = factors.loadedOverhead as { low: number; high: number };
    const us = (level: string) => (mid(builtIn('salary', level, 'north_america')) * (1 + (loaded.low + loaded.high) / 2)) / 12;
    const ratio = (level: string, region: string) => us(level) / (mid(builtIn('hourly', level, region)) * 160);
    for (const level of LEVELS) {
      for (const region of ['global', 'north_america', 'western_europe', 'eastern_europe', 'asia']) {
        const shown = new RegExp(`${level} in [^;.]*${REGION_LABELS[region as keyof typeof REGION_LABELS]} \\(`).test(note);
        expect(shown, `${level} ${region}: ${ratio(level, region).toFixed(2)}`).toBe(ratio(level, region) >= claim.low);
      }
    }
    expect(note).toMatch(/holds only for/);
  });
});

describe('typical range', () => {
  const mvp = builtIn('project', 'mvp');

  it('says the top is open-ended when the amount is above an open-ended top', () => {
    const open = figures.find((f) => f.default && f.kind === 'project' && f.openEnded)!;
    expect(typicalRangeText(open.high * 1.25, open, 'AI platform')).toBe(
      '25% above the typical AI platform range, whose top the source leaves open-ended (no ceiling)',
    );
    expect(typicalRangeText(open.high * 0.9, open, 'AI platform')).toBe('within the typical AI platform range');
    const input = scenario((i) => {
      i.project.type = open.key as 'ai_platform';
      i.team.months = 60;
      i.team.members = [member({ count: 20 })];
    });
    expect(estimateBudget(input, table).typicalText).toMatch(
      /% above the typical AI platform range, whose top the source leaves open-ended/,
    );
  });

  it('says how far above, below or within the typical range the mid total is', () => {
    expect(typicalRangeText(mvp.high * 1.38, mvp, 'MVP')).toBe('38% above the typical MVP range');
    expect(typicalRangeText(mvp.low * 0.75, mvp, 'MVP')).toBe('25% below the typical MVP range');
    expect(typicalRangeText(mid(mvp), mvp, 'MVP')).toBe('within the typical MVP range');
    expect(typicalRangeText(mvp.high, mvp, 'MVP')).toBe('within the typical MVP range');
  });

  it('rounds halves up, as Sheets ROUND does', () => {
    expect(typicalRangeText(mvp.high * 1.125, mvp, 'MVP')).toBe('13% above the typical MVP range');
  });

  it('compares the estimate with its own project type, from a rate card when there is one', () => {
    const card = tableWithCard([
      ['kind', 'key', 'low', 'high'],
      ['project', 'mvp', 1000, 2000],
    ]);
    const estimate = estimateBudget(scenario(), card);
    expect(estimate.typical).toMatchObject({ low: 1000, high: 2000, label: 'MVP' });
    expect(estimate.typicalText).toMatch(/^\d+% above the typical MVP range$/);
  });
});

describe('any valid budget', () => {
  const memberArb = fc.record({
    level: fc.constantFrom(...LEVELS),
    region: fc.constantFrom(...REGIONS),
    spec: fc.constantFrom(...SPECS),
    count: fc.integer({ min: 1, max: 10 }),
    allocation: fc.integer({ min: 1, max: 100 }),
  });
  const inputArb = fc.record({
    type: fc.constantFrom(...PROJECT_TYPES),
    hire: fc.constantFrom('freelance', 'agency', 'full_time' as const),
    engagement: fc.constantFrom(...ENGAGEMENTS),
    hoursPerWeek: fc.integer({ min: 1, max: 80 }),
    members: fc.array(memberArb, { minLength: 1, maxLength: 6 }),
    months: fc.double({ min: 0.5, max: 24, noNaN: true }),
    trialWeeks: fc.integer({ min: 0, max: 8 }),
  });

  it('orders low ≤ mid ≤ high on every line, with finite amounts', () => {
    fc.assert(
      fc.property(inputArb, (a) => {
        const input = scenario((i) => {
          i.project.type = a.type;
          Object.assign(i.team, { hireType: a.hire, engagement: a.engagement, members: a.members, months: a.months });
          i.team.hoursPerWeek = a.hoursPerWeek;
          i.hidden.trialWeeks = a.trialWeeks;
        });
        const e = estimateBudget(input, table);
        for (const t of [...Object.values(e.lines), e.subtotal, e.total, ...Object.values(e.byHireType)]) {
          expect(Number.isFinite(t.low) && Number.isFinite(t.high)).toBe(true);
          expect(t.low).toBeLessThanOrEqual(t.mid + 1e-9);
          expect(t.mid).toBeLessThanOrEqual(t.high + 1e-9);
        }
      }),
    );
  });
});
