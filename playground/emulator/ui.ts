// SpreadsheetApp.getUi(): menus, alerts/prompts, sidebars and dialogs, recorded in UiState.

import type { ButtonSetArg, HtmlOutputArg, MenuArg } from './host-types';
import type { EmulatorContext } from './context';
import { enumOf } from './criteria';
import { textOf } from '../formulas/cell-values';
import { HtmlOutputFacade } from './html-service';
import type { ButtonSetName, DialogRequest, MenuEntry } from './ui-state';

export const Button = enumOf(['CLOSE', 'OK', 'CANCEL', 'YES', 'NO'] as const);
export const ButtonSet = enumOf(['OK', 'OK_CANCEL', 'YES_NO', 'YES_NO_CANCEL'] as const);

type GasButtonSet = ButtonSetArg;
/** The second argument of alert and prompt: a prompt's text (any string, a button set's name
 * included) or a button set. */
type PromptOrButtons = string | GoogleAppsScript.Base.ButtonSet;
type GasHtmlOutput = HtmlOutputArg;

export class MenuFacade {
  static readonly apiName = 'Menu';
  readonly #ctx: EmulatorContext;
  readonly #caption: string;
  readonly #addon: boolean;
  readonly #items: MenuEntry[] = [];

  constructor(ctx: EmulatorContext, caption: string, addon: boolean) {
    this.#ctx = ctx;
    this.#caption = caption;
    this.#addon = addon;
  }

  static entriesOf(menu: unknown): { caption: string; items: MenuEntry[] } {
    if (!(menu instanceof MenuFacade)) throw new Error('Invalid argument: menu');
    return { caption: menu.#caption, items: structuredClone(menu.#items) };
  }

  addItem(caption: string, functionName: string): this {
    this.#items.push({ kind: 'item', caption: String(caption), functionName: String(functionName) });
    return this;
  }
  addSeparator(): this {
    this.#items.push({ kind: 'separator' });
    return this;
  }
  addSubMenu(menu: MenuArg): this {
    const { caption, items } = MenuFacade.entriesOf(menu);
    this.#items.push({ kind: 'submenu', caption, items });
    return this;
  }
  addToUi(): void {
    this.#ctx.ui.addMenu({ caption: this.#caption, addon: this.#addon, items: structuredClone(this.#items) });
  }
}

export class PromptResponseFacade {
  static readonly apiName = 'PromptResponse';
  readonly #text: string;
  readonly #button: string;
  constructor(text: string, button: string) {
    this.#text = text;
    this.#button = button;
  }
  getResponseText(): string {
    return this.#text;
  }
  getSelectedButton(): string {
    return this.#button;
  }
}

export class UiFacade {
  static readonly apiName = 'Ui';
  readonly Button = Button;
  readonly ButtonSet = ButtonSet;
  readonly #ctx: EmulatorContext;

  constructor(ctx: EmulatorContext) {
    this.#ctx = ctx;
  }

  createAddonMenu(): MenuFacade {
    return new MenuFacade(this.#ctx, this.#ctx.addonName, true);
  }
  createMenu(caption: string): MenuFacade {
    return new MenuFacade(this.#ctx, String(caption), false);
  }
  /** alert(prompt), alert(prompt, buttons) or alert(title, prompt, buttons). */
  alert(titleOrPrompt: string, promptOrButtons?: PromptOrButtons, buttons?: GasButtonSet): string {
    return this.#ask('alert', titleOrPrompt, promptOrButtons, buttons).button;
  }
  prompt(titleOrPrompt: string, promptOrButtons?: PromptOrButtons, buttons?: GasButtonSet): PromptResponseFacade {
    const answer = this.#ask('prompt', titleOrPrompt, promptOrButtons, buttons);
    return new PromptResponseFacade(answer.text ?? '', answer.button);
  }
  showSidebar(userInterface: GasHtmlOutput): void {
    const output = HtmlOutputFacade.stateOf(userInterface);
    this.#ctx.ui.sidebar = { kind: 'sidebar', title: output.title, html: output.content, width: output.width, shownBy: this.#shownBy() };
    this.#ctx.ui.changed();
  }
  showModalDialog(userInterface: GasHtmlOutput, title: string): void {
    this.#dialog('modal', userInterface, title);
  }
  showModelessDialog(userInterface: GasHtmlOutput, title: string): void {
    this.#dialog('modeless', userInterface, title);
  }

  #dialog(kind: 'modal' | 'modeless', userInterface: GasHtmlOutput, title: string): void {
    const output = HtmlOutputFacade.stateOf(userInterface);
    this.#ctx.ui.dialog = {
      kind,
      title: String(title),
      html: output.content,
      width: output.width,
      height: output.height,
      shownBy: this.#shownBy(),
    };
    this.#ctx.ui.changed();
  }

  #shownBy(): string {
    return this.#ctx.executions.current?.entryPoint ?? '(host)';
  }

  #ask(kind: 'alert' | 'prompt', a: string, b?: unknown, c?: unknown) {
    let request: DialogRequest;
    if (c !== undefined) request = { kind, title: String(a), prompt: String(b), buttons: textOf(c) as ButtonSetName };
    else if (b !== undefined && typeof b === 'string' && b in ButtonSet)
      request = { kind, title: '', prompt: String(a), buttons: b as ButtonSetName };
    else request = { kind, title: '', prompt: String(a), buttons: 'OK' };
    const answer = this.#ctx.ui.respond(request);
    this.#ctx.ui.dialogs.push({ ...request, ...answer });
    this.#ctx.ui.changed();
    return answer;
  }
}
