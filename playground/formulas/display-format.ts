// Best-effort rendering of a value under a Sheets number format (for getDisplayValues and the grid).
// Covers the common patterns: general, 0, 0.00, #,##0, percent, currency prefixes/suffixes,
// quoted literals, and date/time patterns. Anything fancier falls back to the general format.

import { isDateFormat, serialToDate, textOf } from './cell-values';

export function formatGeneral(value: number): string {
  if (Number.isInteger(value)) return String(value);
  const text = String(Number(value.toPrecision(10)));
  return text;
}

export function formatForDisplay(value: unknown, numberFormat?: string): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  if (typeof value !== 'number') return textOf(value);
  if (!numberFormat || numberFormat === 'General' || numberFormat === '@') return formatGeneral(value);
  if (isDateFormat(numberFormat)) return formatSheetsDate(serialToDate(value), numberFormat);
  return formatNumberPattern(value, numberFormat);
}

function formatNumberPattern(value: number, pattern: string): string {
  const sections = splitSections(pattern);
  let section = sections[0];
  let n = value;
  if (value < 0 && sections.length > 1) {
    section = sections[1];
    n = -value;
  } else if (value === 0 && sections.length > 2) {
    section = sections[2];
  }
  const firstDigit = section.search(/[0#?]/);
  if (firstDigit < 0) return section.replace(/"/g, '');
  let lastDigit = firstDigit;
  for (let i = section.length - 1; i >= 0; i--) {
    if (/[0#?]/.test(section[i])) {
      lastDigit = i;
      break;
    }
  }
  const prefix = unquote(section.slice(0, firstDigit));
  const core = section.slice(firstDigit, lastDigit + 1);
  const suffix = unquote(section.slice(lastDigit + 1));
  const percent = section.includes('%');
  if (percent) n *= 100;
  const dot = core.indexOf('.');
  const decimals = dot >= 0 ? core.slice(dot + 1).replace(/[^0#?]/g, '').length : 0;
  const minDecimals = dot >= 0 ? core.slice(dot + 1).replace(/[^0]/g, '').length : 0;
  const grouping = core.includes(',');
  const sign = n < 0 ? '-' : '';
  let [intPart, fracPart = ''] = Math.abs(n).toFixed(decimals).split('.');
  fracPart = fracPart.replace(/0+$/, '').padEnd(minDecimals, '0');
  const intDigitsRequired = (dot >= 0 ? core.slice(0, dot) : core).replace(/[^0]/g, '').length;
  if (intPart === '0' && intDigitsRequired === 0) intPart = '';
  if (grouping) intPart = intPart.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  const body = fracPart ? `${intPart}.${fracPart}` : intPart;
  return `${sign}${prefix}${body}${suffix}`;
}

function splitSections(pattern: string): string[] {
  const out: string[] = [];
  let current = '';
  let quoted = false;
  for (const ch of pattern) {
    if (ch === '"') quoted = !quoted;
    if (ch === ';' && !quoted) {
      out.push(current);
      current = '';
    } else current += ch;
  }
  out.push(current);
  return out;
}

function unquote(text: string): string {
  return text
    .replace(/\[\$([^-\]]*)[^\]]*\]/g, '$1')
    .replace(/"([^"]*)"/g, '$1')
    .replace(/\\(.)/g, '$1');
}

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const DAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];

/** Sheets date pattern (yyyy, mm, dd, mmm, h, hh, ss, am/pm); "m" after h or before s means minutes. */
export function formatSheetsDate(date: Date, pattern: string): string {
  const tokens = pattern.match(/"[^"]*"|yyyy|yy|mmmm|mmm|mm|m|dddd|ddd|dd|d|hh|h|ss|s|am\/pm|AM\/PM|./gi) ?? [];
  const hasAmPm = tokens.some((t) => t.toLowerCase() === 'am/pm');
  const pad = (n: number) => String(n).padStart(2, '0');
  let out = '';
  tokens.forEach((token, i) => {
    const lower = token.toLowerCase();
    const prev =
      tokens
        .slice(0, i)
        .reverse()
        .find((t) => /^[a-z]/i.test(t))
        ?.toLowerCase() ?? '';
    const next =
      tokens
        .slice(i + 1)
        .find((t) => /^[a-z]/i.test(t))
        ?.toLowerCase() ?? '';
    const minutes = (lower === 'm' || lower === 'mm') && (prev.startsWith('h') || next.startsWith('s'));
    const hours24 = date.getUTCHours();
    const hours = hasAmPm ? ((hours24 + 11) % 12) + 1 : hours24;
    switch (lower) {
      case 'yyyy':
        out += String(date.getUTCFullYear());
        break;
      case 'yy':
        out += pad(date.getUTCFullYear() % 100);
        break;
      case 'mmmm':
        out += MONTHS[date.getUTCMonth()];
        break;
      case 'mmm':
        out += MONTHS[date.getUTCMonth()].slice(0, 3);
        break;
      case 'mm':
        out += minutes ? pad(date.getUTCMinutes()) : pad(date.getUTCMonth() + 1);
        break;
      case 'm':
        out += minutes ? String(date.getUTCMinutes()) : String(date.getUTCMonth() + 1);
        break;
      case 'dddd':
        out += DAYS[date.getUTCDay()];
        break;
      case 'ddd':
        out += DAYS[date.getUTCDay()].slice(0, 3);
        break;
      case 'dd':
        out += pad(date.getUTCDate());
        break;
      case 'd':
        out += String(date.getUTCDate());
        break;
      case 'hh':
        out += pad(hours);
        break;
      case 'h':
        out += String(hours);
        break;
      case 'ss':
        out += pad(date.getUTCSeconds());
        break;
      case 's':
        out += String(date.getUTCSeconds());
        break;
      case 'am/pm':
        out += hours24 < 12 ? 'AM' : 'PM';
        break;
      default:
        out += token.startsWith('"') ? token.slice(1, -1) : token;
    }
  });
  return out;
}
