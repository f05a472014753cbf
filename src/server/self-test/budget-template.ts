// The budget template on real Sheets: created from the fixture budget the tests use, every cell its
// layout computes compared with the domain's estimate, then removed with all it made.
import { HIRE_TYPES } from '../../domain/budget/choices';
import { BUDGET_LINES, estimateBudget } from '../../domain/budget/estimate';
import { ESTIMATE_POINTS, type EstimatePoint, type Triple } from '../../domain/budget/team-cost';
import { builtInTable } from '../../domain/figure-table';
import { tableWithCard } from '../../domain/rate-card';
import { budgetLayout } from '../../sheets/budget/layout';
import { writeBudgetSheet } from '../../sheets/budget/write-budget-sheet';
import { RATE_CARD_RANGE_NAME, rateCardArgument } from '../../sheets/rate-card-range';
import type { SelfTestCheck } from './check';
import { budgetFixture } from './fixtures';
import { comparison, differences, type Expectation } from './template-compare';

export const budgetTemplate: SelfTestCheck = {
  id: 'budget-template',
  assumption:
    "A budget sheet made from the tests' fixture budget shows, in each cell it computes (every line's low, mid and high, subtotal, contingency, total, the typical range, the hire-type comparison), what DevRate's domain computes; the sheet is then removed.",
  run({ spreadsheet, leaveAsFound }) {
    leaveAsFound();
    const input = budgetFixture();
    const card = spreadsheet.getRangeByName(RATE_CARD_RANGE_NAME);
    // The template uses the document's rate card when there is one; so does the domain here.
    const table = card ? tableWithCard(card.getValues()) : builtInTable();
    const { sheetName } = writeBudgetSheet(spreadsheet, input);
    SpreadsheetApp.flush();
    const sheet = spreadsheet.getSheetByName(sheetName);
    if (!sheet) return { observed: `The budget sheet "${sheetName}" was not found after it was written.`, pass: false };
    const cells = budgetLayout(input, rateCardArgument(spreadsheet), sheetName);
    const domain = estimateBudget(input, table);
    const points = (what: string, at: Record<EstimatePoint, string>, expected: Triple): Expectation[] =>
      ESTIMATE_POINTS.map((p) => ({ what: `${what} ${p}`, a1: at[p], expected: expected[p] }));
    const expectations: Expectation[] = [
      ...BUDGET_LINES.flatMap((line) => points(line.label, cells.lines[line.id], domain.lines[line.id])),
      ...points('Subtotal', cells.subtotal, domain.subtotal),
      ...points('Contingency', cells.contingency, domain.contingency),
      ...points('Total', cells.total, domain.total),
      ...HIRE_TYPES.flatMap((hire) => points(`Comparison ${hire}`, cells.byHire[hire], domain.byHireType[hire])),
      { what: 'Typical range', a1: cells.typicalText, expected: domain.typicalText },
    ];
    return comparison('budget sheet', expectations.length, differences(sheet, expectations));
  },
};
