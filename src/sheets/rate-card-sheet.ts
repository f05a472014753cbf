// "Insert rate card": a "Rate Card" sheet pre-filled from a chosen source, registered as the
// named range DevRateCard. Budget sheets created while it exists pass it to their DevRate
// formulas, so editing a rate here recomputes them. One card per spreadsheet: a second would
// leave formulas pointing at whichever the name happens to hold.
import { RATE_CARD_CHOICE_HELP, rateCardRows, type RateCardChoice } from '../domain/budget/rate-card-rows';
import { FIGURE_KINDS, LEVELS, PROJECT_TYPES, REGIONS, SPECS } from '../domain/terms';
import { columnLetter } from './a1';
import { FORMATS, SheetGrid, type ValidationSpec } from './grid';
import { setWidths, writeGrid } from './sheet-writer';
import { RATE_CARD_RANGE_NAME } from './rate-card-range';
import { uniqueSheetName } from './sheet-names';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

const RATE_CARD_SHEET = 'Rate Card';
/** Blank input rows laid out below the figures; the named range goes further, to the sheet's last row. */
const SPARE_CARD_ROWS = 30;
/**
 * The card starts in A1, so "row 16 of the card" in an error is sheet row 16 (until someone
 * inserts rows above it); the title and how-to sit to its right, past one empty column.
 */
const HEADER_ROW = 1;

// A column without a rule (source, section, other source) takes any text.
const COLUMN_RULES: Partial<Record<string, ValidationSpec>> = {
  kind: { kind: 'list', values: FIGURE_KINDS, help: `One of ${FIGURE_KINDS.join(', ')}.` },
  key: {
    kind: 'list',
    values: [...LEVELS, ...PROJECT_TYPES],
    help: 'A level (hourly, monthly, salary) or a project type (project, timeline); blank for agency.',
  },
  region: { kind: 'list', values: REGIONS, help: 'Blank means global.' },
  spec: { kind: 'list', values: SPECS, help: 'Blank means backend.' },
  low: { kind: 'number', min: 0, max: 10_000_000, help: 'USD (timeline: months), 0 or more.' },
  high: { kind: 'number', min: 0, max: 10_000_000, help: 'USD (timeline: months), at least low.' },
};

interface RateCardLayout {
  grid: SheetGrid;
  /** The card's columns, and the rows laid out (headers + figures + spare rows). */
  width: number;
  rows: number;
  headerRow: number;
  /** Where the title is, for its size. */
  titleColumn: number;
}

function rateCardLayout(choice: RateCardChoice): RateCardLayout {
  const { headers, rows } = rateCardRows(choice);
  const titleColumn = headers.length + 2;
  const g = new SheetGrid(titleColumn);
  g.text(1, titleColumn, `DevRate rate card: ${choice === 'both' ? 'both sources' : choice}`, { tone: 'title' });
  g.text(2, titleColumn, RATE_CARD_CHOICE_HELP[choice], { tone: 'note' });
  g.text(
    3,
    titleColumn,
    `Each row replaces DevRate's figure with the same kind, key, region and spec (exactly one figure; a row that names none is an error) in every formula given the named range ${RATE_CARD_RANGE_NAME}; budgets created from now on use it. Timelines are in months.`,
    { tone: 'note' },
  );
  g.text(
    4,
    titleColumn,
    "Errors name a row by its position in the card (the header is row 1, so it is the sheet's row number) and by its content; a bad row breaks only the figures it gives.",
    { tone: 'note' },
  );
  g.text(
    5,
    titleColumn,
    `Add a figure in any row below the header, in columns A to ${columnLetter(headers.length)}: the card runs to the last row of this sheet, so a row typed anywhere under the header, or inserted above that last row, counts.`,
    { tone: 'note' },
  );
  headers.forEach((h, c) => g.text(HEADER_ROW, c + 1, h, { tone: 'header' }));
  const total = rows.length + SPARE_CARD_ROWS;
  for (let r = 0; r < total; r++) {
    headers.forEach((h, c) => {
      const value = rows[r]?.[c] ?? '';
      const rule = COLUMN_RULES[h];
      g.put(HEADER_ROW + 1 + r, c + 1, value, {
        tone: rule ? 'input' : 'note',
        validation: rule,
        format: h === 'low' || h === 'high' ? FORMATS.twoDecimals : FORMATS.general,
      });
    });
  }
  return { grid: g, width: headers.length, rows: total + 1, headerRow: HEADER_ROW, titleColumn };
}

function existingCardMessage(spreadsheet: Spreadsheet): string | undefined {
  const existing = spreadsheet.getRangeByName(RATE_CARD_RANGE_NAME);
  if (!existing) return undefined;
  return `This spreadsheet already has a rate card: the named range ${RATE_CARD_RANGE_NAME} on sheet "${existing.getSheet().getName()}". Edit that card, or remove the named range (Data › Named ranges) to insert a new one. Nothing was written.`;
}

/** The caller holds the document lock. */
export function writeRateCardSheet(spreadsheet: Spreadsheet, choice: RateCardChoice): { sheetName: string } {
  const clash = existingCardMessage(spreadsheet);
  if (clash) throw new Error(clash);
  const layout = rateCardLayout(choice);
  const sheetName = uniqueSheetName(spreadsheet, RATE_CARD_SHEET);
  const sheet = spreadsheet.insertSheet(sheetName);
  writeGrid(sheet, layout.grid, { titleAt: [1, layout.titleColumn] });
  sheet.setFrozenRows(layout.headerRow);
  setWidths(sheet, 90, 120, layout.grid.width);
  // The named range is open-ended (A1:I): it reaches the sheet's last row, rows added below later
  // included, so a figure typed below the laid-out rows is read too.
  if (sheet.getMaxRows() < layout.rows) sheet.insertRowsAfter(sheet.getMaxRows(), layout.rows - sheet.getMaxRows());
  spreadsheet.setNamedRange(RATE_CARD_RANGE_NAME, sheet.getRange(`A${layout.headerRow}:${columnLetter(layout.width)}`));
  return { sheetName };
}
