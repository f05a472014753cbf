// nameSkeleton takes a shorter path for ASCII names (no normalization, which leaves ASCII as it
// is): it must give exactly the skeleton every step gives, or two names would stop matching.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { nameSkeleton, unicodeSkeleton } from '../../src/domain/scoring/name-skeleton';
import { runs } from '../support/runs';

/** ASCII text weighted toward what the skeleton changes: look-alikes, "rn", "vv", i/l, spacing. */
const asciiName = fc
  .array(
    fc.oneof(
      fc.constantFrom('rn', 'vv', 'RN', 'VV', 'i', 'I', 'l', 'L', '0', '1', '|', 'O', ' ', '  ', '\t', '\n', 'm', 'w'),
      fc.string({ unit: 'binary-ascii', maxLength: 3 }),
    ),
    { maxLength: 12 },
  )
  .map((parts) => parts.join(''));

describe('the skeleton of an ASCII name', () => {
  it('is the skeleton every step gives', () => {
    fc.assert(
      fc.property(asciiName, (name) => {
        expect(nameSkeleton(name)).toBe(unicodeSkeleton(name));
      }),
      { numRuns: runs(2000) },
    );
  });

  it.each([
    ['look-alike digits and bar', 'B0b 1van|', 'bob lvanl'],
    ['"rn" and "vv", any case', 'Ernma VVard', 'emma ward'],
    ['spacing, and i for l', '  Ana \t Lima  ', 'ana llma'],
  ])('maps %s as every step does', (_what, name, skeleton) => {
    expect(nameSkeleton(name)).toBe(skeleton);
    expect(unicodeSkeleton(name)).toBe(skeleton);
  });
});
