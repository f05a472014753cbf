// The Edit menu's actions and their shortcuts: copy, cut, paste, paste values only, clear a range,
// undo and redo. Each is one request to the server, which does it through the emulator (the same
// userPaste the tests call) and records it as one step of the workbook's history.

import { useEffect, useRef, useState } from 'preact/hooks';
import type { ActionResponse, PasteEdit, TabContext } from '../protocol';
import { failureMessage, postClear, postHistory, postPaste } from './api';
import { clearClipboard, readClipboard, writeClipboard, type CopiedBlock } from './clipboard';
import type { GridShortcut } from './Grid';
import type { Notice } from './Notices';
import { warnsBeforeEdit } from './protection-warning';
import { areaOf, cellsOf, type Selection } from './selection';
import type { PlaygroundStateHandle } from './use-playground-state';
import { columnLetter } from '../../src/sheets/a1';

export interface EditActionsDeps {
  playground: PlaygroundStateHandle;
  sheetName: string;
  selection: Selection;
  user: string;
  notify: (notice: Omit<Notice, 'id'>) => void;
  /** Asks Sheets' protection warning, then proceeds if the person says OK. */
  askBeforeProtected: (proceed: () => void) => void;
  selectRange: (active: string, extent: string) => void;
}

export interface EditActions {
  /** What was copied or cut, drawn with a dashed border as Sheets does, until it is pasted (a cut) or replaced. */
  copied: CopiedBlock | null;
  copy: (cut: boolean) => void;
  paste: (valuesOnly: boolean) => void;
  travel: (direction: 'undo' | 'redo') => void;
  shortcut: (shortcut: GridShortcut) => void;
}

export function useEditActions(current: EditActionsDeps): EditActions {
  // A context menu keeps the actions it was opened with, and right-clicking a row number selects
  // the row in that same moment: the actions read the newest selection when they run.
  const latest = useRef(current);
  latest.current = current;
  const deps = new Proxy(current, { get: (_, key: keyof EditActionsDeps) => latest.current[key] });
  const { playground, notify } = deps;
  const [copied, setCopied] = useState<CopiedBlock | null>(readClipboard);
  useEffect(() => {
    // Another tab copied or pasted a cut: this tab's dashed border follows its clipboard.
    const follow = () => setCopied(readClipboard());
    window.addEventListener('storage', follow);
    return () => window.removeEventListener('storage', follow);
  }, []);
  const context = (): TabContext => ({ sheet: deps.sheetName, cell: deps.selection.active, user: deps.user });
  const focusGrid = () => document.querySelector<HTMLElement>('.grid-scroll')?.focus({ preventScroll: true });

  const failed = (title: string) => (error: unknown) =>
    notify({ kind: 'error', title, message: failureMessage(error), timeoutSeconds: null });
  const answered = (title: string, done: () => void) => (answer: ActionResponse) => {
    if (answer.ok) done();
    else notify({ kind: 'error', title, message: answer.message, timeoutSeconds: null });
  };

  const copy = (cut: boolean) => {
    const block = { sheet: deps.sheetName, area: areaOf(deps.selection), cut };
    writeClipboard(block);
    setCopied(block);
    focusGrid();
  };

  const paste = (valuesOnly: boolean) => {
    focusGrid();
    const copied = readClipboard();
    const state = playground.state;
    if (!copied || !state) {
      notify({ kind: 'error', title: 'Nothing to paste', message: 'Copy (Ctrl+C) or cut (Ctrl+X) cells first.', timeoutSeconds: null });
      return;
    }
    const at = areaOf(deps.selection);
    const request: PasteEdit = {
      from: { sheet: copied.sheet, area: copied.area },
      to: { sheet: deps.sheetName, row: at.row, col: at.col },
      valuesOnly,
    };
    if (copied.cut && !valuesOnly) request.cut = true;
    const into = { row: at.row, col: at.col, numRows: copied.area.numRows, numCols: copied.area.numCols };
    const send = () =>
      void playground.track(postPaste(context(), request, { ...playground.view(), sheet: deps.sheetName })).then(
        answered('Nothing was pasted', () => {
          if (request.cut) {
            clearClipboard();
            setCopied(null);
          }
          deps.selectRange(
            `${columnLetter(into.col)}${into.row}`,
            `${columnLetter(into.col + into.numCols - 1)}${into.row + into.numRows - 1}`,
          );
        }),
        failed('Nothing was pasted'),
      );
    if (warningAreaOverlaps(state.sheet, into)) deps.askBeforeProtected(send);
    else send();
  };

  /** Delete on a range: the contents of its cells go, in one edit (one step to undo). */
  const clear = () => {
    const state = playground.state;
    if (!state) return;
    const area = areaOf(deps.selection);
    const send = () =>
      void playground.track(postClear(context(), area, { ...playground.view(), sheet: deps.sheetName })).then(
        answered('Nothing was cleared', () => undefined),
        failed('Nothing was cleared'),
      );
    if (warningAreaOverlaps(state.sheet, area)) deps.askBeforeProtected(send);
    else send();
  };

  const travel = (direction: 'undo' | 'redo') => {
    focusGrid();
    const title = direction === 'undo' ? 'Nothing was undone' : 'Nothing was redone';
    void playground.track(postHistory(context(), direction, playground.view())).then(
      answered(title, () => undefined),
      failed(title),
    );
  };

  const shortcut = (which: GridShortcut) => {
    if (which === 'copy' || which === 'cut') copy(which === 'cut');
    else if (which === 'paste' || which === 'pasteValues') paste(which === 'pasteValues');
    else if (which === 'undo' || which === 'redo') travel(which);
    else clear();
  };

  return { copied, copy, paste, travel, shortcut };
}

/** Whether a paste into `area` touches a warning-only protected range (outside its exceptions). */
function warningAreaOverlaps(
  sheet: Parameters<typeof warnsBeforeEdit>[0],
  area: { row: number; col: number; numRows: number; numCols: number },
): boolean {
  const overlap = (a: typeof area, b: typeof area) =>
    a.row < b.row + b.numRows && b.row < a.row + a.numRows && a.col < b.col + b.numCols && b.col < a.col + a.numCols;
  // A cell of the paste inside the protected area and outside every exception: checked cell by
  // cell only where the two overlap, so a whole-column paste stays cheap.
  return sheet.warningAreas.some((w) => {
    if (!overlap(w.area, area)) return false;
    const row = Math.max(w.area.row, area.row);
    const col = Math.max(w.area.col, area.col);
    const rows = Math.min(w.area.row + w.area.numRows, area.row + area.numRows) - row;
    const cols = Math.min(w.area.col + w.area.numCols, area.col + area.numCols) - col;
    return cellsOf({ row, col, numRows: rows, numCols: cols }).some((a1) => warnsBeforeEdit(sheet, a1));
  });
}
