// Sidebars (300 px at the right, as in Sheets) and dialogs (over the grid) showing the add-on's
// real HTML in an iframe titled like the panel. The iframe's google.script calls come to the page
// by postMessage (see use-panel-bridge.ts).

import type { Ref } from 'preact';
import type { PanelView } from '../protocol';

export interface ShownPanel {
  view: PanelView;
  /** New for every show, so showing the same page again reloads it, as in Sheets. */
  key: number;
}

export const SIDEBAR_WIDTH = 300;

/**
 * Apps Script's IFRAME mode sandboxes add-on HTML with allow-same-origin, allow-forms,
 * allow-scripts, allow-popups, allow-downloads, allow-modals and allow-popups-to-escape-sandbox
 * (developers.google.com/apps-script/guides/html/restrictions); its frame is served from
 * googleusercontent.com, so "same origin" is never Sheets' origin. A srcdoc frame would share
 * this page's origin, so allow-same-origin is left out: the panel gets an opaque origin, cannot
 * reach this page, and talks to it only by postMessage, as a real sidebar talks to Sheets.
 */
export const PANEL_SANDBOX = 'allow-forms allow-scripts allow-popups allow-downloads allow-modals allow-popups-to-escape-sandbox';

export function Sidebar({ panel, frameRef, onClose }: { panel: ShownPanel; frameRef: Ref<HTMLIFrameElement>; onClose(): void }) {
  return (
    <aside class="sidebar" aria-labelledby="sidebar-title" style={{ width: `${SIDEBAR_WIDTH}px` }}>
      <header class="panel-header">
        <h2 id="sidebar-title">{panel.view.title}</h2>
        <button type="button" class="icon-button" aria-label="Close sidebar" title="Close" onClick={onClose}>
          ×
        </button>
      </header>
      <iframe key={panel.key} ref={frameRef} title={panel.view.title} sandbox={PANEL_SANDBOX} srcdoc={panel.view.html} style={{ width: `${SIDEBAR_WIDTH}px` }} />
    </aside>
  );
}

export function Dialog({ panel, frameRef, onClose }: { panel: ShownPanel; frameRef: Ref<HTMLIFrameElement>; onClose(): void }) {
  const { view } = panel;
  const modal = view.kind === 'modal';
  return (
    <div class={modal ? 'dialog-backdrop' : 'dialog-floating'}>
      <section class="dialog" role="dialog" aria-modal={modal} aria-labelledby="dialog-title">
        <header class="panel-header">
          <h2 id="dialog-title">{view.title}</h2>
          <button type="button" class="icon-button" aria-label="Close dialog" title="Close" onClick={onClose}>
            ×
          </button>
        </header>
        <iframe key={panel.key} ref={frameRef} title={view.title} sandbox={PANEL_SANDBOX} srcdoc={view.html} style={{ width: `${view.width || 600}px`, height: `${view.height || 400}px` }} />
      </section>
    </div>
  );
}
