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

  it('pristine: adds a candidate, submits a scorecard, reads a debrief and recomputes', () => {
    expect(pristine['add candidate'].change.candidates.added).toHaveLength(1);
    expect(pristine['submit scorecard'].change.scorecards.added).toHaveLength(1);
    expect(pristine['read debrief'].value).toMatchObject({ candidate: 'Ana', scorecards: [{ interviewer: 'Ben' }, { interviewer: 'Cleo' }, { interviewer: 'Dee' }] });
    expect(pristine.recompute.value).toMatchObject({ Ana: { scorecards: 3 }, Zed: { scorecards: 0, recommendation: 'Awaiting scorecards' } });
  });

  it.each(EDITS.map((e) => [e.name, e] as const))('%s', (_name, edit) => checkEdit(edit, pristine));
});
