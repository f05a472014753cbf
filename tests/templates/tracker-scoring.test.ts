// The "Score a candidate" endpoints through the emulator: independence, the lock, bad input,
// text safety and the cost of appending a scorecard.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { SCORECARD_CAPACITY } from '../../src/sheets/tracker/layout';
import type { DebriefView } from '../../src/domain/scoring/api';
import { FLAG_IDS, call, candidate, context, insertTracker, newAddon, rowsOf, scorecard } from './tracker-fixture';
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
    expect(ctx.candidates).toEqual([{ name: 'Ana', stage: '', scorecards: 1 }]);
    expect(JSON.stringify(ctx)).not.toContain('strong on indexes');
    expect(() => call(addon, 'getDebrief', { trackerId: 1, candidate: 'Ana', interviewer: 'Cleo' })).toThrow(
      /Submit your own scorecard for Ana first/,
    );

    // Cleo submits: the answer is the debrief with both scorecards.
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
    expect(() => submit(addon, 'Ana', 'ben', [1, 1, 1, 1, 1, 1])).toThrow(/Ben has already scored Ana \(row 2 of the Scorecards sheet\)/);
    expect(scorecardRows(addon)).toHaveLength(1);
  });
});

describe('submitting a scorecard', () => {
  it('appends one row with the scores, red flags and notes, names and notes kept as text', () => {
    const addon = trackerWithAna();
    submit(addon, 'ana', '=IMPORTXML("http://x","//a")', [4, null, 3, 2, 1, 4], {
      redFlags: [FLAG_IDS[1], FLAG_IDS[4]],
      notes: '+1 for tests\n=SUM(A:A)',
    });
    const [row] = scorecardRows(addon);
    expect(row).toMatchObject({ Candidate: 'Ana', Interviewer: '=IMPORTXML("http://x","//a")', Notes: '+1 for tests\n=SUM(A:A)' });
    const sheet = addon.spreadsheet.getSheetByName('Scorecards')!;
    expect(
      sheet
        .getRange('A2:P2')
        .getFormulas()[0]
        .every((f) => f === ''),
    ).toBe(true);
    expect(sheet.getRange('D2:I2').getValues()[0]).toEqual([4, '', 3, 2, 1, 4]);
    expect(sheet.getRange(2, 10, 1, FLAG_IDS.length).getValues()[0]).toEqual(FLAG_IDS.map((_, i) => i === 1 || i === 4));
    expect(sheet.getRange('C2').getDisplayValue()).toBe('2026-05-04');
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
    const filler = large.spreadsheet.getSheetByName('Scorecards')!;
    filler.getRange(2, 1, 300, 4).setValues(Array.from({ length: 300 }, (_, i) => ['Ana', `Interviewer ${i}`, '2026-05-01', 3]));
    const few = submit(small, 'Ana', 'Ben', [3]).counts;
    const many = submit(large, 'Ana', 'Ben', [3]).counts;
    expect(many).toEqual(few);
    expect(few.byMethod['Range.setValues']).toBe(1);
    expect(scorecardRows(large)).toHaveLength(301);
  });

  it(`stops at the ${SCORECARD_CAPACITY} rows its formulas cover, saying so`, () => {
    const addon = trackerWithAna();
    const sheet = addon.spreadsheet.getSheetByName('Scorecards')!;
    sheet
      .getRange(2, 1, SCORECARD_CAPACITY, 2)
      .setValues(Array.from({ length: SCORECARD_CAPACITY }, (_, i) => ['Ana', `Interviewer ${i}`]));
    expect(() => submit(addon, 'Ana', 'Ben', [3])).toThrow(/The Scorecards sheet is full/);
    expect(sheet.getRange(SCORECARD_CAPACITY + 2, 1).getValue()).toBe('');
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
    const ctx = added.value;
    expect(ctx).toMatchObject({
      trackerId: 1,
      candidates: [{ name: 'Typed by hand' }, { name: '+44 Dev', stage: 'screening', scorecards: 0 }],
    });
    expect(candidate(addon, '+44 Dev')).toMatchObject({
      Stage: 'screening',
      Years: 4,
      'Quoted $/hour': 55,
      Recommendation: 'Awaiting scorecards',
    });
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
    expect(() => submit(addon, 'Ana', 'Ben', [3])).toThrow(/no candidate tracker any more .* Insert candidate tracker/);
    expect(insertTracker(addon).value).toMatchObject({ trackerId: 2, candidatesSheet: 'Candidates (2)' });
    expect(addon.spreadsheet.getRangeByName('DevRateCandidates')!.getSheet().getName()).toBe('Candidates');
    expect(context(addon)).toMatchObject({ trackerId: 2, candidates: [] });
  });

  it('still finds a tracker whose sheets were renamed', () => {
    const addon = trackerWithAna();
    addon.spreadsheet.getSheetByName('Candidates')!.setName('Backend hires');
    addon.spreadsheet.getSheetByName('Scorecards')!.setName('Interview scores');
    expect(context(addon)).toMatchObject({ trackers: [{ id: 1, label: 'Backend hires' }], candidates: [{ name: 'Ana' }] });
    expect(submit(addon, 'Ana', 'Ben', [4]).value.scorecards).toHaveLength(1);
    expect(candidate(addon, 'Ana', 'Backend hires').Scorecards).toBe(1);
  });
});
