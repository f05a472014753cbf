// Text a user typed goes into cells as text, never as a formula or a number: Sheets parses a
// written string as if typed, so "=IMPORTXML(...)" would run and "+1" would become 1. A
// leading apostrophe makes Sheets store the rest as literal text (the apostrophe is not kept).
export function asText(value: string): string {
  return `'${value}`;
}
