// When two typed names are the same name: compared by a skeleton in the spirit of Unicode TR39
// (https://www.unicode.org/reports/tr39/#Confusable_Detection): NFKC (fullwidth and mathematical
// letters become plain ones), invisible and direction-changing characters removed, case folded,
// then letters that look alike mapped to one (Cyrillic and Greek look-alikes of Latin letters,
// and a few Latin pairs). The table is compact, not TR39's full data: it covers the scripts a
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

const isHidden = (code: number) => HIDDEN_RANGES.some(([from, to]) => code >= from && code <= to);

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

// Lower-case letters (after case folding) that look like a Latin letter, mapped to it.
const LOOK_ALIKES: Readonly<Record<string, string>> = {
  // Cyrillic (lower case of the capitals that look Latin, too: В, Н, М, К, Т look like B, H, M, K, T)
  а: 'a', в: 'b', е: 'e', ё: 'e', ѕ: 's', і: 'i', ї: 'i', ј: 'j', к: 'k', м: 'm', н: 'h', о: 'o', р: 'p', с: 'c', т: 't', у: 'y', х: 'x',
  ԁ: 'd', ԛ: 'q', ԝ: 'w', һ: 'h', ӏ: 'l', ү: 'y', ɡ: 'g', г: 'r', п: 'n', ь: 'b',
  // Greek (capitals Α Β Ε Ζ Η Ι Κ Μ Ν Ο Ρ Τ Υ Χ look Latin; some lower case letters too)
  α: 'a', β: 'b', ε: 'e', ζ: 'z', η: 'h', ι: 'i', κ: 'k', μ: 'm', ν: 'v', ο: 'o', ρ: 'p', τ: 't', υ: 'y', χ: 'x', ϲ: 'c', ϳ: 'j',
  // Latin and digits that pass for letters
  ı: 'i', ȷ: 'j', ɩ: 'i', ℓ: 'l', '0': 'o', '1': 'l', '|': 'l', ǀ: 'l',
};

/** Capital I and small l look alike in most fonts; after folding, "i" and "l" are one letter. */
const SEQUENCES: readonly (readonly [RegExp, string])[] = [
  [/rn/g, 'm'],
  [/vv/g, 'w'],
  [/i/g, 'l'],
];

/**
 * The skeleton two names are compared by: equal skeletons, same name. Spacing counts only as
 * a single space between words.
 */
export function nameSkeleton(name: string): string {
  let s = '';
  for (const ch of name.normalize('NFKC')) if (!isHidden(ch.codePointAt(0) ?? 0)) s += ch;
  s = s.toLowerCase().normalize('NFKC'); // folding can produce what NFKC composes (e.g. İ)
  let mapped = '';
  for (const ch of s.normalize('NFD')) {
    if (/[\u0300-\u036f]/.test(ch) && mapped.length === 0) continue;
    mapped += LOOK_ALIKES[ch] ?? ch;
  }
  let out = mapped.normalize('NFC').replace(/\s+/g, ' ').trim();
  for (const [pattern, to] of SEQUENCES) out = out.replace(pattern, to);
  return out;
}
