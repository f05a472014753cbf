// The menu bar: "Edit" (undo, redo, cut, copy, paste), "Extensions" with the add-on's menu (built
// by the real onOpen), and menus made with Ui.createMenu beside it, as in Sheets. Every menu and
// item is a button named by its caption; clicking an item runs its function on the server. As in
// Sheets, a submenu opens when the pointer rests on it (a click opens it too).

import { useEffect, useRef, useState } from 'preact/hooks';
import type { MenuItemView, MenuView } from '../protocol';

/** An item of the playground's own Edit menu, with the shortcut Sheets shows beside it. */
export interface EditMenuItem {
  caption: string;
  shortcut: string;
  run: () => void;
}

export interface MenuBarProps {
  menus: MenuView[];
  edit: EditMenuItem[];
  /** Caption path as the emulator knows it, e.g. ["DevRate", "About DevRate"]. */
  onRun: (path: string[]) => void;
}

interface TopMenu {
  caption: string;
  items: MenuItemView[];
  /** Prefix of the emulator's caption path (Extensions itself is not part of it). */
  path: string[];
}

export function MenuBar({ menus, edit, onRun }: MenuBarProps) {
  const [open, setOpen] = useState<string[]>([]);
  const bar = useRef<HTMLElement>(null);
  const addonMenus = menus.filter((m) => m.addon);
  const tops: TopMenu[] = [
    { caption: 'Extensions', items: addonMenus.map((m) => ({ kind: 'submenu', caption: m.caption, items: m.items })), path: [] },
    ...menus.filter((m) => !m.addon).map((m) => ({ caption: m.caption, items: m.items, path: [m.caption] })),
  ];

  useEffect(() => {
    if (open.length === 0) return;
    const outside = (event: MouseEvent) => {
      if (!bar.current?.contains(event.target as Node)) setOpen([]);
    };
    const escape = (event: KeyboardEvent) => event.key === 'Escape' && setOpen([]);
    document.addEventListener('mousedown', outside);
    document.addEventListener('keydown', escape);
    return () => {
      document.removeEventListener('mousedown', outside);
      document.removeEventListener('keydown', escape);
    };
  }, [open.length > 0]);

  const run = (path: string[]) => {
    setOpen([]);
    onRun(path);
  };

  /** openKey: captions from the top menu down to this list, to know which submenu is open. */
  const list = (items: MenuItemView[], openKey: string[], path: string[], label: string) => (
    <div class="menu-popup" role="group" aria-label={label}>
      {items.length === 0 && <span class="menu-empty">No items (onOpen added none)</span>}
      {items.map((item, i) => {
        if (item.kind === 'separator') return <hr key={`sep-${i}`} class="menu-separator" />;
        if (item.kind === 'item') {
          return (
            <button
              key={item.caption}
              type="button"
              class="menu-item"
              onMouseEnter={() => setOpen(openKey)}
              onClick={() => run([...path, item.caption])}
            >
              {item.caption}
            </button>
          );
        }
        const key = [...openKey, item.caption];
        const expanded = key.every((caption, depth) => open[depth] === caption);
        return (
          <div key={item.caption} class="submenu">
            <button
              type="button"
              class="menu-item has-submenu"
              aria-haspopup="true"
              aria-expanded={expanded}
              onMouseEnter={() => setOpen(key)}
              onClick={() => setOpen(key)}
            >
              {item.caption}
              <span class="submenu-arrow" aria-hidden="true">
                ▸
              </span>
            </button>
            {expanded && list(item.items, key, [...path, item.caption], item.caption)}
          </div>
        );
      })}
    </div>
  );

  const editOpen = open[0] === 'Edit';
  return (
    <nav class="menubar" aria-label="Menus" ref={bar}>
      <div class="menubar-entry">
        <button
          type="button"
          class="menubar-button"
          aria-haspopup="true"
          aria-expanded={editOpen}
          onClick={() => setOpen(editOpen ? [] : ['Edit'])}
          onMouseEnter={() => open.length > 0 && setOpen(['Edit'])}
        >
          Edit
        </button>
        {editOpen && (
          <div class="menu-popup" role="group" aria-label="Edit">
            {edit.map((item) => (
              <button
                key={item.caption}
                type="button"
                class="menu-item"
                onClick={() => {
                  setOpen([]);
                  item.run();
                }}
              >
                {item.caption}
                <span class="menu-shortcut" aria-hidden="true">
                  {item.shortcut}
                </span>
              </button>
            ))}
          </div>
        )}
      </div>
      {tops.map((top) => {
        const expanded = open[0] === top.caption;
        return (
          <div key={top.caption} class="menubar-entry">
            <button
              type="button"
              class="menubar-button"
              aria-haspopup="true"
              aria-expanded={expanded}
              onClick={() => setOpen(expanded ? [] : [top.caption])}
              onMouseEnter={() => open.length > 0 && setOpen([top.caption])}
            >
              {top.caption}
            </button>
            {expanded && list(top.items, [top.caption], top.path, top.caption)}
          </div>
        );
      })}
    </nav>
  );
}
