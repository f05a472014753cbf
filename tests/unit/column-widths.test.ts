// Column widths are set in as few setColumnWidths calls as possible; applied in order, the strokes
// must leave every column at its width, and never take more calls than one per run of equal widths.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { widthStrokes } from '../../src/sheets/sheet-writer';
import { runs as propertyRuns } from '../support/runs';

const apply = (strokes: ReturnType<typeof widthStrokes>, columns: number) => {
  const result: number[] = new Array(columns).fill(0);
  for (const s of strokes) for (let c = s.start; c < s.start + s.count; c++) result[c] = s.width;
  return result;
};
const runs = (widths: number[]) => widths.filter((w, i) => i === 0 || w !== widths[i - 1]).length;

describe('widthStrokes', () => {
  it('sets a width across a span first and the different columns on top', () => {
    const widths = [160, 110, 110, 90, 110, 160];
    const strokes = widthStrokes(widths);
    expect(apply(strokes, widths.length)).toEqual(widths);
    expect(strokes.length).toBe(3); // 160 over all, 110 over 1..4, 90 on top
  });

  it('leaves every column at its width in no more calls than runs of equal widths', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(60, 90, 110, 160), { minLength: 1, maxLength: 24 }), (widths) => {
        const strokes = widthStrokes(widths);
        expect(apply(strokes, widths.length)).toEqual(widths);
        expect(strokes.length).toBeLessThanOrEqual(runs(widths));
      }),
      { numRuns: propertyRuns(500) },
    );
  });
});
