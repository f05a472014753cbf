// The playground page: a spreadsheet window around the add-on. Menu bar (Extensions holds the
// add-on's menu), formula bar, grid, sheet tabs, the add-on's sidebar and dialogs, and a Reset
// button. Everything the add-on does runs on the server, in the Apps Script emulator.

import { useCallback, useRef, useState } from 'preact/hooks';
import { PLAYGROUND_USERS, type Effects, type StructureEdit, type TabContext } from '../protocol';
import { failureMessage, postAddSheet, postEdit, postMenu, postReset, postScriptRun, postStructure } from './api';
import { moveA1, splitA1 } from './cell-address';
import { ContextMenu, cellMenu, columnMenu, rowMenu, tabMenu, type ClipboardActions, type ContextMenuState } from './ContextMenu';
import { useEditActions } from './use-edit-actions';
import { FormulaBar, type AfterEdit, type EditorRequest } from './FormulaBar';
import { Grid } from './Grid';
import { MenuBar, type EditMenuItem } from './MenuBar';
import { Notices, type Notice } from './Notices';
import { Dialog, Sidebar, type ShownPanel } from './Panels';
import { PROTECTION_WARNING, SNOOZE_MS, warnsBeforeEdit } from './protection-warning';
import { areaA1, areaOf, contains, single, type Selection } from './selection';
import { MERGE_QUESTION, mergeLosesValues } from './merge-question';
import { SheetsDialog, type SheetsQuestion } from './SheetsDialog';
import { SheetTabs } from './SheetTabs';
import { usePanelBridge } from './use-panel-bridge';
import { usePlaygroundState } from './use-playground-state';

const USER_KEY = 'devrate-playground-user';
/** The tab's collaborator survives a reload of this tab (sessionStorage), not other tabs. */
function savedUser(): string {
  const saved = window.sessionStorage.getItem(USER_KEY);
  return (PLAYGROUND_USERS.find((u) => u.email === saved) ?? PLAYGROUND_USERS[0]).email;
}

const RESET_QUESTION = 'Reset the playground? Every sheet is deleted and a fresh workbook with one empty Sheet1 starts.';

export function App() {
  const playground = usePlaygroundState();
  const { state } = playground;
  const [selection, setSelection] = useState<Selection>(single('A1'));
  const selected = selection.active;
  const [renaming, setRenaming] = useState<string | null>(null);
  const [editor, setEditor] = useState<EditorRequest | null>(null);
  const [sidebar, setSidebar] = useState<ShownPanel | null>(null);
  const [dialog, setDialog] = useState<ShownPanel | null>(null);
  const [notices, setNotices] = useState<Notice[]>([]);
  const [running, setRunning] = useState(0);
  const [user, setUser] = useState(savedUser);
  const [contextMenu, setContextMenu] = useState<ContextMenuState | null>(null);
  const [question, setQuestion] = useState<SheetsQuestion | null>(null);
  const warningsSnoozedUntil = useRef(0);
  const serial = useRef(0);
  const selections = useRef(new Map<string, string>());
  /** A move after an edit waits while Sheets' protection warning is asked (the cell stays selected). */
  const asking = useRef(false);
  const pendingMove = useRef<AfterEdit | null>(null);
  const frames = { sidebar: useRef<HTMLIFrameElement>(null), dialog: useRef<HTMLIFrameElement>(null) };

  const sheetName = state?.sheet.name ?? '';
  const context = (): TabContext => ({ sheet: sheetName, cell: selected, user });
  const switchUser = (email: string) => {
    window.sessionStorage.setItem(USER_KEY, email);
    setUser(email);
    setSidebar(null); // a sidebar belongs to the person who opened it
    setDialog(null);
  };
  const select = (a1: string, extend = false) => {
    setSelection((now) => (extend ? { active: now.active, extent: a1 } : single(a1)));
    if (!extend) selections.current.set(sheetName, a1);
  };
  const selectRange = (active: string, extent: string) => {
    setSelection({ active, extent });
    selections.current.set(sheetName, active);
  };
  const notify = (notice: Omit<Notice, 'id'>) => setNotices((list) => [...list.slice(-3), { ...notice, id: ++serial.current }]);
  const focusGrid = () => document.querySelector<HTMLElement>('.grid-scroll')?.focus({ preventScroll: true });

  /** Follows the execution: the sheet and cell it left active, what it showed. */
  const applyEffects = (effects: Effects | undefined) => {
    if (!effects) return;
    if (effects.activeCell) {
      setSelection(single(effects.activeCell));
      selections.current.set(effects.activeSheet, effects.activeCell);
    }
    if (effects.sidebar) setSidebar({ view: effects.sidebar, key: ++serial.current });
    if (effects.dialog) setDialog({ view: effects.dialog, key: ++serial.current });
    for (const notice of effects.notices) notify(notice);
  };

  /** Runs add-on code on the server; "Running script" shows meanwhile, as in Sheets. */
  const whileRunning = async <T,>(work: () => Promise<T>): Promise<T> => {
    setRunning((n) => n + 1);
    try {
      return await work();
    } finally {
      setRunning((n) => n - 1);
    }
  };

  /** Asks Sheets' question in a modal; the grid gets the keys back once it is answered. */
  const ask = (q: Omit<SheetsQuestion, 'onAnswer'>, onAnswer: SheetsQuestion['onAnswer'] = () => undefined) =>
    setQuestion({
      ...q,
      onAnswer: (ok, checked) => {
        setQuestion(null);
        focusGrid();
        onAnswer(ok, checked);
      },
    });

  /** A person's edit; inside a warning-only protection Sheets asks first. */
  const edit = (a1: string, input: string | boolean) => {
    if (state && warnsBeforeEdit(state.sheet, a1)) {
      askBeforeProtected(
        () => sendEdit(a1, input),
        () => playground.show({}), // a dropdown or checkbox shows the cell's value again
      );
      return;
    }
    sendEdit(a1, input);
  };

  /** Sheets' warning before changing a warning-only protected range; the move after it waits for the answer. */
  const askBeforeProtected = (proceed: () => void, cancelled: () => void = () => undefined) => {
    if (Date.now() < warningsSnoozedUntil.current) {
      proceed();
      return;
    }
    asking.current = true;
    ask(PROTECTION_WARNING, (ok, snooze) => {
      asking.current = false;
      const move = pendingMove.current;
      pendingMove.current = null;
      if (snooze && ok) warningsSnoozedUntil.current = Date.now() + SNOOZE_MS;
      if (ok) {
        proceed();
        if (move) afterEdit(move);
      } else cancelled();
    });
  };

  const actions = useEditActions({
    playground,
    sheetName,
    selection,
    user,
    notify,
    askBeforeProtected,
    selectRange,
  });

  const sendEdit = (a1: string, input: string | boolean) => {
    const view = { ...playground.view(), sheet: sheetName };
    void playground.track(postEdit({ sheet: sheetName, cell: a1, user }, input, view)).then(
      (answer) => {
        // Sheets rejects invalid input in a dialog that shows the rule's help text.
        if (!answer.ok && answer.invalidInput) ask({ title: 'There was a problem', message: answer.message, cancel: null });
        else if (!answer.ok) notify({ kind: 'error', title: `Cell ${a1} was not changed`, message: answer.message, timeoutSeconds: null });
        else applyEffects(answer.effects && { ...answer.effects, activeCell: undefined });
      },
      (error: unknown) =>
        notify({ kind: 'error', title: `Cell ${a1} was not changed`, message: failureMessage(error), timeoutSeconds: null }),
    );
  };

  const runMenu = (path: string[]) =>
    void whileRunning(() => playground.track(postMenu(context(), path, playground.view()))).then(
      (answer) => {
        applyEffects(answer.effects);
        if (!answer.ok) notify({ kind: 'error', title: `${path[path.length - 1]} failed`, message: answer.message, timeoutSeconds: null });
      },
      (error: unknown) =>
        notify({ kind: 'error', title: `${path[path.length - 1]} failed`, message: failureMessage(error), timeoutSeconds: null }),
    );

  usePanelBridge(frames, {
    run: async (endpoint, args) => {
      const answer = await whileRunning(() => playground.track(postScriptRun(context(), endpoint, args, playground.view())));
      applyEffects(answer.effects);
      return answer.ok ? { ok: true, value: answer.value } : { ok: false, message: answer.message };
    },
    close: (slot) => (slot === 'sidebar' ? setSidebar(null) : setDialog(null)),
    // Sidebars keep Sheets' fixed 300 px; dialogs take google.script.host.setWidth/setHeight.
    resize: (slot, width, height) => {
      if (slot === 'dialog')
        setDialog((p) => p && { ...p, view: { ...p.view, width: width ?? p.view.width, height: height ?? p.view.height } });
    },
  });

  const showSheet = (name: string) => {
    setSelection(single(selections.current.get(name) ?? 'A1'));
    playground.show({ sheet: name });
  };

  const addSheet = () => void playground.track(postAddSheet(context(), playground.view())).then((answer) => applyEffects(answer.effects));

  const structure = (edit: StructureEdit) =>
    void playground.track(postStructure(context(), edit, playground.view())).then(
      (answer) => {
        applyEffects(answer.effects && { ...answer.effects, activeCell: undefined });
        if (!answer.ok) notify({ kind: 'error', title: 'The sheet was not changed', message: answer.message, timeoutSeconds: null });
      },
      (error: unknown) =>
        notify({ kind: 'error', title: 'The sheet was not changed', message: failureMessage(error), timeoutSeconds: null }),
    );
  /** Merge all asks first when it would lose values, as Sheets does. */
  const structureAsking = (change: StructureEdit) => {
    if (change.kind === 'mergeCells' && state && mergeLosesValues(state.sheet, change.area) && !window.confirm(MERGE_QUESTION)) return;
    structure(change);
  };
  const clipboardActions: ClipboardActions = {
    cut: () => actions.copy(true),
    copy: () => actions.copy(false),
    paste: () => actions.paste(false),
    pasteValues: () => actions.paste(true),
  };
  const editMenu: EditMenuItem[] = [
    { caption: 'Undo', shortcut: 'Ctrl+Z', run: () => actions.travel('undo') },
    { caption: 'Redo', shortcut: 'Ctrl+Y', run: () => actions.travel('redo') },
    { caption: 'Cut', shortcut: 'Ctrl+X', run: clipboardActions.cut },
    { caption: 'Copy', shortcut: 'Ctrl+C', run: clipboardActions.copy },
    { caption: 'Paste', shortcut: 'Ctrl+V', run: clipboardActions.paste },
    { caption: 'Paste values only', shortcut: 'Ctrl+Shift+V', run: clipboardActions.pasteValues },
  ];
  const onHeaderMenu = (kind: 'column' | 'row', index: number, event: MouseEvent) => {
    event.preventDefault();
    setContextMenu((kind === 'column' ? columnMenu : rowMenu)(index, event.clientX, event.clientY, clipboardActions, structure));
  };
  const onCellMenu = (a1: string, event: MouseEvent) => {
    event.preventDefault();
    const at = splitA1(a1);
    const inside = contains(areaOf(selection), at.row, at.col);
    if (!inside) select(a1); // inside the range, the range stays
    const area = inside ? areaOf(selection) : { row: at.row, col: at.col, numRows: 1, numCols: 1 };
    setContextMenu(cellMenu(a1, event.clientX, event.clientY, clipboardActions, area, state?.sheet.filter ?? null, structureAsking));
  };
  const onTabMenu = (name: string, event: MouseEvent) => {
    event.preventDefault();
    setContextMenu(tabMenu(name, event.clientX, event.clientY, () => setRenaming(name), structure));
  };
  const onRenamed = (sheet: string, name: string | null) => {
    setRenaming(null);
    const wanted = name?.trim();
    if (wanted && wanted !== sheet) structure({ kind: 'renameSheet', sheet, name: wanted });
    focusGrid();
  };

  const reset = () => {
    if (!window.confirm(RESET_QUESTION)) return;
    void playground.track(postReset({})).then(() => {
      selections.current.clear();
      setSelection(single('A1'));
      setSidebar(null);
      setDialog(null);
      setNotices([]);
    });
  };

  const afterEdit = (after: AfterEdit) => {
    if (asking.current) {
      pendingMove.current = after;
      return;
    }
    if (state && after !== 'stay')
      select(moveA1(selected, after === 'down' ? 1 : 0, after === 'right' ? 1 : 0, state.sheet.rows, state.sheet.cols));
    focusGrid();
  };

  const openEditor = (a1: string, typed?: string) => {
    select(a1);
    setEditor({ a1, typed, serial: ++serial.current, inCell: true });
  };
  // Stable identities for the grid, so a selection change re-renders two cells, not all of them.
  const latest = useRef({ select, edit, openEditor, onCellMenu });
  latest.current = { select, edit, openEditor, onCellMenu };
  const onSelect = useCallback((a1: string, extend: boolean) => latest.current.select(a1, extend), []);
  const onCellMenuStable = useCallback((a1: string, event: MouseEvent) => latest.current.onCellMenu(a1, event), []);
  const onEdit = useCallback((a1: string, input: string | boolean) => latest.current.edit(a1, input), []);
  const onOpenEditor = useCallback((a1: string, typed?: string) => latest.current.openEditor(a1, typed), []);

  if (!state) {
    return <main class="loading">{playground.offline ?? 'Opening the workbook…'}</main>;
  }
  const cell = state.sheet.cells.find((c) => c.a1 === selected);
  return (
    <div class="app">
      <header class="topbar">
        <div class="doc">
          <span class="doc-icon" aria-hidden="true" />
          <div>
            <h1 class="doc-title">DevRate playground</h1>
            <MenuBar menus={state.menus} edit={editMenu} onRun={runMenu} />
          </div>
        </div>
        <div class="topbar-right">
          {running > 0 && (
            <span class="running" role="status">
              Running script…
            </span>
          )}
          <label class="user-picker">
            User
            <select aria-label="User" value={user} onChange={(e) => switchUser((e.target as HTMLSelectElement).value)}>
              {PLAYGROUND_USERS.map((u) => (
                <option key={u.email} value={u.email}>
                  {u.label}
                </option>
              ))}
            </select>
          </label>
          <button type="button" class="reset-button" onClick={reset}>
            Reset
          </button>
        </div>
      </header>
      {[...state.problems, ...(playground.offline ? [playground.offline] : [])].map((problem) => (
        <div key={problem} class="banner" role="alert">
          {problem}
        </div>
      ))}
      <FormulaBar
        selected={selected}
        nameBox={areaA1(areaOf(selection))}
        cellInput={cell?.arrayFormula ? '' : (cell?.input ?? '')}
        arrayFormula={cell?.arrayFormula}
        request={editor}
        functions={state.functions}
        onCommit={edit}
        onDone={afterEdit}
      />
      <div class="cell-status" role="status">
        {cell?.error ? `${cell.display} in ${cell.a1}: ${cell.error}` : cell?.note ? `Note: ${cell.note}` : ''}
      </div>
      <div class="workspace">
        <Grid
          sheet={state.sheet}
          selection={selection}
          copied={actions.copied?.sheet === state.sheet.name ? actions.copied.area : null}
          onSelect={onSelect}
          onSelectRange={selectRange}
          onShortcut={actions.shortcut}
          onCellMenu={onCellMenuStable}
          onEdit={onEdit}
          onOpenEditor={onOpenEditor}
          onMoreRows={() => playground.show({ minRows: state.sheet.rows + 100 })}
          onHeaderMenu={onHeaderMenu}
        />
        {sidebar && <Sidebar panel={sidebar} frameRef={frames.sidebar} onClose={() => setSidebar(null)} />}
      </div>
      <SheetTabs
        sheets={state.sheets}
        current={state.sheet.name}
        renaming={renaming}
        onSelect={showSheet}
        onAdd={addSheet}
        onTabMenu={onTabMenu}
        onStartRename={setRenaming}
        onRenamed={onRenamed}
      />
      {contextMenu && <ContextMenu menu={contextMenu} onClose={() => setContextMenu(null)} />}
      {dialog && <Dialog panel={dialog} frameRef={frames.dialog} onClose={() => setDialog(null)} />}
      {question && <SheetsDialog question={question} />}
      <Notices notices={notices} onDismiss={(id) => setNotices((list) => list.filter((n) => n.id !== id))} />
    </div>
  );
}
