// The sheet tabs under the grid: a button per visible sheet, named by the sheet (aria-pressed on
// the one shown), and "+" to add a sheet, as in Sheets.

import type { SheetTab } from '../protocol';

export interface SheetTabsProps {
  sheets: SheetTab[];
  current: string;
  onSelect: (name: string) => void;
  onAdd: () => void;
  /** Right-click on a tab. */
  onTabMenu: (name: string, event: MouseEvent) => void;
}

export function SheetTabs({ sheets, current, onSelect, onAdd, onTabMenu }: SheetTabsProps) {
  return (
    <footer class="tabs-row">
      <button type="button" class="icon-button add-sheet" aria-label="Add sheet" title="Add sheet" onClick={onAdd}>
        +
      </button>
      <nav class="sheet-tabs" aria-label="Sheets">
        {sheets
          .filter((s) => !s.hidden || s.name === current)
          .map((sheet) => (
            <button
              key={sheet.name}
              type="button"
              class="sheet-tab"
              aria-pressed={sheet.name === current}
              style={sheet.tabColor ? { borderBottomColor: sheet.tabColor } : undefined}
              onClick={() => onSelect(sheet.name)}
              onContextMenu={(e) => onTabMenu(sheet.name, e)}
            >
              {sheet.name}
            </button>
          ))}
      </nav>
    </footer>
  );
}
