// What Sheets can hand a custom function, and worse: numbers, text, blanks, booleans, dates,
// ranges of any shape, and inputs no sheet would send (nested, ragged, objects). Also the
// hostile pieces the hardening tests throw at every endpoint: numbers at the edges of a double,
// very long text, unicode that trips naive code, and keys that reach Object.prototype.
import fc from 'fast-check';

const words = [
  'junior',
  'mid',
  'senior',
  'sr',
  'asia',
  'latam',
  'us',
  'ai',
  'ml',
  'backend',
  'low',
  'mid',
  'high',
  'range',
  'weeks',
  'months',
  'mvp',
  'saas',
  'api',
  'mobile',
  'hourly',
  'monthly',
  'agency',
  'salary',
  'project',
  'timeline',
  'loaded',
  'badhire',
  'north america',
];

/** Keys that reach a prototype when code merges or indexes objects carelessly; also tried as text. */
export const PROTOTYPE_KEYS = [
  '__proto__',
  'constructor',
  'prototype',
  'toString',
  'valueOf',
  'hasOwnProperty',
  '__defineGetter__',
  'then',
] as const;

/** Numbers at the edges of what a double holds, and the ones JSON cannot carry. */
export const extremeNumber = fc.constantFrom(
  Number.MAX_VALUE,
  -Number.MAX_VALUE,
  Number.MIN_VALUE,
  -Number.MIN_VALUE,
  Number.MAX_SAFE_INTEGER,
  Number.MIN_SAFE_INTEGER,
  2 ** 53 + 2,
  1e308,
  -1e308,
  1e-308,
  1e21,
  1e-7,
  0.1 + 0.2,
  -0,
  Infinity,
  -Infinity,
  NaN,
);

/** Unicode that trips naive code: direction overrides, zero-width and combining marks, emoji sequences, lone surrogates, NUL, full-width letters. */
const TRICKY_UNICODE = [
  '\u202Esenior',
  'sen\u200Bior',
  'se\u0301nior',
  '👩‍💻',
  '🇺🇸',
  '\uD800',
  '\uDC00x',
  '\u0000',
  'ｓｅｎｉｏｒ',
  '\uFEFFmid',
  'İstanbul',
  'straße',
  'line\nbreak',
  '\t',
  '\u00A0senior\u00A0',
  '\u2028',
  '𝟘',
  'Ω',
  'مرحبا',
  '中文',
];
export const unicodeText = fc.oneof(
  fc.constantFrom(...TRICKY_UNICODE),
  fc.string({ unit: 'grapheme', maxLength: 12 }),
  // Any code point, lone surrogate halves included (a custom unit: fast-check's 'binary' unit costs ~1 s to set up).
  fc.string({ unit: fc.integer({ min: 0, max: 0x10ffff }).map((code) => String.fromCodePoint(code)), maxLength: 12 }),
);

/** Very long text, made by repeating a short piece (a 60,000-character string costs nothing to build). */
export const longText = fc
  .tuple(
    fc.oneof(fc.constantFrom('senior', 'a', '€', '👩‍💻', '=1+', '<b>', ' '), fc.string({ minLength: 1, maxLength: 4 })),
    fc.integer({ min: 1_000, max: 60_000 }),
  )
  .map(([piece, length]) => piece.repeat(Math.ceil(length / piece.length)).slice(0, length));

/** Text a person (or an attacker) might type anywhere. */
export const hostileText = fc.oneof(
  { weight: 8, arbitrary: fc.string({ maxLength: 40 }) },
  { weight: 4, arbitrary: unicodeText },
  { weight: 1, arbitrary: longText },
  {
    weight: 4,
    arbitrary: fc.constantFrom(
      ...PROTOTYPE_KEYS,
      '',
      ' ',
      '0',
      '-1',
      '1e400',
      '=SUM(A1)',
      '+1',
      '-2',
      '@all',
      'TRUE',
      '50%',
      '$1,000',
      '2026-05-01',
      'undefined',
      'null',
      'NaN',
      'Infinity',
      '<img src=x onerror=alert(1)>',
    ),
  },
);

export const cell = fc.oneof(
  fc.constantFrom(...words),
  fc.double({ noNaN: false }),
  fc.integer({ min: -10, max: 300000 }),
  extremeNumber,
  hostileText,
  fc.boolean(),
  fc.date({ noInvalidDate: false }),
  fc.constant(undefined),
  fc.constant(null),
);

/** A plain object whose own keys may be __proto__, constructor or prototype, as JSON.parse makes them. */
export function objectWithKeys<T>(value: fc.Arbitrary<T>): fc.Arbitrary<Record<string, T>> {
  const key = fc.oneof(fc.constantFrom(...PROTOTYPE_KEYS), fc.string({ maxLength: 10 }), longText);
  // Object.fromEntries defines own properties: "__proto__" stays a key instead of replacing the prototype.
  return fc.array(fc.tuple(key, value), { maxLength: 4 }).map((entries) => Object.fromEntries(entries));
}

const range = fc
  .tuple(fc.integer({ min: 1, max: 4 }), fc.integer({ min: 1, max: 3 }))
  .chain(([rows, cols]) => fc.array(fc.array(cell, { minLength: cols, maxLength: cols }), { minLength: rows, maxLength: rows }));

const hostile = fc.oneof(
  fc.array(fc.array(cell, { maxLength: 3 }), { maxLength: 3 }), // ragged or empty
  fc.array(fc.array(fc.array(cell, { maxLength: 2 }), { minLength: 1, maxLength: 2 }), { minLength: 1, maxLength: 2 }), // nested
  fc.array(cell, { maxLength: 3 }), // one-dimensional
  fc.object(),
  objectWithKeys(cell),
  fc.array(fc.array(objectWithKeys(cell), { minLength: 1, maxLength: 2 }), { minLength: 1, maxLength: 2 }), // objects in cells
);

/** One argument as Sheets (or an attacker) might pass it. */
export const argument = fc.oneof({ weight: 6, arbitrary: cell }, { weight: 3, arbitrary: range }, { weight: 1, arbitrary: hostile });

const CARD_HEADERS = ['kind', 'key', 'region', 'spec', 'low', 'high'];

/** A rate card: usually well-formed, sometimes not. */
export const rateCard = fc.oneof(
  fc.constant(undefined),
  fc
    .array(
      fc.tuple(fc.constantFrom('hourly', 'monthly', 'project', 'timeline', 'salary', 'agency', 'daily'), cell, cell, cell, cell, cell),
      { maxLength: 4 },
    )
    .map((rows) => [CARD_HEADERS, ...rows]),
  // Well-formed keys with amounts at the edges: a huge figure must not come back as Infinity.
  fc
    .array(
      fc.tuple(
        fc.constantFrom('hourly', 'monthly', 'project', 'salary', 'agency'),
        fc.constantFrom('senior', 'mid', 'mvp', ''),
        fc.constantFrom('global', 'asia', ''),
        fc.constantFrom('backend', 'ai', ''),
        fc.oneof(extremeNumber, fc.double()),
        fc.oneof(extremeNumber, fc.double()),
      ),
      { minLength: 1, maxLength: 3 },
    )
    .map((rows) => [CARD_HEADERS, ...rows]),
  argument,
);

/** JSON as a hostile client could send it: any shape, hostile leaves, prototype keys. */
export const hostileJson: fc.Arbitrary<unknown> = fc.letrec<{ value: unknown }>((tie) => ({
  value: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    hostileText,
    fc.double(),
    extremeNumber,
    fc.integer(),
    fc.boolean(),
    fc.constant(null),
    fc.array(tie('value'), { maxLength: 4 }),
    objectWithKeys(tie('value')),
  ),
})).value;
