// Writes a new "Budget – <project>" sheet from a parsed wizard payload. The caller holds the
// document lock; the number of service calls is fixed (one per property over one range, plus the
// sheet, protection and chart), not a function of the team or the text.
import type { BudgetInput } from '../../domain/budget/schema';
import { tableWithCard } from '../../domain/rate-card';
import type { CellValue } from '../../domain/vocabulary';
import { RATE_CARD_RANGE_NAME, rateCardArgument } from '../rate-card-range';
import { uniqueSheetName } from '../sheet-names';
import { protectWithWarning, setWidths, writeGrid } from '../sheet-writer';
import { FIGURES_FROM } from './formulas';
import { budgetLayout, TEAM_TABLE_METADATA, type BudgetLayout } from './layout';
import type { BudgetSheetResult } from '../../endpoints/registry';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

function insertTotalsChart(sheet: GoogleAppsScript.Spreadsheet.Sheet, chart: BudgetLayout['chart']): void {
  sheet.insertChart(
    sheet
      .newChart()
      .setChartType(Charts.ChartType.COLUMN)
      .addRange(sheet.getRange(chart.range))
      .setPosition(chart.row, chart.col, 0, 0)
      .setOption('title', chart.title)
      .setOption('width', 480)
      .setOption('height', 320)
      .build(),
  );
}

/** A card with rows the functions refuse would put errors in the budget: refuse before writing. */
function checkRateCard(spreadsheet: Spreadsheet): void {
  const card = spreadsheet.getRangeByName(RATE_CARD_RANGE_NAME);
  if (!card) return;
  let problems: string[];
  try {
    problems = tableWithCard(card.getValues() as CellValue[][]).problems();
  } catch (error) {
    problems = [(error as Error).message];
  }
  if (problems.length === 0) return;
  const where = `the named range ${RATE_CARD_RANGE_NAME} on sheet "${card.getSheet().getName()}"`;
  throw new Error(
    `The rate card (${where}) has a problem: ${problems.slice(0, 3).join(' ')}${problems.length > 3 ? ` (and ${problems.length - 3} more)` : ''} Fix it, then create the budget again. Nothing was written.`,
  );
}

export function writeBudgetSheet(spreadsheet: Spreadsheet, input: BudgetInput): BudgetSheetResult {
  checkRateCard(spreadsheet);
  const rateCard = rateCardArgument(spreadsheet);
  const sheetName = uniqueSheetName(spreadsheet, `Budget – ${input.project.name}`);
  const layout = budgetLayout(input, rateCard, sheetName);
  const sheet = spreadsheet.insertSheet(sheetName); // becomes the active sheet
  writeGrid(sheet, layout.grid);
  sheet.setFrozenRows(layout.frozenRows);
  // Whole rows in A1 ("6:6"): Sheets takes developer metadata on a whole row or column only.
  const wholeRow = (row: number) => sheet.getRange(`${row}:${row}`);
  wholeRow(layout.figuresFromRow).addDeveloperMetadata(FIGURES_FROM.metadataKey);
  wholeRow(layout.teamBounds.header).addDeveloperMetadata(TEAM_TABLE_METADATA.header);
  wholeRow(layout.teamBounds.end).addDeveloperMetadata(TEAM_TABLE_METADATA.end);
  setWidths(sheet, 250, 110, layout.grid.width);
  protectWithWarning(
    sheet,
    'DevRate budget formulas: change the yellow input cells instead.',
    layout.grid.inputRanges().map((a1) => sheet.getRange(a1)),
  );
  insertTotalsChart(sheet, layout.chart);
  return { sheetName, usesRateCard: rateCard !== undefined };
}
