// Data-validation rules for the tracker's input cells, built with Apps Script's builder. One
// set per insertion, shared by the three sheets.
type Rule = GoogleAppsScript.Spreadsheet.DataValidation;

export type TrackerRules = ReturnType<typeof trackerRules>;

export function trackerRules() {
  // Every rule that refuses bad input comes from one builder: each require… replaces the last
  // criteria and build() takes a copy, so a rule costs three builder calls instead of five.
  const strict = SpreadsheetApp.newDataValidation().setAllowInvalid(false);
  let checkbox: Rule | undefined;
  return {
    /** A dropdown; anything else typed is refused. */
    dropdown: (values: readonly string[], help: string): Rule =>
      strict
        .requireValueInList([...values], true)
        .setHelpText(help)
        .build(),
    numberBetween: (low: number, high: number, help: string): Rule => strict.requireNumberBetween(low, high).setHelpText(help).build(),
    nonNegative: (help: string): Rule => strict.requireNumberGreaterThanOrEqualTo(0).setHelpText(help).build(),
    date: (help: string): Rule => strict.requireDate().setHelpText(help).build(),
    inRange: (range: GoogleAppsScript.Spreadsheet.Range, help: string): Rule =>
      strict.requireValueInRange(range, true).setHelpText(help).build(),
    formula: (condition: string, help: string): Rule => strict.requireFormulaSatisfied(condition).setHelpText(help).build(),
    /** A link is only checked with a warning: people paste all sorts of profile addresses. */
    url: (help: string): Rule => SpreadsheetApp.newDataValidation().requireTextIsUrl().setAllowInvalid(true).setHelpText(help).build(),
    /** One checkbox rule serves every checkbox column. */
    checkbox: (): Rule => (checkbox ??= SpreadsheetApp.newDataValidation().requireCheckbox().build()),
  };
}

/** The same row of rules repeated down a block, for one setDataValidations call. */
export function grid(row: (Rule | null)[], rows: number): (Rule | null)[][] {
  return Array.from({ length: rows }, () => row);
}
