// DevRate > Repair tracker: after a column, a sheet, a named range or a dropdown is lost, it
// puts each back, the add-on works again, and no value people typed changes.
import { describe, expect, it } from 'vitest';
import type { Addon } from '../../playground/emulator';
import { columnLetter } from '../../src/sheets/a1';
import { ACTIONS, columnOf, firstRowWithoutCandidate, headerRowOf, partSheet, recomputed, seededTracker, view } from './tracker-edits';
import { call } from './tracker-fixture';

const repair = (addon: Addon) => addon.clickMenu(['DevRate', 'Repair tracker']);
const typed = (addon: Addon, candidateKeys = ['Candidate', 'Stage', 'Region', 'Quoted $/hour', 'Claimed level']) => ({
  candidates: view(partSheet(addon, 'candidates')).map((r) => pick(r, candidateKeys)),
  scorecards: view(partSheet(addon, 'scorecards')).map((r) => pick(r, ['Candidate', 'Interviewer', 'Notes', 'Database'])),
});
const pick = (row: string, keys: string[]) => {
  const all = JSON.parse(row) as Record<string, unknown>;
  return Object.fromEntries(keys.filter((k) => k in all).map((k) => [k, all[k]]));
};

describe('Repair tracker', () => {
  it('puts back a deleted typed column, after which adding a candidate works again', () => {
    const addon = seededTracker();
    const candidates = partSheet(addon, 'candidates')!;
    candidates.deleteColumn(columnOf(candidates, 'Stage'));
    expect(() => ACTIONS['add candidate'](addon)).toThrow(
      /The sheet "Candidates" has no "Stage" column any more .* Use DevRate > Repair tracker to add it back\. Nothing was added\./,
    );
    const others = ['Candidate', 'Region', 'Quoted $/hour', 'Claimed level'];
    const before = typed(addon, others);
    const { value } = repair(addon);
    expect(value).toEqual([{ trackerId: 1, blocked: [], restored: ['the "Stage" column of "Candidates"'] }]);
    expect(addon.ui.toasts.at(-1)?.message).toContain('Values people typed were not touched');
    expect(typed(addon, others)).toEqual(before);
    ACTIONS['add candidate'](addon);
    expect(JSON.parse(view(candidates).find((r) => r.includes('"Zed"'))!)).toMatchObject({
      Candidate: 'Zed',
      Stage: 'sourced',
      Region: 'western_europe',
      'Quoted $/hour': 35,
    });
    expect(candidates.getRange(2, columnOf(candidates, 'Stage')).getDataValidation()?.getCriteriaType()).toBe('VALUE_IN_LIST');
  });

  it('puts back a deleted Panel column, after which sealing a scorecard works again', () => {
    const addon = seededTracker();
    const candidates = partSheet(addon, 'candidates')!;
    candidates.deleteColumn(columnOf(candidates, 'Panel'));
    expect(() => ACTIONS['seal scorecard'](addon)).toThrow(
      /The sheet "Candidates" has no "Panel" column any more .* Use DevRate > Repair tracker to add it back\. Your scorecard was not saved\./,
    );
    expect(() => ACTIONS['reveal scores'](addon)).toThrow(/no "Panel" column any more .* Nothing was revealed\./);
    const before = typed(addon);
    expect(repair(addon).value).toEqual([{ trackerId: 1, blocked: [], restored: ['the "Panel" column of "Candidates"'] }]);
    expect(typed(addon)).toEqual(before);
    ACTIONS['seal scorecard'](addon);
    expect(ACTIONS['reveal scores'](addon)).toMatchObject({ candidate: 'Cy', written: 1 });
    expect(recomputed(addon)).toMatchObject({ Cy: { scorecards: 1, votes: '1 Strong yes' } });
  });

  it('puts back a deleted debrief column with its figures', () => {
    const addon = seededTracker();
    const candidates = partSheet(addon, 'candidates')!;
    candidates.deleteColumn(columnOf(candidates, 'Scorecards'));
    const before = typed(addon);
    expect(repair(addon).value).toMatchObject([{ restored: ['the "Scorecards" column of "Candidates"'], blocked: [] }]);
    expect(typed(addon)).toEqual(before);
    expect(recomputed(addon)).toMatchObject({
      Ana: { scorecards: 2, votes: '1 Yes, 1 No' },
      Bo: { scorecards: '' },
      Cy: { scorecards: '' },
    }); // Bo sealed, Cy not scored
  });

  it('adds back a deleted Scorecards sheet, and the debrief follows it', () => {
    const addon = seededTracker();
    addon.spreadsheet.deleteSheet(partSheet(addon, 'scorecards')!);
    const before = typed(addon).candidates;
    expect(repair(addon).value).toEqual([{ trackerId: 1, blocked: [], restored: ['the Scorecards sheet (as "Scorecards")'] }]);
    expect(typed(addon).candidates).toEqual(before);
    expect(recomputed(addon)).toMatchObject({ Ana: { scorecards: 0, recommendation: 'Awaiting scorecards' } }); // its scorecards went with the sheet
    ACTIONS['submit scorecard'](addon);
    expect(recomputed(addon)).toMatchObject({ Ana: { scorecards: 1 }, Bo: { scorecards: '' } }); // Ana revealed, Bo sealed
  });

  it('points a removed weights named range back at the weights people typed', () => {
    const addon = seededTracker();
    const weights = addon.spreadsheet.getRangeByName('DevRateWeights')!;
    weights.setValues(weights.getValues().map(() => [1]));
    addon.spreadsheet.removeNamedRange('DevRateWeights');
    expect(repair(addon).value).toEqual([{ trackerId: 1, blocked: [], restored: ["the scoring weights' named range DevRateWeights"] }]);
    expect(
      addon.spreadsheet
        .getRangeByName('DevRateWeights')!
        .getValues()
        .flat()
        .every((w) => w === 1),
    ).toBe(true);
    recomputed(addon);
  });

  it('restores cleared dropdowns and finds a renamed column by its metadata, touching no value', () => {
    const addon = seededTracker();
    const scorecards = partSheet(addon, 'scorecards')!;
    const database = columnOf(scorecards, 'Database');
    scorecards.getRange(2, database, scorecards.getMaxRows() - 1, 1).clearDataValidations();
    scorecards.getRange(1, database).setValue('DB');
    const before = JSON.stringify(scorecards.getDataRange().getValues());
    expect(repair(addon).value).toEqual([{ trackerId: 1, blocked: [], restored: [] }]);
    expect(addon.ui.toasts.at(-1)?.message).toBe('Nothing was missing.');
    expect(JSON.stringify(scorecards.getDataRange().getValues())).toBe(before);
    expect(scorecards.getRange(5, database).getDataValidation()?.getCriteriaType()).toBe('VALUE_IN_LIST');
    // The renamed column is still the Database score (Ana is revealed: the scores go on the sheet).
    call(addon, 'submitScorecard', {
      trackerId: 1,
      candidate: 'Ana',
      interviewer: 'Dee',
      round: 'technical',
      date: '2026-05-04',
      vote: 'Yes',
      scores: { database: 4 },
      redFlags: [],
      notes: '',
    });
    expect(scorecards.getRange(5, database).getValue()).toBe(4);
  });

  it('names each cell typed where a formula column writes and moves nothing; once it is moved, the column computes again', () => {
    const addon = seededTracker();
    const candidates = partSheet(addon, 'candidates')!;
    const row = firstRowWithoutCandidate(candidates);
    const rateCheck = columnOf(candidates, 'Rate check');
    candidates.getRange(row, rateCheck).setValue('ask Ben');
    // Sheets' #REF! in the header: the formula cannot spill over the note.
    const header = headerRowOf(candidates);
    expect(candidates.getRange(header, rateCheck).getValue()).toBe('#REF!');
    const cell = `${columnLetter(rateCheck)}${row}`;
    expect(repair(addon).value).toEqual([
      { trackerId: 1, restored: [], blocked: [`"Rate check" on "Candidates" (${cell} holds "ask Ben")`] },
    ]);
    const alert = addon.ui.dialogs.at(-1)!;
    expect(alert).toMatchObject({ kind: 'alert', title: 'Repair tracker' });
    expect(alert.prompt).toContain(`• "Rate check" on "Candidates" (${cell} holds "ask Ben")`);
    expect(alert.prompt).toContain('DevRate does not move or delete what people type');
    expect(candidates.getRange(row, rateCheck).getValue()).toBe('ask Ben');
    // The note's row holds something: a new candidate goes into the next empty row, not that one.
    ACTIONS['add candidate'](addon);
    expect(candidates.getRange(row, columnOf(candidates, 'Candidate')).getValue()).toBe('');
    expect(candidates.getRange(row + 1, columnOf(candidates, 'Candidate')).getValue()).toBe('Zed');
    // The person moves the note to a column of their own.
    candidates.getRange(row, rateCheck).clearContent();
    expect(candidates.getRange(header, rateCheck).getValue()).toBe('Rate check');
    expect(recomputed(addon)).toMatchObject({ Ana: { scorecards: 2 }, Zed: { scorecards: '' } });
    expect(repair(addon).value).toEqual([{ trackerId: 1, restored: [], blocked: [] }]);
    expect(addon.ui.toasts.at(-1)?.message).toBe('Nothing was missing.');
  });

  it('keeps what people type in a debrief column below the candidates, and puts back a figure typed over', () => {
    const addon = seededTracker();
    const candidates = partSheet(addon, 'candidates')!;
    const weighted = columnOf(candidates, 'Weighted score');
    const free = firstRowWithoutCandidate(candidates);
    candidates.getRange(free, weighted).setValue('ask Ben');
    const ana = view(candidates).findIndex((r) => r.includes('"Ana"')) + headerRowOf(candidates) + 1;
    candidates.getRange(ana, weighted).setValue(4);
    expect(repair(addon).value).toEqual([{ trackerId: 1, restored: [], blocked: [] }]);
    expect(candidates.getRange(free, weighted).getValue()).toBe('ask Ben');
    expect(candidates.getRange(ana, weighted).getValue()).not.toBe(4);
    recomputed(addon); // the sheet agrees with the sidebar again
  });

  it('puts the evidence setting back below the rules when its named range is gone, and the debrief uses it', () => {
    const addon = seededTracker();
    addon.spreadsheet.removeNamedRange('DevRateEvidence');
    const report = repair(addon).value as { restored: string[] }[];
    expect(report[0].restored).toEqual([
      expect.stringMatching(
        /^the evidence setting "Questions a scorecard must score to count" \(row \d+ of "Scoring rules", named DevRateEvidence\)$/,
      ),
    ]);
    addon.spreadsheet.getRangeByName('DevRateEvidence')!.setValue(6);
    addon.clickMenu(['DevRate', 'Refresh debrief']);
    // Ben scored 5 of Ana's 6 questions: with 6 needed, only Cleo's scorecard counts.
    expect(recomputed(addon)).toMatchObject({ Ana: { scorecards: 2, votes: '1 No' } });
  });

  it('refuses "Compare candidates" while its rate checks cannot compute, naming the cell in the way', () => {
    const addon = seededTracker();
    const candidates = partSheet(addon, 'candidates')!;
    const row = firstRowWithoutCandidate(candidates);
    const rateCheck = columnOf(candidates, 'Rate check');
    candidates.getRange(row, rateCheck).setValue('too high?');
    expect(() => call(addon, 'compareCandidates', 1)).toThrow(
      new RegExp(
        `A computed column shows #REF! instead of its figures: "Rate check" on "Candidates" \\(${columnLetter(rateCheck)}${row} holds "too high\\?"\\)\\. .*Nothing was changed\\.`,
      ),
    );
    candidates.getRange(row, rateCheck).clearContent();
    expect(call<{ rows: { candidate: string }[] }>(addon, 'compareCandidates', 1).value.rows.map((r) => r.candidate)).toEqual(['Ana']);
  });

  it('freezes the header again after rows were inserted above it, leaving the rows people added as they are, so sorting keeps the header in place', () => {
    const addon = seededTracker();
    const candidates = partSheet(addon, 'candidates')!;
    candidates.insertRowsBefore(headerRowOf(candidates), 2);
    candidates.getRange(1, 1).setValue('Hiring, spring 2026');
    const before = typed(addon);
    expect(repair(addon).value).toEqual([
      {
        trackerId: 1,
        restored: ['the frozen header of "Candidates" (rows 1 to 3, so that sorting leaves its header row in place)'],
        blocked: [],
      },
    ]);
    expect(candidates.getFrozenRows()).toBe(3);
    expect(candidates.getRange(1, 1).getValue()).toBe('Hiring, spring 2026');
    expect(typed(addon)).toEqual(before);
    candidates.sort(columnOf(candidates, 'Candidate'), false);
    expect(headerRowOf(candidates)).toBe(3);
    expect(recomputed(addon)).toMatchObject({ Ana: { scorecards: 2 }, Bo: { scorecards: '' } });
    ACTIONS['add candidate'](addon);
    expect(view(candidates).map((r) => (JSON.parse(r) as { Candidate: string }).Candidate)).toEqual(['Cy', 'Bo', 'Ana', 'Zed']);
  });

  it('says so when there is no tracker', () => {
    const addon = seededTracker();
    for (const part of ['candidates', 'scorecards', 'rules', 'checklist'] as const) {
      if (addon.spreadsheet.getNumSheets() > 1) addon.spreadsheet.deleteSheet(partSheet(addon, part)!);
    }
    expect(() => repair(addon)).toThrow(/no candidate tracker to repair/);
  });
});
