// Right-click menus on a column header, a row number and a sheet tab, with Sheets' own item names
// (the accessible names browser tests look for). Each item is a structure edit done on the server.

import { useEffect, useLayoutEffect, useRef } from 'preact/hooks';
import type { StructureEdit } from '../protocol';

export interface ContextMenuState {
  x: number;
  y: number;
  label: string;
  items: { label: string; edit: () => StructureEdit | null }[];
}

export function columnMenu(column: number, x: number, y: number): ContextMenuState {
  return {
    x,
    y,
    label: `Column ${column}`,
    items: [
      { label: 'Insert 1 column left', edit: () => ({ kind: 'insertColumn', column, side: 'left' }) },
      { label: 'Insert 1 column right', edit: () => ({ kind: 'insertColumn', column, side: 'right' }) },
      { label: 'Delete column', edit: () => ({ kind: 'deleteColumn', column }) },
      { label: 'Sort sheet A to Z', edit: () => ({ kind: 'sortSheet', column, ascending: true }) },
      { label: 'Sort sheet Z to A', edit: () => ({ kind: 'sortSheet', column, ascending: false }) },
    ],
  };
}

export function rowMenu(row: number, x: number, y: number): ContextMenuState {
  return {
    x,
    y,
    label: `Row ${row}`,
    items: [
      { label: 'Insert 1 row above', edit: () => ({ kind: 'insertRow', row, side: 'above' }) },
      { label: 'Insert 1 row below', edit: () => ({ kind: 'insertRow', row, side: 'below' }) },
      { label: 'Delete row', edit: () => ({ kind: 'deleteRow', row }) },
    ],
  };
}

export function tabMenu(sheet: string, x: number, y: number): ContextMenuState {
  return {
    x,
    y,
    label: `Sheet ${sheet}`,
    items: [
      {
        label: 'Rename',
        edit: () => {
          const name = window.prompt('Rename sheet', sheet);
          return name && name.trim() && name.trim() !== sheet ? { kind: 'renameSheet', sheet, name: name.trim() } : null;
        },
      },
      { label: 'Duplicate', edit: () => ({ kind: 'duplicateSheet', sheet }) },
      { label: 'Delete', edit: () => ({ kind: 'deleteSheet', sheet }) },
    ],
  };
}

export function ContextMenu({
  menu,
  onPick,
  onClose,
}: {
  menu: ContextMenuState;
  onPick: (edit: StructureEdit) => void;
  onClose: () => void;
}) {
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
            const edit = item.edit();
            if (edit) onPick(edit);
          }}
        >
          {item.label}
        </button>
      ))}
    </div>
  );
}
