// The seal store's budget counts properties in UTF-8 bytes, by hand (no TextEncoder in Apps
// Script): the count must be the bytes an encoder gives, for ASCII (its fast path) and beyond.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { splitUtf8, utf8Bytes } from '../../src/server/sealed/utf8';
import { runs } from '../support/runs';

const encoded = (text: string) => new TextEncoder().encode(text).length;

describe('utf8Bytes', () => {
  it('counts what a UTF-8 encoder writes, ASCII or not', () => {
    const text = fc.oneof(fc.string({ unit: 'binary-ascii' }), fc.string({ unit: 'grapheme' }), fc.string({ unit: 'binary' }));
    fc.assert(
      fc.property(text, (t) => {
        expect(utf8Bytes(t)).toBe(encoded(t));
      }),
      { numRuns: runs(2000) },
    );
  });

  it.each([
    ['ASCII JSON', '{"candidate":"Ana"}', 19],
    ['accented', 'Zoë', 4],
    ['CJK', '李', 3],
    ['beyond U+FFFF', '😀', 4],
  ])('counts %s', (_what, text, bytes) => {
    expect(utf8Bytes(text)).toBe(bytes);
  });

  it('splits without passing the limit or losing a character', () => {
    const text = 'a😀é'.repeat(50);
    const pieces = splitUtf8(text, 7);
    expect(pieces.join('')).toBe(text);
    expect(Math.max(...pieces.map(utf8Bytes))).toBeLessThanOrEqual(7);
  });
});
