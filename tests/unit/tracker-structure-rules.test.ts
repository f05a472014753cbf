// The rules structure.ts and columns.ts decide by, on values alone: which row is the header
// (its tag first, titles only as a fallback), what counts as a row of data, and where a column
// is (its metadata first, its header text only for a column without metadata).
import { describe, expect, it } from 'vitest';
import { columnsByMetadata, locateColumns } from '../../src/sheets/tracker/columns';
import { CANDIDATE_COLUMNS } from '../../src/sheets/tracker/layout';
import { headerDamage, isDataRow, surveyHeader, type SheetMetadata } from '../../src/sheets/tracker/structure';

const layout = CANDIDATE_COLUMNS;
const width = layout.length;
const header = layout.map((c) => c.header);
const at = (key: string) => layout.findIndex((c) => c.key === key) + 1;
const row = (cells: Record<string, unknown>) => {
  const r: unknown[] = Array.from({ length: width }, () => '');
  for (const [key, value] of Object.entries(cells)) r[at(key) - 1] = value;
  return r;
};
const ana = row({ name: 'Ana', stage: 'interview' });
const bo = row({ name: 'Bo', stage: 'screening' });
/** Every column tagged where the layout puts it. */
const tagged = (headerRows: number[]): SheetMetadata => ({ headerRows, columns: new Map(layout.map((c, i) => [c.key, [i + 1]])) });
const positions = columnsByMetadata(layout, tagged([]).columns);

describe('a row of data', () => {
  it('has a name and one more typed cell; a title typed above the table, or a header, has not', () => {
    expect(isDataRow(ana, layout, positions)).toBe(true);
    expect(isDataRow(row({ name: 'Hiring, spring 2026' }), layout, positions)).toBe(false);
    expect(isDataRow(header, layout, positions)).toBe(false);
    expect(
      isDataRow(
        header.map((h, i) => (i < 3 ? `${h} (ours)` : h)),
        layout,
        positions,
      ),
    ).toBe(false);
  });
});

describe('the header row', () => {
  it('is the tagged row, whatever its texts say', () => {
    const renamed = header.map((h, i) => (i < width / 2 + 2 ? `${h}!` : h));
    const survey = surveyHeader([renamed, ana, header], layout, tagged([1]), positions, 1);
    expect(survey).toMatchObject({ index: 0, tagged: true, deleted: false, dataAbove: [] });
  });

  it('is the row of titles when the tag stayed on a row of data a sort moved there, and the rows above it are named', () => {
    const survey = surveyHeader([ana, bo, header], layout, tagged([1]), positions, 1);
    expect(survey).toMatchObject({ index: 2, tagged: false, deleted: false });
    expect(survey.dataAbove.map((r) => [r.row, r.name, r.holds])).toEqual([
      [1, 'Ana', ['interview']],
      [2, 'Bo', ['screening']],
    ]);
    expect(headerDamage(survey, 'Candidates')).toMatch(
      /^Rows of "Candidates" are above its header row, out of the table: row 1 \("Ana"\), row 2 \("Bo"\)/,
    );
  });

  it('is the row of titles when the tag stayed on a row whose name was cleared (no title in it, so no header)', () => {
    const nameless = row({ stage: 'interview', region: 'asia', quote: 70 });
    const survey = surveyHeader([nameless, bo, header], layout, tagged([1]), positions, 1);
    expect(survey).toMatchObject({ index: 2, tagged: false, deleted: false });
    expect(survey.dataAbove.map((r) => r.name)).toEqual(['Bo']);
  });

  it('is gone when the tag stayed on a row of data, unfrozen, and no row of titles is left (the moved header row deleted)', () => {
    expect(surveyHeader([ana, bo], layout, tagged([1]), positions, 0)).toMatchObject({ deleted: true });
    // The same tag on the frozen header row whose every title was renamed is still the header.
    const renamed = header.map((h) => `${h} (ours)`);
    expect(surveyHeader([renamed, ana], layout, tagged([1]), positions, 1)).toMatchObject({ index: 0, tagged: true, deleted: false });
  });

  it('is found by its titles without a tag (a tracker from before it), below a title people typed', () => {
    const survey = surveyHeader([row({ name: 'Hiring, spring 2026' }), header, ana], layout, tagged([]), positions, 1);
    expect(survey).toMatchObject({ index: 1, tagged: false, deleted: false, dataAbove: [] });
    expect(headerDamage(survey, 'Candidates')).toBeNull();
  });

  it('is gone when neither a tag nor a row of titles is left: no row of data is taken for it', () => {
    const survey = surveyHeader([ana, bo], layout, tagged([]), positions, 1);
    expect(survey.deleted).toBe(true);
    expect(headerDamage(survey, 'Candidates')).toMatch(/^The header row of "Candidates" is gone \(deleted\)/);
  });
});

describe('where a column is', () => {
  it('is where its metadata says, even when another column carries its header text', () => {
    const stage = at('stage');
    const texts = [...header, 'Stage'];
    texts[stage - 1] = 'Pipeline';
    const found = locateColumns(layout, texts, tagged([]).columns);
    expect(found.get('stage')).toBe(stage);
  });

  it('is found by its header text only when it has no metadata, and never on a column another key holds', () => {
    const columns = new Map(tagged([]).columns);
    columns.delete('region');
    columns.delete('spec');
    const texts = [...header];
    [texts[at('region') - 1], texts[at('level') - 1]] = ['Claimed level', 'Region']; // Region's text now on Claimed level's column
    const found = locateColumns(layout, texts, columns);
    expect(found.get('level')).toBe(at('level'));
    expect(found.has('region')).toBe(false); // its only text is on a column the metadata gives to another key
    expect(found.get('spec')).toBe(at('spec'));
  });
});
