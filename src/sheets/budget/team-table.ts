// The team table as the budget's formulas see it: its header texts, its rate column pairs, the
// team rows of a column (body) and the range call that fills each pair. Shared by formulas.ts
// and checks.ts.
import type { BudgetRefs } from './formulas';

/** ", DevRateCard" when the spreadsheet has a rate card, so editing the card recomputes this sheet. */
export const card = (rateCard?: string) => (rateCard ? `, ${rateCard}` : '');
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

/**
 * The team rows of a team column: the column without its header row and the next section's row
 * (its last, so a row inserted right above "Hidden costs" lands inside), told apart by their level
 * cells reading as those rows do (the level dropdown offers only Junior, Mid and Senior). FILTER
 * keeps the rows where every condition is true (https://support.google.com/docs/answer/3093197).
 * A header sorted in among the team rows is then a team row whose level "Level" is an error.
 */
export const body = (r: BudgetRefs, column: string) =>
  `FILTER(${column}, ${r.team.level}<>${r.team.levelHeader}, ${r.team.level}<>${r.team.end})`;

export const RATE_CALLS: Record<
  RateColumns,
  (r: BudgetRefs, rows: (column: string) => string, point: string, rateCard?: string) => string
> = {
  hourly: (r, rows, point, rateCard) =>
    `DEVRATE(${rows(r.team.level)}, ${rows(r.team.region)}, ${rows(r.team.spec)}, ${point}${card(rateCard)})`,
  monthly: (r, rows, point, rateCard) =>
    `DEVMONTHLY(${rows(r.team.level)}, ${rows(r.team.region)}, ${rows(r.team.spec)}, ${point}${card(rateCard)})`,
  salary: (r, rows, point, rateCard) => `SALARY(${rows(r.team.level)}, ${point}${card(rateCard)})`,
};
export const rateHeader = (r: BudgetRefs, columns: RateColumns) =>
  ({ hourly: r.team.hourlyHeader, monthly: r.team.monthlyHeader, salary: r.team.salaryHeader })[columns];
export const rateLow = (r: BudgetRefs, columns: RateColumns) =>
  ({ hourly: r.team.hourlyLow, monthly: r.team.monthlyLow, salary: r.team.salaryLow })[columns];
