// A column's names are told apart from the wanted one by a regular expression before any skeleton
// is computed: it must let through every ASCII text with the wanted skeleton, or two names that
// are the same name would stop matching (a duplicate candidate, a scorecard left out).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { nameSkeleton } from '../../src/domain/scoring/name-skeleton';
import { asciiTextsWithSkeleton } from '../../src/domain/scoring/skeleton-preimage';
import { runs } from '../support/runs';

/** ASCII text weighted toward what the skeleton changes: look-alikes, "rn", "vv", i/l, spacing. */
const asciiName = fc
  .array(
    fc.oneof(
      fc.constantFrom('rn', 'vv', 'RN', 'Vv', 'i', 'I', 'l', 'L', '0', '1', '|', 'O', 'o', ' ', '  ', '\t', '\v', '\r\n', 'm', 'w', 'W'),
      fc.string({ unit: 'binary-ascii', maxLength: 3 }),
    ),
    { maxLength: 12 },
  )
  .map((parts) => parts.join(''));

describe('the ASCII texts that may have a skeleton', () => {
  it('include every ASCII text with that skeleton', () => {
    fc.assert(
      fc.property(asciiName, (text) => {
        expect(asciiTextsWithSkeleton(nameSkeleton(text)).test(text)).toBe(true);
      }),
      { numRuns: runs(5000) },
    );
  });

  it.each([
    ['Emma Ward', 'Ernma  VVard', true],
    ['Ivan Lima', ' 1van |ima ', true],
    ['Bob', 'B0b', true],
    ['Emma Ward', 'Emma Wart', false],
    ['Emma Ward', 'Emma', false],
    ['Anna', 'Ann', false],
    ['Иван', 'Nvan', false], // Cyrillic И looks like no Latin letter: the skeleton keeps it, no ASCII text has it
  ])('for %j, %j: %s', (name, text, may) => {
    expect(asciiTextsWithSkeleton(nameSkeleton(name)).test(text)).toBe(may);
    if (may) expect(nameSkeleton(text)).toBe(nameSkeleton(name));
  });

  it('matches a name made of Cyrillic look-alikes by its Latin twin', () => {
    expect(asciiTextsWithSkeleton(nameSkeleton('Аnna')).test('Anna')).toBe(true); // Cyrillic А
  });
});
