// Data-validation rules, built one way for every sheet DevRate writes: the planned grids (a
// ValidationSpec per cell, see grid.ts) and the tracker's tables (rules per column) both come
// through here, so a dropdown or a number range refuses bad input the same way everywhere.
import type { ValidationSpec } from './grid';

type Rule = GoogleAppsScript.Spreadsheet.DataValidation;

export type ValidationRules = ReturnType<typeof validationRules>;

export function validationRules() {
  // Every rule that refuses bad input comes from one builder: each require… replaces the last
  // criteria and build() takes a copy, so a rule costs three builder calls instead of five
  // (settled on real Sheets by the self-test row "builder-reuse").
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

function ruleOf(rules: ValidationRules, spec: ValidationSpec): Rule {
  switch (spec.kind) {
    case 'list':
      return rules.dropdown(spec.values, spec.help);
    case 'number':
      return rules.numberBetween(spec.min, spec.max, spec.help);
    case 'date':
      return rules.date(spec.help);
    case 'checkbox':
      return rules.checkbox();
  }
}

/** A planned grid's specs as rules, one rule object per distinct spec. */
export function rulesOf(specs: readonly (readonly (ValidationSpec | null)[])[]): (Rule | null)[][] {
  const rules = validationRules();
  const built = new Map<string, Rule>();
  const build = (spec: ValidationSpec): Rule => {
    const key = JSON.stringify(spec);
    let rule = built.get(key);
    if (!rule) {
      rule = ruleOf(rules, spec);
      built.set(key, rule);
    }
    return rule;
  };
  return specs.map((row) => row.map((spec) => (spec ? build(spec) : null)));
}
