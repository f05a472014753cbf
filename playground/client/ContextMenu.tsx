// Right-click menus on a cell, a column header, a row number and a sheet tab, with Sheets' own item
// names (the accessible names browser tests look for): cut, copy and paste, and structure edits
// done on the server.

import { useEffect, useLayoutEffect, useRef } from 'preact/hooks';
import type { GridArea, StructureEdit } from '../protocol';
import { splitA1 } from './cell-address';

export interface ContextMenuItem {
  label: string;
  act: () => void;
}

export interface ContextMenuState {
  x: number;
  y: number;
  label: string;
  items: ContextMenuItem[];
}

/** Cut, Copy, Paste and Paste values only: on a cell, a row number and a column letter, as in Sheets. */
export interface ClipboardActions {
  cut: () => void;
  copy: () => void;
  paste: () => void;
  pasteValues: () => void;
}

function clipboardItems(actions: ClipboardActions): ContextMenuItem[] {
  return [
    { label: 'Cut', act: actions.cut },
    { label: 'Copy', act: actions.copy },
    { label: 'Paste', act: actions.paste },
    { label: 'Paste values only', act: actions.pasteValues },
  ];
}

/**
 * On a selected block, Sheets' Merge all (only the top-left value stays) and Unmerge; the sheet's
 * basic filter: Create a filter on the block, Filter by cell value, Remove filter.
 */
export function cellMenu(
  a1: string,
  x: number,
  y: number,
  actions: ClipboardActions,
  area: GridArea,
  filter: GridArea | null,
  edit: (change: StructureEdit) => void,
): ContextMenuState {
  const block = area.numRows * area.numCols > 1;
  const at = splitA1(a1); // the cell right-clicked
  const merges: ContextMenuItem[] = block
    ? [
        { label: 'Merge all', act: () => edit({ kind: 'mergeCells', area }) },
        { label: 'Unmerge', act: () => edit({ kind: 'unmergeCells', area }) },
      ]
    : [];
  const filters: ContextMenuItem[] = filter
    ? [
        { label: 'Filter by cell value', act: () => edit({ kind: 'filterByCellValue', ...at }) },
        { label: 'Remove filter', act: () => edit({ kind: 'removeFilter' }) },
      ]
    : [
        ...(block ? [{ label: 'Create a filter', act: () => edit({ kind: 'createFilter', area }) }] : []),
        { label: 'Filter by cell value', act: () => edit({ kind: 'filterByCellValue', ...at }) },
      ];
  return { x, y, label: `Cell ${a1}`, items: [...clipboardItems(actions), ...merges, ...filters] };
}

export function columnMenu(
  column: number,
  x: number,
  y: number,
  actions: ClipboardActions,
  edit: (change: StructureEdit) => void,
): ContextMenuState {
  return {
    x,
    y,
    label: `Column ${column}`,
    items: [
      ...clipboardItems(actions),
      { label: 'Insert 1 column left', act: () => edit({ kind: 'insertColumn', column, side: 'left' }) },
      { label: 'Insert 1 column right', act: () => edit({ kind: 'insertColumn', column, side: 'right' }) },
      { label: 'Delete column', act: () => edit({ kind: 'deleteColumn', column }) },
      { label: 'Sort sheet A to Z', act: () => edit({ kind: 'sortSheet', column, ascending: true }) },
      { label: 'Sort sheet Z to A', act: () => edit({ kind: 'sortSheet', column, ascending: false }) },
    ],
  };
}

export function rowMenu(
  row: number,
  x: number,
  y: number,
  actions: ClipboardActions,
  edit: (change: StructureEdit) => void,
): ContextMenuState {
  return {
    x,
    y,
    label: `Row ${row}`,
    items: [
      ...clipboardItems(actions),
      { label: 'Insert 1 row above', act: () => edit({ kind: 'insertRow', row, side: 'above' }) },
      { label: 'Insert 1 row below', act: () => edit({ kind: 'insertRow', row, side: 'below' }) },
      { label: 'Delete row', act: () => edit({ kind: 'deleteRow', row }) },
    ],
  };
}

/** Rename edits the tab's name in place, as in Sheets. */
export function tabMenu(sheet: string, x: number, y: number, rename: () => void, edit: (change: StructureEdit) => void): ContextMenuState {
  return {
    x,
    y,
    label: `Sheet ${sheet}`,
    items: [
      { label: 'Rename', act: rename },
      { label: 'Duplicate', act: () => edit({ kind: 'duplicateSheet', sheet }) },
      { label: 'Delete', act: () => edit({ kind: 'deleteSheet', sheet }) },
    ],
  };
}

export function ContextMenu({ menu, onClose }: { menu: ContextMenuState; onClose: () => void }) {
  const ref = useRef<HTMLDivElement>(null);
  // Kept inside the window: a sheet tab's menu opens upwards, as in Sheets.
  useLayoutEffect(() => {
    const box = ref.current?.getBoundingClientRect();
    if (!box || !ref.current) return;
    if (box.bottom > window.innerHeight) ref.current.style.top = `${Math.max(0, menu.y - box.height)}px`;
    if (box.right > window.innerWidth) ref.current.style.left = `${Math.max(0, window.innerWidth - box.width)}px`;
  }, [menu]);
  useEffect(() => {
    ref.current?.querySelector<HTMLElement>('[role="menuitem"]')?.focus();
    const away = (event: MouseEvent) => {
      if (!ref.current?.contains(event.target as Node)) onClose();
    };
    const escape = (event: KeyboardEvent) => {
      if (event.key === 'Escape') onClose();
    };
    document.addEventListener('mousedown', away);
    document.addEventListener('keydown', escape);
    return () => {
      document.removeEventListener('mousedown', away);
      document.removeEventListener('keydown', escape);
    };
  }, [menu]);
  return (
    <div ref={ref} class="menu-popup context-menu" role="menu" aria-label={menu.label} style={{ left: `${menu.x}px`, top: `${menu.y}px` }}>
      {menu.items.map((item) => (
        <button
          key={item.label}
          type="button"
          role="menuitem"
          class="menu-item"
          onClick={() => {
            onClose();
            item.act();
          }}
        >
          {item.label}
        </button>
      ))}
    </div>
  );
}
