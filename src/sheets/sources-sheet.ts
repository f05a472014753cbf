// "Insert sources": a "Sources" sheet listing every figure DevRate has built in, where it comes
// from (source id and section), and, for derived combinations, the rule. Reference material, so
// the whole sheet is protected with a warning.
import { derivationRule } from '../domain/resolve';
import { SOURCE_HEADERS, sourceDocumentRows, sourceRows } from '../domain/budget/source-rows';
import { SheetGrid } from './grid';
import { protectWithWarning, setWidths, writeGrid } from './sheet-writer';
import { uniqueSheetName } from './sheet-names';

const SOURCES_SHEET = 'Sources';
const DOCUMENT_HEADERS = ['source', 'publisher', 'title', 'date', 'covers'];

function sourcesLayout(): { grid: SheetGrid; figuresHeaderRow: number } {
  const g = new SheetGrid(SOURCE_HEADERS.length);
  g.text(1, 1, 'DevRate sources', { tone: 'title' });
  g.text(
    2,
    1,
    `Every built-in figure with its source and section. ${derivationRule()} =RATESOURCE() gives the same answer for a single figure.`,
    { tone: 'note' },
  );
  let row = 4;
  DOCUMENT_HEADERS.forEach((h, c) => g.text(row, c + 1, h, { tone: 'header' }));
  g.toneRow(row++, 'header');
  for (const doc of sourceDocumentRows()) {
    doc.forEach((v, c) => g.text(row, c + 1, v));
    row++;
  }
  row++;
  const figuresHeaderRow = row;
  SOURCE_HEADERS.forEach((h, c) => g.text(row, c + 1, h, { tone: 'header' }));
  row++;
  for (const values of sourceRows()) {
    values.forEach((v, c) => g.put(row, c + 1, v));
    row++;
  }
  return { grid: g, figuresHeaderRow };
}

/** The caller holds the document lock. */
export function writeSourcesSheet(spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet): { sheetName: string } {
  const layout = sourcesLayout();
  const sheetName = uniqueSheetName(spreadsheet, SOURCES_SHEET);
  const sheet = spreadsheet.insertSheet(sheetName);
  writeGrid(sheet, layout.grid);
  sheet.setFrozenRows(layout.figuresHeaderRow);
  setWidths(sheet, 90, 120, layout.grid.width);
  protectWithWarning(sheet, 'DevRate sources: reference figures; edit a rate card instead.');
  return { sheetName };
}
