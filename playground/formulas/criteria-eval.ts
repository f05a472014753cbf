// The one evaluator of the criteria that data validations and conditional formats share
// (NUMBER_*, TEXT_*, CELL_EMPTY …): whether a cell's value meets one. Both agree on two choices
// Google's documentation leaves open (listed in playground/emulator/README.md): "between"
// takes its bounds in either order, and text comparisons ignore case, as Sheets' own = does.
import type { CellScalar } from './cell-values';

/** true or false for the criteria evaluated here; undefined for the rest (lists, formulas, dates). */
export function meetsCriterion(type: string, values: readonly unknown[], value: CellScalar): boolean | undefined {
  const [a, b] = values.map((v) => (typeof v === 'number' || typeof v === 'string' ? v : Number.NaN));
  const n = typeof value === 'number' ? value : Number.NaN;
  const low = Math.min(Number(a), Number(b));
  const high = Math.max(Number(a), Number(b));
  const text = String(value).toLowerCase();
  const needle = String(a).toLowerCase();
  switch (type) {
    case 'CELL_EMPTY':
      return value === '';
    case 'CELL_NOT_EMPTY':
      return value !== '';
    case 'NUMBER_BETWEEN':
      return n >= low && n <= high;
    case 'NUMBER_NOT_BETWEEN':
      return !Number.isNaN(n) && !(n >= low && n <= high);
    case 'NUMBER_EQUAL_TO':
      return n === Number(a);
    case 'NUMBER_NOT_EQUAL_TO':
      return !Number.isNaN(n) && n !== Number(a);
    case 'NUMBER_GREATER_THAN':
      return n > Number(a);
    case 'NUMBER_GREATER_THAN_OR_EQUAL_TO':
      return n >= Number(a);
    case 'NUMBER_LESS_THAN':
      return n < Number(a);
    case 'NUMBER_LESS_THAN_OR_EQUAL_TO':
      return n <= Number(a);
    case 'TEXT_EQUAL_TO':
      return text === needle;
    case 'TEXT_NOT_EQUAL_TO':
      return text !== needle;
    case 'TEXT_CONTAINS':
      return text.includes(needle);
    case 'TEXT_DOES_NOT_CONTAIN':
      return !text.includes(needle);
    case 'TEXT_STARTS_WITH':
      return text.startsWith(needle);
    case 'TEXT_ENDS_WITH':
      return text.endsWith(needle);
    case 'TEXT_IS_VALID_EMAIL':
      return /^[^@\s]+@[^@\s]+\.[^@\s]+$/.test(String(value));
    case 'TEXT_IS_VALID_URL':
      return /^https?:\/\/\S+$/.test(String(value));
    default:
      return undefined;
  }
}
