// The "Score a candidate" endpoints through the emulator: independence, the lock, bad input,
// text safety and the cost of appending a scorecard.
import fc from 'fast-check';
import type { Addon } from '../../playground/emulator';
import { describe, expect, it } from 'vitest';
import { SCORECARD_COLUMNS, columnOf, flagKey, scoreKey } from '../../src/sheets/tracker/layout';
import type { DebriefView } from '../../src/domain/scoring/api';
import { FLAG_IDS, QUESTION_IDS, call, candidate, context, insertTracker, newAddon, rowsOf, scorecard } from './tracker-fixture';
import { runs } from '../support/runs';

function trackerWithAna() {
  const addon = newAddon();
  insertTracker(addon);
  call(addon, 'addCandidate', { trackerId: 1, name: 'Ana', level: 'senior', region: 'asia', quote: 70 });
  return addon;
}

const submit = (addon: ReturnType<typeof newAddon>, ...args: Parameters<typeof scorecard>) =>
  call<DebriefView>(addon, 'submitScorecard', scorecard(...args));
const scorecardRows = (addon: ReturnType<typeof newAddon>) => rowsOf(addon, 'Scorecards');

describe('independent scoring', () => {
  it("keeps other interviewers' scores from an interviewer until they have submitted their own", () => {
    const addon = trackerWithAna();
    submit(addon, 'Ana', 'Ben', [4, 3, 4, 3, 3, null], { notes: 'strong on indexes' });

    // Cleo, before scoring: the context has a count, no scores or notes; the debrief is refused.
    const ctx = context(addon);
    expect(ctx.candidates).toEqual([
      { name: 'Ana', stage: '', scorecards: 1, panelCell: '', panel: [], submitted: ['Ben'], revealed: null },
    ]);
    expect(JSON.stringify(ctx)).not.toContain('strong on indexes');
    expect(() => call(addon, 'getDebrief', { trackerId: 1, candidate: 'Ana', interviewer: 'Cleo' })).toThrow(
      /Submit your own scorecard for Ana first/,
    );

    // With Ana's panel set (by Ben, under his bound name), Cleo submits: the answer is the debrief with both scorecards.
    call(addon, 'setPanel', { trackerId: 1, candidate: 'Ana', panel: ['Ben', 'Cleo', 'Dee'], expected: '', interviewer: 'Ben' });
    const debrief = submit(addon, 'Ana', 'Cleo', [3, 3, 2, 3, 4, null]).value;
    expect(debrief.scorecards.map((c) => c.interviewer)).toEqual(['Ben', 'Cleo']);
    expect(debrief.scorecards[0].notes).toBe('strong on indexes');
    expect(debrief.recommendation.label).toBe('Debrief first');
    // From now on Cleo (however she types her name) may reopen it.
    expect(call<DebriefView>(addon, 'getDebrief', { trackerId: 1, candidate: 'ana', interviewer: ' CLEO ' }).value.weighted).toBe(
      debrief.weighted,
    );
  });

  it('takes one scorecard per interviewer and candidate, pointing to the row to edit instead', () => {
    const addon = trackerWithAna();
    submit(addon, 'Ana', 'Ben', [4, 3, 4, 3, 3, null]);
    expect(() => submit(addon, 'Ana', 'ben', [1, 1, 1, 1, 1, 1])).toThrow(
      /Ben has already submitted a scorecard for Ana\. It stays sealed, unchanged, until the reveal/,
    );
    expect(scorecardRows(addon)).toHaveLength(1);
  });
});

describe('submitting a scorecard', () => {
  it('appends a sealed row; the reveal fills it with the scores, red flags and notes, names and notes kept as text', () => {
    const addon = trackerWithAna();
    const by = '=IMPORTXML("http://x","//a")';
    submit(addon, 'ana', by, [4, null, 3, 2, 1, 4], {
      redFlags: [FLAG_IDS[1], FLAG_IDS[4]],
      notes: '+1 for tests\n=SUM(A:A)',
      vote: 'Strong yes',
    });
    const sheet = addon.spreadsheet.getSheetByName('Scorecards')!;
    const cells = () => Object.fromEntries(SCORECARD_COLUMNS.map((c, i) => [c.key, sheet.getRange(2, i + 1).getValue()]));
    const sealedRow = cells();
    expect(sealedRow).toMatchObject({ candidate: 'Ana', interviewer: by, round: 'technical', notes: 'sealed', vote: 'sealed' });
    for (const q of QUESTION_IDS) expect(sealedRow[scoreKey(q)]).toBe('sealed');
    for (const f of FLAG_IDS) expect(sealedRow[flagKey(f)]).toBe('sealed');

    call(addon, 'revealScores', { trackerId: 1, candidate: 'Ana', interviewer: by });
    expect(
      sheet
        .getRange(2, 1, 1, SCORECARD_COLUMNS.length)
        .getFormulas()[0]
        .every((f) => f === ''),
    ).toBe(true);
    const revealed = cells();
    expect(revealed).toMatchObject({ candidate: 'Ana', interviewer: by, notes: '+1 for tests\n=SUM(A:A)', vote: 'Strong yes' });
    expect(QUESTION_IDS.map((q) => revealed[scoreKey(q)])).toEqual([4, '', 3, 2, 1, 4]);
    expect(FLAG_IDS.map((f) => revealed[flagKey(f)])).toEqual(FLAG_IDS.map((_, i) => i === 1 || i === 4));
    expect(sheet.getRange(2, columnOf(SCORECARD_COLUMNS, 'date')).getDisplayValue()).toBe('2026-05-04');
  });

  it('refuses a bad payload with a message that says what is wrong, and writes nothing', () => {
    const addon = trackerWithAna();
    const bad = [
      [{ ...scorecard('Ana', 'Ben', [5]) }, /scores › system_design: the highest score is 4/],
      [{ ...scorecard('Ana', 'Ben', [null]) }, /Score at least one question or tick a red flag/],
      [{ ...scorecard('Ana', '', [3]) }, /interviewer: Interviewer is required/],
      [{ ...scorecard('Ana', 'Ben', [3]), redFlags: ['vibes'] }, /unknown red flag/],
      [{ ...scorecard('Ana', 'Ben', [3]), extra: 1 }, /Unrecognized key/],
      ['not an object', /The scorecard was not saved/],
      [{ ...scorecard('Zoe', 'Ben', [3]) }, /"Zoe" is not on the Candidates sheet/],
      [{ ...scorecard('Ana', 'Ben', [3]), trackerId: 7 }, /no candidate tracker number 7/],
    ] as const;
    for (const [payload, message] of bad) expect(() => call(addon, 'submitScorecard', payload)).toThrow(message);
    expect(scorecardRows(addon)).toEqual([]);
  });

  it('turns away any malformed payload with a readable message, writing nothing', () => {
    const addon = trackerWithAna();
    const nearlyValid = fc.record({
      trackerId: fc.oneof(fc.constant(1), fc.integer(), fc.string()),
      candidate: fc.oneof(fc.constant('Ana'), fc.string()),
      interviewer: fc.oneof(fc.constant('Ben'), fc.string({ maxLength: 3 })),
      date: fc.oneof(fc.constant('2026-05-04'), fc.string()),
      scores: fc.dictionary(
        fc.constantFrom('database', 'charisma'),
        fc.oneof(fc.integer({ min: -2, max: 9 }), fc.constant(null), fc.string()),
      ),
      redFlags: fc.array(fc.oneof(fc.constantFrom(...FLAG_IDS), fc.string())),
      notes: fc.oneof(fc.string(), fc.integer()),
    });
    fc.assert(
      fc.property(fc.oneof(fc.anything(), nearlyValid), (payload) => {
        let message = '';
        try {
          call(addon, 'submitScorecard', payload);
        } catch (e) {
          message = (e as Error).message;
        }
        // Payloads that happen to be valid are saved; everything else is refused with a reason.
        if (message) expect(message).toMatch(/not saved|not on the Candidates sheet|already scored|no candidate tracker/);
      }),
      { numRuns: runs(60) },
    );
    const saved = scorecardRows(addon);
    expect(saved.every((r) => r.Candidate === 'Ana')).toBe(true);
  });

  it('waits for the document lock: while another editor holds it nothing is written, then both land', () => {
    const addon = trackerWithAna();
    call(addon, 'addCandidate', { trackerId: 1, name: 'Bo' });
    const release = addon.locks.holdAs('document');
    expect(() => submit(addon, 'Ana', 'Ben', [3])).toThrow(/Another editor is changing this spreadsheet/);
    expect(scorecardRows(addon)).toEqual([]);
    release();
    const first = submit(addon, 'Ana', 'Ben', [3]);
    const second = submit(addon, 'Bo', 'Cleo', [2]);
    expect(scorecardRows(addon).map((r) => [r.Candidate, r.Interviewer])).toEqual([
      ['Ana', 'Ben'],
      ['Bo', 'Cleo'],
    ]);
    for (const result of [first, second]) expect(result.lockViolations).toEqual([]);
  });

  it('costs the same number of service calls with 1 or 300 scorecards on the sheet', () => {
    const small = trackerWithAna();
    const large = trackerWithAna();
    const fill = (addon: Addon, rows: number) => {
      const filler = addon.spreadsheet.getSheetByName('Scorecards')!;
      if (rows > filler.getMaxRows() - 50) filler.insertRowsAfter(filler.getMaxRows(), rows + 50 - filler.getMaxRows()); // room left: no growth
      filler.getRange(2, 1, rows, 4).setValues(Array.from({ length: rows }, (_, i) => ['Ana', `Interviewer ${i}`, '2026-05-01', 3]));
    };
    fill(small, 1);
    fill(large, 300);
    const few = submit(small, 'Ana', 'Ben', [3]).counts;
    const many = submit(large, 'Ana', 'Ben', [3]).counts;
    expect(many).toEqual(few);
    expect(few.byMethod['Range.setValues']).toBe(1);
    expect(scorecardRows(large)).toHaveLength(301);
  });

  it('has no capacity: when every row is used the sheet grows, and the formulas cover the new rows', () => {
    const addon = trackerWithAna();
    const sheet = addon.spreadsheet.getSheetByName('Scorecards')!;
    const rows = sheet.getMaxRows() - 1;
    sheet.getRange(2, 1, rows, 2).setValues(Array.from({ length: rows }, (_, i) => ['Ana', `Interviewer ${i}`]));
    submit(addon, 'Ana', 'Ben', [3]);
    expect(sheet.getMaxRows()).toBeGreaterThan(rows + 1);
    expect(sheet.getRange(rows + 2, 1, 1, 2).getValues()).toEqual([['Ana', 'Ben']]);
    call(addon, 'revealScores', { trackerId: 1, candidate: 'Ana', interviewer: 'Ben' });
    expect(sheet.getRange(rows + 2, 1, 1, 2).getValues()).toEqual([['Ana', 'Ben']]);
    expect(candidate(addon, 'Ana').Scorecards).toBe(rows + 1);
    // The new rows keep the table's dropdowns and number formats, down to the last one.
    const width = sheet.getMaxColumns();
    const rulesOf = (row: number) =>
      sheet
        .getRange(row, 1, 1, width)
        .getDataValidations()[0]
        .map((v) => v && [v.getCriteriaType(), v.getCriteriaValues().length, v.getHelpText()]);
    const formatsOf = (row: number) => sheet.getRange(row, 1, 1, width).getNumberFormats()[0];
    // Automatic cells read "0.###############" in Sheets: copied as General they stay automatic
    // (a typed 50% or date keeps its own look) instead of taking that fixed number pattern.
    const ownFormatsOf = (row: number) =>
      addon.workbook.readCells(sheet.getSheetId(), { row, col: 1, numRows: 1, numCols: width })[0].map((c) => c.numberFormat);
    expect(rulesOf(2).filter(Boolean).length).toBeGreaterThan(3);
    for (const row of [rows + 2, sheet.getMaxRows()]) {
      expect(rulesOf(row)).toEqual(rulesOf(2));
      expect(formatsOf(row)).toEqual(formatsOf(2));
      expect(ownFormatsOf(row)).toEqual(ownFormatsOf(2));
    }
  });
});

describe('adding a candidate', () => {
  it('fills the first free Candidates row as text, leaving the formulas in place', () => {
    const addon = newAddon();
    insertTracker(addon);
    addon.edit('Candidates', 'A2', 'Typed by hand');
    const added = call(addon, 'addCandidate', { trackerId: 1, name: '+44 Dev', stage: 'screening', years: 4, quote: 55 });
    expect(added.lockViolations).toEqual([]);
    expect(added.counts.byMethod['Lock.tryLock']).toBe(1);
    // The answer is the new candidate alone; the list the sidebar loads has everyone.
    expect(added.value).toEqual({
      trackerId: 1,
      candidate: { name: '+44 Dev', stage: 'screening', scorecards: 0, panelCell: '', panel: [], submitted: [], revealed: null },
    });
    expect(context(addon)).toMatchObject({
      trackerId: 1,
      candidates: [{ name: 'Typed by hand' }, { name: '+44 Dev', stage: 'screening', scorecards: 0 }],
    });
    // The debrief columns wait for the reveal, even the recommendation.
    expect(candidate(addon, '+44 Dev')).toMatchObject({ Stage: 'screening', Years: 4, 'Quoted $/hour': 55, Recommendation: '' });
  });

  it('answers the candidate as the full list shows them, reading the store for them alone', () => {
    const addon = trackerWithAna();
    submit(addon, 'Ana', 'Ben', [4, 3, 4, 3, 3, null]);
    call(addon, 'setPanel', { trackerId: 1, candidate: 'Ana', panel: ['Ben', 'Cy'], expected: '', interviewer: 'Ben' });
    addon.spreadsheet.getSheetByName('Candidates')!.deleteRow(2); // Ana's row: the store still knows her panel and scorecard
    const added = call(addon, 'addCandidate', { trackerId: 1, name: 'Ana', stage: 'offer' });
    expect(added.counts.byMethod['Properties.getProperties'] ?? 0).toBe(0);
    const listed = context(addon).candidates.find((c) => c.name === 'Ana');
    expect(added.value).toEqual({ trackerId: 1, candidate: listed });
    expect(listed).toMatchObject({ stage: 'offer', panel: ['Ben', 'Cy'], scorecards: 1 });
    // Ben's debrief reads Ana's keys of the store alone too, never every property.
    const debrief = call<DebriefView>(addon, 'getDebrief', { trackerId: 1, candidate: 'Ana', interviewer: 'Ben' });
    expect(debrief.value.scorecards.map((c) => c.interviewer)).toEqual(['Ben']);
    expect(debrief.counts.byMethod['Properties.getProperties'] ?? 0).toBe(0);
  });

  it('refuses a name already on the sheet, ignoring case', () => {
    const addon = trackerWithAna();
    expect(() => call(addon, 'addCandidate', { trackerId: 1, name: ' ANA ' })).toThrow(/"Ana" is already on the Candidates sheet/);
    expect(() => call(addon, 'addCandidate', { trackerId: 1, name: 'Bo', quote: -1 })).toThrow(/Quoted \$\/hour cannot be negative/);
    expect(context(addon).candidates.map((c) => c.name)).toEqual(['Ana']);
  });
});

describe('the "Score a candidate" menu item', () => {
  it('opens the scoring sidebar with the form controls people look for', () => {
    const addon = newAddon();
    addon.clickMenu(['DevRate', 'Score a candidate']);
    expect(addon.ui.sidebar).toMatchObject({ kind: 'sidebar', title: 'Score a candidate' });
    expect(addon.ui.sidebar?.html).toContain('Submit scorecard');
  });
});

describe('finding the tracker', () => {
  it('answers "no tracker" on a fresh spreadsheet, and the tracker of the active sheet when there are several', () => {
    const addon = newAddon();
    expect(context(addon)).toEqual({ trackers: [], trackerId: null, candidates: [] });
    insertTracker(addon);
    insertTracker(addon);
    expect(context(addon).trackerId).toBe(2); // the newest, now active
    addon.spreadsheet.getSheetByName('Scorecards')!.activate();
    expect(context(addon)).toMatchObject({
      trackerId: 1,
      trackers: [
        { id: 1, label: 'Candidates' },
        { id: 2, label: 'Candidates (2)' },
      ],
    });
    expect(context(addon, 2).trackerId).toBe(2);
  });

  it('says so when a tracker lost its Scorecards sheet, and a new tracker leaves the remains alone', () => {
    const addon = trackerWithAna();
    addon.spreadsheet.deleteSheet(addon.spreadsheet.getSheetByName('Scorecards')!);
    expect(context(addon).trackers).toEqual([]);
    expect(() => submit(addon, 'Ana', 'Ben', [3])).toThrow(/lost its Scorecards sheet .* Repair tracker .* Your scorecard was not saved/);
    expect(insertTracker(addon).value).toMatchObject({ trackerId: 2, candidatesSheet: 'Candidates (2)' });
    expect(addon.spreadsheet.getRangeByName('DevRateWeights')!.getSheet().getName()).toBe('Scoring rules');
    expect(context(addon)).toMatchObject({ trackerId: 2, candidates: [] });
  });

  it('still finds a tracker whose sheets were renamed', () => {
    const addon = trackerWithAna();
    addon.spreadsheet.getSheetByName('Candidates')!.setName('Backend hires');
    addon.spreadsheet.getSheetByName('Scorecards')!.setName('Interview scores');
    expect(context(addon)).toMatchObject({ trackers: [{ id: 1, label: 'Backend hires' }], candidates: [{ name: 'Ana' }] });
    expect(submit(addon, 'Ana', 'Ben', [4]).value.scorecards).toHaveLength(1);
    call(addon, 'revealScores', { trackerId: 1, candidate: 'Ana', interviewer: 'Ben' });
    expect(candidate(addon, 'Ana', 'Backend hires').Scorecards).toBe(1);
  });
});
