// Starts the playground's HTTP servers over one PlaygroundSession: the page and its API on the
// port asked for, the sidebars and dialogs on a panel port of their own (panel-pages.ts), so a
// panel is on another origin and cannot call the API. Used by `npm start` (playground/server.ts)
// and by the browser tests, which start one per file on free ports.

import { createServer, type Server } from 'node:http';
import path from 'node:path';
import { ChangeEvents } from './change-events';
import { ENDPOINT_NAMES } from '../../src/endpoints/registry';
import { clientAssets } from './client-assets';
import { injectScriptRunShim } from './panel-html';
import { handlePanelRequest, PanelPages } from './panel-pages';
import { PlaygroundSession } from './playground-session';
import { BadRequest, handleRequest, sendJson, untrusted, type RouteDeps } from './routes';
import { TabKeys } from './tab-keys';
import { lockSaved, restrictSavedFiles } from './workbook-file';

export const PROJECT_ROOT = path.join(import.meta.dirname, '..', '..');

export interface PlaygroundOptions {
  /** 0 picks a free port. Default 8080. */
  port?: number;
  /** Where sidebars and dialogs are served. Default 0: a free port. */
  panelPort?: number;
  /** Default 127.0.0.1: the playground runs the add-on's code for whoever connects. */
  host?: string;
  /** Default .playground/workbook.json in the project. */
  workbookPath?: string;
  /** Folder with Code.js and the sidebar pages. Default dist/. */
  distDir?: string;
  /**
   * What google.script.run offers the sidebars. Default: the endpoint registry's names, the list
   * the sidebars are typed against. Apps Script offers every top-level function not ending in _;
   * the playground offers only these, so a page that calls an entry point outside the registry
   * fails here instead of working by accident. (tests/hardening calls the others, as an attacker
   * can in Sheets.) Another add-on's code (a test's probe) names its own.
   */
  endpoints?: readonly string[];
}

export interface RunningPlayground {
  /** http://127.0.0.1:<port> (what the tests open). */
  url: string;
  port: number;
  /** The port that serves sidebars and dialogs (and nothing else). */
  panelPort: number;
  workbookPath: string;
  session: PlaygroundSession;
  close(): Promise<void>;
}

export async function startPlayground(options: PlaygroundOptions = {}): Promise<RunningPlayground> {
  const host = options.host ?? '127.0.0.1';
  const workbookPath = path.resolve(options.workbookPath ?? path.join(PROJECT_ROOT, '.playground', 'workbook.json'));
  let deps: RouteDeps | undefined;
  const server = createServer((request, response) => {
    if (!deps) {
      sendJson(response, 503, { error: 'The playground is still starting.' });
      return;
    }
    handleRequest(deps, request, response).catch((error: unknown) => {
      if (response.headersSent) return response.destroy();
      const message = error instanceof Error ? error.message : String(error);
      sendJson(response, error instanceof BadRequest ? 400 : 500, { error: message });
    });
  });
  const panels = new PanelPages();
  const panelServer = createServer((request, response) => {
    const refusal = untrusted(request);
    if (refusal) sendJson(response, 403, { error: refusal });
    else handlePanelRequest(panels, port, request, response);
  });
  // The port first: a taken port is the most common problem, so it is reported at once.
  const port = await listen(server, options.port ?? 8080, host);
  const panelPort = await listen(panelServer, options.panelPort ?? 0, host).catch((error: unknown) => {
    server.close();
    throw error;
  });
  let unlock: (() => void) | undefined;
  try {
    unlock = lockSaved(workbookPath);
    restrictSavedFiles(workbookPath);
    const assets = await clientAssets();
    const session = new PlaygroundSession({
      distDir: path.resolve(options.distDir ?? path.join(PROJECT_ROOT, 'dist')),
      workbookPath,
      endpoints: options.endpoints ?? ENDPOINT_NAMES,
      preparePanelHtml: (html, endpoints) => injectScriptRunShim(html, assets.shimJs, endpoints),
      publishPanel: (html) => ({ path: panels.publish(html), port: panelPort }),
    });
    const events = new ChangeEvents(() => session.revision);
    session.onRevision((revision) => events.publish(revision));
    deps = { session, events, assets, tabKeys: new TabKeys() };
  } catch (error) {
    unlock?.();
    server.close();
    panelServer.close();
    throw error;
  }
  const { session, events } = deps;
  return {
    url: `http://${host.includes(':') ? `[${host}]` : host}:${port}`,
    port,
    panelPort,
    workbookPath,
    session,
    close: () => {
      events.close();
      return Promise.all([server, panelServer].map(stop))
        .then(() => undefined)
        .finally(unlock);
    },
  };
}

function stop(server: Server): Promise<void> {
  server.closeAllConnections();
  return new Promise<void>((resolve, reject) => server.close((error) => (error ? reject(error) : resolve())));
}

function listen(server: Server, port: number, host: string): Promise<number> {
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      server.off('error', reject);
      const address = server.address();
      resolve(typeof address === 'object' && address ? address.port : port);
    });
  });
}
