// Apps Script measures property quotas in bytes; strings here are UTF-16. Counted by hand:
// TextEncoder is not part of Apps Script's V8 globals.

/** Any character outside ASCII (each ASCII character is one byte). */
const BEYOND_ASCII = /[\u0080-\uffff]/;

export function utf8Bytes(text: string): number {
  // Most of the store is ASCII JSON: its length is its size, without a loop over its characters.
  if (!BEYOND_ASCII.test(text)) return text.length;
  let bytes = 0;
  for (const ch of text) {
    // A character is one UTF-16 unit, or two (a surrogate pair: a code point above U+FFFF).
    const code = ch.charCodeAt(0);
    bytes += ch.length === 2 ? 4 : code < 0x80 ? 1 : code < 0x800 ? 2 : 3;
  }
  return bytes;
}

/** Pieces of at most maxBytes each, never splitting a character. */
export function splitUtf8(text: string, maxBytes: number): string[] {
  const pieces: string[] = [];
  let piece = '';
  let size = 0;
  for (const ch of text) {
    const n = utf8Bytes(ch);
    if (size + n > maxBytes) {
      pieces.push(piece);
      piece = '';
      size = 0;
    }
    piece += ch;
    size += n;
  }
  pieces.push(piece);
  return pieces;
}
