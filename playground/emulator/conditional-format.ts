// SpreadsheetApp.newConditionalFormatRule() builder and rules, recorded as specs on the sheet.

import type { RangeArg } from './host-types';
import type { ConditionalRuleSpec, TextFormatSpec } from '../formulas/sheet-model';
import type { EmulatorContext } from './context';
import { enumOf, fromCriteriaValue, toCriteriaValue } from './criteria';
import { RangeFacade, toRangeRef } from './range';

export const BooleanCriteria = enumOf([
  'CELL_EMPTY',
  'CELL_NOT_EMPTY',
  'DATE_AFTER',
  'DATE_BEFORE',
  'DATE_EQUAL_TO',
  'DATE_NOT_EQUAL_TO',
  'DATE_AFTER_RELATIVE',
  'DATE_BEFORE_RELATIVE',
  'DATE_EQUAL_TO_RELATIVE',
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
  'TEXT_NOT_EQUAL_TO',
  'TEXT_STARTS_WITH',
  'TEXT_ENDS_WITH',
  'CUSTOM_FORMULA',
] as const);

/** The condition and formatting of a boolean rule (ConditionalFormatRule.getBooleanCondition()). */
export class BooleanConditionFacade {
  static readonly apiName = 'BooleanCondition';
  readonly #ctx: EmulatorContext;
  readonly #spec: ConditionalRuleSpec;

  constructor(ctx: EmulatorContext, spec: ConditionalRuleSpec) {
    this.#ctx = ctx;
    this.#spec = spec;
  }
  getCriteriaType(): string {
    return this.#spec.condition?.type ?? '';
  }
  getCriteriaValues(): unknown[] {
    return (this.#spec.condition?.values ?? []).map((v) => fromCriteriaValue(this.#ctx, v));
  }
  getBackground(): string | null {
    return this.#spec.format.background ?? null;
  }
  getFontColor(): string | null {
    return this.#spec.format.fontColor ?? null;
  }
  getBold(): boolean | null {
    return this.#spec.format.bold ?? null;
  }
  getItalic(): boolean | null {
    return this.#spec.format.italic ?? null;
  }
  getStrikethrough(): boolean | null {
    return this.#spec.format.strikethrough ?? null;
  }
  getUnderline(): boolean | null {
    return this.#spec.format.underline ?? null;
  }
}

export class ConditionalFormatRuleFacade {
  static readonly apiName = 'ConditionalFormatRule';
  readonly #ctx: EmulatorContext;
  readonly #spec: ConditionalRuleSpec;

  /** `live` (behaviour builderBuild 'live'): the rule shares the builder's state. */
  constructor(ctx: EmulatorContext, spec: ConditionalRuleSpec, live = false) {
    this.#ctx = ctx;
    this.#spec = live ? spec : structuredClone(spec);
  }

  static specOf(rule: unknown): ConditionalRuleSpec {
    if (!(rule instanceof ConditionalFormatRuleFacade)) throw new Error('Invalid argument: rule');
    return structuredClone(rule.#spec);
  }

  copy(): ConditionalFormatRuleBuilderFacade {
    return new ConditionalFormatRuleBuilderFacade(this.#ctx, this.#spec);
  }
  getBooleanCondition(): BooleanConditionFacade | null {
    return this.#spec.condition ? new BooleanConditionFacade(this.#ctx, this.#spec) : null;
  }
  getGradientCondition(): null {
    return null;
  }
  getRanges(): RangeFacade[] {
    return this.#spec.ranges.map((ref) => new RangeFacade(this.#ctx, ref.sheetId, ref));
  }
}

export class ConditionalFormatRuleBuilderFacade {
  static readonly apiName = 'ConditionalFormatRuleBuilder';
  readonly #ctx: EmulatorContext;
  readonly #spec: ConditionalRuleSpec;

  constructor(ctx: EmulatorContext, spec?: ConditionalRuleSpec) {
    this.#ctx = ctx;
    this.#spec = spec ? structuredClone(spec) : { ranges: [], condition: null, format: {} };
  }

  #when(type: string, ...values: unknown[]): this {
    this.#spec.condition = { type, values: values.map(toCriteriaValue) };
    return this;
  }
  #format<K extends keyof TextFormatSpec>(key: K, value: TextFormatSpec[K]): this {
    this.#spec.format[key] = value;
    return this;
  }

  build(): ConditionalFormatRuleFacade {
    return new ConditionalFormatRuleFacade(this.#ctx, this.#spec, this.#ctx.behaviour.builderBuild === 'live');
  }
  copy(): ConditionalFormatRuleBuilderFacade {
    return new ConditionalFormatRuleBuilderFacade(this.#ctx, this.#spec);
  }
  getBooleanCondition(): BooleanConditionFacade | null {
    return this.#spec.condition ? new BooleanConditionFacade(this.#ctx, structuredClone(this.#spec)) : null;
  }
  getGradientCondition(): null {
    return null;
  }
  getRanges(): RangeFacade[] {
    return this.#spec.ranges.map((ref) => new RangeFacade(this.#ctx, ref.sheetId, ref));
  }
  setRanges(ranges: RangeArg[]): this {
    this.#spec.ranges = ranges.map(toRangeRef);
    return this;
  }
  setBackground(color: string | null): this {
    return this.#format('background', color);
  }
  setFontColor(color: string | null): this {
    return this.#format('fontColor', color);
  }
  setBold(bold: boolean | null): this {
    return this.#format('bold', bold);
  }
  setItalic(italic: boolean | null): this {
    return this.#format('italic', italic);
  }
  setStrikethrough(strikethrough: boolean | null): this {
    return this.#format('strikethrough', strikethrough);
  }
  setUnderline(underline: boolean | null): this {
    return this.#format('underline', underline);
  }
  whenCellEmpty(): this {
    return this.#when('CELL_EMPTY');
  }
  whenCellNotEmpty(): this {
    return this.#when('CELL_NOT_EMPTY');
  }
  whenFormulaSatisfied(formula: string): this {
    return this.#when('CUSTOM_FORMULA', formula);
  }
  whenNumberBetween(start: number, end: number): this {
    return this.#when('NUMBER_BETWEEN', start, end);
  }
  whenNumberEqualTo(number: number): this {
    return this.#when('NUMBER_EQUAL_TO', number);
  }
  whenNumberGreaterThan(number: number): this {
    return this.#when('NUMBER_GREATER_THAN', number);
  }
  whenNumberGreaterThanOrEqualTo(number: number): this {
    return this.#when('NUMBER_GREATER_THAN_OR_EQUAL_TO', number);
  }
  whenNumberLessThan(number: number): this {
    return this.#when('NUMBER_LESS_THAN', number);
  }
  whenNumberLessThanOrEqualTo(number: number): this {
    return this.#when('NUMBER_LESS_THAN_OR_EQUAL_TO', number);
  }
  whenNumberNotBetween(start: number, end: number): this {
    return this.#when('NUMBER_NOT_BETWEEN', start, end);
  }
  whenNumberNotEqualTo(number: number): this {
    return this.#when('NUMBER_NOT_EQUAL_TO', number);
  }
  whenTextContains(text: string): this {
    return this.#when('TEXT_CONTAINS', text);
  }
  whenTextDoesNotContain(text: string): this {
    return this.#when('TEXT_DOES_NOT_CONTAIN', text);
  }
  whenTextEndsWith(text: string): this {
    return this.#when('TEXT_ENDS_WITH', text);
  }
  whenTextEqualTo(text: string): this {
    return this.#when('TEXT_EQUAL_TO', text);
  }
  whenTextStartsWith(text: string): this {
    return this.#when('TEXT_STARTS_WITH', text);
  }
}
