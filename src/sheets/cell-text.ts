// Text a user typed goes into cells as text, never as a formula or a number: Sheets parses a
// written string as if typed, so "=IMPORTXML(...)" would run and "+1" would become 1. A
// leading apostrophe makes Sheets store the rest as literal text (the apostrophe is not kept).
export function asText(value: string): string {
  return `'${value}`;
}

/** A cell's value as text, '' for none. Sheets reads a string, a number, a boolean or a date (of
 * any realm: by its tag), each as String() writes it; no cell holds any other object (one would
 * read as its tag, '[object Object]', as String() writes it). */
export function cellText(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean' || typeof value === 'bigint' || typeof value === 'symbol') {
    return value.toString();
  }
  const tag = Object.prototype.toString.call(value);
  return tag === '[object Date]' ? (value as Date).toString() : tag;
}
