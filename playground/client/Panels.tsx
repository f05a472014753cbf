// Sidebars (300 px at the right, as in Sheets) and dialogs (over the grid) showing the add-on's
// real HTML in an iframe titled like the panel. The iframe's google.script calls come to the page
// by postMessage (see use-panel-bridge.ts).

import type { Ref } from 'preact';
import type { PanelView } from '../protocol';
import { PANEL_SANDBOX } from './panel-sandbox';

export interface ShownPanel {
  view: PanelView;
  /** New for every show, so showing the same page again reloads it, as in Sheets. */
  key: number;
}

export const SIDEBAR_WIDTH = 300;

const OPAQUE_SANDBOX = PANEL_SANDBOX.replace('allow-same-origin ', '');

/** src or srcdoc, with its sandbox: the panel's page on the panel port (another origin) when served there. */
export function panelSource(view: PanelView): { src?: string; srcdoc?: string; sandbox: string } {
  if (view.path && view.port)
    return { src: `${window.location.protocol}//${window.location.hostname}:${view.port}${view.path}`, sandbox: PANEL_SANDBOX };
  return { srcdoc: view.html, sandbox: OPAQUE_SANDBOX };
}

export function Sidebar({ panel, frameRef, onClose }: { panel: ShownPanel; frameRef: Ref<HTMLIFrameElement>; onClose: () => void }) {
  return (
    <aside class="sidebar" aria-labelledby="sidebar-title" style={{ width: `${SIDEBAR_WIDTH}px` }}>
      <header class="panel-header">
        <h2 id="sidebar-title">{panel.view.title}</h2>
        <button type="button" class="icon-button" aria-label="Close sidebar" title="Close" onClick={onClose}>
          ×
        </button>
      </header>
      <iframe
        key={panel.key}
        ref={frameRef}
        title={panel.view.title}
        {...panelSource(panel.view)}
        style={{ width: `${SIDEBAR_WIDTH}px` }}
      />
    </aside>
  );
}

export function Dialog({ panel, frameRef, onClose }: { panel: ShownPanel; frameRef: Ref<HTMLIFrameElement>; onClose: () => void }) {
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
        <iframe
          key={panel.key}
          ref={frameRef}
          title={view.title}
          {...panelSource(view)}
          style={{ width: `${view.width || 600}px`, height: `${view.height || 400}px` }}
        />
      </section>
    </div>
  );
}
