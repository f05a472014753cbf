// What a cell holds, and how raw input (setValue, or a user typing) becomes cell content.

export type CellScalar = number | string | boolean;

export type CellContent =
  { kind: 'empty' } | { kind: 'value'; value: CellScalar; numberFormat?: string } | { kind: 'formula'; formula: string };

const MS_PER_DAY = 86_400_000;
// Sheets (like Excel with the 1900 bug corrected) counts days from 1899-12-30.
const SERIAL_EPOCH_MS = Date.UTC(1899, 11, 30);

/** Cross-realm Date check: values may come from the add-on's vm context. */
export function isDateObject(value: unknown): value is Date {
  return Object.prototype.toString.call(value) === '[object Date]';
}

/**
 * A value add-on code gave where Sheets wants text, converted as Apps Script converts it: a string
 * as it is, anything else by JavaScript's String(), an object by its own toString (a Date's, an
 * array's) or, lacking one, as '[object Object]', which Sheets then shows too.
 */
export function textOf(value: unknown): string {
  if (typeof value === 'string') return value;
  if ((typeof value === 'object' && value !== null) || typeof value === 'function') {
    // eslint-disable-next-line @typescript-eslint/no-base-to-string -- '[object Object]' is what Apps Script writes too
    return String(value);
  }
  return String(value);
}

/** Date to a Sheets serial number. Time zone: UTC (the emulated spreadsheet's zone). */
export function dateToSerial(date: Date): number {
  return (date.getTime() - SERIAL_EPOCH_MS) / MS_PER_DAY;
}

export function serialToDate(serial: number): Date {
  return new Date(Math.round(SERIAL_EPOCH_MS + serial * MS_PER_DAY));
}

/** True when a number format shows dates or times, so getValue returns a Date as Sheets does. */
export function isDateFormat(numberFormat: string | undefined): boolean {
  if (!numberFormat) return false;
  const stripped = numberFormat
    .replace(/"[^"]*"/g, '')
    .replace(/\[[^\]]*\]/g, '')
    .replace(/\\./g, '');
  return /[ydhs]/i.test(stripped) || /m{3,}/i.test(stripped);
}

export const DEFAULT_DATE_FORMAT = 'M/d/yyyy';
export const DEFAULT_DATETIME_FORMAT = 'M/d/yyyy H:mm:ss';

const NUMBER_TEXT = /^[+-]?(\d{1,3}(,\d{3})+|\d+)?(\.\d+)?([eE][+-]?\d+)?$/;
const ISO_DATE = /^(\d{4})-(\d{1,2})-(\d{1,2})$/;

/**
 * Interprets a value given to setValue/setValues, or text a user types, the way Sheets does:
 * "=..." is a formula, a leading apostrophe forces text (and is dropped), numeric, percent,
 * currency, boolean and ISO date text become typed values, Dates become date serials.
 */
export function parseInput(input: unknown): CellContent {
  if (input === null || input === undefined || input === '') return { kind: 'empty' };
  if (typeof input === 'number') {
    return Number.isFinite(input) ? { kind: 'value', value: input } : { kind: 'value', value: String(input) };
  }
  if (typeof input === 'boolean') return { kind: 'value', value: input };
  if (isDateObject(input)) {
    const serial = dateToSerial(input);
    const hasTime = serial !== Math.floor(serial);
    return { kind: 'value', value: serial, numberFormat: hasTime ? DEFAULT_DATETIME_FORMAT : DEFAULT_DATE_FORMAT };
  }
  if (typeof input !== 'string') return { kind: 'value', value: textOf(input) };
  if (input.startsWith('=') && input.length > 1) return { kind: 'formula', formula: input };
  if (input.startsWith("'")) {
    const text = input.slice(1);
    return text === '' ? { kind: 'empty' } : { kind: 'value', value: text };
  }
  return parseTypedText(input);
}

function parseTypedText(text: string): CellContent {
  const trimmed = text.trim();
  const upper = trimmed.toUpperCase();
  if (upper === 'TRUE' || upper === 'FALSE') return { kind: 'value', value: upper === 'TRUE' };
  if (trimmed !== '' && NUMBER_TEXT.test(trimmed) && /\d/.test(trimmed)) {
    return { kind: 'value', value: Number(trimmed.replace(/,/g, '')) };
  }
  const percent = /^(.+)%$/.exec(trimmed);
  if (percent && NUMBER_TEXT.test(percent[1]) && /\d/.test(percent[1])) {
    return { kind: 'value', value: Number(percent[1].replace(/,/g, '')) / 100, numberFormat: '0%' };
  }
  const currency = /^(-?)\$(.+)$/.exec(trimmed);
  if (currency && NUMBER_TEXT.test(currency[2]) && /\d/.test(currency[2])) {
    const n = Number(currency[2].replace(/,/g, '')) * (currency[1] ? -1 : 1);
    return { kind: 'value', value: n, numberFormat: '$#,##0.00' };
  }
  const iso = ISO_DATE.exec(trimmed);
  if (iso) {
    const [y, m, d] = [Number(iso[1]), Number(iso[2]), Number(iso[3])];
    const date = new Date(Date.UTC(y, m - 1, d));
    if (date.getUTCMonth() === m - 1 && date.getUTCDate() === d) {
      return { kind: 'value', value: dateToSerial(date), numberFormat: 'yyyy-mm-dd' };
    }
  }
  return { kind: 'value', value: text };
}
