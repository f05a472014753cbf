// Where everything goes on a "Budget – <project>" sheet: the headline, the inputs (scope, team and
// engagement, the team table, hidden costs) and, from layout-computed.ts, the computed sections.
// Pure: tests read the plan directly, and the writer lays it down in a few batched calls.
import {
  AGENCY_REGIONS,
  CLOUD_LABELS,
  CLOUDS,
  CODEBASE_LABELS,
  CODEBASES,
  DATABASE_LABELS,
  DATABASES,
  ENGAGEMENT_LABELS,
  ENGAGEMENTS,
  FRAMEWORK_LABELS,
  FRAMEWORKS,
  HIRE_TYPE_LABELS,
  HIRE_TYPES,
  LEVEL_LABELS,
  PERFORMANCE_LABELS,
  PERFORMANCE_NEEDS,
  PROJECT_TYPE_LABELS,
  REGION_LABELS,
  SPEC_LABELS,
  YES_NO_LABELS,
} from '../../domain/budget/choices';
import { HIDDEN_COST_HELP, HIDDEN_COST_LABELS, PERCENT_FIELDS, USD_FIELDS } from '../../domain/budget/defaults';
import { LIMITS, type BudgetInput, type HiddenCosts } from '../../domain/budget/schema';
import { FULL_TIME_HOURS_PER_MONTH } from '../../domain/costs';
import { LEVELS, PROJECT_TYPES, REGIONS, SPECS } from '../../domain/terms';
import { placeComputed, type ComputedCells } from './layout-computed';
import { formulaText } from '../a1';
import { a1, a1Range, FORMATS, SheetGrid, type ValidationSpec } from '../grid';
import {
  CANNOT_JUDGE,
  FIGURES_FROM,
  formulasCheck,
  headlineGuarded,
  LAYOUT_BROKEN,
  layoutCheck,
  RATE_COLUMNS,
  rateColumnsFormula,
  TEAM_TABLE_TEXT,
  type BudgetRefs,
} from './formulas';

const BUDGET_COLUMNS = 11;
/** Spare team rows below the wizard's members, so collaborators can add people in place. */
const SPARE_TEAM_ROWS = 5;
const MIN_TEAM_ROWS = 8;
const FIGURES_FROM_ROW = 6;
/** The layout check's cell, in the frozen headline beside the verdict (a sheet sort leaves frozen rows in place). */
const LAYOUT_CHECK = { row: 4, col: 6 } as const;
/** The team table's input columns (A–E); the rate columns' headers come with their formulas. */
const TEAM_HEADERS = [TEAM_TABLE_TEXT.level, 'Region', 'Specialization', 'Count', 'Allocation %'] as const;
const RATE_HEADERS = TEAM_TABLE_TEXT.rates;

/** Developer metadata on whole rows (the only places, with columns, a range can carry it) bounding the team table. */
export const TEAM_TABLE_METADATA = { header: 'devrate.budget.teamHeader', end: 'devrate.budget.teamEnd' } as const;

export interface BudgetLayout extends ComputedCells {
  grid: SheetGrid;
  refs: BudgetRefs;
  frozenRows: number;
  /** The headline block (labels + totals) the chart draws. */
  chart: { range: string; row: number; col: number; title: string };
  teamRows: { first: number; count: number };
  /** The team table's header row and the next section's row ("Hidden costs"), tagged whole so they are found wherever they move. */
  teamBounds: { header: number; end: number };
  /** The headline row saying which figures the sheet uses (tagged, so connecting finds it wherever it moved). */
  figuresFromRow: number;
}

const list = (values: readonly string[], help: string): ValidationSpec => ({ kind: 'list', values, help });
const labels = <K extends string>(keys: readonly K[], names: Record<K, string>) => keys.map((k) => names[k]);
const between = (min: number, max: number, help: string): ValidationSpec => ({ kind: 'number', min, max, help });

const ENGAGEMENT_HELP = `Full-time retainer: the monthly rate (${FULL_TIME_HOURS_PER_MONTH} hours). Part-time retainer: the monthly rate × hours a week × 52/12 ÷ ${FULL_TIME_HOURS_PER_MONTH}. Hourly: the hourly rate × hours per month.`;

/** The sheet for `input`; `title` is its tab's name, so a second budget's title matches its tab. */
export function budgetLayout(input: BudgetInput, rateCard?: string, title = `Budget – ${input.project.name}`): BudgetLayout {
  const g = new SheetGrid(BUDGET_COLUMNS);
  const { project, team, hidden } = input;
  let row = 8; // rows 1–6: title, note, the headline (filled in last) and which figures it uses

  const section = (title: string) => {
    g.text(row, 1, title, { tone: 'section' });
    g.toneRow(row, 'section');
    row++;
  };
  const field = (label: string, value: string | number, options: { validation?: ValidationSpec; format?: string; note?: string } = {}) => {
    g.text(row, 1, label);
    const ref = g.input(row, 2, value, options);
    if (options.note) g.text(row, 3, options.note, { tone: 'note' });
    row++;
    return ref;
  };

  section('Project');
  field('Project name', project.name);
  const type = field('Project type', PROJECT_TYPE_LABELS[project.type], {
    validation: list(labels(PROJECT_TYPES, PROJECT_TYPE_LABELS), 'Pick a project type; the typical range follows it.'),
  });
  field('Codebase', CODEBASE_LABELS[project.codebase], {
    validation: list(labels(CODEBASES, CODEBASE_LABELS), 'Greenfield or existing code.'),
  });
  field('AI/ML integration', project.aiIntegration ? YES_NO_LABELS.yes : YES_NO_LABELS.no, {
    validation: list(Object.values(YES_NO_LABELS), 'Yes or No.'),
  });
  field('Framework', FRAMEWORK_LABELS[project.framework], { validation: list(labels(FRAMEWORKS, FRAMEWORK_LABELS), 'Pick a framework.') });
  field('Database', DATABASE_LABELS[project.database], { validation: list(labels(DATABASES, DATABASE_LABELS), 'Pick a database.') });
  field('Cloud', CLOUD_LABELS[project.cloud], { validation: list(labels(CLOUDS, CLOUD_LABELS), 'Pick a cloud.') });
  field('Performance need', PERFORMANCE_LABELS[project.performance], {
    validation: list(labels(PERFORMANCE_NEEDS, PERFORMANCE_LABELS), 'Throughput, latency or data volume.'),
  });
  project.deliverables.forEach((text, i) => field(`90-day deliverable ${i + 1}`, text));
  row++;

  section('Team and engagement');
  const hireType = field('Hire type', HIRE_TYPE_LABELS[team.hireType], {
    validation: list(labels(HIRE_TYPES, HIRE_TYPE_LABELS), 'Freelance, Agency or Full-time: which row of the comparison the budget uses.'),
  });
  const engagement = field('Engagement model', ENGAGEMENT_LABELS[team.engagement], {
    validation: list(labels(ENGAGEMENTS, ENGAGEMENT_LABELS), ENGAGEMENT_HELP),
    note: ENGAGEMENT_HELP,
  });
  const agencyRegion = field('Agency region', REGION_LABELS[team.agencyRegion], {
    validation: list(labels(AGENCY_REGIONS, REGION_LABELS), 'Regions with agency rates.'),
    note: 'Where an agency would be based; used for the agency comparison.',
  });
  const hoursPerWeek = field('Hours a week (part-time)', team.hoursPerWeek, {
    format: FORMATS.decimal,
    validation: between(1, LIMITS.hoursPerWeek, 'Hours worked a week.'),
    note: `Used only by the part-time retainer: hours a week × 52/12 a month, the retainer × that share of ${FULL_TIME_HOURS_PER_MONTH} hours.`,
  });
  const hoursPerMonth = field('Hours per month (hourly)', team.hoursPerMonth, {
    format: FORMATS.number,
    validation: between(1, LIMITS.hoursPerMonth, 'Hours billed a month.'),
    note: `Used only by hourly billing. A full-time retainer is ${FULL_TIME_HOURS_PER_MONTH} hours; agency is priced on the same hours as the engagement.`,
  });
  const months = field('Duration (months)', team.months, {
    format: FORMATS.decimal,
    validation: between(0.1, LIMITS.months, 'Months of work, more than 0.'),
  });
  row++;

  // The team table: inputs in A–E, then three pairs of rate columns, each pair one DevRate range
  // call in the header row (formulas.ts, rateColumns): rows a sort can reach hold only inputs.
  const header = row;
  TEAM_HEADERS.forEach((h, i) => g.text(header, i + 1, h, { tone: 'header' }));
  g.toneRow(header, 'header');
  const first = ++row;
  const rows = Math.max(MIN_TEAM_ROWS, team.members.length + SPARE_TEAM_ROWS);
  const teamValidations: ValidationSpec[] = [
    list(labels(LEVELS, LEVEL_LABELS), 'Junior, Mid or Senior.'),
    list(labels(REGIONS, REGION_LABELS), 'Where the developer works from.'),
    list(labels(SPECS, SPEC_LABELS), 'Backend or AI.'),
    between(0, LIMITS.count, 'How many people at this level.'),
    between(0, 1, 'Share of full time, 0% to 100%.'),
  ];
  const teamFormats = [FORMATS.general, FORMATS.general, FORMATS.general, FORMATS.number, FORMATS.percent];
  for (let i = 0; i < rows; i++) {
    const m = i < team.members.length ? team.members[i] : undefined; // none on the spare rows past the team
    const values = m
      ? [LEVEL_LABELS[m.level], REGION_LABELS[m.region], SPEC_LABELS[m.spec], m.count, m.allocation / 100]
      : ['', '', '', '', ''];
    values.forEach((v, c) => g.put(first + i, c + 1, v, { validation: teamValidations[c], format: teamFormats[c], tone: 'input' }));
  }
  g.markInput(first, 1, rows, teamValidations.length);
  // The ranges run from the header row to the next section's row ("Hidden costs"), so a row
  // inserted anywhere among the team rows, right under the header or right above that section,
  // lands inside them and is priced once filled (formulas.ts leaves those two rows out).
  const end = first + rows + 1;
  const column = (col: number) => a1Range(header, col, end - header + 1, 1);
  const refs: BudgetRefs = {
    type,
    hireType,
    engagement,
    agencyRegion,
    hoursPerMonth,
    hoursPerWeek,
    months,
    team: {
      level: column(1),
      region: column(2),
      spec: column(3),
      count: column(4),
      allocation: column(5),
      hourlyLow: column(6),
      hourlyHigh: column(7),
      monthlyLow: column(8),
      monthlyHigh: column(9),
      salaryLow: column(10),
      salaryHigh: column(11),
      levelHeader: a1(header, 1),
      end: a1(end, 1),
      hourlyHeader: a1(header, 6),
      monthlyHeader: a1(header, 8),
      salaryHeader: a1(header, 10),
    },
    // Filled below as the hidden costs are placed, and by placeComputed for the figures it places.
    hidden: {} as BudgetRefs['hidden'],
    agencyRate: { low: '', mid: '', high: '' },
    loaded: { low: '', mid: '', high: '' },
    fte: '',
    hours: '',
    headcount: '',
    typical: { low: '', mid: '', high: '' },
    typicalTop: '',
    layoutCheck: a1(LAYOUT_CHECK.row, LAYOUT_CHECK.col),
    tableCheck: '',
    tableProblem: '',
    rateChecks: { hourly: '', monthly: '', salary: '' },
    rateProblems: { hourly: '', monthly: '', salary: '' },
  };
  // Rate columns F–K stay empty for the header formulas to fill (formatted ahead).
  for (let r = first; r < first + rows; r++) {
    // Whole dollars: the sources give whole-dollar rates, and a derived $101.11 claims precision they lack.
    for (let c = 6; c <= 11; c++) g.set(r, c, '', { format: FORMATS.usd });
  }
  RATE_COLUMNS.forEach((columns, i) =>
    g.formula(header, 6 + 2 * i, rateColumnsFormula(refs, columns, RATE_HEADERS[columns], rateCard), { tone: 'header' }),
  );
  row = end;

  section(TEAM_TABLE_TEXT.end);
  for (const key of Object.keys(HIDDEN_COST_LABELS) as (keyof HiddenCosts)[]) {
    const percent = PERCENT_FIELDS.includes(key);
    const usd = USD_FIELDS.includes(key);
    const max = percent ? 1 : key === 'candidates' ? LIMITS.candidates : key === 'trialWeeks' ? LIMITS.trialWeeks : LIMITS.amount;
    refs.hidden[key] = field(HIDDEN_COST_LABELS[key], percent ? hidden[key] / 100 : hidden[key], {
      format: percent ? FORMATS.percent : usd ? FORMATS.usd : key === 'trialWeeks' ? FORMATS.decimal : FORMATS.number,
      validation: between(0, max, percent ? 'A percentage, 0% to 100%.' : 'A number, 0 or more.'),
      note: HIDDEN_COST_HELP[key],
    });
  }
  row++;

  const computed = placeComputed(g, row, refs, input, rateCard);

  // Headline: title, how to use the sheet, the team cost with its verdict and the total (the
  // chart's data), and which figures the formulas use; frozen on top.
  g.text(1, 1, title, { tone: 'title' });
  g.text(2, 1, 'Yellow cells are inputs: change a level, a count or a percentage and the whole budget recomputes. Amounts in USD.', {
    tone: 'note',
  });
  ['', 'Low', 'Mid', 'High', 'Team cost against the typical range'].forEach((h, i) => g.text(3, i + 1, h, { tone: 'header' }));
  g.text(4, 1, 'Team (development) cost', { tone: 'total' });
  const formulas = a1(LAYOUT_CHECK.row + 1, LAYOUT_CHECK.col);
  (['low', 'mid', 'high'] as const).forEach((p, i) =>
    g.formula(4, i + 2, headlineGuarded(refs, formulas, `=${computed.lines.team[p]}`), { format: FORMATS.usd, tone: 'total' }),
  );
  const broken = formulaText(CANNOT_JUDGE + LAYOUT_BROKEN);
  g.formula(4, 5, `=IF(OR(ISERROR(${refs.layoutCheck}), ISERROR(${formulas})), ${broken}, ${computed.typicalText})`, { tone: 'total' });
  g.text(5, 1, 'Total budget', { tone: 'total' });
  (['low', 'mid', 'high'] as const).forEach((p, i) =>
    g.formula(5, i + 2, headlineGuarded(refs, formulas, `=${computed.total[p]}`), { format: FORMATS.usd, tone: 'total' }),
  );
  // Every labelled figure row outside the team table (whose own check reads its header and end),
  // and every computed Low / Mid / High cell below the headline.
  const labelled: { cell: string; text: string }[] = [];
  const computedCells: string[] = [];
  for (let r = FIGURES_FROM_ROW + 1; r <= g.height; r++) {
    if (r > header && r < end) continue;
    const text = g.labelAt(r, 1);
    if (text !== undefined && [2, 3, 4].some((c) => g.has(r, c))) labelled.push({ cell: a1(r, 1), text });
    for (const c of [2, 3, 4]) if (g.isFormula(r, c)) computedCells.push(a1(r, c));
  }
  g.text(LAYOUT_CHECK.row - 1, LAYOUT_CHECK.col, 'Layout check', { tone: 'header' });
  g.formula(LAYOUT_CHECK.row, LAYOUT_CHECK.col, layoutCheck(labelled), { tone: 'total' });
  const below = [a1Range(FIGURES_FROM_ROW + 1, 2, header - FIGURES_FROM_ROW, 3), a1Range(end, 2, g.height - end + 1, 3)];
  g.formula(LAYOUT_CHECK.row + 1, LAYOUT_CHECK.col, formulasCheck(computedCells, below), { tone: 'total' });
  g.text(5, 5, 'With hidden costs and contingency, which the typical range leaves out', { tone: 'note' });
  g.text(FIGURES_FROM_ROW, 1, FIGURES_FROM.label);
  g.text(FIGURES_FROM_ROW, 2, FIGURES_FROM.text(rateCard));

  return {
    ...computed,
    grid: g,
    refs,
    frozenRows: 5,
    chart: { range: a1Range(3, 1, 3, 4, false), row: 8, col: 8, title: 'Team cost and total budget (USD)' },
    teamRows: { first, count: rows },
    teamBounds: { header, end },
    figuresFromRow: FIGURES_FROM_ROW,
  };
}
