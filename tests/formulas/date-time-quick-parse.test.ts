// The emulator's date-time parser turns away at once what HyperFormula's own would (a speed-up
// for array formulas over names): both must give the same answer for every text and format.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { HyperFormula } from 'hyperformula';
import { parseDateTimeQuickly } from '../../playground/formulas/hyperformula-bridge';

const asDefault = HyperFormula.defaultConfig.parseDateTime;
const FORMATS: [string | undefined, string | undefined][] = [
  ['MM/DD/YYYY', 'hh:mm'],
  ['MM/DD/YY', 'hh:mm:ss.sss'],
  ['YYYY/MM/DD', undefined],
  ['YYYY-MM-DD', 'hh:mm'],
  [undefined, 'hh:mm:ss.sss'],
  [undefined, undefined],
];
/** Texts near dates and times: their characters, letters of am/pm in either case, other letters, odd spaces. */
const nearDates = fc
  .array(fc.constantFrom(...'0123456789/.-: aApPmMxK\u00a0\t\n\u2003'.split(''), '12', '2026', 'pm', 'AM', 'Candidate ', '\u212a', ''), {
    maxLength: 12,
  })
  .map((parts) => parts.join(''));

describe('the quick date-time parse', () => {
  it('answers as HyperFormula does for texts near dates, names and any text', () => {
    fc.assert(
      fc.property(fc.oneof(nearDates, fc.string(), fc.string({ unit: 'grapheme' })), fc.constantFrom(...FORMATS), (text, [date, time]) => {
        expect(parseDateTimeQuickly(text, date, time)).toEqual(asDefault(text, date, time));
      }),
      { numRuns: 3000 },
    );
  });

  it('still reads dates and times, in any case and with spaces around them', () => {
    expect(parseDateTimeQuickly(' 12/31/2026 ', 'MM/DD/YYYY', undefined)).toEqual({ year: 2026, month: 12, day: 31 });
    expect(parseDateTimeQuickly('1:30 PM', undefined, 'hh:mm')).toEqual(asDefault('1:30 PM', undefined, 'hh:mm'));
    expect(parseDateTimeQuickly('1:30 PM', undefined, 'hh:mm')).toBeDefined();
    expect(parseDateTimeQuickly('Candidate 12', 'MM/DD/YYYY', 'hh:mm')).toBeUndefined();
  });
});
