// The emulator keeps a sheet's content extent as cells change (getLastRow, getLastColumn and
// getDataRange ask it on every call): whatever the writes, clears and deletions, it must be the
// extent a scan of every cell gives.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { SheetModel } from '../../playground/formulas/sheet-model';
import { runs as propertyRuns } from '../support/runs';

function scanned(sheet: SheetModel) {
  let [lastRow, lastCol] = [0, 0];
  for (const [row, col, cell] of sheet.entries()) {
    if (cell.value === undefined && cell.formula === undefined) continue;
    [lastRow, lastCol] = [Math.max(lastRow, row), Math.max(lastCol, col)];
  }
  return { lastRow, lastCol };
}

const cell = fc.record({ row: fc.integer({ min: 1, max: 6 }), col: fc.integer({ min: 1, max: 6 }) });
const step = fc.oneof(
  fc.record({ kind: fc.constant('value' as const), at: cell, value: fc.oneof(fc.integer(), fc.constant(undefined)) }),
  fc.record({ kind: fc.constant('formula' as const), at: cell, formula: fc.oneof(fc.constant('=1'), fc.constant(undefined)) }),
  fc.record({ kind: fc.constant('note' as const), at: cell }),
  fc.record({ kind: fc.constant('delete' as const), at: cell }),
  fc.record({ kind: fc.constant('clear' as const) }),
);

describe('a sheet content extent', () => {
  it('is what a scan of every cell gives, after any writes, clears and deletions', () => {
    fc.assert(
      fc.property(fc.array(step, { maxLength: 40 }), (steps) => {
        const sheet = new SheetModel(1, 'Sheet1');
        for (const s of steps) {
          if (s.kind === 'clear') sheet.cells.clear();
          else if (s.kind === 'delete') sheet.cells.delete(SheetModel.key(s.at.row, s.at.col));
          else
            sheet.updateCell(s.at.row, s.at.col, (c) => {
              if (s.kind === 'value') c.value = s.value;
              else if (s.kind === 'formula') c.formula = s.formula;
              else c.note = 'a note';
            });
          expect(sheet.contentExtent()).toEqual(scanned(sheet));
        }
      }),
      { numRuns: propertyRuns(300) },
    );
  });
});
