// The budget sheet's formulas, one builder per quantity of src/domain/budget (team-cost.ts and
// estimate.ts name the same rules). Each pair of team rate columns is one range call in the team
// table's header row, so sorting the team rows cannot move it and a row a collaborator inserts
// inside the table is priced too; everything else is a scalar formula over them, using only
// functions HyperFormula also knows.
import { ENGAGEMENT_LABELS, HIRE_TYPE_LABELS, type HireType } from '../../domain/budget/choices';
import { AGENCY_LABEL_PARTS } from '../../domain/budget/comparison';
import { FULL_TIME_HOURS_PER_MONTH } from '../../domain/costs';
import type { HiddenCosts } from '../../domain/budget/schema';
import type { EstimatePoint } from '../../domain/budget/team-cost';
import { OPEN_TOP_NOTE } from '../../domain/budget/typical-range';
import { formulaText } from '../a1';

export type Points<T = string> = Record<EstimatePoint, T>;
/** The team table's three pairs of computed rate columns. */
export const RATE_COLUMNS = ['hourly', 'monthly', 'salary'] as const;
export type RateColumns = (typeof RATE_COLUMNS)[number];
/** The team table's header texts the layout writes and the table check reads back. */
export const TEAM_TABLE_TEXT = {
  level: 'Level',
  rates: {
    hourly: ['Freelance $/hour low', 'Freelance $/hour high'],
    monthly: ['Freelance $/month low', 'Freelance $/month high'],
    salary: ['US salary $/year low', 'US salary $/year high'],
  },
  /** The next section's title: the team table's last row. */
  end: 'Hidden costs',
} as const;

/** Where the inputs and helper figures live (absolute A1), as the layout placed them. */
export interface BudgetRefs {
  type: string;
  hireType: string;
  engagement: string;
  agencyRegion: string;
  hoursPerMonth: string;
  hoursPerWeek: string;
  months: string;
  /**
   * The team table's columns, each from its header row down to the blank row under the table, so
   * a row inserted anywhere among the team rows (right under the header, or under the last one)
   * lands inside every one of them; body() leaves the header row out.
   */
  team: {
    level: string;
    region: string;
    spec: string;
    count: string;
    allocation: string;
    hourlyLow: string;
    hourlyHigh: string;
    monthlyLow: string;
    monthlyHigh: string;
    salaryLow: string;
    salaryHigh: string;
    /** The header cell of the level column: the row body() leaves out is the one reading as it does. */
    levelHeader: string;
    /** The label cell of the next section ("Hidden costs"): the last row of the team columns, left out by body(). */
    end: string;
    /** The header cells holding the rate formulas (rateColumns): where a blocked formula shows its error. */
    hourlyHeader: string;
    monthlyHeader: string;
    salaryHeader: string;
  };
  /** In the frozen headline: "OK", or #N/A when the labelled rows are no longer where they were written (layoutCheck). */
  layoutCheck: string;
  /** "OK", or #N/A when the team table's header or end row no longer reads as written (tableCheck). */
  tableCheck: string;
  /** The cell saying what tableCheck found. */
  tableProblem: string;
  /** Per rate column pair, the cell that is "OK" or the error of its first broken team row (rateCheck). */
  rateChecks: Record<RateColumns, string>;
  /** Per rate column pair, the cell saying which team row to fix and why (rateProblem). */
  rateProblems: Record<RateColumns, string>;
  hidden: Record<keyof HiddenCosts, string>;
  agencyRate: Points;
  loaded: Points;
  fte: string;
  /** Hours worked a month under the engagement (hoursUsed), the basis of freelance and agency. */
  hours: string;
  /** People over the team rows (for the employer of record). */
  headcount: string;
  typical: Points;
  /** "open-ended" when the source writes the typical cost's top with a + (typicalTop). */
  typicalTop: string;
}

const q = formulaText;
/** ", DevRateCard" when the spreadsheet has a rate card, so editing the card recomputes this sheet. */
const card = (rateCard?: string) => (rateCard ? `, ${rateCard}` : '');

/**
 * The team rows of a team column: the column without its header row and the next section's row
 * (its last, so a row inserted right above "Hidden costs" lands inside), told apart by their level
 * cells reading as those rows do (the level dropdown offers only Junior, Mid and Senior). FILTER
 * keeps the rows where every condition is true (https://support.google.com/docs/answer/3093197).
 * A header sorted in among the team rows is then a team row whose level "Level" is an error.
 */
const body = (r: BudgetRefs, column: string) => `FILTER(${column}, ${r.team.level}<>${r.team.levelHeader}, ${r.team.level}<>${r.team.end})`;

/**
 * A pair of team rate columns as one formula in the table's header row: its two header labels
 * stacked on the range call's low and high for every team row (point "range"), over the team
 * rows of its columns (body), so its results line up with the rows whatever is inserted among
 * them. In the header row a sort of the team rows, with or without these columns selected,
 * cannot move it, and the rows below hold nothing but the values it shows (how Sheets sorts
 * those, and what a value typed among them does, are unconfirmed beliefs listed in
 * playground/emulator/README.md).
 * - VSTACK "appends ranges vertically and in sequence to return a larger array" in Sheets
 *   (https://support.google.com/docs/answer/13191461), and a function taking a range takes an
 *   array too, such as DEVRATE's, or the labels' literal of text only, {"a", "b"}
 *   (https://support.google.com/docs/answer/6208276); HyperFormula has VSTACK too. Its FILTER
 *   takes a single column only, so body() filters DEVRATE's inputs, not its two-column answer.
 *   Not {"a", "b"; DEVRATE(…)}: Sheets computes that, but HyperFormula never recomputes an
 *   inline array ("Inline arrays are not recomputed after initialization":
 *   https://hyperformula.handsontable.com/guide/arrays.html), so the rates went stale in tests.
 * - The team ranges are bounded (header row to the next section's row, "Hidden costs"), not open-ended
 *   like A28:A: HyperFormula cannot parse those, and the hidden costs sit below the table in the
 *   same columns.
 */
const rateColumns = (labels: readonly [string, string], call: string) => `=VSTACK({${labels.map(q).join(', ')}}, ${call})`;
export const rateColumnsFormula = (r: BudgetRefs, columns: RateColumns, labels: readonly [string, string], rateCard?: string) =>
  rateColumns(
    labels,
    RATE_CALLS[columns](r, (column) => body(r, column), '"range"', rateCard),
  );

/**
 * A figure read from a rate column, or the error its check cell shows instead (rateCheck): a value
 * typed over the column, or a team row the range call could not price. A range call writes a
 * row's error as text, and SUMPRODUCT treats entries that are not numbers as 0 (Excel's and
 * OOXML's documented rule; Sheets did the same in issue 20's reports), so without the check a
 * broken row would quietly drop out of every total.
 */
const unlessBroken = (check: string, figure: string) => `IF(ISERROR(${check}), ${check}, ${figure})`;

const RATE_CALLS: Record<RateColumns, (r: BudgetRefs, rows: (column: string) => string, point: string, rateCard?: string) => string> = {
  hourly: (r, rows, point, rateCard) =>
    `DEVRATE(${rows(r.team.level)}, ${rows(r.team.region)}, ${rows(r.team.spec)}, ${point}${card(rateCard)})`,
  monthly: (r, rows, point, rateCard) =>
    `DEVMONTHLY(${rows(r.team.level)}, ${rows(r.team.region)}, ${rows(r.team.spec)}, ${point}${card(rateCard)})`,
  salary: (r, rows, point, rateCard) => `SALARY(${rows(r.team.level)}, ${point}${card(rateCard)})`,
};
const rateHeader = (r: BudgetRefs, columns: RateColumns) =>
  ({ hourly: r.team.hourlyHeader, monthly: r.team.monthlyHeader, salary: r.team.salaryHeader })[columns];
const rateLow = (r: BudgetRefs, columns: RateColumns) =>
  ({ hourly: r.team.hourlyLow, monthly: r.team.monthlyLow, salary: r.team.salaryLow })[columns];

/**
 * Which team row (1 = the row under the header) is the first whose rate is not a number: a range
 * call keeps an error to its row and writes the message there as text (src/functions/broadcast.ts).
 * MATCH gives #N/A when every row is priced or blank.
 */
const firstBroken = (r: BudgetRefs, columns: RateColumns) => {
  const low = body(r, rateLow(r, columns));
  return `MATCH(1, ARRAYFORMULA(ISTEXT(${low})*(LEN(${low})>0)), 0)`;
};

/**
 * "OK", or the error that every figure built on a rate column shows: the header's own error when a
 * value typed over the column blocks it, else the first broken team row priced again alone, so the
 * custom function throws and the cell shows #ERROR! with the thrown message, the same words the
 * row shows, naming the card row or the value to fix (how a thrown Error shows, and that formulas
 * over an error are that error, message included, are beliefs: playground/emulator/README.md).
 * The figures built on it (team cost, totals, the chart's cells) are then errors too.
 */
export function rateCheck(r: BudgetRefs, columns: RateColumns, rateCard?: string): string {
  const header = rateHeader(r, columns);
  const row = firstBroken(r, columns);
  const again = RATE_CALLS[columns](r, (column) => `INDEX(${body(r, column)}, ${row})`, '"low"', rateCard);
  return `=IF(ISERROR(${r.tableCheck}), ${r.tableCheck}, IF(ISERROR(${header}), ${header}, IF(ISNA(${row}), "OK", IF(ISERROR(${again}), ${again}, NA()))))`;
}

/** What to fix, in words the verdict repeats: the table's structure, the typed value in the way, or the sheet row and its message; `ok` otherwise. */
export function rateProblem(r: BudgetRefs, columns: RateColumns, label: string, ok: string): string {
  const header = rateHeader(r, columns);
  const row = firstBroken(r, columns);
  const blocked = q(`a value typed into the computed ${label} columns blocks them: clear it`);
  return `=IF(ISERROR(${r.tableCheck}), ${r.tableProblem}, IF(ISERROR(${header}), ${blocked}, IF(ISNA(${row}), ${q(ok)}, "the team member on row "&(ROW(${header})+${row})&": "&INDEX(${body(r, rateLow(r, columns))}, ${row}))))`;
}

/**
 * "OK" while the team table's header row and its end row read as DevRate wrote them, else #N/A:
 * every formula finds the team rows between those two cells, so a sort that took the header row
 * along (its texts and rate formulas now among the team rows) would silently price the wrong rows.
 * A rate header blocked by a typed value is rateCheck's to report, so it passes here.
 */
export function tableCheck(r: BudgetRefs): string {
  const is = (cell: string, text: string) => `IFERROR(${cell}=${q(text)}, TRUE)`;
  const rates = RATE_COLUMNS.map((columns) => is(rateHeader(r, columns), TEAM_TABLE_TEXT.rates[columns][0]));
  return `=IF(AND(${r.team.levelHeader}=${q(TEAM_TABLE_TEXT.level)}, ${rates.join(', ')}, ${r.team.end}=${q(TEAM_TABLE_TEXT.end)}), "OK", NA())`;
}

/**
 * "OK" while every labelled row the figures read still carries its label, else #N/A: the formulas
 * refer to cells by position, so a sort of the whole sheet (which moves rows, not references)
 * would give each figure its neighbour's inputs. Placed in the frozen headline, which a sheet
 * sort leaves in place, and read by every figure.
 */
export function layoutCheck(labels: { cell: string; text: string }[]): string {
  return `=IF(AND(${labels.map((l) => `${l.cell}=${q(l.text)}`).join(', ')}), "OK", NA())`;
}

/**
 * "OK" while every computed cell below the headline still holds its formula, else #N/A: a value
 * typed over one (past the protection's warning) would stand in for what it computed. ISFORMULA
 * tells a formula from a typed value (https://support.google.com/docs/answer/6270316). Only the
 * headline reads it: a computed cell reading it would depend on itself. `cells` also appear as
 * ranges in a COUNT that changes nothing: HyperFormula does not recompute ISFORMULA when the cell
 * it names turns from a formula into a value, but does recompute a formula that reads that cell's
 * value (playground/emulator/README.md).
 */
export function formulasCheck(computed: string[], ranges: string[]): string {
  const seen = ranges.map((range) => `COUNT(${range})>=0`);
  return `=IF(AND(${[...seen, ...computed.map((cell) => `ISFORMULA(${cell})`)].join(', ')}), "OK", NA())`;
}

/** A headline figure: the layout and formulas checks' errors first, then what it shows. */
export const headlineGuarded = (r: BudgetRefs, formulas: string, formula: string) =>
  `=IF(ISERROR(${r.layoutCheck}), ${r.layoutCheck}, IF(ISERROR(${formulas}), ${formulas}, ${formula.replace(/^=/, '')}))`;

/** A figure, or the layout check's error when the rows it reads have moved. */
export const guarded = (r: BudgetRefs, formula: string) => `=IF(ISERROR(${r.layoutCheck}), ${r.layoutCheck}, ${formula.replace(/^=/, '')})`;

/** What the headline's verdict says when the layout check fails. */
export const LAYOUT_BROKEN =
  "the budget's rows are no longer where DevRate wrote them (a sort of the whole sheet?), or a value was typed over one of its computed cells: undo that edit, and every figure comes back.";

/** What tableCheck found, in words the verdict repeats. */
export const tableProblem = (r: BudgetRefs, ok: string, broken: string) => `=IF(ISERROR(${r.tableCheck}), ${q(broken)}, ${q(ok)})`;

// Helper figures.
export const agencyRate = (r: BudgetRefs, p: EstimatePoint, rateCard?: string) => `=AGENCYRATE(${r.agencyRegion}, "${p}"${card(rateCard)})`;
export const loadedMultiplier = (p: EstimatePoint) => `=LOADEDCOST(1, "${p}")`;
/** Rows without a level are not people, whatever their count says. */
export const fullTimeEquivalents = (r: BudgetRefs) =>
  `=${unlessBroken(r.tableCheck, `ARRAYFORMULA(SUMPRODUCT(${body(r, r.team.count)}, ${body(r, r.team.allocation)}, --(${body(r, r.team.level)}<>"")))`)}`;
export const typicalCost = (r: BudgetRefs, p: EstimatePoint, rateCard?: string) => `=PROJECTCOST(${r.type}, "${p}"${card(rateCard)})`;
export const typicalTimeline = (r: BudgetRefs, p: EstimatePoint, rateCard?: string) =>
  `=PROJECTTIMELINE(${r.type}, "${p}", "months"${card(rateCard)})`;

const weighted = (r: BudgetRefs, column: string, check: string) =>
  unlessBroken(check, `SUMPRODUCT(${body(r, r.team.count)}, ${body(r, r.team.allocation)}, ${body(r, column)})`);
const average = (low: string, high: string) => `=AVERAGE(${low}, ${high})`;

/** hoursPerMonth of src/domain/budget/team-cost.ts: part-time hours a week × 52/12, hourly hours, else full time. */
export const hoursUsed = (r: BudgetRefs) =>
  `=IF(${r.engagement}=${q(ENGAGEMENT_LABELS.part_time)}, ${r.hoursPerWeek}*52/12, IF(${r.engagement}=${q(ENGAGEMENT_LABELS.hourly)}, ${r.hoursPerMonth}, ${FULL_TIME_HOURS_PER_MONTH}))`;
/** People over the team rows that have a level. */
export const headcount = (r: BudgetRefs) =>
  `=${unlessBroken(r.tableCheck, `ARRAYFORMULA(SUMPRODUCT(${body(r, r.team.count)}, --(${body(r, r.team.level)}<>"")))`)}`;

/**
 * Whether the typical cost's top is open-ended, read from RATESOURCE, the one place that knows
 * (its answer starts "low–high+ USD" for an open top, a rate card's figure included): the
 * character before the first space. FIND gives the position of the first match
 * (https://support.google.com/docs/answer/3094126); a RATESOURCE error (a bad card row) passes
 * through, so the verdict built on it is an error too, never a silent "listed".
 */
export function typicalTop(r: BudgetRefs, rateCard?: string): string {
  const source = `RATESOURCE("project", ${r.type}, "", ""${card(rateCard)})`;
  return `=IF(MID(${source}, FIND(" ", ${source})-1, 1)="+", "open-ended", "listed")`;
}

/** Team cost for the duration under one hire type; `row` holds that type's low/mid/high cells once placed. */
export function teamCost(r: BudgetRefs, hire: HireType, p: EstimatePoint, row: Points): string {
  if (hire === 'agency') return `=${r.months}*${r.hours}*${r.fte}*${r.agencyRate[p]}`;
  if (hire === 'full_time') {
    const salary = (column: string) => weighted(r, column, r.rateChecks.salary);
    const salaries =
      p === 'mid'
        ? `(${salary(r.team.salaryLow)}+${salary(r.team.salaryHigh)})/2`
        : salary(p === 'low' ? r.team.salaryLow : r.team.salaryHigh);
    return `=${salaries}*${r.loaded[p]}*${r.months}/12`;
  }
  // Midpoints are linear, so the freelance mid is the mean of low and high.
  if (p === 'mid') return average(row.low, row.high);
  const [hourly, monthly] = p === 'low' ? [r.team.hourlyLow, r.team.monthlyLow] : [r.team.hourlyHigh, r.team.monthlyHigh];
  // Hourly: rate × hours; a retainer: the monthly rate × the share of a full-time month worked.
  return `=${r.months}*IF(${r.engagement}=${q(ENGAGEMENT_LABELS.hourly)}, ${r.hours}*${weighted(r, hourly, r.rateChecks.hourly)}, MIN(1, ${r.hours}/${FULL_TIME_HOURS_PER_MONTH})*${weighted(r, monthly, r.rateChecks.monthly)})`;
}

/** contractorCosts of src/domain/budget/team-cost.ts: fees on the freelance cost, the employer of record per person. */
export const contractorFee = (freelance: string, percent: string) => `=${freelance}*${percent}`;
export const employerOfRecord = (r: BudgetRefs) => `=${r.hidden.employerOfRecordPerMonth}*${r.headcount}*${r.months}`;
/** The budget's contractor line: the three costs for a freelance team, 0 for the other hire types. */
export const contractorLine = (r: BudgetRefs, cells: string[]) =>
  `=IF(${r.hireType}=${q(HIRE_TYPE_LABELS.freelance)}, ${cells.join('+')}, 0)`;

/** The chosen hire type's row of the comparison. */
export const chosenTeamCost = (r: BudgetRefs, byHire: Record<HireType, Points>, p: EstimatePoint) =>
  `=IF(${r.hireType}=${q(HIRE_TYPE_LABELS.agency)}, ${byHire.agency[p]}, IF(${r.hireType}=${q(HIRE_TYPE_LABELS.full_time)}, ${byHire.full_time[p]}, ${byHire.freelance[p]}))`;

export const percentOf = (amount: string, percent: string) => `=${amount}*${percent}`;
export const product = (...cells: string[]) => `=${cells.join('*')}`;
export const reference = (cell: string) => `=${cell}`;

/** Which team row (1 = the row under the header) is the first with a level: the member the paid trial prices. */
const trialMember = (r: BudgetRefs) => `MATCH(1, ARRAYFORMULA(--(${body(r, r.team.level)}<>"")), 0)`;

/** The paid trial prices the first member in the table's order; its label (trialLabel) names them, so a sort that changes them shows. */
export function trial(r: BudgetRefs, p: EstimatePoint, row: Points): string {
  if (p === 'mid') return average(row.low, row.high);
  const member = trialMember(r);
  const rate = `INDEX(${body(r, p === 'low' ? r.team.monthlyLow : r.team.monthlyHigh)}, ${member})`;
  return `=IF(OR(${r.hidden.trialWeeks}=0, ISNA(${member})), 0, ${unlessBroken(r.rateChecks.monthly, `${r.hidden.trialWeeks}*12/52*${rate}`)})`;
}

/** "Paid trial: Senior Backend, Eastern Europe (row 31)": the member the trial prices, by what their row shows and where it is. */
export function trialLabel(r: BudgetRefs, label: string): string {
  const member = trialMember(r);
  const shown = (column: string) => `INDEX(${body(r, column)}, ${member})`;
  return `=IF(ISNA(${member}), ${q(`${label}: no team member`)}, ${q(`${label}: `)}&${shown(r.team.level)}&" "&${shown(r.team.spec)}&", "&${shown(r.team.region)}&" (row "&(ROW(${r.team.levelHeader})+${member})&")")`;
}

export const sum = (first: string, last: string) => `=SUM(${first}:${last})`;
export const plus = (a: string, b: string) => `=${a}+${b}`;
export const plusAll = (...cells: string[]) => `=${cells.join('+')}`;

/** agencyRowLabel of src/domain/budget/comparison.ts, around the agency region input. */
export const agencyLabel = (r: BudgetRefs) => `=${q(AGENCY_LABEL_PARTS.before)}&${r.agencyRegion}&${q(AGENCY_LABEL_PARTS.after)}`;
export const ratio = (top: string, bottom: string) => `=IF(${bottom}>0, ${top}/${bottom}, "")`;

/** The headline line saying which figures the sheet's DevRate formulas use; connecting a budget rewrites it. */
export const FIGURES_FROM = {
  label: 'Figures from',
  /** Developer metadata on the line's row: it follows inserted rows, as the label follows inserted columns. */
  metadataKey: 'devrate.budget.figuresFrom',
  text: (rateCard?: string) =>
    rateCard ? `the rate card ${rateCard}: edit it and this budget follows` : "DevRate's built-in figures: not connected to a rate card",
} as const;

/** The sentence a verdict that cannot judge starts with (the tests and the playground look for it). */
export const CANNOT_JUDGE = 'Cannot judge against the typical range: ';

/**
 * The rate columns' problem the chosen hire type's team cost depends on (rateProblem's words), or
 * "" when it does not depend on a broken one (an agency, or a problem in a column it does not use).
 */
const teamCostProblem = (r: BudgetRefs) => {
  const problem = (columns: RateColumns) => `IF(ISERROR(${r.rateChecks[columns]}), ${r.rateProblems[columns]}, "")`;
  return `IF(${r.hireType}=${q(HIRE_TYPE_LABELS.full_time)}, ${problem('salary')}, IF(${r.hireType}=${q(HIRE_TYPE_LABELS.agency)}, IF(ISERROR(${r.tableCheck}), ${r.tableProblem}, ""), IF(${r.engagement}=${q(ENGAGEMENT_LABELS.hourly)}, ${problem('hourly')}, ${problem('monthly')})))`;
};

/**
 * typicalRangeText of src/domain/budget/typical-range.ts, as a formula over the mid team cost;
 * when the team cost or the typical range is an error it says it cannot judge, and why.
 */
export function typicalText(r: BudgetRefs, totalMid: string): string {
  const { low, high } = r.typical;
  const why = teamCostProblem(r);
  const teamBroken = `${q(CANNOT_JUDGE)}&IF(${why}="", "the team cost is an error; its cell's message names the input to fix.", ${why})`;
  const rangeBroken = q(`${CANNOT_JUDGE}the project type's typical cost is an error (Figures used shows it, with the input to fix).`);
  const rangeIsError = `OR(ISERROR(${low}), ISERROR(${high}), ISERROR(${r.typicalTop}))`;
  return `=IF(ISERROR(${totalMid}), ${teamBroken}, IF(${rangeIsError}, ${rangeBroken}, ${judged(r, totalMid)}))`;
}

function judged(r: BudgetRefs, totalMid: string): string {
  const { low, high } = r.typical;
  const above = `IF(${high}>0, ROUND((${totalMid}-${high})/${high}*100, 0)&"% above", "above")`;
  const below = `ROUND((${low}-${totalMid})/${low}*100, 0)&"% below"`;
  const open = `IF(AND(${totalMid}>${high}, ${r.typicalTop}="open-ended"), ${q(OPEN_TOP_NOTE)}, "")`;
  return `IF(${totalMid}>${high}, ${above}, IF(${totalMid}<${low}, ${below}, "within"))&" the typical "&${r.type}&" range"&${open}`;
}
