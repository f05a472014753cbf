// Every edit people make to the tracker's sheets × every tracker action: each action does exactly
// what it does on the pristine tracker (the same answer, the same rows added and changed, by
// header) or refuses, naming the problem and changing nothing. Sorting by each column is in
// tracker-edits-sort.test.ts.
import { beforeAll, describe, expect, it } from 'vitest';
import { EDITS, checkEdit, pristineRun, type Pristine } from './tracker-edits';

describe('the tracker after people edit it', () => {
  let pristine: Pristine;
  beforeAll(() => {
    pristine = pristineRun();
  });

  it('pristine: adds a candidate, submits a scorecard, seals one, reveals it, reads a debrief and recomputes', () => {
    expect(pristine['add candidate'].change.candidates.added).toHaveLength(1);
    expect(pristine['submit scorecard'].change.scorecards.added).toHaveLength(1);
    const sealed = pristine['seal scorecard'].change.scorecards;
    expect(sealed.removed).toEqual([]);
    expect(sealed.added.map((row) => JSON.parse(row))).toMatchObject([
      { Candidate: 'Cy', Interviewer: 'Dee', Notes: 'sealed', 'Overall vote': 'sealed' },
    ]);
    // The reveal fills the sealed row in place and records itself on Cy's row.
    const revealed = pristine['reveal scores'].change;
    expect(revealed.scorecards.removed).toEqual(sealed.added);
    expect(revealed.scorecards.added.map((row) => JSON.parse(row))).toMatchObject([
      { Candidate: 'Cy', Interviewer: 'Dee', Notes: 'solid take-home', 'Overall vote': 'Strong yes' },
    ]);
    expect(revealed.candidates.added.map((row) => JSON.parse(row))).toMatchObject([
      { Candidate: 'Cy', 'Revealed by': 'Dee', 'Revealed on': '<time>', 'Panel submitted': 'no panel' },
    ]);
    expect(pristine['read debrief'].value).toMatchObject({
      candidate: 'Ana',
      scorecards: [{ interviewer: 'Ben' }, { interviewer: 'Cleo' }, { interviewer: 'Dee' }],
    });
    expect(pristine.recompute.value).toMatchObject({
      Ana: { scorecards: 3, votes: '2 Yes, 1 No', votesAgainst: 1 },
      Bo: { scorecards: '', recommendation: '' }, // sealed
      Cy: { scorecards: 1, votes: '1 Strong yes' },
      Zed: { scorecards: '', recommendation: '' },
    });
  });

  it.each(EDITS.map((e) => [e.name, e] as const))('%s', (_name, edit) => checkEdit(edit, pristine));
});
