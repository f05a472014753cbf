// Utilities: formatDate (Java SimpleDateFormat subset), formatString, getUuid, base64, sleep.

import { randomUUID } from 'node:crypto';
import { isDateObject } from '../formulas/cell-values';

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const DAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];

interface ZonedParts {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
  weekday: number;
  offsetMinutes: number;
}

function zonedParts(date: Date, timeZone: string): ZonedParts {
  const format = new Intl.DateTimeFormat('en-US', {
    timeZone: normalizeZone(timeZone),
    hourCycle: 'h23',
    year: 'numeric',
    month: 'numeric',
    day: 'numeric',
    hour: 'numeric',
    minute: 'numeric',
    second: 'numeric',
    weekday: 'short',
  });
  const parts = Object.fromEntries(format.formatToParts(date).map((p) => [p.type, p.value]));
  const wall = Date.UTC(
    Number(parts.year),
    Number(parts.month) - 1,
    Number(parts.day),
    Number(parts.hour),
    Number(parts.minute),
    Number(parts.second),
  );
  return {
    year: Number(parts.year),
    month: Number(parts.month),
    day: Number(parts.day),
    hour: Number(parts.hour),
    minute: Number(parts.minute),
    second: Number(parts.second),
    weekday: ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'].indexOf(parts.weekday),
    offsetMinutes: Math.round((wall - Math.floor(date.getTime() / 1000) * 1000) / 60_000),
  };
}

/** Accepts IANA names and "GMT+2"/"GMT-05:00" style zones. */
function normalizeZone(timeZone: string): string {
  const gmt = /^(?:GMT|UTC)([+-])(\d{1,2})(?::?(\d{2}))?$/i.exec(timeZone);
  if (!gmt) return timeZone;
  if (gmt[3] && gmt[3] !== '00') throw new Error(`Unsupported time zone: ${timeZone}`);
  // Etc/GMT signs are inverted.
  return `Etc/GMT${gmt[1] === '+' ? '-' : '+'}${Number(gmt[2])}`;
}

export function formatJavaDate(date: Date, timeZone: string, pattern: string): string {
  const p = zonedParts(date, timeZone);
  const pad = (n: number, width: number) => String(n).padStart(width, '0');
  const tokens = pattern.match(/'[^']*'|''|([A-Za-z])\1*|./g) ?? [];
  return tokens
    .map((token) => {
      if (token === "''") return "'";
      if (token.startsWith("'")) return token.slice(1, -1);
      const n = token.length;
      switch (token[0]) {
        case 'y':
          return n === 2 ? pad(p.year % 100, 2) : pad(p.year, n);
        case 'M':
          return n >= 4 ? MONTHS[p.month - 1] : n === 3 ? MONTHS[p.month - 1].slice(0, 3) : pad(p.month, n);
        case 'd':
          return pad(p.day, n);
        case 'H':
          return pad(p.hour, n);
        case 'h':
          return pad(((p.hour + 11) % 12) + 1, n);
        case 'm':
          return pad(p.minute, n);
        case 's':
          return pad(p.second, n);
        case 'S':
          return pad(date.getUTCMilliseconds(), n);
        case 'a':
          return p.hour < 12 ? 'AM' : 'PM';
        case 'E':
          return n >= 4 ? DAYS[p.weekday] : DAYS[p.weekday].slice(0, 3);
        case 'u':
          return String(p.weekday === 0 ? 7 : p.weekday);
        case 'Z':
        case 'X': {
          const sign = p.offsetMinutes < 0 ? '-' : '+';
          const abs = Math.abs(p.offsetMinutes);
          if (token[0] === 'X' && abs === 0) return 'Z';
          const sep = token[0] === 'X' && n >= 3 ? ':' : '';
          return `${sign}${pad(Math.floor(abs / 60), 2)}${sep}${pad(abs % 60, 2)}`;
        }
        case 'z':
          return timeZone;
        default:
          return token;
      }
    })
    .join('');
}

export class UtilitiesFacade {
  static readonly apiName = 'Utilities';

  formatDate(date: GoogleAppsScript.Base.Date, timeZone: string, format: string): string {
    if (!isDateObject(date)) throw new Error("The parameters don't match the method signature for Utilities.formatDate.");
    return formatJavaDate(date, String(timeZone), String(format));
  }
  /** printf-style: %s, %d, %f, %.2f, %%. */
  formatString(template: string, ...args: unknown[]): string {
    let i = 0;
    return String(template).replace(/%(\.\d+)?([sdif%])/g, (match, precision: string | undefined, kind: string) => {
      if (kind === '%') return '%';
      const value = args[i++];
      if (kind === 's') return String(value);
      if (kind === 'd' || kind === 'i') return String(Math.trunc(Number(value)));
      return precision ? Number(value).toFixed(Number(precision.slice(1))) : String(Number(value));
    });
  }
  getUuid(): string {
    return randomUUID();
  }
  base64Encode(data: string | number[], _charset?: GoogleAppsScript.Utilities.Charset): string {
    return typeof data === 'string'
      ? Buffer.from(data, 'utf8').toString('base64')
      : Buffer.from(data.map((b) => b & 0xff)).toString('base64');
  }
  base64Decode(encoded: string, _charset?: GoogleAppsScript.Utilities.Charset): number[] {
    return [...Buffer.from(String(encoded), 'base64')].map((b) => (b > 127 ? b - 256 : b));
  }
  /** No time passes in the emulator. */
  sleep(_milliseconds: number): void {}
}
