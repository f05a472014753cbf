// The grid of the sheet this tab shows: column letters, row numbers, frozen rows kept in view at
// the top (inside the sticky header), frozen columns at the left. Keys work as in Sheets: arrows
// and Tab move, Shift+arrows (or Shift+click, or a drag) select a range, a click on a column letter
// or row number selects the column or row, Enter or F2 edits, typing starts an edit in the cell,
// Delete clears, Ctrl+C/X/V copy, cut and paste (Ctrl+Shift+V: values only), Ctrl+Z undoes and
// Ctrl+Y or Ctrl+Shift+Z redoes.

import { useMemo } from 'preact/hooks';
import { columnLetter } from '../../src/sheets/a1';
import type { CellData, GridArea, SheetView } from '../protocol';
import { GridCell } from './GridCell';
import { SheetCharts } from './SheetCharts';
import { moveA1 } from './cell-address';
import { areaOf, contains, type Selection } from './selection';

const DEFAULT_WIDTH = 100;
const ROW_HEADER_WIDTH = 46;

const MAX_SPILL_COLUMNS = 12;

/** Left-aligned text that does not wrap may run on into empty neighbours. */
function spills(data: CellData | undefined): boolean {
  return Boolean(data && data.display !== '' && !data.control && !data.look.wrap && (data.look.align ?? 'left') === 'left');
}

/** The keyboard shortcuts the grid hands to the page. */
export type GridShortcut = 'copy' | 'cut' | 'paste' | 'pasteValues' | 'undo' | 'redo' | 'clear';

export interface GridProps {
  sheet: SheetView;
  selection: Selection;
  /** The block last copied or cut on this sheet: drawn with a dashed border. */
  copied: GridArea | null;
  /** A click or an arrow: extend moves the range's far corner instead of the active cell. */
  onSelect: (a1: string, extend: boolean) => void;
  /** Selects a range with the given active cell and far corner (a whole row or column). */
  onSelectRange: (active: string, extent: string) => void;
  onShortcut: (shortcut: GridShortcut) => void;
  /** Right-click on a cell. */
  onCellMenu: (a1: string, event: MouseEvent) => void;
  onEdit: (a1: string, input: string | boolean) => void;
  /** Opens the formula bar on a cell, optionally replacing its text with what was typed. */
  onOpenEditor: (a1: string, typed?: string) => void;
  onMoreRows: () => void;
  /** Right-click on a column letter or a row number (1-based index). */
  onHeaderMenu: (kind: 'column' | 'row', index: number, event: MouseEvent) => void;
}

export function Grid({
  sheet,
  selection,
  copied,
  onSelect,
  onSelectRange,
  onShortcut,
  onCellMenu,
  onEdit,
  onOpenEditor,
  onMoreRows,
  onHeaderMenu,
}: GridProps) {
  const selected = selection.active;
  const area = areaOf(selection);
  const ranged = area.numRows > 1 || area.numCols > 1;
  const byAddress = useMemo(() => new Map<string, CellData>(sheet.cells.map((c) => [c.a1, c])), [sheet]);
  const hidden = useMemo(() => new Set(sheet.hiddenColumns), [sheet]);
  const columns = useMemo(() => Array.from({ length: sheet.cols }, (_, i) => i + 1).filter((c) => !hidden.has(c)), [sheet, hidden]);
  const width = (col: number) => sheet.columnWidths[col] ?? DEFAULT_WIDTH;
  const frozenLeft = useMemo(() => {
    const offsets = new Map<number, number>();
    let left = ROW_HEADER_WIDTH;
    for (const col of columns) {
      if (col > sheet.frozenColumns) break;
      offsets.set(col, left);
      left += width(col);
    }
    return offsets;
  }, [sheet, columns]);

  const row = (r: number) => (
    <tr key={r} class={r <= sheet.frozenRows ? 'frozen-row' : undefined} data-last-frozen={r === sheet.frozenRows ? 'true' : undefined}>
      <th
        scope="row"
        class={contains(area, r, 1) && area.numCols >= sheet.cols ? 'row-header header-selected' : 'row-header'}
        onMouseDown={(e) => (e.button === 0 ? selectRow(r, e.shiftKey) : undefined)}
        onContextMenu={(e) => {
          if (!(contains(area, r, 1) && area.numCols >= sheet.cols)) selectRow(r, false);
          onHeaderMenu('row', r, e);
        }}
      >
        {r}
      </th>
      {columns.map((c, i) => {
        const a1 = `${columnLetter(c)}${r}`;
        const data = byAddress.get(a1);
        return (
          <GridCell
            key={a1}
            a1={a1}
            data={data}
            spillWidth={spills(data) ? spillWidth(r, i) : undefined}
            selected={a1 === selected}
            inRange={ranged && contains(area, r, c)}
            copiedEdges={copied && contains(copied, r, c) ? edgesOf(copied, r, c) : undefined}
            frozenLeft={frozenLeft.get(c)}
            lastFrozenColumn={c === sheet.frozenColumns}
            onSelect={onSelect}
            onCellMenu={onCellMenu}
            onEdit={onEdit}
            onOpenEditor={onOpenEditor}
          />
        );
      })}
    </tr>
  );

  /** Text runs on over empty cells to its right, as in Sheets: the width it may use. */
  const spillWidth = (r: number, index: number) => {
    let total = width(columns[index]);
    for (let next = index + 1; next < columns.length && next <= index + MAX_SPILL_COLUMNS; next++) {
      const neighbour = byAddress.get(`${columnLetter(columns[next])}${r}`);
      if (neighbour && (neighbour.display !== '' || neighbour.control)) break;
      total += width(columns[next]);
    }
    return total;
  };

  const lastColumn = columnLetter(sheet.cols);
  const selectRow = (r: number, extend: boolean) =>
    extend ? onSelectRange(selection.active, `${lastColumn}${r}`) : onSelectRange(`A${r}`, `${lastColumn}${r}`);
  const selectColumn = (c: number, extend: boolean) =>
    extend
      ? onSelectRange(selection.active, `${columnLetter(c)}${sheet.maxRows}`)
      : onSelectRange(`${columnLetter(c)}1`, `${columnLetter(c)}${sheet.maxRows}`);

  const shortcutOf = (event: KeyboardEvent): GridShortcut | null => {
    if (!(event.ctrlKey || event.metaKey) || event.altKey) return null;
    const key = event.key.toLowerCase();
    if (key === 'c') return 'copy';
    if (key === 'x') return 'cut';
    if (key === 'v') return event.shiftKey ? 'pasteValues' : 'paste';
    if (key === 'z') return event.shiftKey ? 'redo' : 'undo';
    if (key === 'y') return 'redo';
    return null;
  };

  const onKeyDown = (event: KeyboardEvent) => {
    const target = event.target as HTMLElement;
    if (target.closest('select, input')) return; // a cell's dropdown or checkbox has the keys
    const shortcut = shortcutOf(event);
    if (shortcut) {
      event.preventDefault();
      onShortcut(shortcut);
      return;
    }
    const step: Partial<Record<string, [number, number]>> = {
      ArrowUp: [-1, 0],
      ArrowDown: [1, 0],
      ArrowLeft: [0, -1],
      ArrowRight: [0, 1],
      Tab: [0, event.shiftKey ? -1 : 1],
    };
    const move = step[event.key];
    if (move) {
      event.preventDefault();
      const extend = event.shiftKey && event.key !== 'Tab';
      const next = moveA1(extend ? selection.extent : selected, move[0], move[1], sheet.rows, sheet.cols);
      onSelect(next, extend);
      document.querySelector(`[data-cell="${next}"]`)?.scrollIntoView({ block: 'nearest', inline: 'nearest' });
    } else if (event.key === 'Enter' || event.key === 'F2') {
      event.preventDefault();
      onOpenEditor(selected);
    } else if (event.key === 'Delete' || event.key === 'Backspace') {
      event.preventDefault();
      if (ranged) onShortcut('clear');
      else onEdit(selected, '');
    } else if (event.key.length === 1 && !event.ctrlKey && !event.metaKey && !event.altKey) {
      event.preventDefault();
      onOpenEditor(selected, event.key);
    }
  };

  const columnSelected = (c: number) => contains(area, area.row, c) && area.row === 1 && area.numRows >= sheet.maxRows;
  const filtered = new Set(sheet.filteredRows);
  const firstBodyRow = Math.min(sheet.frozenRows, sheet.rows) + 1;
  const frozenRows = Array.from({ length: firstBodyRow - 1 }, (_, i) => i + 1).filter((r) => !filtered.has(r));
  const bodyRows = Array.from({ length: sheet.rows - firstBodyRow + 1 }, (_, i) => i + firstBodyRow).filter((r) => !filtered.has(r));
  return (
    <div class="grid-scroll" tabIndex={0} onKeyDown={onKeyDown} aria-label={`Cells of ${sheet.name}`} role="region">
      {/* A fixed width makes the browser keep the column widths (long text is clipped, as in Sheets). */}
      <table class="grid" data-sheet={sheet.name} style={{ width: `${columns.reduce((sum, c) => sum + width(c), ROW_HEADER_WIDTH)}px` }}>
        <colgroup>
          <col style={{ width: `${ROW_HEADER_WIDTH}px` }} />
          {columns.map((c) => (
            <col key={c} style={{ width: `${width(c)}px` }} />
          ))}
        </colgroup>
        <thead>
          <tr class="column-headers">
            <th class="corner" />
            {columns.map((c) => (
              <th
                key={c}
                scope="col"
                class={
                  [c <= sheet.frozenColumns && 'frozen-col', columnSelected(c) && 'header-selected'].filter(Boolean).join(' ') || undefined
                }
                style={frozenLeft.has(c) ? { left: `${frozenLeft.get(c)}px` } : undefined}
                onMouseDown={(e) => (e.button === 0 ? selectColumn(c, e.shiftKey) : undefined)}
                onContextMenu={(e) => {
                  if (!columnSelected(c)) selectColumn(c, false);
                  onHeaderMenu('column', c, e);
                }}
              >
                {columnLetter(c)}
              </th>
            ))}
          </tr>
          {frozenRows.map(row)}
        </thead>
        <tbody>{bodyRows.map(row)}</tbody>
      </table>
      {sheet.charts.length > 0 && <SheetCharts charts={sheet.charts} scroller={() => document.querySelector('.grid-scroll')} />}
      {sheet.rows < sheet.maxRows && (
        <button type="button" class="more-rows" onClick={onMoreRows}>
          Show 100 more rows
        </button>
      )}
    </div>
  );
}

/** Which sides of the copied block a cell is on ("top left", …): its dashed border is drawn there. */
function edgesOf(block: GridArea, row: number, col: number): string {
  const sides = [
    row === block.row && 'top',
    row === block.row + block.numRows - 1 && 'bottom',
    col === block.col && 'left',
    col === block.col + block.numCols - 1 && 'right',
  ];
  return sides.filter(Boolean).join(' ');
}
