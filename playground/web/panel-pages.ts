// Sidebars and dialogs are served as pages of their own, from the playground's other loopback
// name (localhost <-> 127.0.0.1): another origin, as Apps Script serves add-on HTML from
// googleusercontent.com, not from Sheets. With IFRAME mode's sandbox (allow-same-origin
// included, as Google lists it) the panel then has its own origin and storage, cannot reach the
// playground page, and talks to it by postMessage only.

import { randomUUID } from 'node:crypto';

/** Panels kept for reloads; older ones are dropped (a panel is shown once, then replaced). */
const KEPT = 32;

export class PanelPages {
  private readonly pages = new Map<string, string>();

  /** Stores a panel's HTML (shim already in); returns the path that serves it. */
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

/** Only the playground's page, on either loopback name and this port, may frame a panel. */
export function panelFrameAncestors(port: number): string {
  return `frame-ancestors http://localhost:${port} http://127.0.0.1:${port}`;
}
