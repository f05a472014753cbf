// Names that look the same are the same name; names with hidden characters are refused.
import { describe, expect, it } from 'vitest';
import { reservedNameProblem, sameName } from '../../src/domain/scoring/interviewer';
import { hiddenCharacters, nameSkeleton } from '../../src/domain/scoring/name-skeleton';
import { debriefRequestSchema, scorecardSchema } from '../../src/domain/scoring/payloads';
import { panelRequestSchema } from '../../src/domain/scoring/panel-payloads';

describe('nameSkeleton', () => {
  it.each([
    ['case and spacing', ' BEN  okafor ', 'Ben Okafor'],
    ['Cyrillic capital Ve', '\u0412en', 'Ben'],
    ['Cyrillic a, e, o, c, p', '\u0430\u0435\u043e\u0441\u0440', 'aeocp'],
    ['Greek capital Beta and Nu', '\u0392e\u039d', 'BeN'],
    ['Greek small nu for v', 'Be\u03bd', 'Bev'],
    ['fullwidth letters', '\uff22\uff45\uff4e', 'Ben'],
    ['mathematical bold letters', '\u{1d401}\u{1d41e}\u{1d427}', 'Ben'],
    ['mathematical double-struck letters', '\u{1d539}\u{1d556}\u{1d55f}', 'Ben'],
    ['capital I for small l', 'Ian', 'lan'],
    ['r n for m', 'Ernma', 'Emma'],
    ['a no-break space', 'Ben\u00a0Okafor', 'Ben Okafor'],
    ['composed and decomposed accents', 'Zo\u00eb', 'Zoe\u0308'],
  ])('treats %s as the same name', (_what, a, b) => {
    expect(nameSkeleton(a)).toBe(nameSkeleton(b));
    expect(sameName(a, b)).toBe(true);
  });

  it.each([
    ['different letters', 'Ben', 'Ken'],
    ['an accent that shows', 'José', 'Jose'],
    ['an initial', 'Ben O', 'Ben'],
  ])('tells %s apart', (_what, a, b) => {
    expect(sameName(a, b)).toBe(false);
  });

  it('removes hidden characters, so they cannot make a second "Ben" (the schema refuses them before it gets here)', () => {
    for (const hidden of ['\u200b', '\u200d', '\u00ad', '\u202e', '\u2066', '\ufeff', '\u{e0041}']) {
      expect(nameSkeleton(`Be${hidden}n`)).toBe(nameSkeleton('Ben'));
    }
  });
});

describe('hidden characters in a name', () => {
  it.each([
    ['zero-width space', 'Ben\u200b', 'U+200B'],
    ['zero-width joiner', 'Be\u200dn', 'U+200D'],
    ['soft hyphen', 'B\u00aden', 'U+00AD'],
    ['right-to-left override', '\u202eneB', 'U+202E'],
    ['left-to-right isolate', 'Ben\u2066', 'U+2066'],
    ['a tag character', 'Ben\u{e0041}', 'U+E0041'],
  ])('finds a %s', (_what, name, code) => {
    expect(hiddenCharacters(name)).toEqual([code]);
  });

  it('finds none in names people write, in any script', () => {
    for (const name of ['Ben', 'Zoë Ångström', 'Ольга', 'Σοφία', '李雷', 'Nguyễn Văn An', "O'Neil-Smith"])
      expect(hiddenCharacters(name)).toEqual([]);
  });

  it('is refused by every schema that takes a name, with a message naming the character', () => {
    const card = scorecardSchema.safeParse({
      trackerId: 1,
      candidate: 'Ana',
      interviewer: 'Ben\u200b',
      round: 'technical',
      date: '2026-05-04',
      vote: 'Yes',
      scores: {},
      redFlags: ['claims_exceed_depth'],
      notes: '',
    });
    expect(card.success).toBe(false);
    expect(card.error?.issues.map((i) => i.message)).toContain(
      'Interviewer contains an invisible or direction-changing character (U+200B), which would make it look like a name it is not; retype it',
    );
    expect(debriefRequestSchema.safeParse({ trackerId: 1, candidate: 'A\u202ena', interviewer: 'Ben' }).success).toBe(false);
    expect(
      panelRequestSchema.safeParse({ trackerId: 1, candidate: 'Ana', panel: ['Ben', 'Cl\u00adeo'], expected: '', interviewer: 'Ben' })
        .success,
    ).toBe(false);
  });
});

describe("DevRate's own name", () => {
  it.each([
    'DevRate (panel complete)',
    'devrate',
    'DEVRATE (panel  complete)',
    'D\u0435vRate',
    'DevRаte (panel complete)',
    'ＤｅｖＲａｔｅ',
  ])('is refused as an interviewer name: %s', (name) => {
    expect(reservedNameProblem('Interviewer', name)).toMatch(/looks like DevRate's own name/);
    expect(debriefRequestSchema.safeParse({ trackerId: 1, candidate: 'Ana', interviewer: name }).success).toBe(false);
  });

  it('is no problem in a name that merely contains it later on', () => {
    expect(reservedNameProblem('Interviewer', 'Ana from DevRate')).toBe('');
  });
});
