// Sidebars and dialogs are served as pages of their own on the playground's panel port: another
// origin than the page's, as Apps Script serves add-on HTML from googleusercontent.com, not from
// Sheets. That port serves panels and nothing else, so a panel's own fetch of /api/... finds
// nothing there, and the API's port refuses it (another Origin, no tab key: see tab-keys.ts).
// With IFRAME mode's sandbox (allow-same-origin included, as Google lists it) the panel has its
// own origin and storage, cannot reach the playground page or a window of its origin, and talks
// to the page by postMessage only.

import { randomUUID } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';

/** Panels kept for reloads; older ones are dropped (a panel is shown once, then replaced). */
const KEPT = 32;

export class PanelPages {
  private readonly pages = new Map<string, string>();

  /** Stores a panel's HTML (shim already in); returns the path that serves it on the panel port. */
  publish(html: string): string {
    const id = randomUUID();
    this.pages.set(id, html);
    for (const old of this.pages.keys()) {
      if (this.pages.size <= KEPT) break;
      this.pages.delete(old);
    }
    return `/panel/${id}`;
  }

  get(id: string): string | undefined {
    return this.pages.get(id);
  }
}

/**
 * Only the playground's page may frame a panel: the page's port on the loopback names, and on the
 * name the panel was asked for (the page and its panels share a host name).
 */
export function panelFrameAncestors(pagePort: number, requestHost: string | undefined): string {
  const names = new Set(['localhost', '127.0.0.1']);
  const asked = requestHost?.replace(/:\d+$/, '');
  if (asked) names.add(asked);
  return `frame-ancestors ${[...names].map((name) => `http://${name}:${pagePort}`).join(' ')}`;
}

/** The panel port's one route: GET /panel/<id>. Everything else is 404, the API included. */
export function handlePanelRequest(pages: PanelPages, pagePort: number, request: IncomingMessage, response: ServerResponse): void {
  const url = new URL(request.url ?? '/', 'http://panel');
  const match = request.method === 'GET' ? /^\/panel\/([\w-]+)$/.exec(url.pathname) : null;
  const html = match ? pages.get(match[1]) : undefined;
  if (html === undefined) {
    response.writeHead(404, {
      'content-type': 'text/plain; charset=utf-8',
      'cache-control': 'no-store',
      'x-content-type-options': 'nosniff',
    });
    response.end('The panel port serves sidebars and dialogs only.');
    return;
  }
  response.writeHead(200, {
    'content-type': 'text/html; charset=utf-8',
    'cache-control': 'no-store',
    'content-security-policy': panelFrameAncestors(pagePort, request.headers.host),
    'x-content-type-options': 'nosniff',
  });
  response.end(html);
}
