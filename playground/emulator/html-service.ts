// HtmlService: HtmlOutput objects built from strings or from <htmlDir>/<name>.html.

import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { EmulatorContext } from './context';
import { enumOf } from './criteria';

export const SandboxMode = enumOf(['EMULATED', 'IFRAME', 'NATIVE'] as const);
export const XFrameOptionsMode = enumOf(['ALLOWALL', 'DEFAULT'] as const);

interface HtmlOutputState {
  content: string;
  title: string;
  width?: number;
  height?: number;
}

export class HtmlOutputFacade {
  static readonly apiName = 'HtmlOutput';
  readonly #state: HtmlOutputState;
  readonly #metaTags: Array<{ name: string; content: string }> = [];

  constructor(content = '') {
    this.#state = { content, title: '' };
  }

  static stateOf(output: unknown): HtmlOutputState {
    if (!(output instanceof HtmlOutputFacade)) throw new Error('Invalid argument: userInterface');
    return { ...output.#state };
  }

  append(addedContent: string): this {
    this.#state.content += String(addedContent);
    return this;
  }
  appendUntrusted(addedContent: string): this {
    return this.append(String(addedContent).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;'));
  }
  clear(): this {
    this.#state.content = '';
    return this;
  }
  getContent(): string {
    return this.#state.content;
  }
  setContent(content: string): this {
    this.#state.content = String(content);
    return this;
  }
  getTitle(): string {
    return this.#state.title;
  }
  setTitle(title: string): this {
    this.#state.title = String(title);
    return this;
  }
  getWidth(): number {
    return this.#state.width ?? 0;
  }
  setWidth(width: number): this {
    this.#state.width = width;
    return this;
  }
  getHeight(): number {
    return this.#state.height ?? 0;
  }
  setHeight(height: number): this {
    this.#state.height = height;
    return this;
  }
  addMetaTag(name: string, content: string): this {
    this.#metaTags.push({ name, content });
    return this;
  }
  setSandboxMode(_mode: GoogleAppsScript.HTML.SandboxMode): this {
    return this;
  }
  setXFrameOptionsMode(_mode: GoogleAppsScript.HTML.XFrameOptionsMode): this {
    return this;
  }
  setFaviconUrl(_iconUrl: string): this {
    return this;
  }
}

export class HtmlServiceFacade {
  static readonly apiName = 'HtmlService';
  readonly SandboxMode = SandboxMode;
  readonly XFrameOptionsMode = XFrameOptionsMode;
  readonly #ctx: EmulatorContext;

  constructor(ctx: EmulatorContext) {
    this.#ctx = ctx;
  }

  createHtmlOutput(html?: string): HtmlOutputFacade {
    return new HtmlOutputFacade(html === undefined ? '' : String(html));
  }
  /** Reads <htmlDir>/<filename>.html, as the Apps Script project's HTML file of that name. */
  createHtmlOutputFromFile(filename: string): HtmlOutputFacade {
    const name = String(filename);
    const file = this.#ctx.htmlDir && path.join(this.#ctx.htmlDir, name.endsWith('.html') ? name : `${name}.html`);
    if (!file || !existsSync(file)) throw new Error(`No HTML file named ${name} was found.`);
    return new HtmlOutputFacade(readFileSync(file, 'utf8'));
  }
  getUserAgent(): string {
    return 'Mozilla/5.0 (emulated Apps Script)';
  }
}
