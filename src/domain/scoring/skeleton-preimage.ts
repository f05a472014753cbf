// Which ASCII texts can have a given skeleton (name-skeleton.ts), as one regular expression: a
// column of a thousand names is compared with one name by one built-in test per name, and the
// skeleton is computed only for the few texts that pass and for texts beyond ASCII. Built from
// the same tables as the skeleton, so a look-alike added there is allowed here too.
import { ASCII_FOLD, ASCII_SPACE_CLASS, SEQUENCES } from './name-skeleton';

const hex = (code: number) => `\\x${code.toString(16).padStart(2, '0')}`;

/** The ASCII characters folding makes ch, as a character class ('' when there is none). */
function foldingTo(ch: string): string {
  const codes = ASCII_FOLD.flatMap((to, code) => (to === ch ? [hex(code)] : []));
  return codes.length ? `[${codes.join('')}]` : '';
}

/** What can become one character of a skeleton: a character folding to it, or a sequence of characters replaced by it. */
function becomes(ch: string): string {
  if (ch === ' ') return `[${ASCII_SPACE_CLASS}]+`;
  const sequences = SEQUENCES.filter(([, to]) => to === ch).map(([from]) => Array.from(from, foldingTo));
  // A sequence with a character nothing in ASCII folds to cannot come from ASCII text.
  const options = [foldingTo(ch), ...sequences.filter((classes) => !classes.includes('')).map((classes) => classes.join(''))];
  const possible = options.filter((o) => o !== '');
  return possible.length ? `(?:${possible.join('|')})` : '(?!)';
}

/**
 * A regular expression every ASCII text whose skeleton is `skeleton` matches (and a few that do
 * not, such as "vvv" for "vw", which the skeleton then tells apart). An ASCII text it does not
 * match has another skeleton; a text beyond ASCII is not decided by it.
 */
export function asciiTextsWithSkeleton(skeleton: string): RegExp {
  const space = `[${ASCII_SPACE_CLASS}]*`;
  return new RegExp(`^${space}${Array.from(skeleton, becomes).join('')}${space}$`);
}
