// What Ctrl+C or Ctrl+X picked up: a block of a sheet, not its text. Kept in localStorage so every
// tab of the playground pastes it, as Sheets' clipboard works across tabs. The paste itself reads
// the cells on the server as they are when it runs (as Sheets does for a copy within a workbook).

import type { GridArea } from '../protocol';

const KEY = 'devrate-playground-clipboard';

export interface CopiedBlock {
  sheet: string;
  area: GridArea;
  cut: boolean;
}

export function writeClipboard(block: CopiedBlock): void {
  window.localStorage.setItem(KEY, JSON.stringify(block));
}

export function readClipboard(): CopiedBlock | null {
  try {
    const block = JSON.parse(window.localStorage.getItem(KEY) ?? 'null') as CopiedBlock | null;
    return block && typeof block.sheet === 'string' && typeof block.area.row === 'number' ? block : null;
  } catch {
    return null;
  }
}

/** A cut is pasted once; then the clipboard is empty, as in Sheets. */
export function clearClipboard(): void {
  window.localStorage.removeItem(KEY);
}
