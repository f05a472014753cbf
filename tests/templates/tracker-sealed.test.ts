// Sealed scorecards through the emulator, with several accounts in one spreadsheet: what the
// sheet shows before and after the reveal, names bound to accounts, the reveal happening
// exactly once, the property quotas, and nothing a person typed being changed.
import { describe, expect, it } from 'vitest';
import type { EndpointName, ResultOf } from '../../src/endpoints/registry';
import type { ScorecardPayload } from '../../src/domain/scoring/payloads';
import { CANDIDATE_COLUMNS, SCORECARD_COLUMNS, columnOf, flagKey, scoreKey } from '../../src/sheets/tracker/layout';
import { CHUNK_BYTES, STORE_BUDGET_BYTES } from '../../src/server/sealed/seal-store';
import type { Addon } from '../../playground/emulator';
import { FLAG_IDS, QUESTION_IDS, candidate, insertTracker, newAddon, rowsOf, scorecard } from './tracker-fixture';

const BEN = 'ben@example.com';
const CLEO = 'cleo@example.com';
const DEE = 'dee@example.com';

/** A google.script.run call made by one account. */
const as = <K extends EndpointName>(addon: Addon, user: string, endpoint: K, ...args: unknown[]): ResultOf<K> =>
  addon.run<ResultOf<K>>(endpoint, args, { fromClient: true, user }).value;
const submit = (addon: Addon, user: string, ...args: Parameters<typeof scorecard>) =>
  as(addon, user, 'submitScorecard', scorecard(...args));
const debrief = (addon: Addon, user: string, interviewer: string, name = 'Ana') =>
  as(addon, user, 'getDebrief', { trackerId: 1, candidate: name, interviewer });
const reveal = (addon: Addon, user: string, interviewer: string, name = 'Ana') =>
  as(addon, user, 'revealScores', { trackerId: 1, candidate: name, interviewer });
const setPanel = (addon: Addon, user: string, interviewer: string, panel: string[], expected = '') =>
  as(addon, user, 'setPanel', { trackerId: 1, candidate: 'Ana', panel, expected, interviewer });

const sealedKeys = (addon: Addon) => [...addon.workbook.documentProperties.keys()].filter((k) => k.startsWith('devrate.sealed.'));
const scorecardCells = (addon: Addon) => {
  const sheet = addon.spreadsheet.getSheetByName('Scorecards')!;
  return sheet
    .getRange(2, 1, 20, SCORECARD_COLUMNS.length)
    .getValues()
    .filter((r) => r[0] !== '')
    .map((r) => Object.fromEntries(SCORECARD_COLUMNS.map((c, i) => [c.key, r[i]])));
};
const notesOnSheet = (addon: Addon) => scorecardCells(addon).map((r) => r.notes);

function trackerWithAna(): Addon {
  const addon = newAddon();
  insertTracker(addon);
  as(addon, BEN, 'addCandidate', { trackerId: 1, name: 'Ana', level: 'senior', region: 'asia', quote: 70 });
  return addon;
}

describe('a sealed scorecard', () => {
  it('puts a row on the sheet that says who, which round and when, and "sealed" for scores, vote, red flags and notes', () => {
    const addon = trackerWithAna();
    submit(addon, BEN, 'Ana', 'Ben', [4, 3, 4, 3, 3, null], {
      redFlags: [FLAG_IDS[0]],
      notes: 'strong on indexes',
      vote: 'Strong yes',
      round: 'screening',
    });
    const [row] = scorecardCells(addon);
    expect(row).toMatchObject({ candidate: 'Ana', interviewer: 'Ben', round: 'screening', vote: 'sealed', notes: 'sealed' });
    for (const q of QUESTION_IDS) expect(row[scoreKey(q)]).toBe('sealed');
    for (const f of FLAG_IDS) expect(row[flagKey(f)]).toBe('sealed');
    // Nowhere in the grid: not on Scorecards, not in the debrief columns of Candidates.
    const everything = JSON.stringify(
      addon.workbook.sheets.map((s) => addon.spreadsheet.getSheetByName(s.name)!.getDataRange().getValues()),
    );
    expect(everything).not.toContain('strong on indexes');
    const debriefColumns = CANDIDATE_COLUMNS.slice(columnOf(CANDIDATE_COLUMNS, 'scorecards') - 1);
    const ana = candidate(addon, 'Ana');
    for (const c of debriefColumns) expect(ana[c.header], c.header).toBe('');
    // The context says who has submitted, never what.
    const ctx = as(addon, CLEO, 'getScoringContext', null);
    expect(ctx.candidates[0]).toMatchObject({ name: 'Ana', submitted: ['Ben'], revealed: null });
    expect(JSON.stringify(ctx)).not.toContain('indexes');
  });

  it('with a panel, shows each member the debrief once they have submitted, with who raised each red flag and note, and nobody else', () => {
    const addon = trackerWithAna();
    submit(addon, BEN, 'Ana', 'Ben', [4, 3, 4, 3, 3, null], { redFlags: [FLAG_IDS[0]], notes: 'strong on indexes', vote: 'Yes' });
    setPanel(addon, BEN, 'Ben', ['Ben', 'Cleo', 'Dee']);
    expect(() => debrief(addon, CLEO, 'Cleo')).toThrow(/Submit your own scorecard for Ana first/);
    const cleo = submit(addon, CLEO, 'Ana', 'Cleo', [3, 3, 2, 3, 4, null], { redFlags: [FLAG_IDS[0]], vote: 'No' });
    expect(cleo.scorecards.map((c) => [c.interviewer, c.vote, c.notes])).toEqual([
      ['Ben', 'Yes', 'strong on indexes'],
      ['Cleo', 'No', ''],
    ]);
    expect(cleo.redFlagsRaisedBy[FLAG_IDS[0]]).toEqual(['Ben', 'Cleo']);
    expect(cleo.votes).toMatchObject({ Yes: 1, No: 1 });
    expect(cleo.status).toMatchObject({ submitted: ['Ben', 'Cleo'], missing: ['Dee'], revealed: null, hidden: 0 });
    expect(debrief(addon, BEN, 'Ben').scorecards).toHaveLength(2);
    expect(() => debrief(addon, DEE, 'Dee')).toThrow(/Submit your own scorecard/);
    // Someone not on the panel can neither score nor read.
    expect(() => submit(addon, DEE, 'Ana', 'Mallory', [1])).toThrow(/Mallory is not on Ana's panel \(Ben, Cleo, Dee\)/);
  });

  it('without a panel, shows each interviewer only their own scorecard until the reveal', () => {
    const addon = trackerWithAna();
    submit(addon, BEN, 'Ana', 'Ben', [4], { notes: 'ben note' });
    const cleo = submit(addon, CLEO, 'Ana', 'Cleo', [2], { notes: 'cleo note' });
    expect(cleo.scorecards.map((c) => c.interviewer)).toEqual(['Cleo']);
    expect(cleo.status).toMatchObject({ submitted: ['Ben', 'Cleo'], hidden: 1, revealed: null });
    expect(JSON.stringify(debrief(addon, BEN, 'Ben'))).not.toContain('cleo note');
    reveal(addon, CLEO, 'Cleo');
    expect(debrief(addon, DEE, 'Dee').scorecards.map((c) => c.notes)).toEqual(['ben note', 'cleo note']);
  });
});

describe('names bound to accounts', () => {
  it('refuses another account submitting or reading the debrief under a name already used', () => {
    const addon = trackerWithAna();
    submit(addon, BEN, 'Ana', 'Ben', [4], { notes: 'private' });
    const rows = scorecardCells(addon).length;
    expect(() => submit(addon, CLEO, 'Ana', ' BEN ', [1])).toThrow(/"BEN" is already used by another account in this spreadsheet/);
    expect(() => debrief(addon, CLEO, 'ben')).toThrow(/already used by another account/);
    expect(() => reveal(addon, CLEO, 'Ben')).toThrow(/already used by another account/);
    expect(scorecardCells(addon)).toHaveLength(rows);
    expect(debrief(addon, BEN, 'Ben').scorecards[0].notes).toBe('private');
  });

  it('follows its owner through a key rotation (their user properties hold the way through), never a colleague', () => {
    const addon = trackerWithAna();
    submit(addon, BEN, 'Ana', 'Ben', [4]);
    addon.rotateTemporaryKey(BEN);
    expect(debrief(addon, BEN, 'Ben').scorecards).toHaveLength(1); // same account, new key: still Ben
    addon.rotateTemporaryKey(CLEO);
    expect(() => debrief(addon, CLEO, 'Ben')).toThrow(/already used by another account/);
    // His next write moves the binding to his new key: it holds even if his user properties are cleared then.
    as(addon, BEN, 'addCandidate', { trackerId: 1, name: 'Bo' });
    submit(addon, BEN, 'Bo', 'Ben', [3]);
    addon.userProperties.get(BEN)!.clear();
    expect(debrief(addon, BEN, 'Ben').scorecards).toHaveLength(1);
    // Lost both (a new key and no user properties): the name stays taken; he uses another one.
    addon.userProperties.get(BEN)!.clear();
    addon.rotateTemporaryKey(BEN);
    expect(() => debrief(addon, BEN, 'Ben')).toThrow(/already used by another account/);
  });
});

describe('the reveal', () => {
  it('happens by itself when the whole panel has submitted, and records it on the Candidates row', () => {
    const addon = trackerWithAna();
    submit(addon, BEN, 'Ana', 'Ben', [4, 3, 4, 3, 3, null], { notes: 'ben note' });
    setPanel(addon, BEN, 'Ben', ['Ben', 'Cleo']);
    expect(candidate(addon, 'Ana').Panel).toBe('Ben, Cleo');
    expect(notesOnSheet(addon)).toEqual(['sealed']);
    const last = submit(addon, CLEO, 'Ana', 'Cleo', [3, 3, 3, 3, 4, null], { notes: 'cleo note' });
    expect(last.status.revealed).toMatchObject({ by: 'DevRate (panel complete)', panelSubmitted: 2, panelSize: 2 });
    expect(notesOnSheet(addon)).toEqual(['ben note', 'cleo note']);
    expect(sealedKeys(addon)).toEqual([]);
    expect(candidate(addon, 'Ana')).toMatchObject({
      'Revealed by': 'DevRate (panel complete)',
      'Panel submitted': '2 of 2',
      Scorecards: 2,
      'Weighted score': 3.33,
      Votes: '2 Yes',
    });
    expect(String(candidate(addon, 'Ana')['Revealed on'])).toMatch(/^\d{4}-\d{2}-\d{2} \d{2}:\d{2}$/);
  });

  it('by "Reveal scores" writes each scorecard once, however often and by whomever it is pressed', () => {
    const addon = trackerWithAna();
    submit(addon, BEN, 'Ana', 'Ben', [4], { notes: 'ben note' });
    setPanel(addon, BEN, 'Ben', ['Ben', 'Cleo', 'Dee']);
    submit(addon, CLEO, 'Ana', 'Cleo', [3], { notes: 'cleo note' });
    // Dee has not scored, so her name is not hers yet: she cannot reveal under it.
    expect(() => reveal(addon, DEE, 'Dee')).toThrow(/"Dee" is not tied to your account yet/);
    // Cleo and Ben both saw "not revealed" and press the button one after the other.
    const first = reveal(addon, CLEO, 'cleo');
    const second = reveal(addon, BEN, 'Ben');
    expect(first).toMatchObject({ written: 2, record: { by: 'Cleo', panelSubmitted: 2, panelSize: 3 } });
    expect(second).toMatchObject({ written: 0, record: { by: 'Cleo' } });
    expect(notesOnSheet(addon)).toEqual(['ben note', 'cleo note']);
    expect(candidate(addon, 'Ana')).toMatchObject({ 'Revealed by': 'Cleo', 'Panel submitted': '2 of 3' });
    // After the reveal a late scorecard goes straight onto the sheet.
    submit(addon, DEE, 'Ana', 'Dee', [2], { notes: 'late' });
    expect(notesOnSheet(addon)).toEqual(['ben note', 'cleo note', 'late']);
    expect(candidate(addon, 'Ana').Scorecards).toBe(3);
  });

  it('while another execution holds the lock reveals nothing, then once', () => {
    const addon = trackerWithAna();
    submit(addon, BEN, 'Ana', 'Ben', [4], { notes: 'ben note' });
    const release = addon.locks.holdAs('document');
    expect(() => reveal(addon, BEN, 'Ben')).toThrow(/Another editor is changing this spreadsheet/);
    expect(notesOnSheet(addon)).toEqual(['sealed']);
    release();
    expect(reveal(addon, BEN, 'Ben').written).toBe(1);
    expect(reveal(addon, BEN, 'Ben').written).toBe(0);
    expect(notesOnSheet(addon)).toEqual(['ben note']);
  });

  it('cut short after writing the sheet, writes nothing twice when repeated', () => {
    const addon = trackerWithAna();
    submit(addon, BEN, 'Ana', 'Ben', [4], { notes: 'ben note' });
    const store = new Map(addon.workbook.documentProperties);
    reveal(addon, BEN, 'Ben');
    for (const [k, v] of store) addon.workbook.documentProperties.set(k, v); // as if the store had not been emptied
    expect(reveal(addon, BEN, 'Ben').written).toBe(0);
    expect(notesOnSheet(addon)).toEqual(['ben note']);
    expect(sealedKeys(addon)).toEqual([]);
  });

  it('refuses a candidate nobody has scored', () => {
    const addon = trackerWithAna();
    expect(() => reveal(addon, BEN, 'Ben')).toThrow(/Nobody has submitted a scorecard for Ana yet/);
    expect(candidate(addon, 'Ana')['Revealed by']).toBe('');
  });
});

describe('nothing a person typed is changed', () => {
  it('keeps a sealed row someone typed in, revealing the scorecard into a new row with a note, and gives a deleted sealed row a new one', () => {
    const addon = trackerWithAna();
    submit(addon, BEN, 'Ana', 'Ben', [4, 3], { notes: 'ben note' });
    submit(addon, CLEO, 'Ana', 'Cleo', [2], { notes: 'cleo note' });
    const sheet = addon.spreadsheet.getSheetByName('Scorecards')!;
    const firstScore = columnOf(SCORECARD_COLUMNS, scoreKey(QUESTION_IDS[0]));
    addon.edit('Scorecards', `${String.fromCharCode(64 + firstScore)}2`, '1'); // someone types over Ben's first score
    sheet.deleteRow(3); // and deletes Cleo's sealed row
    reveal(addon, CLEO, 'Cleo');
    const rows = scorecardCells(addon);
    expect(rows.map((r) => [r.interviewer, r[scoreKey(QUESTION_IDS[0])], r[scoreKey(QUESTION_IDS[1])], r.notes])).toEqual([
      ['Ben', 1, 'sealed', 'sealed'], // as typed: DevRate writes nothing into it
      ['Ben', 4, 3, 'ben note'],
      ['Cleo', 2, '', 'cleo note'],
    ]);
    const interviewerColumn = columnOf(SCORECARD_COLUMNS, 'interviewer');
    expect(sheet.getRange(2, interviewerColumn).getNote()).toMatch(/Ben's scorecard as submitted is in row 3/);
    expect(sheet.getRange(3, interviewerColumn).getNote()).toMatch(/row 2, where it was sealed, had been typed in/);
    expect(debrief(addon, DEE, 'Dee').scorecards.map((c) => c.notes)).toEqual(['ben note', 'cleo note']);
  });

  it('sets the panel in the store, under the name bound to the caller; typing in the Panel cell changes nothing', () => {
    const addon = trackerWithAna();
    submit(addon, BEN, 'Ana', 'Ben', [4]);
    submit(addon, CLEO, 'Ana', 'Cleo', [3]);
    const panelCell = `${String.fromCharCode(64 + columnOf(CANDIDATE_COLUMNS, 'panel'))}2`;
    addon.edit('Candidates', panelCell, 'Ben, Eve');
    expect(as(addon, CLEO, 'getScoringContext', null).candidates[0]).toMatchObject({ panelCell: 'Ben, Eve', panel: [] });
    expect(setPanel(addon, CLEO, 'Cleo', ['Ben', 'Cleo', 'Dee'], '').candidates[0].panel).toEqual(['Ben', 'Cleo', 'Dee']);
    expect(candidate(addon, 'Ana').Panel).toBe('Ben, Cleo, Dee');
    // Ben's sidebar still shows no panel: his change would undo Cleo's, so it is refused.
    expect(() => setPanel(addon, BEN, 'Ben', ['Ben'], '')).toThrow(/Someone changed Ana's panel to "Ben, Cleo, Dee" since you opened it/);
    // Only a member changes it, and only under a name bound to them.
    expect(() => setPanel(addon, CLEO, 'Ben', ['Ben'], 'Ben, Cleo, Dee')).toThrow(/"Ben" is already used by another account/);
    expect(() => setPanel(addon, DEE, 'Dee', ['Dee'], 'Ben, Cleo, Dee')).toThrow(/"Dee" is not tied to your account yet/);
  });
});

describe('the property store quotas', () => {
  it('splits a long scorecard into chunks well under 9 KB and reveals it intact', () => {
    const addon = trackerWithAna();
    const notes = `${'€'.repeat(3000)}\n${'"quoted" '.repeat(200)}😀`; // 3-byte characters, escapes, a 4-byte one
    submit(addon, BEN, 'Ana', 'Ben', [4], { notes });
    const chunks = sealedKeys(addon).map((k) => addon.workbook.documentProperties.get(k)!);
    expect(chunks.length).toBeGreaterThan(2);
    for (const c of chunks) expect(Buffer.byteLength(c, 'utf8')).toBeLessThanOrEqual(CHUNK_BYTES);
    reveal(addon, BEN, 'Ben');
    expect(notesOnSheet(addon)).toEqual([notes]);
  });

  it('refuses a scorecard that would take the store past its budget, writing nothing, and takes it once there is room', () => {
    const addon = trackerWithAna();
    const props = addon.workbook.documentProperties;
    for (let i = 0; Buffer.byteLength([...props].flat().join(''), 'utf8') < STORE_BUDGET_BYTES - 2000; i++)
      props.set(`other.${i}`, 'x'.repeat(8000));
    const before = new Map(props);
    const payload: ScorecardPayload = scorecard('Ana', 'Ben', [4], { notes: 'n'.repeat(4000) });
    expect(() => as(addon, BEN, 'submitScorecard', payload)).toThrow(
      /Your scorecard was not saved: sealed scorecards waiting for a reveal fill the space/,
    );
    expect(scorecardCells(addon)).toEqual([]);
    expect([...props].filter(([k]) => !k.startsWith('devrate.name.'))).toEqual([...before].filter(([k]) => !k.startsWith('devrate.name.')));
    for (const k of [...props.keys()].filter((k) => k.startsWith('other.')).slice(0, 3)) props.delete(k);
    expect(as(addon, BEN, 'submitScorecard', payload).scorecards).toHaveLength(1);
  });
});

it('lists revealed candidates in "Compare candidates" by recommendation, then weighted score, with panel and evidence; sealed ones apart', () => {
  const addon = trackerWithAna();
  as(addon, BEN, 'addCandidate', { trackerId: 1, name: 'Bo' });
  as(addon, BEN, 'addCandidate', { trackerId: 1, name: 'Cy', level: 'senior', region: 'asia', quote: 500 });
  as(addon, BEN, 'addCandidate', { trackerId: 1, name: 'Di' });
  submit(addon, BEN, 'Ana', 'Ben', [3, 3, 3, 3, 3, 3], { vote: 'Yes' });
  submit(addon, BEN, 'Cy', 'Ben', [4, 4, 4, 4, 4, 4], { vote: 'Strong yes', redFlags: [FLAG_IDS[2]] });
  submit(addon, BEN, 'Bo', 'Ben', [2, 2, 2, 2, 2, 2], { vote: 'No' });
  submit(addon, BEN, 'Di', 'Ben', [4, 4, 4, 4, 4, 4], { vote: 'Yes', redFlags: [FLAG_IDS[0], FLAG_IDS[1]] });
  reveal(addon, BEN, 'Ben', 'Ana');
  reveal(addon, BEN, 'Ben', 'Cy');
  reveal(addon, BEN, 'Ben', 'Di');
  const view = as(addon, CLEO, 'compareCandidates', 1);
  // Advance before the red flag to check, before "Do not advance", whatever the scores.
  expect(view.rows.map((r) => [r.candidate, r.recommendation.label, r.weighted])).toEqual([
    ['Ana', 'Advance', 3],
    ['Cy', 'Check the red flag', 4],
    ['Di', 'Do not advance: red flags', 4],
  ]);
  expect(view.rows[1]).toMatchObject({ votes: { 'Strong yes': 1 }, rateCheck: 'above range', panelNote: '', evidence: { counted: 1 } });
  expect(view.rows[1].redFlagsRaised[0]).toMatch(/×1 \(Ben\)$/);
  expect(view.sealed).toEqual(['Bo']);
  expect(JSON.stringify(view)).not.toContain('"No":1');
  expect(rowsOf(addon, 'Scorecards')).toHaveLength(4);
});

it('ranks a candidate revealed with 1 of 2 panel scorecards as such, and the sheet says so beside the recommendation', () => {
  const addon = trackerWithAna();
  submit(addon, BEN, 'Ana', 'Ben', [4, 3, 4, 3, 3, 3], { vote: 'Yes' });
  as(addon, BEN, 'setPanel', { trackerId: 1, candidate: 'Ana', panel: ['Ben', 'Cleo'], expected: '', interviewer: 'Ben' });
  reveal(addon, BEN, 'Ben', 'Ana');
  const [row] = as(addon, CLEO, 'compareCandidates', 1).rows;
  expect(row).toMatchObject({ candidate: 'Ana', panelNote: 'incomplete panel: 1 of 2', recommendation: { label: 'Advance' } });
  expect(candidate(addon, 'Ana').Recommendation).toBe('Advance (incomplete panel: 1 of 2)');
  submit(addon, CLEO, 'Ana', 'Cleo', [3, 3, 3, 3, 3, 3], { vote: 'Yes' });
  expect(candidate(addon, 'Ana').Recommendation).toBe('Advance');
});

it('reveals a scorecard whose sealed row was deleted into an empty row, growing a full sheet, touching no typed row', () => {
  const addon = trackerWithAna();
  submit(addon, BEN, 'Ana', 'Ben', [4], { notes: 'ben note' });
  const sheet = addon.spreadsheet.getSheetByName('Scorecards')!;
  sheet.deleteRow(2); // the sealed row is gone: the reveal needs a new one
  const rows = sheet.getMaxRows() - 1;
  const typed = Array.from({ length: rows }, (_, i) => ['Someone', `Interviewer ${i}`]);
  sheet.getRange(2, 1, rows, 2).setValues(typed);
  expect(reveal(addon, BEN, 'Ben')).toMatchObject({ written: 1, record: { by: 'Ben' } });
  expect(sealedKeys(addon)).toEqual([]);
  expect(candidate(addon, 'Ana')['Revealed by']).toBe('Ben');
  expect(sheet.getRange(2, 1, rows, 2).getValues()).toEqual(typed);
  expect(sheet.getMaxRows()).toBeGreaterThan(rows + 1);
  const added = sheet.getRange(rows + 2, 1, 1, SCORECARD_COLUMNS.length).getValues()[0];
  expect(added[columnOf(SCORECARD_COLUMNS, 'candidate') - 1]).toBe('Ana');
  expect(added[columnOf(SCORECARD_COLUMNS, 'notes') - 1]).toBe('ben note');
  expect(candidate(addon, 'Ana').Scorecards).toBe(1);
});
