// The sheet tabs under the grid: a button per visible sheet, named by the sheet (aria-pressed on
// the one shown), and "+" to add a sheet, as in Sheets. Renaming edits the name in the tab itself:
// Enter or a click elsewhere keeps the new name, Escape keeps the old one.

import { useLayoutEffect, useRef } from 'preact/hooks';
import type { SheetTab } from '../protocol';

export interface SheetTabsProps {
  sheets: SheetTab[];
  current: string;
  /** The tab whose name is being edited, if any. */
  renaming: string | null;
  onSelect: (name: string) => void;
  onAdd: () => void;
  /** Right-click on a tab. */
  onTabMenu: (name: string, event: MouseEvent) => void;
  /** Double-click on a tab: edit its name. */
  onStartRename: (name: string) => void;
  /** The edited name, or null when the rename was cancelled. */
  onRenamed: (sheet: string, name: string | null) => void;
}

export function SheetTabs({ sheets, current, renaming, onSelect, onAdd, onTabMenu, onStartRename, onRenamed }: SheetTabsProps) {
  return (
    <footer class="tabs-row">
      <button type="button" class="icon-button add-sheet" aria-label="Add sheet" title="Add sheet" onClick={onAdd}>
        +
      </button>
      <nav class="sheet-tabs" aria-label="Sheets">
        {sheets
          .filter((s) => !s.hidden || s.name === current)
          .map((sheet) =>
            sheet.name === renaming ? (
              <TabNameEditor key={sheet.name} name={sheet.name} onDone={(name) => onRenamed(sheet.name, name)} />
            ) : (
              <button
                key={sheet.name}
                type="button"
                class="sheet-tab"
                aria-pressed={sheet.name === current}
                style={sheet.tabColor ? { borderBottomColor: sheet.tabColor } : undefined}
                onClick={() => onSelect(sheet.name)}
                onDblClick={() => onStartRename(sheet.name)}
                onContextMenu={(e) => onTabMenu(sheet.name, e)}
              >
                {sheet.name}
              </button>
            ),
          )}
      </nav>
    </footer>
  );
}

function TabNameEditor({ name, onDone }: { name: string; onDone: (name: string | null) => void }) {
  const input = useRef<HTMLInputElement>(null);
  const done = useRef(false);
  useLayoutEffect(() => {
    input.current?.focus();
    input.current?.select();
  }, []);
  const finish = (value: string | null) => {
    if (done.current) return;
    done.current = true;
    onDone(value);
  };
  return (
    <input
      ref={input}
      class="sheet-tab sheet-tab-name"
      aria-label={`Rename sheet ${name}`}
      defaultValue={name}
      size={Math.max(6, name.length + 2)}
      onKeyDown={(e) => {
        if (e.key === 'Enter') finish(e.currentTarget.value);
        else if (e.key === 'Escape') finish(null);
      }}
      onBlur={(e) => finish(e.currentTarget.value)}
    />
  );
}
