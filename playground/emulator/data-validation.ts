// SpreadsheetApp.newDataValidation() builder and DataValidation rules.

import { meetsCriterion } from '../formulas/criteria-eval';
import type { RangeArg } from './host-types';
import type { CellScalar } from '../formulas/cell-values';
import type { ValidationSpec } from '../formulas/sheet-model';
import type { EmulatorContext } from './context';
import { enumOf, fromCriteriaValue, toCriteriaValue } from './criteria';

type GasRange = RangeArg;
type GasDate = GoogleAppsScript.Base.Date;

export const DataValidationCriteria = enumOf([
  'DATE_AFTER',
  'DATE_BEFORE',
  'DATE_BETWEEN',
  'DATE_EQUAL_TO',
  'DATE_IS_VALID_DATE',
  'DATE_NOT_BETWEEN',
  'DATE_ON_OR_AFTER',
  'DATE_ON_OR_BEFORE',
  'NUMBER_BETWEEN',
  'NUMBER_EQUAL_TO',
  'NUMBER_GREATER_THAN',
  'NUMBER_GREATER_THAN_OR_EQUAL_TO',
  'NUMBER_LESS_THAN',
  'NUMBER_LESS_THAN_OR_EQUAL_TO',
  'NUMBER_NOT_BETWEEN',
  'NUMBER_NOT_EQUAL_TO',
  'TEXT_CONTAINS',
  'TEXT_DOES_NOT_CONTAIN',
  'TEXT_EQUAL_TO',
  'TEXT_IS_VALID_EMAIL',
  'TEXT_IS_VALID_URL',
  'VALUE_IN_LIST',
  'VALUE_IN_RANGE',
  'CUSTOM_FORMULA',
  'CHECKBOX',
] as const);

export class DataValidationFacade {
  static readonly apiName = 'DataValidation';
  readonly #ctx: EmulatorContext;
  readonly #spec: ValidationSpec;

  /** `live` (behaviour builderBuild 'live'): the rule shares the builder's state. */
  constructor(ctx: EmulatorContext, spec: ValidationSpec, live = false) {
    this.#ctx = ctx;
    this.#spec = live ? spec : structuredClone(spec);
  }

  static specOf(rule: unknown): ValidationSpec {
    if (!(rule instanceof DataValidationFacade)) throw new Error('Invalid argument: rule');
    return structuredClone(rule.#spec);
  }

  copy(): DataValidationBuilderFacade {
    return new DataValidationBuilderFacade(this.#ctx, this.#spec);
  }
  getAllowInvalid(): boolean {
    return this.#spec.allowInvalid;
  }
  getCriteriaType(): string {
    return this.#spec.criteria;
  }
  getCriteriaValues(): unknown[] {
    return this.#spec.values.map((v) => fromCriteriaValue(this.#ctx, v));
  }
  getHelpText(): string {
    return this.#spec.helpText ?? '';
  }
}

export class DataValidationBuilderFacade {
  static readonly apiName = 'DataValidationBuilder';
  readonly #ctx: EmulatorContext;
  #spec: ValidationSpec;

  constructor(ctx: EmulatorContext, spec?: ValidationSpec) {
    this.#ctx = ctx;
    this.#spec = spec ? structuredClone(spec) : { criteria: '', values: [], allowInvalid: true, helpText: null };
  }

  #require(criteria: string, ...values: unknown[]): this {
    this.#spec.criteria = criteria;
    this.#spec.values = values.map(toCriteriaValue);
    return this;
  }

  build(): DataValidationFacade {
    if (!this.#spec.criteria) throw new Error('The data validation rule has no criteria.');
    return new DataValidationFacade(this.#ctx, this.#spec, this.#ctx.behaviour.builderBuild === 'live');
  }
  copy(): DataValidationBuilderFacade {
    return new DataValidationBuilderFacade(this.#ctx, this.#spec);
  }
  getAllowInvalid(): boolean {
    return this.#spec.allowInvalid;
  }
  /** null until a require… method is called (gas-fakes test/testsheetsdatavalidations.js:333). */
  getCriteriaType(): string | null {
    return this.#spec.criteria || null;
  }
  getCriteriaValues(): unknown[] {
    return this.#spec.values.map((v) => fromCriteriaValue(this.#ctx, v));
  }
  getHelpText(): string | null {
    return this.#spec.helpText;
  }
  requireCheckbox(checkedValue?: unknown, uncheckedValue?: unknown): this {
    const values = [checkedValue, uncheckedValue].filter((v) => v !== undefined);
    return this.#require('CHECKBOX', ...values);
  }
  requireDate(): this {
    return this.#require('DATE_IS_VALID_DATE');
  }
  requireDateAfter(date: GasDate): this {
    return this.#require('DATE_AFTER', date);
  }
  requireDateBefore(date: GasDate): this {
    return this.#require('DATE_BEFORE', date);
  }
  requireDateBetween(start: GasDate, end: GasDate): this {
    return this.#require('DATE_BETWEEN', start, end);
  }
  requireDateEqualTo(date: GasDate): this {
    return this.#require('DATE_EQUAL_TO', date);
  }
  requireDateNotBetween(start: GasDate, end: GasDate): this {
    return this.#require('DATE_NOT_BETWEEN', start, end);
  }
  requireDateOnOrAfter(date: GasDate): this {
    return this.#require('DATE_ON_OR_AFTER', date);
  }
  requireDateOnOrBefore(date: GasDate): this {
    return this.#require('DATE_ON_OR_BEFORE', date);
  }
  requireFormulaSatisfied(formula: string): this {
    return this.#require('CUSTOM_FORMULA', formula);
  }
  requireNumberBetween(start: number, end: number): this {
    return this.#require('NUMBER_BETWEEN', start, end);
  }
  requireNumberEqualTo(number: number): this {
    return this.#require('NUMBER_EQUAL_TO', number);
  }
  requireNumberGreaterThan(number: number): this {
    return this.#require('NUMBER_GREATER_THAN', number);
  }
  requireNumberGreaterThanOrEqualTo(number: number): this {
    return this.#require('NUMBER_GREATER_THAN_OR_EQUAL_TO', number);
  }
  requireNumberLessThan(number: number): this {
    return this.#require('NUMBER_LESS_THAN', number);
  }
  requireNumberLessThanOrEqualTo(number: number): this {
    return this.#require('NUMBER_LESS_THAN_OR_EQUAL_TO', number);
  }
  requireNumberNotBetween(start: number, end: number): this {
    return this.#require('NUMBER_NOT_BETWEEN', start, end);
  }
  requireNumberNotEqualTo(number: number): this {
    return this.#require('NUMBER_NOT_EQUAL_TO', number);
  }
  requireTextContains(text: string): this {
    return this.#require('TEXT_CONTAINS', text);
  }
  requireTextDoesNotContain(text: string): this {
    return this.#require('TEXT_DOES_NOT_CONTAIN', text);
  }
  requireTextEqualTo(text: string): this {
    return this.#require('TEXT_EQUAL_TO', text);
  }
  requireTextIsEmail(): this {
    return this.#require('TEXT_IS_VALID_EMAIL');
  }
  requireTextIsUrl(): this {
    return this.#require('TEXT_IS_VALID_URL');
  }
  requireValueInList(values: string[], showDropdown = true): this {
    return this.#require('VALUE_IN_LIST', values.map(String), showDropdown);
  }
  requireValueInRange(range: GasRange, showDropdown = true): this {
    return this.#require('VALUE_IN_RANGE', range, showDropdown);
  }
  setAllowInvalid(allowInvalidData: boolean): this {
    this.#spec.allowInvalid = Boolean(allowInvalidData);
    return this;
  }
  setHelpText(helpText: string): this {
    this.#spec.helpText = String(helpText);
    return this;
  }
  withCriteria(criteria: GoogleAppsScript.Spreadsheet.DataValidationCriteria, args: unknown[]): this {
    return this.#require(String(criteria), ...args);
  }
}

/**
 * Whether a value a user typed passes a rule (the playground refuses it when the rule does not
 * allow invalid data). Criteria needing formulas or ranges are accepted.
 */
export function acceptsValue(spec: ValidationSpec, value: CellScalar, listFromRange?: CellScalar[]): boolean {
  if (value === '') return true;
  const text = String(value);
  switch (spec.criteria) {
    case 'VALUE_IN_LIST':
      return Array.isArray(spec.values[0]) && spec.values[0].map(String).includes(text);
    case 'VALUE_IN_RANGE':
      return listFromRange === undefined || listFromRange.map(String).includes(text);
    case 'CHECKBOX':
      return spec.values.length === 0 ? typeof value === 'boolean' : spec.values.map(String).includes(text);
    default:
      return meetsCriterion(spec.criteria, spec.values, value) ?? true;
  }
}
