// CacheService: string values with a time-to-live (default 600 s, at most 21600 s).

import { currentUser, type CacheEntry, type EmulatorContext } from './context';

const DEFAULT_TTL_SECONDS = 600;
const MAX_TTL_SECONDS = 21_600;
const MAX_KEY_LENGTH = 250;
const MAX_VALUE_BYTES = 100 * 1024;

export class CacheFacade {
  static readonly apiName = 'Cache';
  readonly #store: Map<string, CacheEntry>;
  readonly #now: () => number;

  constructor(store: Map<string, CacheEntry>, now: () => number) {
    this.#store = store;
    this.#now = now;
  }

  #live(key: string): CacheEntry | undefined {
    const entry = this.#store.get(key);
    if (entry && entry.expiresAt <= this.#now()) {
      this.#store.delete(key);
      return undefined;
    }
    return entry;
  }

  get(key: string): string | null {
    return this.#live(String(key))?.value ?? null;
  }
  getAll(keys: string[]): Record<string, string> {
    const found: Record<string, string> = {};
    for (const key of keys) {
      const entry = this.#live(String(key));
      if (entry) found[key] = entry.value;
    }
    return found;
  }
  put(key: string, value: string, expirationInSeconds = DEFAULT_TTL_SECONDS): void {
    const k = String(key);
    const v = String(value);
    if (k.length > MAX_KEY_LENGTH) throw new Error('Argument too large: key');
    if (Buffer.byteLength(v) > MAX_VALUE_BYTES) throw new Error('Argument too large: value');
    const ttl = Math.min(Math.max(1, Number(expirationInSeconds)), MAX_TTL_SECONDS);
    this.#store.set(k, { value: v, expiresAt: this.#now() + ttl * 1000 });
  }
  putAll(values: Record<string, unknown>, expirationInSeconds = DEFAULT_TTL_SECONDS): void {
    for (const [key, value] of Object.entries(values)) this.put(key, String(value), expirationInSeconds);
  }
  remove(key: string): void {
    this.#store.delete(String(key));
  }
  removeAll(keys: string[]): void {
    for (const key of keys) this.remove(key);
  }
}

export class CacheServiceFacade {
  static readonly apiName = 'CacheService';
  readonly #ctx: EmulatorContext;

  constructor(ctx: EmulatorContext) {
    this.#ctx = ctx;
  }

  getDocumentCache(): CacheFacade {
    return new CacheFacade(this.#ctx.caches.document, this.#ctx.now);
  }
  getScriptCache(): CacheFacade {
    return new CacheFacade(this.#ctx.caches.script, this.#ctx.now);
  }
  getUserCache(): CacheFacade {
    const user = currentUser(this.#ctx);
    let store = this.#ctx.caches.user.get(user);
    if (!store) this.#ctx.caches.user.set(user, (store = new Map<string, CacheEntry>()));
    return new CacheFacade(store, this.#ctx.now);
  }
}
