// Data-validation rules for the tracker's input cells, built with Apps Script's builder.
type Rule = GoogleAppsScript.Spreadsheet.DataValidation;

const builder = () => SpreadsheetApp.newDataValidation();

/** A dropdown; anything else typed is refused. */
export const dropdown = (values: readonly string[], help: string): Rule =>
  builder().requireValueInList([...values], true).setAllowInvalid(false).setHelpText(help).build();

export const checkbox = (): Rule => builder().requireCheckbox().build();

export const numberBetween = (low: number, high: number, help: string): Rule =>
  builder().requireNumberBetween(low, high).setAllowInvalid(false).setHelpText(help).build();

export const nonNegative = (help: string): Rule => builder().requireNumberGreaterThanOrEqualTo(0).setAllowInvalid(false).setHelpText(help).build();

export const date = (help: string): Rule => builder().requireDate().setAllowInvalid(false).setHelpText(help).build();

/** A link is only checked with a warning: people paste all sorts of profile addresses. */
export const url = (help: string): Rule => builder().requireTextIsUrl().setAllowInvalid(true).setHelpText(help).build();

export const inRange = (range: GoogleAppsScript.Spreadsheet.Range, help: string): Rule =>
  builder().requireValueInRange(range, true).setAllowInvalid(false).setHelpText(help).build();

export const formula = (condition: string, help: string): Rule =>
  builder().requireFormulaSatisfied(condition).setAllowInvalid(false).setHelpText(help).build();

/** The same row of rules repeated down a block, for one setDataValidations call. */
export function grid(row: (Rule | null)[], rows: number): (Rule | null)[][] {
  return Array.from({ length: rows }, () => row);
}
