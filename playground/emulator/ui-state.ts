// What the add-on showed the user: menus, the sidebar, dialogs, alerts and toasts. A playground
// renders this; tests assert on it.

export type MenuEntry =
  | { kind: 'item'; caption: string; functionName: string }
  | { kind: 'separator' }
  | { kind: 'submenu'; caption: string; items: MenuEntry[] };

export interface MenuSpec {
  caption: string;
  /** True for the add-on's own menu (Extensions > add-on name). */
  addon: boolean;
  items: MenuEntry[];
}

export interface ShownHtml {
  kind: 'sidebar' | 'modal' | 'modeless';
  title: string;
  html: string;
  width?: number;
  height?: number;
  /** Entry point whose execution showed it. */
  shownBy: string;
}

export type ButtonName = 'OK' | 'CANCEL' | 'YES' | 'NO' | 'CLOSE';
export type ButtonSetName = 'OK' | 'OK_CANCEL' | 'YES_NO' | 'YES_NO_CANCEL';

export interface DialogRequest {
  kind: 'alert' | 'prompt';
  title: string;
  prompt: string;
  buttons: ButtonSetName;
}

export interface DialogAnswer {
  button: ButtonName;
  /** Text typed into a prompt. */
  text?: string;
}

export interface DialogRecord extends DialogRequest, DialogAnswer {}

export interface ToastRecord {
  message: string;
  title: string;
  timeoutSeconds: number | null;
}

/** Default answer: the affirmative button of the set. */
export function defaultAnswer(request: DialogRequest): DialogAnswer {
  return { button: request.buttons.startsWith('YES') ? 'YES' : 'OK', text: '' };
}

export class UiState {
  menus: MenuSpec[] = [];
  sidebar: ShownHtml | null = null;
  dialog: ShownHtml | null = null;
  readonly dialogs: DialogRecord[] = [];
  readonly toasts: ToastRecord[] = [];
  /** Decides how the "user" answers alert() and prompt(); replace it in tests. */
  respond: (request: DialogRequest) => DialogAnswer = defaultAnswer;
  version = 0;
  private readonly listeners = new Set<() => void>();

  onChange(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  changed(): void {
    this.version++;
    for (const listener of this.listeners) listener();
  }

  /** Replaces a menu with the same caption (re-running onOpen rebuilds menus). */
  addMenu(menu: MenuSpec): void {
    const index = this.menus.findIndex((m) => m.addon === menu.addon && m.caption === menu.caption);
    if (index >= 0) this.menus[index] = menu;
    else this.menus.push(menu);
    this.changed();
  }

  /** Finds the function behind a menu item by caption path, e.g. ["DevRate", "About"]. */
  findMenuFunction(path: string[]): string | undefined {
    const [top, ...rest] = path;
    const menu = this.menus.find((m) => m.caption === top);
    let items = menu?.items;
    for (let i = 0; items && i < rest.length; i++) {
      const entry = items.find((e) => e.kind !== 'separator' && e.caption === rest[i]);
      if (!entry || entry.kind === 'separator') return undefined;
      if (entry.kind === 'item') return i === rest.length - 1 ? entry.functionName : undefined;
      items = entry.items;
    }
    return undefined;
  }

  closeSidebar(): void {
    this.sidebar = null;
    this.changed();
  }

  closeDialog(): void {
    this.dialog = null;
    this.changed();
  }
}
