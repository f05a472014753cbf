// The playground's HTTP API. Reads are GETs; everything that runs add-on code is a POST whose
// answer carries the tab's new state, so the tab that acted never waits for the change event.
// Every /api/ call must come from a page this server served (tab-keys.ts); the sidebars and
// dialogs are served on another port (panel-pages.ts).

import type { IncomingMessage, ServerResponse } from 'node:http';
import type { z } from 'zod';
import { problemSentence } from '../../src/domain/validation-problems';
import type { ActionResponse, ScriptRunResponse } from '../protocol';
import type { ChangeEvents } from './change-events';
import type { ClientAssets } from './client-assets';
import type { Outcome, PlaygroundSession } from './playground-session';
import { apiRefusal, type TabKeys } from './tab-keys';
import { FAVICON_SVG } from './favicon';
import {
  addSheetRequest,
  clearRequest,
  editRequest,
  historyRequest,
  menuRequest,
  pasteRequest,
  resetRequest,
  scriptRunRequest,
  structureRequest,
  viewQuery,
} from './requests';

const MAX_BODY_BYTES = 5_000_000;

export interface RouteDeps {
  session: PlaygroundSession;
  events: ChangeEvents;
  assets: ClientAssets;
  tabKeys: TabKeys;
}

export async function handleRequest(deps: RouteDeps, request: IncomingMessage, response: ServerResponse): Promise<void> {
  const url = new URL(request.url ?? '/', 'http://playground');
  const { session, assets } = deps;
  const route = `${request.method} ${url.pathname}`;
  const refusal = untrusted(request);
  if (refusal) {
    sendJson(response, 403, { error: refusal });
    return;
  }
  if (url.pathname.startsWith('/api/')) {
    const denied = apiRefusal(request, url, deps.tabKeys);
    if (denied) {
      sendJson(response, denied.status, { error: denied.error });
      return;
    }
  }
  switch (route) {
    case 'GET /': {
      send(response, 200, 'text/html; charset=utf-8', assets.indexHtml(deps.tabKeys.issue()));
      return;
    }
    case 'GET /app.js': {
      send(response, 200, 'text/javascript; charset=utf-8', assets.appJs);
      return;
    }
    case 'GET /app.css': {
      send(response, 200, 'text/css; charset=utf-8', assets.appCss);
      return;
    }
    case 'GET /favicon.svg':
    case 'GET /favicon.ico': {
      send(response, 200, 'image/svg+xml', FAVICON_SVG);
      return;
    }
    case 'GET /api/state': {
      sendJson(response, 200, session.state(viewQuery(url.searchParams)));
      return;
    }
    case 'GET /api/events': {
      deps.events.subscribe(request, response);
      return;
    }
    case 'POST /api/edit': {
      const body = await parseBody(request, editRequest);
      sendAction(response, session, session.edit(body.context, body.input), { ...body.view, sheet: body.context.sheet });
      return;
    }
    case 'POST /api/menu': {
      const body = await parseBody(request, menuRequest);
      sendAction(response, session, session.clickMenu(body.context, body.path), body.view);
      return;
    }
    case 'POST /api/sheets': {
      const body = await parseBody(request, addSheetRequest);
      sendAction(response, session, session.addSheet(body.context), body.view);
      return;
    }
    case 'POST /api/structure': {
      const body = await parseBody(request, structureRequest);
      sendAction(response, session, session.structure(body.context, body.edit), body.view);
      return;
    }
    case 'POST /api/paste': {
      const body = await parseBody(request, pasteRequest);
      sendAction(response, session, session.paste(body.context, body.paste), body.view);
      return;
    }
    case 'POST /api/clear': {
      const body = await parseBody(request, clearRequest);
      sendAction(response, session, session.clearRange(body.context, body.area), body.view);
      return;
    }
    case 'POST /api/undo':
    case 'POST /api/redo': {
      const body = await parseBody(request, historyRequest);
      sendAction(response, session, session.travel(body.context, route === 'POST /api/undo' ? 'undo' : 'redo'), body.view);
      return;
    }
    case 'POST /api/script-run': {
      const body = await parseBody(request, scriptRunRequest);
      const outcome = session.scriptRun(body.context, body.endpoint, body.args);
      const state = session.state({ ...body.view, sheet: outcome.effects.activeSheet });
      const answer: ScriptRunResponse = outcome.ok
        ? { ok: true, value: outcome.value ?? null, state, effects: outcome.effects }
        : { ok: false, message: outcome.message, state, effects: outcome.effects };
      sendJson(response, 200, answer);
      return;
    }
    case 'POST /api/reset': {
      const body = await parseBody(request, resetRequest);
      session.reset();
      const answer: ActionResponse = { ok: true, state: session.state({ minRows: body.view.minRows }) };
      sendJson(response, 200, answer);
      return;
    }
    default: {
      sendJson(response, 404, { error: `Nothing at ${route}` });
      return;
    }
  }
}

/** The tab follows the execution to the sheet it left active (e.g. a sheet it inserted). */
function sendAction(
  response: ServerResponse,
  session: PlaygroundSession,
  outcome: Outcome<unknown>,
  view: { sheet?: string; minRows?: number },
): void {
  const state = session.state({ ...view, sheet: outcome.effects.activeSheet });
  const answer: ActionResponse = outcome.ok
    ? { ok: true, state, effects: outcome.effects }
    : { ok: false, message: outcome.message, state, effects: outcome.effects, ...(outcome.invalidInput ? { invalidInput: true } : {}) };
  sendJson(response, 200, answer);
}

const LOOPBACK_HOST = /^(localhost|127\.0\.0\.1|\[::1\])(:\d+)?$/i;

/**
 * The playground runs the add-on for whoever asks, so it answers only pages served by itself:
 * a loopback Host (no DNS rebinding) and, for POSTs, a JSON body, which another site's page
 * cannot send here without a CORS preflight this server never approves.
 */
export function untrusted(request: IncomingMessage): string | undefined {
  if (!LOOPBACK_HOST.test(request.headers.host ?? '') && !process.env.PLAYGROUND_ALLOW_ANY_HOST) {
    return `The playground answers only on localhost (Host: ${request.headers.host ?? 'none'}); set PLAYGROUND_ALLOW_ANY_HOST=1 to serve other hosts.`;
  }
  if (request.method === 'POST' && !(request.headers['content-type'] ?? '').startsWith('application/json')) {
    return 'POST requests must send application/json.';
  }
  return undefined;
}

export class BadRequest extends Error {}

async function parseBody<T extends z.ZodType>(request: IncomingMessage, schema: T): Promise<z.output<T>> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of request) {
    size += (chunk as Buffer).length;
    if (size > MAX_BODY_BYTES) throw new BadRequest('Request body too large.');
    chunks.push(chunk as Buffer);
  }
  let json: unknown;
  try {
    json = JSON.parse(Buffer.concat(chunks).toString('utf8'));
  } catch {
    throw new BadRequest('Request body is not JSON.');
  }
  const parsed = schema.safeParse(json);
  if (!parsed.success) throw new BadRequest(`Bad request: ${problemSentence(parsed.error)}`);
  return parsed.data;
}

/**
 * No other site may frame the playground (it runs the add-on for whoever clicks): the CSP
 * directive for current browsers, X-Frame-Options for older ones. nosniff keeps every answer the
 * type it says it is.
 */
export const SECURITY_HEADERS = {
  'content-security-policy': "frame-ancestors 'none'",
  'x-frame-options': 'DENY',
  'x-content-type-options': 'nosniff',
} as const;

function send(response: ServerResponse, status: number, type: string, body: string): void {
  response.writeHead(status, { 'content-type': type, 'cache-control': 'no-store', ...SECURITY_HEADERS });
  response.end(body);
}

export function sendJson(response: ServerResponse, status: number, body: unknown): void {
  send(response, status, 'application/json; charset=utf-8', JSON.stringify(body));
}
