// Sorting the Candidates or the Scorecards sheet by each of its columns (rows below the frozen
// header move whole, as in Sheets), then every tracker action: each does exactly what it does on
// the pristine tracker.
import { beforeAll, describe, it } from 'vitest';
import { CANDIDATE_COLUMNS, SCORECARD_COLUMNS } from '../../src/sheets/tracker/layout';
import { checkEdit, partSheet, pristineRun, type Edit, type Pristine } from './tracker-edits';

const sorts = (part: 'candidates' | 'scorecards', headers: string[]): Edit[] =>
  headers.map((header, i) => ({
    name: `sort the ${part} sheet by "${header}" (${i % 2 ? 'Z to A' : 'A to Z'})`,
    apply: (addon) => {
      const sheet = partSheet(addon, part)!;
      sheet.sort(i + 1, i % 2 === 0);
    },
  }));

describe('the tracker after people sort it', () => {
  let pristine: Pristine;
  beforeAll(() => {
    pristine = pristineRun();
  });

  it.each(
    sorts(
      'candidates',
      CANDIDATE_COLUMNS.map((c) => c.header),
    ).map((e) => [e.name, e] as const),
  )('%s', (_name, edit) => checkEdit(edit, pristine));
  it.each(
    sorts(
      'scorecards',
      SCORECARD_COLUMNS.map((c) => c.header),
    ).map((e) => [e.name, e] as const),
  )('%s', (_name, edit) => checkEdit(edit, pristine));
});
