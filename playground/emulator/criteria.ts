// Criteria values of validations and conditional formats, stored JSON-safe: ranges and dates are
// tagged objects in the model and become Range/Date objects again when the add-on reads them.

import { isDateObject, textOf } from '../formulas/cell-values';
import type { CriteriaValue } from '../formulas/sheet-model';
import type { EmulatorContext } from './context';
import { RangeFacade, toRangeRef } from './range';

export function toCriteriaValue(value: unknown): CriteriaValue {
  if (value instanceof RangeFacade) return { range: toRangeRef(value) };
  if (isDateObject(value)) return { date: value.toISOString() };
  if (Array.isArray(value)) return value.map(toCriteriaValue);
  if (value === undefined || value === null) return null;
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') return value;
  return textOf(value);
}

export function fromCriteriaValue(ctx: EmulatorContext, value: CriteriaValue): unknown {
  if (Array.isArray(value)) return value.map((v) => fromCriteriaValue(ctx, v));
  if (value !== null && typeof value === 'object') {
    if ('range' in value) return new RangeFacade(ctx, value.range.sheetId, value.range);
    return new Date(value.date);
  }
  return value;
}

/** Enum-like object whose values are their own names (how the emulator represents Apps Script enums). */
export function enumOf<const T extends string>(names: readonly T[]): { readonly [K in T]: K } {
  return Object.freeze(Object.fromEntries(names.map((n) => [n, n]))) as { readonly [K in T]: K };
}
