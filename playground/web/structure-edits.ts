// The row, column and sheet-tab menu items of the playground, as Sheets offers them, done through
// the emulated Spreadsheet service (the same calls a script would make).
import type { Addon } from '../emulator';
import { FilterCriteriaBuilderFacade } from '../emulator/filter';
import type { StructureEdit } from '../protocol';

type Spreadsheet = Addon['spreadsheet'];

export function applyStructureEdit(spreadsheet: Spreadsheet, sheetName: string, edit: StructureEdit): void {
  const named = (name: string) => {
    const sheet = spreadsheet.getSheetByName(name);
    if (!sheet) throw new Error(`There is no sheet named "${name}" any more.`);
    return sheet;
  };
  const sheet = () => named(sheetName);
  switch (edit.kind) {
    case 'insertColumn':
      if (edit.side === 'left') sheet().insertColumnBefore(edit.column);
      else sheet().insertColumnAfter(edit.column);
      return;
    case 'deleteColumn':
      sheet().deleteColumn(edit.column);
      return;
    case 'sortSheet':
      sheet().sort(edit.column, edit.ascending);
      return;
    case 'insertRow':
      if (edit.side === 'above') sheet().insertRowBefore(edit.row);
      else sheet().insertRowAfter(edit.row);
      return;
    case 'deleteRow':
      sheet().deleteRow(edit.row);
      return;
    case 'renameSheet':
      named(edit.sheet).setName(edit.name.trim());
      return;
    case 'duplicateSheet':
      spreadsheet.setActiveSheet(named(edit.sheet));
      spreadsheet.duplicateActiveSheet();
      return;
    case 'deleteSheet':
      spreadsheet.deleteSheet(named(edit.sheet));
      return;
    case 'mergeCells': // only the top-left value stays (playground/formulas/merge-cells.ts)
      sheet().getRange(edit.area.row, edit.area.col, edit.area.numRows, edit.area.numCols).merge();
      return;
    case 'unmergeCells':
      sheet().getRange(edit.area.row, edit.area.col, edit.area.numRows, edit.area.numCols).breakApart();
      return;
    case 'createFilter':
      sheet().getRange(edit.area.row, edit.area.col, edit.area.numRows, edit.area.numCols).createFilter();
      return;
    case 'removeFilter':
      sheet().getFilter()?.remove();
      return;
    case 'filterByCellValue': {
      // A sheet with no filter gets one over its data first (belief: playground/emulator/README.md).
      const filter = sheet().getFilter() ?? sheet().getDataRange().createFilter();
      const shown = sheet().getRange(edit.row, edit.col).getDisplayValue();
      filter.setColumnFilterCriteria(edit.col, new FilterCriteriaBuilderFacade().setVisibleValues([shown]).build());
      return;
    }
  }
}
