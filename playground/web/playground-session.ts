// The one add-on the playground runs: dist/Code.js loaded into the emulator over the saved
// workbook. Every request that runs code goes through here. The emulator runs an execution
// synchronously and nothing here awaits between setting the tab's context, running and saving,
// so requests from several tabs become one execution at a time, as separate as in Apps Script.

import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { Workbook, deserializeWorkbook, serializeWorkbook } from '../formulas';
import { ExecutionError, loadAddon, type Addon } from '../emulator';
import type { CustomFunctionDoc } from '../emulator/jsdoc';
import type { MenuEntry } from '../emulator/ui-state';
import { InvalidInput } from '../emulator/user-edit';
import type { PasteRequest } from '../emulator/user-paste';
import type {
  Effects,
  FunctionHelp,
  GridArea,
  MenuItemView,
  MenuView,
  NoticeView,
  PanelView,
  PlaygroundState,
  StructureEdit,
  TabContext,
  ViewRequest,
} from '../protocol';
import { EditHistory } from './edit-history';
import { sheetView } from './sheet-view';
import { applyStructureEdit } from './structure-edits';
import { backUpSaved, loadSavedPlayground, savedText, writeSavedText, SAVED_FORMAT, type SavedPlayground } from './workbook-file';

export const ADDON_NAME = 'DevRate';

export interface SessionOptions {
  /** Folder with Code.js and the HTML pages (npm run build writes dist/). */
  distDir: string;
  workbookPath: string;
  /** What google.script.run offers a sidebar or dialog; any other name is "not found". */
  endpoints: readonly string[];
  /** Wraps a sidebar or dialog's HTML so google.script.run reaches this server. */
  preparePanelHtml: (html: string, endpoints: readonly string[]) => string;
  /** Serves a prepared panel as a page of its own; returns its path and the port serving it. */
  publishPanel?: (html: string) => { path: string; port: number };
}

export type Outcome<T> =
  { ok: true; value: T; effects: Effects } | { ok: false; message: string; effects: Effects; invalidInput?: boolean };

export class PlaygroundSession {
  revision = 1;
  /** Problems met while opening the workbook, shown to every tab. */
  problems: string[] = [];
  private addon: Addon;
  private lastSaved = '';
  /** What the last save held, cheaply: the workbook's change counter and the properties' text. */
  private savedVersion = -1;
  private savedProperties = '';
  /** Times the workbook was serialized and the file written: a read-only call does neither. */
  readonly saveCounts = { serialized: 0, written: 0 };
  /** Read once: a rebuild of dist/ while the playground runs does not change it under the user. */
  private readonly code: string;
  private readonly listeners = new Set<(revision: number) => void>();
  /** As in Apps Script, private functions (name_) are never offered, whatever the list says. */
  private readonly endpoints: readonly string[];
  /** Undo and redo, one history for the workbook, whichever tab acted. */
  private history: EditHistory;
  /** An undo or redo is being saved: the state it restored is not a new step. */
  private travelling = false;

  constructor(private readonly options: SessionOptions) {
    const codePath = path.join(options.distDir, 'Code.js');
    if (!existsSync(codePath)) throw new Error(`${codePath} not found: run \`npm run build\` first (\`npm start\` does).`);
    this.code = readFileSync(codePath, 'utf8');
    this.endpoints = options.endpoints.filter((name) => !name.endsWith('_'));
    this.addon = this.restore();
    const saved = this.snapshot();
    this.history = new EditHistory(saved.workbook);
    this.lastSaved = savedText(saved);
    this.savedVersion = this.addon.workbook.version;
    this.savedProperties = this.propertiesText();
  }

  /** Called with the new revision whenever the workbook changed. */
  onRevision(listener: (revision: number) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  state(view: ViewRequest = {}): PlaygroundState {
    const workbook = this.addon.workbook;
    const shown = (view.sheet && workbook.sheetByName(view.sheet)) || workbook.sheet(workbook.activeSheetId);
    return {
      revision: this.revision,
      addonName: ADDON_NAME,
      sheets: workbook.sheets.map((s) => ({ name: s.name, hidden: s.hidden, tabColor: s.tabColor })),
      sheet: sheetView(workbook, shown.id, view.minRows),
      menus: this.addon.ui.menus.map((m): MenuView => ({ caption: m.caption, addon: m.addon, items: m.items.map(menuItemView) })),
      problems: this.problems,
      functions: this.addon.customFunctionDocs.map(functionHelp),
    };
  }

  /** A person typing into a cell (validation applies; onEdit runs if the script has one). */
  edit(context: TabContext, input: string | number | boolean): Outcome<null> {
    return this.execute(context, () => {
      this.addon.edit(context.sheet, context.cell, input, { user: context.user });
      return null;
    });
  }

  /** A click on a menu item, by its caption path (["DevRate", "About DevRate"]). */
  clickMenu(context: TabContext, captions: string[]): Outcome<null> {
    return this.execute(context, () => {
      this.addon.clickMenu(captions, { authMode: 'FULL', user: context.user });
      return null;
    });
  }

  /** A google.script.run call from a sidebar or dialog. */
  scriptRun(context: TabContext, endpoint: string, args: unknown[]): Outcome<unknown> {
    return this.execute(context, () => {
      // Apps Script's words for a function it does not offer: the page's shim never sends one.
      if (!this.endpoints.includes(endpoint)) throw new Error(`Script function not found: ${endpoint}`);
      return this.addon.run(endpoint, args, { fromClient: true, user: context.user }).value;
    });
  }

  addSheet(context: TabContext): Outcome<null> {
    return this.execute(context, () => {
      this.addon.spreadsheet.insertSheet();
      return null;
    });
  }

  /** A row, column or sheet-tab menu item, as a person picks it in Sheets. */
  structure(context: TabContext, edit: StructureEdit): Outcome<null> {
    return this.execute(context, () => {
      applyStructureEdit(this.addon.spreadsheet, context.sheet, edit);
      return null;
    });
  }

  /** A person's paste, cut and paste, or "Paste values only" (the emulator's userPaste). */
  paste(context: TabContext, request: PasteRequest): Outcome<null> {
    return this.execute(context, () => {
      this.addon.paste(request, { user: context.user });
      return null;
    });
  }

  /** Delete on a selected range: its contents go in one edit (one step to undo). */
  clearRange(context: TabContext, area: GridArea): Outcome<null> {
    return this.execute(context, () => {
      this.addon.clearRange(context.sheet, area, { user: context.user });
      return null;
    });
  }

  /**
   * Edit › Undo and Redo: the workbook as it was before (after) the last step. Properties stay as
   * they are (they are not the spreadsheet's content), and so does the add-on: it is loaded over
   * the restored workbook and opened again, as a reload of the spreadsheet would.
   */
  travel(context: TabContext, direction: 'undo' | 'redo'): Outcome<null> {
    const json = direction === 'undo' ? this.history.undo() : this.history.redo();
    if (!json) {
      const message = direction === 'undo' ? 'There is nothing to undo.' : 'There is nothing to redo.';
      return { ok: false, message, effects: { ...this.whereTheUserIs(), notices: [] } };
    }
    const now = this.addon.workbook;
    const shown = json.sheets.some((sheet) => sheet.id === now.activeSheetId) ? now.activeSheetId : json.activeSheetId;
    const restored = deserializeWorkbook({ ...json, documentProperties: Object.fromEntries(now.documentProperties), activeSheetId: shown });
    const before = this.addon;
    this.addon = this.load(restored);
    for (const [key, value] of before.scriptProperties) this.addon.scriptProperties.set(key, value);
    for (const [user, props] of before.userProperties) this.addon.userProperties.set(user, new Map(props));
    this.travelling = true;
    this.savedVersion = -1; // a new workbook counts its changes from 0 again: save it whatever its count
    try {
      return this.execute(context, () => null);
    } finally {
      this.travelling = false;
    }
  }

  /** A fresh workbook with one empty "Sheet1", properties forgotten, menus rebuilt, no history. */
  reset(): void {
    this.problems = [];
    this.addon = this.load(new Workbook());
    this.history = new EditHistory(serializeWorkbook(this.addon.workbook));
    this.saveIfChanged(true);
  }

  private execute<T>(context: TabContext, action: () => T): Outcome<T> {
    this.enter(context);
    const ui = this.addon.ui;
    const before = { sidebar: ui.sidebar, dialog: ui.dialog, toasts: ui.toasts.length, dialogs: ui.dialogs.length };
    let outcome: { ok: true; value: T } | { ok: false; message: string; invalidInput?: boolean };
    try {
      outcome = { ok: true, value: action() };
    } catch (error) {
      // Refused input reads as Sheets' dialog reads: the rule's help text, else the generic sentence.
      outcome =
        error instanceof InvalidInput
          ? { ok: false, message: error.helpText ?? error.message, invalidInput: true }
          : { ok: false, message: messageOf(error) };
    }
    const notices: NoticeView[] = [
      ...ui.toasts.slice(before.toasts).map((t): NoticeView => ({
        kind: 'toast',
        title: t.title,
        message: t.message,
        timeoutSeconds: t.timeoutSeconds === null || t.timeoutSeconds < 0 ? null : t.timeoutSeconds,
      })),
      // alert()/prompt() were answered at once with OK/YES (the emulator cannot wait for a click);
      // show what they said so the person still reads it.
      ...ui.dialogs
        .slice(before.dialogs)
        .map((d): NoticeView => ({ kind: 'alert', title: d.title, message: d.prompt, timeoutSeconds: null })),
    ];
    const effects: Effects = { ...this.whereTheUserIs(), notices };
    if (ui.sidebar && ui.sidebar !== before.sidebar) effects.sidebar = this.panel(ui.sidebar);
    if (ui.dialog && ui.dialog !== before.dialog) effects.dialog = this.panel(ui.dialog);
    this.saveIfChanged();
    return outcome.ok ? { ok: true, value: outcome.value, effects } : { ...outcome, effects };
  }

  /** Makes the tab's sheet and cell the active ones, as they are for the person in Sheets. */
  private enter(context: TabContext): void {
    const sheet = this.addon.spreadsheet.getSheetByName(context.sheet);
    if (!sheet) return;
    try {
      sheet.getRange(context.cell).activate();
    } catch {
      sheet.activate();
    }
  }

  private whereTheUserIs(): Pick<Effects, 'activeSheet' | 'activeCell'> {
    const active = this.addon.spreadsheet.getActiveSheet();
    const range = active.getActiveRange();
    return { activeSheet: active.getName(), activeCell: range ? range.getA1Notation().split(':')[0] : undefined };
  }

  private panel(shown: { kind: PanelView['kind']; title: string; html: string; width?: number; height?: number }): PanelView {
    const html = this.options.preparePanelHtml(shown.html, this.endpoints);
    return {
      kind: shown.kind,
      title: shown.title,
      html,
      ...this.options.publishPanel?.(html),
      width: shown.width,
      height: shown.height,
    };
  }

  private restore(): Addon {
    const loaded = loadSavedPlayground(this.options.workbookPath);
    if (loaded.kind === 'unreadable') {
      this.problems.push(
        `The saved workbook could not be read (${loaded.reason}); it was moved to ${loaded.movedTo} and a fresh one started.`,
      );
    }
    if (loaded.kind !== 'loaded') return this.load(new Workbook());
    const { saved } = loaded;
    let workbook: Workbook;
    try {
      workbook = deserializeWorkbook(saved.workbook);
    } catch (error) {
      const backup = backUpSaved(this.options.workbookPath);
      this.problems.push(
        `The saved workbook could not be restored (${messageOf(error)}); a fresh one was started. The file that could not be restored was copied to ${backup}.`,
      );
      workbook = new Workbook();
    }
    const addon = this.load(workbook);
    for (const [key, value] of Object.entries(saved.scriptProperties)) addon.scriptProperties.set(key, value);
    for (const [user, props] of Object.entries(saved.userProperties)) addon.userProperties.set(user, new Map(Object.entries(props)));
    return addon;
  }

  /** Loads the script over a workbook and opens it: onOpen builds the menus, as in Sheets. */
  private load(workbook: Workbook): Addon {
    const addon = loadAddon({ code: this.code, codePath: path.join(this.options.distDir, 'Code.js'), workbook, addonName: ADDON_NAME });
    try {
      // An installed add-on's onOpen may run in AuthMode.NONE: the strictest case.
      addon.open('NONE');
    } catch (error) {
      this.problems.push(`onOpen failed, so the add-on menu may be missing: ${messageOf(error)}`);
    }
    return addon;
  }

  private snapshot(): SavedPlayground {
    this.saveCounts.serialized++;
    return {
      format: SAVED_FORMAT,
      workbook: serializeWorkbook(this.addon.workbook),
      scriptProperties: Object.fromEntries(this.addon.scriptProperties),
      userProperties: Object.fromEntries([...this.addon.userProperties].map(([user, props]) => [user, Object.fromEntries(props)])),
    };
  }

  /** Script and user properties (small), as text; a user whose store was only opened has none. */
  private propertiesText(): string {
    const users = [...this.addon.userProperties].filter(([, props]) => props.size > 0);
    return JSON.stringify([[...this.addon.scriptProperties], users.map(([user, props]) => [user, [...props]])]);
  }

  /**
   * Saves after every change (the file is the playground's memory) and tells the other tabs. A
   * call that changed nothing (same workbook version, same properties) costs no serialization,
   * so a read on a large workbook is as cheap as on a small one.
   */
  private saveIfChanged(force = false): void {
    const version = this.addon.workbook.version;
    const properties = this.propertiesText();
    if (!force && version === this.savedVersion && properties === this.savedProperties) return;
    this.savedVersion = version;
    this.savedProperties = properties;
    const saved = this.snapshot();
    if (this.travelling) this.history.settle(saved.workbook);
    else this.history.record(saved.workbook);
    const text = savedText(saved);
    if (!force && text === this.lastSaved) return;
    writeSavedText(this.options.workbookPath, text);
    this.saveCounts.written++;
    this.lastSaved = text;
    this.revision++;
    for (const listener of this.listeners) listener(this.revision);
  }
}

/** "[region]" or a type ending in "=" marks an optional parameter in JSDoc. */
function functionHelp(doc: CustomFunctionDoc): FunctionHelp {
  return {
    name: doc.name,
    description: doc.description,
    params: doc.params.map((p) => ({
      name: p.name.replace(/^\[|\]$/g, ''),
      description: p.description,
      optional: p.name.startsWith('[') || p.type.endsWith('='),
    })),
  };
}

function menuItemView(entry: MenuEntry): MenuItemView {
  if (entry.kind === 'separator') return { kind: 'separator' };
  if (entry.kind === 'submenu') return { kind: 'submenu', caption: entry.caption, items: entry.items.map(menuItemView) };
  return { kind: 'item', caption: entry.caption };
}

function messageOf(error: unknown): string {
  if (error instanceof ExecutionError) return error.result.error ?? 'The script failed.';
  if (error instanceof Error) return error.message;
  return String(error);
}
