// Who may use the playground's API: the playground's own page, and only it. Each page load gets
// a fresh random key inside the page's HTML; the tab sends it with every API call (a header, or
// ?tab= for the event stream, which cannot send headers). Sidebars and dialogs are served on
// another port (panel-pages.ts), so they can neither read the page's HTML nor send a header to
// this origin without a CORS preflight this server never approves, and an Origin that is not the
// page's own is refused before the key is looked at.

import { randomBytes } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import { TAB_KEY_HEADER, TAB_KEY_QUERY } from '../protocol';

/** Tabs remembered; the oldest key is forgotten past this (its tab is asked to reload). */
const KEPT = 10_000;

export class TabKeys {
  private readonly keys = new Set<string>();

  /** A new key for a page being served. */
  issue(): string {
    const key = randomBytes(32).toString('base64url');
    this.keys.add(key);
    for (const old of this.keys) {
      if (this.keys.size <= KEPT) break;
      this.keys.delete(old);
    }
    return key;
  }

  has(key: string | undefined | null): boolean {
    return typeof key === 'string' && this.keys.has(key);
  }
}

export interface Refusal {
  status: 401 | 403;
  error: string;
}

/**
 * Why an API call is refused, or undefined when it comes from a page this server served: an Origin
 * (browsers send one with every cross-origin request) must be the page's own, http://<Host>, and
 * the tab's key must be one this server gave out.
 */
export function apiRefusal(request: IncomingMessage, url: URL, keys: TabKeys): Refusal | undefined {
  const origin = request.headers.origin;
  if (origin !== undefined && origin !== `http://${request.headers.host ?? ''}`) {
    return { status: 403, error: `The playground's API answers only its own page, not ${origin}.` };
  }
  const header = request.headers[TAB_KEY_HEADER];
  const key = typeof header === 'string' ? header : url.searchParams.get(TAB_KEY_QUERY);
  if (!keys.has(key)) {
    return {
      status: 401,
      error: 'This tab is not one the playground opened (or the playground restarted since): reload the page.',
    };
  }
  return undefined;
}
