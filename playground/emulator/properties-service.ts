// PropertiesService: document properties live in the workbook (saved with it); script and user
// properties live in the loaded add-on.

import { currentUser, type EmulatorContext } from './context';

export class PropertiesFacade {
  static readonly apiName = 'Properties';
  readonly #store: Map<string, string>;
  readonly #changed: () => void;

  constructor(store: Map<string, string>, changed: () => void) {
    this.#store = store;
    this.#changed = changed;
  }

  getProperty(key: string): string | null {
    return this.#store.get(String(key)) ?? null;
  }
  getProperties(): Record<string, string> {
    return Object.fromEntries(this.#store);
  }
  getKeys(): string[] {
    return [...this.#store.keys()];
  }
  setProperty(key: string, value: string): this {
    this.#store.set(String(key), String(value));
    this.#changed();
    return this;
  }
  setProperties(properties: Record<string, string>, deleteAllOthers = false): this {
    if (deleteAllOthers) this.#store.clear();
    for (const [key, value] of Object.entries(properties)) this.#store.set(key, String(value));
    this.#changed();
    return this;
  }
  deleteProperty(key: string): this {
    this.#store.delete(String(key));
    this.#changed();
    return this;
  }
  deleteAllProperties(): this {
    this.#store.clear();
    this.#changed();
    return this;
  }
}

export class PropertiesServiceFacade {
  static readonly apiName = 'PropertiesService';
  readonly #ctx: EmulatorContext;

  constructor(ctx: EmulatorContext) {
    this.#ctx = ctx;
  }

  getDocumentProperties(): PropertiesFacade {
    return new PropertiesFacade(this.#ctx.workbook.documentProperties, () => this.#ctx.workbook.touch('properties'));
  }
  getScriptProperties(): PropertiesFacade {
    if (this.#ctx.behaviour.propertyStores === 'shared') return this.getDocumentProperties();
    return new PropertiesFacade(this.#ctx.scriptProperties, () => undefined);
  }
  getUserProperties(): PropertiesFacade {
    if (this.#ctx.behaviour.propertyStores === 'shared') return this.getDocumentProperties();
    const user = currentUser(this.#ctx);
    let store = this.#ctx.userProperties.get(user);
    if (!store) this.#ctx.userProperties.set(user, (store = new Map()));
    return new PropertiesFacade(store, () => undefined);
  }
}
