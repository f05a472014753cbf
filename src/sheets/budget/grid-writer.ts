// Laying a planned grid onto a sheet with one call per property over one range, whatever its
// size: values (strings starting with "=" become formulas), number formats, looks, validations.
// Also the sheet-level touches every generated sheet shares: warning-only protection and widths.
import type { SheetGrid, ValidationSpec } from './grid';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
type DataValidation = GoogleAppsScript.Spreadsheet.DataValidation;

const TITLE_SIZE = 14;

/** One rule object per distinct validation: builders are cheap, but not free. */
function rules(specs: (ValidationSpec | null)[][]): (DataValidation | null)[][] {
  const built = new Map<string, DataValidation>();
  const build = (spec: ValidationSpec): DataValidation => {
    const key = JSON.stringify(spec);
    let rule = built.get(key);
    if (!rule) {
      const builder = SpreadsheetApp.newDataValidation();
      if (spec.kind === 'list') builder.requireValueInList([...spec.values], true);
      else builder.requireNumberBetween(spec.min, spec.max);
      rule = builder.setAllowInvalid(false).setHelpText(spec.help).build();
      built.set(key, rule);
    }
    return rule;
  };
  return specs.map((row) => row.map((spec) => (spec ? build(spec) : null)));
}

export function writeGrid(sheet: Sheet, grid: SheetGrid, options: { titleAt?: [number, number] } = {}): void {
  const m = grid.matrices();
  const range = sheet.getRange(1, 1, grid.height, grid.width);
  range.setNumberFormats(m.formats);
  range.setValues(m.values);
  range.setFontWeights(m.weights);
  range.setFontColors(m.colors);
  range.setBackgrounds(m.backgrounds);
  range.setWraps(m.wraps);
  if (m.validations.some((row) => row.some(Boolean))) range.setDataValidations(rules(m.validations));
  const [row, col] = options.titleAt ?? [1, 1]; // every generated sheet has its title in A1, but the rate card (its A1 is the card's)
  sheet.getRange(row, col).setFontSize(TITLE_SIZE);
}

/**
 * Formulas are protected with a warning (collaborators can still edit after confirming); the
 * inputs are carved out so changing them never asks.
 */
export function protectAllBut(sheet: Sheet, inputs: readonly string[], description: string): void {
  const protection = sheet.protect().setDescription(description).setWarningOnly(true);
  if (inputs.length) protection.setUnprotectedRanges(inputs.map((a1) => sheet.getRange(a1)));
}

export function setWidths(sheet: Sheet, first: number, rest: number, columns: number): void {
  sheet.setColumnWidth(1, first);
  if (columns > 1) sheet.setColumnWidths(2, columns - 1, rest);
}
