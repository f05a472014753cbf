// The computed half of a budget sheet: the budget lines with low / mid / high, the typical range,
// the freelance / agency / full-time comparison, the figures used, and the assumptions. Every
// cell here is a formula over the inputs (or text), so it is protected with a warning.
import { budgetAssumptions } from '../../domain/budget/assumptions';
import { HIRE_TYPES, type HireType } from '../../domain/budget/choices';
import {
  CONTRACTOR_ROWS,
  engagementNote,
  freelanceAdvantageNote,
  HIRE_ROW_HOW,
  HIRE_ROW_LABELS,
  HOURS_HOW,
  RATIO_LABEL,
} from '../../domain/budget/comparison';
import { BUDGET_LINES, TOTAL_LINES, TYPICAL_LINE, type BudgetLineId } from '../../domain/budget/estimate';
import type { BudgetInput } from '../../domain/budget/schema';
import { ESTIMATE_POINTS, type EstimatePoint } from '../../domain/budget/team-cost';
import * as f from './formulas';
import { a1, FORMATS, type SheetGrid } from '../grid';

type Points = f.Points;

export interface ComputedCells {
  lines: Record<BudgetLineId, Points>;
  subtotal: Points;
  contingency: Points;
  total: Points;
  typicalText: string;
  byHire: Record<HireType, Points>;
}

const COLUMN: Record<EstimatePoint, number> = { low: 2, mid: 3, high: 4 };
const cellsOf = (row: number): Points => ({ low: a1(row, 2), mid: a1(row, 3), high: a1(row, 4) });
const HEADERS = ['', 'Low', 'Mid', 'High', 'How it is computed'];
/** The agency row's label is a formula naming its region (formulas.agencyLabel); this is its text before that. */
const HIRE_ROW_LABELS_ON_SHEET: Record<HireType, string> = { ...HIRE_ROW_LABELS, agency: 'Agency' };

/** Rows of each computed section, decided before any formula is written (they refer to each other). */
function allocate(start: number, assumptions: number) {
  let row = start;
  const take = (n = 1) => ((row += n), row - n);
  const budget = {
    section: take(),
    header: take(),
    lines: take(BUDGET_LINES.length),
    subtotal: take(),
    contingency: take(),
    total: take(),
    typical: take(),
  };
  take();
  const compare = {
    section: take(),
    header: take(),
    rows: take(HIRE_TYPES.length),
    platform: take(),
    exchange: take(),
    employerOfRecord: take(),
    contractorTotal: take(),
    ratio: take(),
    claim: take(),
    engagement: take(),
  };
  take();
  const figures = {
    section: take(),
    header: take(),
    agency: take(),
    loaded: take(),
    fte: take(),
    hours: take(),
    headcount: take(),
    typicalCost: take(),
    typicalTop: take(),
    typicalTimeline: take(),
    tableCheck: take(),
    rateChecks: take(f.RATE_COLUMNS.length),
  };
  take();
  const notes = { section: take(), lines: take(assumptions) };
  return { budget, compare, figures, notes };
}

/** The rate checks' rows: what each pair of team rate columns is called, and what its row says when every team row is priced. */
const RATE_CHECK_ROWS: Record<f.RateColumns, { label: string; columns: string }> = {
  hourly: { label: 'Team rates check: freelance $/hour', columns: 'Freelance $/hour' },
  monthly: { label: 'Team rates check: freelance $/month', columns: 'Freelance $/month' },
  salary: { label: 'Team rates check: US salary $/year', columns: 'US salary $/year' },
};
const RATE_CHECK_OK =
  'Every team row with a level has its rates. When one cannot be priced (a bad rate card row, an unknown region) this row names it, and every total built on these rates shows its error.';

// No straight double quotes in texts a formula carries: HyperFormula cannot parse the doubled "" of Sheets.
const TABLE_CHECK = {
  ok: `The team table's header (${f.TEAM_TABLE_TEXT.level} and the rate columns) and the ${f.TEAM_TABLE_TEXT.end} row below it are where DevRate wrote them; every team figure reads the rows between.`,
  broken: `the team table's header row or the ${f.TEAM_TABLE_TEXT.end} row no longer reads as DevRate wrote it (a sort that included the header row, or a value typed over it): undo that edit, and every figure built on the team comes back.`,
};

export function placeComputed(g: SheetGrid, start: number, refs: f.BudgetRefs, input: BudgetInput, rateCard?: string): ComputedCells {
  const assumptions = budgetAssumptions();
  const at = allocate(start, assumptions.length);
  const section = (row: number, title: string) => {
    g.text(row, 1, title, { tone: 'section' });
    g.toneRow(row, 'section');
  };
  const header = (row: number, first: string) => {
    HEADERS.forEach((h, i) => g.text(row, i + 1, i === 0 ? first : h, { tone: 'header' }));
    g.toneRow(row, 'header');
  };
  const single = (row: number, label: string, formula: string, format: string, how: string) => {
    g.text(row, 1, label);
    g.formula(row, 2, f.guarded(refs, formula), { format });
    g.text(row, 5, how, { tone: 'note' });
  };
  const line = (
    row: number,
    label: string,
    how: string,
    formula: (p: EstimatePoint) => string,
    options: { format?: string; tone?: 'total' } = {},
  ) => {
    g.text(row, 1, label, { tone: options.tone });
    for (const p of ESTIMATE_POINTS)
      g.formula(row, COLUMN[p], f.guarded(refs, formula(p)), { format: options.format ?? FORMATS.usd, tone: options.tone });
    g.text(row, 5, how, { tone: 'note' });
    return cellsOf(row);
  };

  // Figures used: helper cells the comparison reads (filled into refs first).
  const fig = at.figures;
  refs.agencyRate = cellsOf(fig.agency);
  refs.loaded = cellsOf(fig.loaded);
  refs.fte = a1(fig.fte, 2);
  refs.hours = a1(fig.hours, 2);
  refs.headcount = a1(fig.headcount, 2);
  refs.typical = cellsOf(fig.typicalCost);
  refs.typicalTop = a1(fig.typicalTop, 2);
  refs.tableCheck = a1(fig.tableCheck, 2);
  refs.tableProblem = a1(fig.tableCheck, 5);
  f.RATE_COLUMNS.forEach((columns, i) => {
    refs.rateChecks[columns] = a1(fig.rateChecks + i, 2);
    refs.rateProblems[columns] = a1(fig.rateChecks + i, 5);
  });
  section(fig.section, 'Figures used');
  header(fig.header, 'Figure');
  line(fig.agency, 'Agency rate ($/hour)', 'AGENCYRATE for the agency region', (p) => f.agencyRate(refs, p, rateCard));
  line(
    fig.loaded,
    'Full-time loaded cost (× salary)',
    'LOADEDCOST of 1: benefits, taxes, equipment and management on a US salary',
    f.loadedMultiplier,
    { format: FORMATS.factor },
  );
  g.text(fig.fte, 1, 'Full-time equivalents');
  g.formula(fig.fte, 2, f.guarded(refs, f.fullTimeEquivalents(refs)), { format: FORMATS.decimal });
  g.text(fig.fte, 5, 'Count × allocation over the team rows that have a level', { tone: 'note' });
  single(fig.hours, 'Hours worked a month', f.hoursUsed(refs), FORMATS.decimal, HOURS_HOW);
  single(fig.headcount, 'People', f.headcount(refs), FORMATS.number, 'Count over the team rows that have a level');
  line(fig.typicalCost, 'Typical cost of the project type', 'PROJECTCOST for the project type', (p) => f.typicalCost(refs, p, rateCard));
  single(
    fig.typicalTop,
    "Typical cost's top",
    f.typicalTop(refs, rateCard),
    FORMATS.general,
    'open-ended where the source writes the range with a + (RATESOURCE shows it): a cost above it is above the listed figure, not above a ceiling',
  );
  line(
    fig.typicalTimeline,
    'Typical timeline (months)',
    'PROJECTTIMELINE for the project type',
    (p) => f.typicalTimeline(refs, p, rateCard),
    { format: FORMATS.decimal },
  );
  g.text(fig.tableCheck, 1, 'Team table check');
  g.formula(fig.tableCheck, 2, f.tableCheck(refs));
  g.formula(fig.tableCheck, 5, f.tableProblem(refs, TABLE_CHECK.ok, TABLE_CHECK.broken), { tone: 'note' });
  f.RATE_COLUMNS.forEach((columns, i) => {
    const row = fig.rateChecks + i;
    g.text(row, 1, RATE_CHECK_ROWS[columns].label);
    g.formula(row, 2, f.rateCheck(refs, columns, rateCard));
    g.formula(row, 5, f.rateProblem(refs, columns, RATE_CHECK_ROWS[columns].columns, RATE_CHECK_OK), { tone: 'note' });
  });

  // Freelance vs agency vs full-time for the same team.
  const cmp = at.compare;
  const byHire = Object.fromEntries(HIRE_TYPES.map((hire, i) => [hire, cellsOf(cmp.rows + i)])) as Record<HireType, Points>;
  section(cmp.section, 'Freelance vs agency vs US full-time: team cost for the duration, before hidden costs');
  header(cmp.header, 'Hire type');
  HIRE_TYPES.forEach((hire, i) =>
    line(cmp.rows + i, HIRE_ROW_LABELS_ON_SHEET[hire], HIRE_ROW_HOW[hire], (p) => f.teamCost(refs, hire, p, byHire[hire])),
  );
  // The agency row names its region, from the input, so it stays true when someone changes it.
  g.formula(cmp.rows + HIRE_TYPES.indexOf('agency'), 1, f.agencyLabel(refs));
  // What a freelance team costs beyond its rates, beside the loaded cost of the US hire above.
  const h = refs.hidden;
  const platform = line(cmp.platform, CONTRACTOR_ROWS.platform.label, CONTRACTOR_ROWS.platform.how, (p) =>
    f.contractorFee(byHire.freelance[p], h.platformFeePercent),
  );
  const exchange = line(cmp.exchange, CONTRACTOR_ROWS.exchange.label, CONTRACTOR_ROWS.exchange.how, (p) =>
    f.contractorFee(byHire.freelance[p], h.exchangeFeePercent),
  );
  const eor = line(cmp.employerOfRecord, CONTRACTOR_ROWS.employerOfRecord.label, CONTRACTOR_ROWS.employerOfRecord.how, () =>
    f.employerOfRecord(refs),
  );
  const contractorTotal = line(cmp.contractorTotal, CONTRACTOR_ROWS.total.label, CONTRACTOR_ROWS.total.how, (p) =>
    f.plusAll(byHire.freelance[p], platform[p], exchange[p], eor[p]),
  );
  g.text(cmp.ratio, 1, RATIO_LABEL);
  g.formula(cmp.ratio, 3, f.ratio(byHire.full_time.mid, contractorTotal.mid), { format: FORMATS.factor });
  g.text(cmp.claim, 1, `For comparison, ${freelanceAdvantageNote()}.`, { tone: 'note' });
  g.text(cmp.engagement, 1, engagementNote(), { tone: 'note' });

  // The budget itself.
  const b = at.budget;
  section(b.section, 'Budget');
  header(b.header, 'Item');
  const lines = {} as Record<BudgetLineId, Points>;
  const rowOf = (id: BudgetLineId) => b.lines + BUDGET_LINES.findIndex((l) => l.id === id);
  for (const l of BUDGET_LINES) lines[l.id] = cellsOf(rowOf(l.id));
  const formulas: Record<BudgetLineId, (p: EstimatePoint) => string> = {
    team: (p) => f.chosenTeamCost(refs, byHire, p),
    contractor: (p) => f.contractorLine(refs, [platform[p], exchange[p], eor[p]]),
    projectManagement: (p) => f.percentOf(lines.team[p], h.projectManagementPercent),
    hosting: () => f.product(h.hostingPerMonth, refs.months),
    security: () => f.reference(h.securityAllowance),
    maintenance: (p) => f.percentOf(lines.team[p], h.maintenancePercent),
    assessment: () => f.product(h.assessmentPay, h.candidates),
    trial: (p) => f.trial(refs, p, lines.trial),
  };
  for (const l of BUDGET_LINES) line(rowOf(l.id), l.label, l.how, formulas[l.id]);
  g.formula(rowOf('trial'), 1, f.trialLabel(refs, BUDGET_LINES[BUDGET_LINES.findIndex((l) => l.id === 'trial')].label));
  const last = BUDGET_LINES[BUDGET_LINES.length - 1].id;
  const subtotal = line(b.subtotal, TOTAL_LINES.subtotal.label, TOTAL_LINES.subtotal.how, (p) => f.sum(lines.team[p], lines[last][p]));
  const contingency = line(b.contingency, TOTAL_LINES.contingency.label, TOTAL_LINES.contingency.how, (p) =>
    f.percentOf(subtotal[p], h.contingencyPercent),
  );
  const total = line(b.total, TOTAL_LINES.total.label, TOTAL_LINES.total.how, (p) => f.plus(subtotal[p], contingency[p]), {
    tone: 'total',
  });
  g.text(b.typical, 1, TYPICAL_LINE.label);
  const typicalText = g.formula(b.typical, 2, f.typicalText(refs, lines.team.mid));
  g.text(b.typical, 5, TYPICAL_LINE.how, { tone: 'note' });

  section(at.notes.section, 'Assumptions and sources');
  assumptions.forEach((text, i) => g.text(at.notes.lines + i, 1, text));

  return { lines, subtotal, contingency, total, typicalText, byHire };
}
