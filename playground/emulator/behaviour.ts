// The behaviour profile: what the emulator believes Sheets does where Google's documentation
// does not say, one switch per belief. ASSUMED is what src/server/self-test checks on real
// Sheets (each switch names its check id); the other setting of each switch is the opposite
// behaviour, so tests can show each self-test row tells the two apart.
//   loadAddon({ behaviour: { rangeListOrder: 'by-position' } })

export interface SheetsBehaviour {
  /** range-list-order: getRangeList(...).getRanges() in the order given, or sorted by position. */
  rangeListOrder: 'as-given' | 'by-position';
  /** sheet-name-case: getSheetByName ignoring case, or matching it exactly. */
  sheetNameLookup: 'ignore-case' | 'exact-case';
  /** dropdown-number: "3" written to a list dropdown becomes the number 3, or stays text. */
  dropdownText: 'typed-value' | 'text';
  /** named-range-deleted-sheet: a deleted sheet's named ranges are removed, or kept (broken). */
  namedRangesOfDeletedSheet: 'removed' | 'kept';
  /** number-format-general: what getNumberFormat reads for the automatic format (recorded live by gas-fakes: '0.###############'). */
  automaticNumberFormat: '0.###############' | 'General';
  /** protection-unprotected-ranges: kept on a warning-only protection, or dropped. */
  unprotectedRangesWhenWarningOnly: 'kept' | 'dropped';
  /** builder-reuse: build() copies the builder's state, or returns a live view of it. */
  builderBuild: 'copy' | 'live';
  /** formula-locale: setFormula reads English syntax always, or the spreadsheet locale's. */
  formulaSyntax: 'english' | 'spreadsheet-locale';
  /** set-formula-moves-references: setFormula on a range moves references per cell, or copies the text. */
  setFormulaOnRange: 'moves-references' | 'same-text';
  /** conditional-format-empty-text: a formula's "" is not a number to number rules, or counts as 0. */
  emptyTextInNumberRules: 'not-a-number' | 'zero';
  /** properties-scope: user, document and script properties are separate stores, or one. */
  propertyStores: 'separate' | 'shared';
  /** sort-keeps-frozen-rows: Sheet.sort leaves the frozen rows in place, or sorts them too. */
  frozenRowsOnSort: 'stay' | 'sorted';
  /**
   * sort-keeps-row-metadata: a sort of whole rows leaves row developer metadata on its row number,
   * or moves it with its row (Google's reference says metadata stays with its row through inserts
   * and deletes, not what a sort does: https://developers.google.com/sheets/api/reference/rest/v4/spreadsheets.developerMetadata).
   */
  rowMetadataOnSort: 'stays' | 'travels';
  /** temporary-user-key: getTemporaryActiveUserKey gives a key per user, or nothing. */
  temporaryUserKey: 'per-user' | 'empty';
  /** script-writes-past-validation: a script's setValue stores what a strict rule refuses from people, or throws. */
  scriptWritesAgainstValidation: 'stored' | 'refused';
  /** rule-formulas-follow-edits: inserts, deletes and moves rewrite conditional format and validation custom formulas, or leave their text. */
  ruleFormulasOnStructuralEdit: 'shifted' | 'unchanged';
  /** blocked-array-shows-ref: an array formula with data in its way shows #REF!, or #SPILL! (Excel's and HyperFormula's error). */
  blockedArrayError: '#REF!' | '#SPILL!';
  /** dialect-sumifs-one-value: SUMIFS, MAXIFS, MINIFS inside ARRAYFORMULA give one value (as users report of Sheets), or one per row (HyperFormula's own). */
  oneValueFunctions: 'one-value' | 'per-row';
}

export const ASSUMED: Readonly<SheetsBehaviour> = Object.freeze({
  rangeListOrder: 'as-given',
  sheetNameLookup: 'ignore-case',
  dropdownText: 'typed-value',
  namedRangesOfDeletedSheet: 'removed',
  automaticNumberFormat: '0.###############',
  unprotectedRangesWhenWarningOnly: 'kept',
  builderBuild: 'copy',
  formulaSyntax: 'english',
  setFormulaOnRange: 'moves-references',
  emptyTextInNumberRules: 'not-a-number',
  propertyStores: 'separate',
  frozenRowsOnSort: 'stay',
  rowMetadataOnSort: 'stays',
  temporaryUserKey: 'per-user',
  scriptWritesAgainstValidation: 'stored',
  ruleFormulasOnStructuralEdit: 'shifted',
  blockedArrayError: '#REF!',
  oneValueFunctions: 'one-value',
});

export function behaviourProfile(overrides: Partial<SheetsBehaviour> = {}): Readonly<SheetsBehaviour> {
  return Object.freeze({ ...ASSUMED, ...overrides });
}

/** Locales whose formulas use ";" between arguments and "," for decimals. */
const DECIMAL_COMMA = /^(de|fr|es|it|pt|nl|ru|pl|tr|sv|da|fi|nb|cs|id)(_|$)/;

/**
 * A formula as the spreadsheet would read it under formulaSyntax 'spreadsheet-locale': in a
 * decimal-comma locale the argument separator is ";", so an English formula's commas stop being
 * separators; swapping the two models that (the formula then fails to parse, as it would).
 */
export function formulaAsLocaleReads(formula: string, locale: string): string {
  if (!DECIMAL_COMMA.test(locale)) return formula;
  return formula.replace(/"[^"]*"|[,;]/g, (m) => (m === ',' ? ';' : m === ';' ? ',' : m));
}
