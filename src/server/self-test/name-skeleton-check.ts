// The name skeleton (domain/scoring/name-skeleton.ts) rests on String.prototype.normalize('NFKC')
// and Unicode-aware regular expressions in Apps Script's V8. Google names no ECMAScript edition for
// V8 (https://developers.google.com/apps-script/guides/v8-runtime), so this row runs the skeleton
// on real Sheets: look-alike spellings of one name must come out as that name, and a name holding
// an invisible character must be caught.
import { hiddenCharacters, nameSkeleton } from '../../domain/scoring/name-skeleton';
import { show, type SelfTestCheck } from './check';

/** Ben as people may type him: fullwidth, mathematical bold, a Cyrillic "В", other case and spaces. */
const SPELLINGS = ['Ben', 'Ｂｅｎ', '𝐁𝐞𝐧', 'Вen', ' BEN '];

export const nameSkeletonCheck: SelfTestCheck = {
  id: 'name-skeleton',
  assumption:
    "Apps Script's V8 runs DevRate's name skeleton: NFKC folds fullwidth and mathematical letters, look-alike Cyrillic letters map to Latin, so every spelling of Ben is one name; a zero-width space in a name is found.",
  run() {
    const skeletons = SPELLINGS.map(nameSkeleton);
    const hidden = hiddenCharacters('Be\u200Bn').length;
    const pass = skeletons.every((s) => s === skeletons[0]) && hidden === 1;
    return { observed: `${show(skeletons)}; hidden characters in "Be\\u200Bn": ${hidden}`, pass };
  },
};
