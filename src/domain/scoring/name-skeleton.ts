// When two typed names are the same name: compared by a skeleton in the spirit of Unicode TR39
// (https://www.unicode.org/reports/tr39/#Confusable_Detection): NFKC (fullwidth and mathematical
// letters become plain ones), invisible and direction-changing characters removed, Cyrillic and
// Greek capitals that look Latin mapped, case folded, then small letters that look alike mapped
// (and capital I with small l, "rn" with "m"). The table is compact, not TR39's full data: it covers the scripts a
// name on this sheet is likely to be faked with. A name that holds an invisible or bidi character
// is refused outright (hiddenCharacters), so the skeleton only merges what a person can see.

/** Default_Ignorable_Code_Point and Bidi_Control (Unicode 15 DerivedCoreProperties, PropList), as ranges. */
const HIDDEN_RANGES: readonly (readonly [number, number])[] = [
  [0x00ad, 0x00ad], // soft hyphen
  [0x034f, 0x034f], // combining grapheme joiner
  [0x061c, 0x061c], // Arabic letter mark
  [0x115f, 0x1160], // Hangul fillers
  [0x17b4, 0x17b5],
  [0x180b, 0x180f], // Mongolian variation selectors and vowel separator
  [0x200b, 0x200f], // zero width space, non-joiner, joiner, LRM, RLM
  [0x202a, 0x202e], // bidi embeddings and overrides
  [0x2060, 0x206f], // word joiner, invisible operators, bidi isolates
  [0x3164, 0x3164], // Hangul filler
  [0xfe00, 0xfe0f], // variation selectors
  [0xfeff, 0xfeff], // zero width no-break space (BOM)
  [0xffa0, 0xffa0],
  [0xfff0, 0xfff8],
  [0x1bca0, 0x1bca3],
  [0x1d173, 0x1d17a],
  [0xe0000, 0xe0fff], // tags and variation selectors supplement
];

// Below U+00AD (the first range) nothing is hidden: most names are checked without the table.
const isHidden = (code: number) => code >= 0x00ad && HIDDEN_RANGES.some(([from, to]) => code >= from && code <= to);

/** The invisible or direction-changing characters in a name, as "U+200B", each once. */
export function hiddenCharacters(name: string): string[] {
  const found: string[] = [];
  for (const ch of name) {
    const code = ch.codePointAt(0) ?? 0;
    const label = `U+${code.toString(16).toUpperCase().padStart(4, '0')}`;
    if (isHidden(code) && !found.includes(label)) found.push(label);
  }
  return found;
}

/** What to tell someone whose name holds hidden characters ('' when it holds none). */
export function hiddenCharactersProblem(what: string, name: string): string {
  const hidden = hiddenCharacters(name);
  return hidden.length
    ? `${what} contains ${hidden.length === 1 ? 'an invisible or direction-changing character' : 'invisible or direction-changing characters'} (${hidden.join(', ')}), which would make it look like a name it is not; retype it`
    : '';
}

// Letters of other scripts that look like a Latin letter, mapped to it: capitals before case
// folding (Greek capital Nu looks like N, its small letter like v), then small letters after it.
const CAPITAL_LOOK_ALIKES: Readonly<Record<string, string>> = {
  // Cyrillic
  А: 'A',
  В: 'B',
  Е: 'E',
  К: 'K',
  М: 'M',
  Н: 'H',
  О: 'O',
  Р: 'P',
  С: 'C',
  Т: 'T',
  У: 'Y',
  Х: 'X',
  Ѕ: 'S',
  І: 'I',
  Ј: 'J',
  Ԁ: 'D',
  Ԛ: 'Q',
  Ԝ: 'W',
  Һ: 'H',
  Ү: 'Y',
  Ӏ: 'I',
  // Greek
  Α: 'A',
  Β: 'B',
  Ε: 'E',
  Ζ: 'Z',
  Η: 'H',
  Ι: 'I',
  Κ: 'K',
  Μ: 'M',
  Ν: 'N',
  Ο: 'O',
  Ρ: 'P',
  Τ: 'T',
  Υ: 'Y',
  Χ: 'X',
  Ϲ: 'C',
  Ϳ: 'J',
};
const SMALL_LOOK_ALIKES: Readonly<Record<string, string>> = {
  // Cyrillic
  а: 'a',
  е: 'e',
  о: 'o',
  р: 'p',
  с: 'c',
  у: 'y',
  х: 'x',
  ѕ: 's',
  і: 'i',
  ј: 'j',
  к: 'k',
  ԁ: 'd',
  ԛ: 'q',
  ԝ: 'w',
  һ: 'h',
  ӏ: 'l',
  ү: 'y',
  // Greek
  α: 'a',
  ι: 'i',
  κ: 'k',
  ν: 'v',
  ο: 'o',
  ρ: 'p',
  υ: 'u',
  χ: 'x',
  ϲ: 'c',
  ϳ: 'j',
  // Latin letters and digits that pass for others
  ɡ: 'g',
  ı: 'i',
  ȷ: 'j',
  ɩ: 'i',
  '0': 'o',
  '1': 'l',
  '|': 'l',
  ǀ: 'l',
};

/** Capital I and small l look alike in most fonts; after folding, "i" and "l" are one letter. Applied in order. */
export const SEQUENCES: readonly (readonly [string, string])[] = [
  ['rn', 'm'],
  ['vv', 'w'],
  ['i', 'l'],
];

/**
 * The skeleton two names are compared by: equal skeletons, same name. Spacing counts only as
 * a single space between words.
 */
export function nameSkeleton(name: string): string {
  return asciiSkeleton(name) ?? unicodeSkeleton(name);
}

/** Each ASCII character as the per-character steps leave it: capital look-alike, case folded, small look-alike. */
export const ASCII_FOLD: readonly string[] = Array.from({ length: 0x80 }, (_, code) => {
  const ch = String.fromCharCode(code);
  const lower = (CAPITAL_LOOK_ALIKES[ch] ?? ch).toLowerCase();
  return SMALL_LOOK_ALIKES[lower] ?? lower;
});

/** The ASCII characters folding changes beyond case ("0", "1", "|"), as one character class. */
const FOLDED_BEYOND_CASE = new RegExp(
  `[${ASCII_FOLD.flatMap((to, code) => (to === String.fromCharCode(code).toLowerCase() ? [] : [`\\x${code.toString(16).padStart(2, '0')}`])).join('')}]`,
  'g',
);
/** Any UTF-16 unit outside ASCII. */
const BEYOND_ASCII = /[\u0080-\uffff]/;
export const beyondAscii = (text: string) => BEYOND_ASCII.test(text);
/** What \s matches among ASCII characters (tab, line feed, vertical tab, form feed, carriage return, space), for a character class. */
export const ASCII_SPACE_CLASS = '\\t\\n\\v\\f\\r ';
const ASCII_SPACING = new RegExp(`[${ASCII_SPACE_CLASS}]+`, 'g');
/** The space left at either end once spacing is one space. */
const EDGE_SPACE = /^ | $/g;

/**
 * nameSkeleton of an ASCII name (undefined for any other): the same steps without normalizing,
 * which leaves ASCII as it is (every look-alike maps to ASCII, no ASCII character is hidden), as
 * a few built-in string operations: most names take this path, and each action compares a
 * thousand of them in a fresh global scope, where built-ins are fast and a loop of our own is not yet.
 */
function asciiSkeleton(name: string): string | undefined {
  if (BEYOND_ASCII.test(name)) return undefined;
  let out = name
    .toLowerCase()
    .replace(FOLDED_BEYOND_CASE, (ch) => ASCII_FOLD[ch.charCodeAt(0)])
    .replace(ASCII_SPACING, ' ')
    .replace(EDGE_SPACE, '');
  for (const [from, to] of SEQUENCES) if (out.includes(from)) out = out.split(from).join(to);
  return out;
}

/** nameSkeleton by every step, for any name; exported so a test holds the ASCII path to it. */
export function unicodeSkeleton(name: string): string {
  let visible = '';
  for (const ch of name.normalize('NFKC').normalize('NFD')) {
    if (!isHidden(ch.codePointAt(0) ?? 0)) visible += CAPITAL_LOOK_ALIKES[ch] ?? ch;
  }
  let mapped = '';
  for (const ch of visible.toLowerCase().normalize('NFD')) mapped += SMALL_LOOK_ALIKES[ch] ?? ch;
  let out = mapped.normalize('NFC').replace(/\s+/g, ' ').trim();
  for (const [from, to] of SEQUENCES) out = out.split(from).join(to);
  return out;
}
