// The breaches of issue 17, one attack each, as colleagues in the same spreadsheet would try them:
// typing on the sheet, look-alike names, forged records, a reveal cut short or a torn store, a
// flood of names, a reused tracker id, and a throwaway scorecard. Each failed against the code
// before issue 17 (sealed scorecards of issue 12) and must keep failing to leak or lose anything.
import { describe, expect, it } from 'vitest';
import type { EndpointName, ResultOf } from '../../src/endpoints/registry';
import { CANDIDATE_COLUMNS, type CandidateKey, SCORECARD_COLUMNS, columnOf, letterOf } from '../../src/sheets/tracker/layout';
import { MAX_BOUND_NAMES } from '../../src/server/sealed/name-binding';
import { MAX_SUBMISSIONS } from '../../src/server/sealed/access';
import { nameSkeleton } from '../../src/domain/scoring/name-skeleton';
import type { Addon } from '../../playground/emulator';
import { candidate, insertTracker, newAddon, scorecard } from '../templates/tracker-fixture';

const BEN = 'ben@example.com';
const CLEO = 'cleo@example.com';
const DEE = 'dee@example.com';
const MALLORY = 'mallory@example.com';

const as = <K extends EndpointName>(addon: Addon, user: string, endpoint: K, ...args: unknown[]): ResultOf<K> =>
  addon.run<ResultOf<K>>(endpoint, args, { fromClient: true, user }).value;
const submit = (addon: Addon, user: string, ...args: Parameters<typeof scorecard>) =>
  as(addon, user, 'submitScorecard', scorecard(...args));
const debrief = (addon: Addon, user: string, interviewer: string, name = 'Ana', trackerId = 1) =>
  as(addon, user, 'getDebrief', { trackerId, candidate: name, interviewer });
const reveal = (addon: Addon, user: string, interviewer: string, name = 'Ana') =>
  as(addon, user, 'revealScores', { trackerId: 1, candidate: name, interviewer });
const setPanel = (addon: Addon, user: string, interviewer: string, panel: string[], expected = '') =>
  as(addon, user, 'setPanel', { trackerId: 1, candidate: 'Ana', panel, expected, interviewer });
const context = (addon: Addon, user: string) => as(addon, user, 'getScoringContext', null);

const props = (addon: Addon) => addon.workbook.documentProperties;
const keysStarting = (addon: Addon, prefix: string) => [...props(addon).keys()].filter((k) => k.startsWith(prefix));
const scorecardRows = (addon: Addon) => {
  const sheet = addon.spreadsheet.getSheetByName('Scorecards')!;
  return sheet
    .getRange(2, 1, sheet.getMaxRows() - 1, SCORECARD_COLUMNS.length)
    .getValues()
    .filter((r) => r[0] !== '')
    .map((r) => Object.fromEntries(SCORECARD_COLUMNS.map((c, i) => [c.key, r[i]])));
};
const cellOf = (columns: typeof CANDIDATE_COLUMNS, key: CandidateKey, row: number) => `${letterOf(columns, key)}${row}`;

function trackerWithAna(): Addon {
  const addon = newAddon();
  insertTracker(addon);
  as(addon, BEN, 'addCandidate', { trackerId: 1, name: 'Ana' });
  as(addon, BEN, 'addCandidate', { trackerId: 1, name: 'Bo' });
  return addon;
}

describe('issue 17: no cell grants access', () => {
  it('1. typing anything into "Revealed by" unseals nothing', () => {
    for (const typed of ['x', '0', 'FALSE']) {
      const addon = trackerWithAna();
      submit(addon, BEN, 'Ana', 'Ben', [4], { notes: 'ben secret' });
      addon.edit('Candidates', cellOf(CANDIDATE_COLUMNS, 'revealed_by', 2), typed, { user: MALLORY });
      expect(() => debrief(addon, MALLORY, 'Mallory'), typed).toThrow(/Submit your own scorecard for Ana first/);
      expect(context(addon, MALLORY).candidates[0].revealed, typed).toBeNull();
      expect(JSON.stringify(as(addon, MALLORY, 'compareCandidates', 1))).not.toContain('secret');
      // The real reveal still happens, and its record replaces what was typed.
      expect(reveal(addon, BEN, 'Ben').written).toBe(1);
      expect(candidate(addon, 'Ana')['Revealed by']).toBe('Ben');
    }
  });

  it('2. a bare typed Scorecards row neither reads the sealed cards nor blocks the real scorecard', () => {
    const addon = trackerWithAna();
    submit(addon, BEN, 'Ana', 'Ben', [4], { notes: 'ben secret' });
    const sheet = addon.spreadsheet.getSheetByName('Scorecards')!;
    const [c, i] = [columnOf(SCORECARD_COLUMNS, 'candidate'), columnOf(SCORECARD_COLUMNS, 'interviewer')];
    sheet.getRange(3, c).setValue('Ana');
    sheet.getRange(3, i).setValue('Mallory');
    sheet.getRange(4, c).setValue('Ana');
    sheet.getRange(4, i).setValue('Dee');
    expect(() => debrief(addon, MALLORY, 'Mallory')).toThrow(/Submit your own scorecard for Ana first/);
    expect(context(addon, MALLORY).candidates[0].submitted).toEqual(['Ben']);
    const dee = submit(addon, DEE, 'Ana', 'Dee', [3], { notes: 'dee note' });
    expect(dee.scorecards.map((s) => s.interviewer)).toEqual(['Dee']);
    expect(context(addon, DEE).candidates[0].submitted).toEqual(['Ben', 'Dee']);
  });
});

describe('issue 17: one name, one account, one skeleton', () => {
  it('3. a name that looks like a bound one is that name (or refused for what it hides)', () => {
    const addon = trackerWithAna();
    submit(addon, BEN, 'Ana', 'Ben', [4], { notes: 'ben secret' });
    const rows = scorecardRows(addon).length;
    for (const hidden of ['Ben\u200b', 'Be\u200dn', 'B\u00aden', '\u202eBen']) {
      expect(() => submit(addon, MALLORY, 'Ana', hidden, [1]), JSON.stringify(hidden)).toThrow(/invisible or direction-changing character/);
      expect(() => debrief(addon, MALLORY, hidden), JSON.stringify(hidden)).toThrow(/invisible or direction-changing character/);
    }
    for (const lookAlike of ['\u0412en', '\u0392e\u039d', '\uff22\uff45\uff4e', '\u{1d401}\u{1d41e}\u{1d427}', 'BEN']) {
      expect(() => submit(addon, MALLORY, 'Ana', lookAlike, [1]), lookAlike).toThrow(/is already used by another account/);
      expect(() => debrief(addon, MALLORY, lookAlike), lookAlike).toThrow(/is already used by another account/);
    }
    expect(scorecardRows(addon)).toHaveLength(rows);
  });

  it('4. the reveal and the panel are recorded under the caller’s bound name, never a forged one', () => {
    const addon = trackerWithAna();
    submit(addon, BEN, 'Ana', 'Ben', [4]);
    submit(addon, CLEO, 'Ana', 'Cleo', [3]);
    expect(() => reveal(addon, CLEO, 'DevRate (panel complete)')).toThrow(/looks like DevRate's own name/);
    expect(() => reveal(addon, CLEO, 'DevRаte (panel complete)')).toThrow(/looks like DevRate's own name/); // Cyrillic а
    expect(() => reveal(addon, CLEO, 'Cleo\u200b')).toThrow(/invisible or direction-changing character/);
    expect(() => reveal(addon, MALLORY, 'Mallory')).toThrow(/"Mallory" is not tied to your account yet/);
    expect(() => setPanel(addon, MALLORY, 'Mallory', ['Mallory'])).toThrow(/"Mallory" is not tied to your account yet/);
    expect(() => submit(addon, MALLORY, 'Ana', 'DevRate (panel complete)', [1])).toThrow(/looks like DevRate's own name/);
    setPanel(addon, CLEO, 'CLEO', ['Ben', 'Cleo', 'Dee']);
    expect(reveal(addon, CLEO, 'cleo').record.by).toBe('Cleo');
    expect(candidate(addon, 'Ana')['Revealed by']).toBe('Cleo');
  });
});

describe('issue 17: nothing sealed is lost', () => {
  it('5. a sealed row typed over is still revealed, into a new row with a note', () => {
    const addon = trackerWithAna();
    submit(addon, BEN, 'Ana', 'Ben', [4, 3], { notes: 'ben note', vote: 'Strong yes' });
    addon.edit('Scorecards', `${letterOf(SCORECARD_COLUMNS, 'vote')}2`, 'No');
    addon.edit('Scorecards', `${letterOf(SCORECARD_COLUMNS, 'notes')}2`, '');
    expect(reveal(addon, BEN, 'Ben').written).toBe(1);
    const rows = scorecardRows(addon);
    expect(rows.map((r) => [r.interviewer, r.vote, r.notes])).toEqual([
      ['Ben', 'No', ''], // what was typed stays
      ['Ben', 'Strong yes', 'ben note'],
    ]);
    expect(addon.spreadsheet.getSheetByName('Scorecards')!.getRange(3, columnOf(SCORECARD_COLUMNS, 'interviewer')).getNote()).toMatch(
      /revealed from DevRate's seal store/,
    );
    expect(keysStarting(addon, 'devrate.sealed.')).toEqual([]);
  });

  it('6. a torn scorecard is reported for itself; every other call works and nothing is cut short', () => {
    const addon = trackerWithAna();
    const notes = `start ${'€'.repeat(4_900)} end`; // 3-byte characters: four chunks
    submit(addon, BEN, 'Ana', 'Ben', [4], { notes });
    const chunkIndex = (key: string) => Number(/\.(\d+)(?:of\d+)?$/.exec(key)?.[1]);
    const bens = keysStarting(addon, 'devrate.sealed.').sort((a, b) => chunkIndex(a) - chunkIndex(b));
    expect(bens).toHaveLength(4);
    submit(addon, CLEO, 'Ana', 'Cleo', [3], { notes: 'cleo note' });
    submit(addon, CLEO, 'Bo', 'Cleo', [2], { notes: 'bo note' });
    for (const lost of [bens[1], bens[0]]) {
      props(addon).delete(lost); // a middle chunk, then the first, as a reveal cut short might leave them
      expect(context(addon, CLEO).candidates.map((c) => c.submitted)).toEqual([['Ben', 'Cleo'], ['Cleo']]);
      expect(debrief(addon, CLEO, 'Cleo', 'Bo').scorecards[0].notes).toBe('bo note');
      const own = debrief(addon, BEN, 'Ben');
      expect(own.scorecards).toEqual([]);
      expect(own.status.damaged).toEqual([expect.stringMatching(/^Ben's sealed scorecard for Ana is damaged .*part \d of 4 is missing/)]);
    }
    const revealed = reveal(addon, CLEO, 'Cleo');
    expect(revealed.written).toBe(1);
    expect(revealed.damaged).toHaveLength(1);
    expect(scorecardRows(addon).map((r) => r.notes)).toEqual(['sealed', 'cleo note', 'sealed']);
    // Ben's torn scorecard stays in the store until he submits it again; then it is revealed at once.
    const again = submit(addon, BEN, 'Ana', 'Ben', [4], { notes: 'again' });
    expect(again.status.damaged).toEqual([]);
    expect(
      scorecardRows(addon)
        .filter((r) => r.candidate === 'Ana')
        .map((r) => r.notes),
    ).toContain('again');
  });

  it('6. (and before issue 17) a reveal cut short after the sheet was written resumes, writing nothing twice', () => {
    const addon = trackerWithAna();
    submit(addon, BEN, 'Ana', 'Ben', [4], { notes: 'ben note' });
    submit(addon, CLEO, 'Ana', 'Cleo', [3], { notes: 'cleo note' });
    const before = new Map(props(addon));
    reveal(addon, BEN, 'Ben');
    props(addon).clear();
    for (const [k, v] of before) props(addon).set(k, v); // the store as if the reveal stopped before letting go
    expect(reveal(addon, BEN, 'Ben').written).toBe(0);
    expect(scorecardRows(addon).map((r) => r.notes)).toEqual(['ben note', 'cleo note']);
    expect(keysStarting(addon, 'devrate.sealed.')).toEqual([]);
  });
});

describe('issue 17: the store stays bounded', () => {
  it('7. reveals bind no names, a revealed name is freed, and a flood of names is refused before the store fills', () => {
    const addon = trackerWithAna();
    submit(addon, BEN, 'Ana', 'Ben', [4]);
    for (let i = 0; i < 40; i++) expect(() => reveal(addon, MALLORY, `Mallory ${i}`)).toThrow(/is not tied to your account yet/);
    expect(keysStarting(addon, 'devrate.name.')).toEqual([`devrate.name.${nameSkeleton('Ben')}`]);
    reveal(addon, BEN, 'Ben');
    expect(keysStarting(addon, 'devrate.name.')).toEqual([]);
    // Names bound by a flood of submissions elsewhere: the next new name is refused with a message.
    for (let i = 0; i < MAX_BOUND_NAMES; i++)
      props(addon).set(`devrate.name.flood ${i}`, JSON.stringify({ key: 'other', token: 't', name: `Flood ${i}` }));
    const bytes = Buffer.byteLength([...props(addon)].flat().join(''), 'utf8');
    expect(() => submit(addon, MALLORY, 'Bo', 'Mallory', [1])).toThrow(/interviewer names already hold sealed scorecards/);
    expect(Buffer.byteLength([...props(addon)].flat().join(''), 'utf8')).toBe(bytes);
    expect(bytes).toBeLessThan(100 * 1024);
    // One candidate's record stays under the 9 KB a property value may hold: a flood of scorecards for Bo stops at the cap.
    const flood = Array.from({ length: MAX_SUBMISSIONS }, (_, i) => ({ name: `${'x'.repeat(90)} ${i}`, sealed: null }));
    props(addon).set(
      `devrate.candidate.1.${nameSkeleton('Bo')}`,
      JSON.stringify({ candidate: 'Bo', panel: [], panelBy: null, submissions: flood, revealed: null }),
    );
    expect(() => submit(addon, BEN, 'Bo', 'Ben', [1])).toThrow(/Bo already has 40 scorecards, the most DevRate keeps for one candidate/);
  });

  it('8. a tracker inserted after every sheet of the old one was deleted gets a new id, and its "Ana" nothing of the old', () => {
    const addon = trackerWithAna();
    submit(addon, BEN, 'Ana', 'Ben', [4], { notes: 'old ana' });
    for (const name of ['Candidates', 'Scorecards', 'Scoring rules', 'Hiring checklist'])
      addon.spreadsheet.deleteSheet(addon.spreadsheet.getSheetByName(name)!);
    const inserted = insertTracker(addon).value;
    expect(inserted.trackerId).toBe(2);
    as(addon, BEN, 'addCandidate', { trackerId: 2, name: 'Ana' });
    expect(context(addon, BEN).candidates[0]).toMatchObject({ name: 'Ana', submitted: [], revealed: null });
    const fresh = as(addon, BEN, 'submitScorecard', { ...scorecard('Ana', 'Ben', [2], { notes: 'new ana' }), trackerId: 2 });
    expect(fresh.scorecards.map((s) => s.notes)).toEqual(['new ana']);
  });
});

describe('issue 17: a throwaway scorecard opens nothing', () => {
  it('without a panel, the throwaway shows its author only their own scorecard', () => {
    const addon = trackerWithAna();
    submit(addon, BEN, 'Ana', 'Ben', [4], { notes: 'ben secret' });
    const throwaway = submit(addon, MALLORY, 'Ana', 'Mallory', [1]);
    expect(throwaway.scorecards.map((s) => s.interviewer)).toEqual(['Mallory']);
    expect(throwaway.status.hidden).toBe(1);
    expect(JSON.stringify(debrief(addon, MALLORY, 'Mallory'))).not.toContain('ben secret');
  });

  it('with a panel, a non-member can neither submit nor read, nor add themselves', () => {
    const addon = trackerWithAna();
    submit(addon, BEN, 'Ana', 'Ben', [4], { notes: 'ben secret' });
    setPanel(addon, BEN, 'Ben', ['Ben', 'Cleo']);
    submit(addon, MALLORY, 'Bo', 'Mallory', [1]); // bound, by a scorecard for someone else
    expect(() => submit(addon, MALLORY, 'Ana', 'Mallory', [1])).toThrow(/Mallory is not on Ana's panel/);
    expect(() => debrief(addon, MALLORY, 'Mallory')).toThrow(/Submit your own scorecard for Ana first/);
    expect(() => setPanel(addon, MALLORY, 'Mallory', ['Ben', 'Cleo', 'Mallory'], 'Ben, Cleo')).toThrow(/Only someone on Ana's panel/);
    expect(() => reveal(addon, MALLORY, 'Mallory')).toThrow(/Only someone on Ana's panel/);
  });
});
