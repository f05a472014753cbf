// What Sheets can hand a custom function, and worse: numbers, text, blanks, booleans, dates,
// ranges of any shape, and inputs no sheet would send (nested, ragged, objects).
import fc from 'fast-check';

const words = ['junior', 'mid', 'senior', 'sr', 'asia', 'latam', 'us', 'ai', 'ml', 'backend', 'low', 'mid', 'high', 'range', 'weeks',
  'months', 'mvp', 'saas', 'api', 'mobile', 'hourly', 'monthly', 'agency', 'salary', 'project', 'timeline', 'loaded', 'badhire', 'north america'];

export const cell = fc.oneof(
  fc.constantFrom(...words),
  fc.double({ noNaN: false }),
  fc.integer({ min: -10, max: 300000 }),
  fc.string({ maxLength: 40 }),
  fc.constantFrom('', ' ', '0', '-1', '1e400', '__proto__', 'constructor', '=SUM(A1)'),
  fc.boolean(),
  fc.date({ noInvalidDate: false }),
  fc.constant(undefined),
  fc.constant(null),
);

const range = fc
  .tuple(fc.integer({ min: 1, max: 4 }), fc.integer({ min: 1, max: 3 }))
  .chain(([rows, cols]) => fc.array(fc.array(cell, { minLength: cols, maxLength: cols }), { minLength: rows, maxLength: rows }));

const hostile = fc.oneof(
  fc.array(fc.array(cell, { maxLength: 3 }), { maxLength: 3 }), // ragged or empty
  fc.array(fc.array(fc.array(cell, { maxLength: 2 }), { minLength: 1, maxLength: 2 }), { minLength: 1, maxLength: 2 }), // nested
  fc.array(cell, { maxLength: 3 }), // one-dimensional
  fc.object(),
);

/** One argument as Sheets (or an attacker) might pass it. */
export const argument = fc.oneof({ weight: 6, arbitrary: cell }, { weight: 3, arbitrary: range }, { weight: 1, arbitrary: hostile });

/** A rate card: usually well-formed, sometimes not. */
export const rateCard = fc.oneof(
  fc.constant(undefined),
  fc.array(fc.tuple(fc.constantFrom('hourly', 'monthly', 'project', 'timeline', 'salary', 'agency', 'daily'), cell, cell, cell, cell, cell), { maxLength: 4 })
    .map((rows) => [['kind', 'key', 'region', 'spec', 'low', 'high'], ...rows]),
  argument,
);
