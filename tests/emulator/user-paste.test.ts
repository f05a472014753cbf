// A person's copy, cut and paste in the emulator (the playground's Ctrl+C/X/V make this same edit):
// what travels with a paste, what "Paste values only" brings, and what a cut moves.
import { describe, expect, it } from 'vitest';
import { loadAddon } from '../../playground/emulator';
import { userClear, userPaste } from '../../playground/emulator/user-paste';
import { Workbook } from '../../playground/formulas';

function workbookWith(cells: Record<string, string>): Workbook {
  const workbook = new Workbook();
  const sheet = workbook.sheets[0];
  for (const [a1, input] of Object.entries(cells)) {
    const [, letters, digits] = /^([A-Z])(\d+)$/.exec(a1)!;
    workbook.enterInput(sheet.id, Number(digits), letters.charCodeAt(0) - 64, input);
  }
  return workbook;
}

const at = (workbook: Workbook, row: number, col: number) => {
  const [[view]] = workbook.readCells(workbook.sheets[0].id, { row, col, numRows: 1, numCols: 1 });
  return {
    display: view.display,
    formula: view.formula,
    note: view.note,
    validation: view.validation?.criteria,
    bold: view.style?.fontWeight,
  };
};

describe('userPaste', () => {
  it('copies values, formulas with relative references shifted, formats, notes and validation; metadata stays on its row', () => {
    const workbook = workbookWith({ A1: '2', B1: '=A1*10', C1: '=$A$1+A1', A2: '5' });
    const sheet = workbook.sheets[0];
    workbook.updateCells(sheet.id, { row: 1, col: 2, numRows: 1, numCols: 1 }, (cell) => {
      cell.style = { fontWeight: 'bold' };
      cell.note = 'ten times';
      cell.validation = { criteria: 'NUMBER_GREATER_THAN', values: [0], allowInvalid: true, helpText: null };
    });
    sheet.developerMetadata.push({
      id: 1,
      key: 'devrate.row',
      value: 'header',
      visibility: 'PROJECT',
      location: { type: 'ROW', index: 1 },
    });

    userPaste(workbook, {
      from: { sheet: 'Sheet1', area: { row: 1, col: 1, numRows: 1, numCols: 3 } },
      to: { sheet: 'Sheet1', row: 2, col: 1 },
    });

    expect(at(workbook, 2, 2)).toEqual({
      display: '20',
      formula: '=A2*10',
      note: 'ten times',
      validation: 'NUMBER_GREATER_THAN',
      bold: 'bold',
    });
    expect(at(workbook, 2, 3)).toMatchObject({ display: '4', formula: '=$A$1+A2' });
    expect(at(workbook, 2, 1).display).toBe('2'); // the pasted value replaced the 5
    expect(sheet.developerMetadata.map((m) => m.location)).toEqual([{ type: 'ROW', index: 1 }]);
  });

  it('pastes values only: computed values, no formulas, the target keeps its own formats', () => {
    const workbook = workbookWith({ A1: '3', B1: '=A1+1' });
    const sheet = workbook.sheets[0];
    workbook.updateCells(sheet.id, { row: 5, col: 2, numRows: 1, numCols: 1 }, (cell) => {
      cell.note = 'kept';
    });
    userPaste(workbook, {
      from: { sheet: 'Sheet1', area: { row: 1, col: 1, numRows: 1, numCols: 2 } },
      to: { sheet: 'Sheet1', row: 5, col: 1 },
      valuesOnly: true,
    });
    expect(at(workbook, 5, 2)).toMatchObject({ display: '4', formula: undefined, note: 'kept' });
  });

  it('makes a reference that would leave the sheet #REF!, as Sheets does', () => {
    const workbook = workbookWith({ A1: '1', A2: '=A1' });
    userPaste(workbook, {
      from: { sheet: 'Sheet1', area: { row: 2, col: 1, numRows: 1, numCols: 1 } },
      to: { sheet: 'Sheet1', row: 1, col: 2 },
    });
    expect(at(workbook, 1, 2).formula).toBe('=#REF!');
  });

  it('cuts: the source is emptied, the moved formula keeps its cells, formulas that read the block follow it', () => {
    const workbook = workbookWith({ A1: '7', B1: '=A1*2', D1: '=SUM(A1:B1)' });
    userPaste(workbook, {
      from: { sheet: 'Sheet1', area: { row: 1, col: 1, numRows: 1, numCols: 2 } },
      to: { sheet: 'Sheet1', row: 3, col: 1 },
      cut: true,
    });
    expect(at(workbook, 1, 1).display).toBe('');
    expect(at(workbook, 1, 2).display).toBe('');
    expect(at(workbook, 3, 2)).toMatchObject({ display: '14', formula: '=A3*2' });
    expect(at(workbook, 1, 4)).toMatchObject({ display: '21', formula: '=SUM(A3:B3)' });
  });

  it('copies whole rows, and refuses a paste that does not fit, changing nothing', () => {
    const workbook = workbookWith({ A1: 'x', Z1: 'last' });
    const sheet = workbook.sheets[0];
    userPaste(workbook, {
      from: { sheet: 'Sheet1', area: { row: 1, col: 1, numRows: 1, numCols: sheet.maxColumns } },
      to: { sheet: 'Sheet1', row: 4, col: 1 },
    });
    expect(at(workbook, 4, 26).display).toBe('last');
    const version = workbook.version;
    expect(() =>
      userPaste(workbook, {
        from: { sheet: 'Sheet1', area: { row: 1, col: 1, numRows: 1, numCols: 3 } },
        to: { sheet: 'Sheet1', row: 1, col: 25 },
      }),
    ).toThrow(/Add rows or columns first/);
    expect(workbook.version).toBe(version);
  });

  it('clears a range as Delete does: contents go, formats and notes stay', () => {
    const workbook = workbookWith({ A1: '1', B1: '=A1+1', A2: 'x' });
    const sheet = workbook.sheets[0];
    workbook.updateCells(sheet.id, { row: 1, col: 2, numRows: 1, numCols: 1 }, (cell) => {
      cell.note = 'stays';
    });
    userClear(workbook, 'Sheet1', { row: 1, col: 1, numRows: 1, numCols: 2 });
    expect(at(workbook, 1, 2)).toMatchObject({ display: '', formula: undefined, note: 'stays' });
    expect(at(workbook, 2, 1).display).toBe('x');
  });

  it("runs the script's onEdit with the pasted range, as a person's paste does", () => {
    const addon = loadAddon({
      code: `function onEdit(e) { e.source.getSheetByName('Sheet1').getRange('Z1').setValue(e.range.getA1Notation()); }`,
    });
    addon.workbook.enterInput(addon.workbook.sheets[0].id, 1, 1, 'x');
    addon.paste({ from: { sheet: 'Sheet1', area: { row: 1, col: 1, numRows: 2, numCols: 2 } }, to: { sheet: 'Sheet1', row: 5, col: 3 } });
    expect(at(addon.workbook, 1, 26).display).toBe('C5:D6');
    addon.clearRange('Sheet1', { row: 5, col: 3, numRows: 1, numCols: 1 });
    expect(at(addon.workbook, 1, 26).display).toBe('C5');
  });
});
