// Calls to the playground server. Every answer that carries state is numbered by when it was
// asked, so a slow answer never overwrites a newer one. Each call carries this tab's key, which the
// server put in the page's HTML: sidebars and dialogs, on another origin, never see it.

import {
  TAB_KEY_HEADER,
  TAB_KEY_META,
  TAB_KEY_QUERY,
  type ActionResponse,
  type GridArea,
  type PasteEdit,
  type PlaygroundState,
  type ScriptRunResponse,
  type StructureEdit,
  type TabContext,
  type ViewRequest,
} from '../protocol';

const tabKey = document.querySelector<HTMLMetaElement>(`meta[name="${TAB_KEY_META}"]`)?.content ?? '';

/** The change events' stream (an EventSource sends no headers, so the key goes in the query). */
export const eventsUrl = (): string => `/api/events?${new URLSearchParams({ [TAB_KEY_QUERY]: tabKey })}`;

export async function getState(view: ViewRequest): Promise<PlaygroundState> {
  const query = new URLSearchParams();
  if (view.sheet) query.set('sheet', view.sheet);
  if (view.minRows) query.set('minRows', String(view.minRows));
  return answerOf<PlaygroundState>(await fetch(`/api/state?${query}`, { headers: { [TAB_KEY_HEADER]: tabKey } }));
}

export async function postEdit(context: TabContext, input: string | boolean, view: ViewRequest): Promise<ActionResponse> {
  return post('/api/edit', { context, input, view });
}

export async function postMenu(context: TabContext, path: string[], view: ViewRequest): Promise<ActionResponse> {
  return post('/api/menu', { context, path, view });
}

export async function postScriptRun(context: TabContext, endpoint: string, args: unknown[], view: ViewRequest): Promise<ScriptRunResponse> {
  return post('/api/script-run', { context, endpoint, args, view });
}

export async function postAddSheet(context: TabContext, view: ViewRequest): Promise<ActionResponse> {
  return post('/api/sheets', { context, view });
}

export async function postStructure(context: TabContext, edit: StructureEdit, view: ViewRequest): Promise<ActionResponse> {
  return post('/api/structure', { context, edit, view });
}

export async function postReset(view: ViewRequest): Promise<ActionResponse> {
  return post('/api/reset', { view });
}

/** What a failed call says: the Error's message (a failed fetch is a TypeError), or the value thrown. */
export const failureMessage = (error: unknown): string => (error instanceof Error ? error.message : String(error));

async function post<T>(path: string, body: unknown): Promise<T> {
  const headers = { 'content-type': 'application/json', [TAB_KEY_HEADER]: tabKey };
  return answerOf<T>(await fetch(path, { method: 'POST', headers, body: JSON.stringify(body) }));
}

async function answerOf<T>(response: Response): Promise<T> {
  const body = (await response.json()) as T & { error?: string };
  if (!response.ok) throw new Error(body.error ?? `The playground server answered ${response.status}.`);
  return body;
}

export async function postPaste(context: TabContext, paste: PasteEdit, view: ViewRequest): Promise<ActionResponse> {
  return post('/api/paste', { context, paste, view });
}

/** Edit › Undo or Redo, for the whole workbook. */
export async function postHistory(context: TabContext, direction: 'undo' | 'redo', view: ViewRequest): Promise<ActionResponse> {
  return post(`/api/${direction}`, { context, view });
}

/** Delete on a selected range: its contents go in one edit. */
export async function postClear(context: TabContext, area: GridArea, view: ViewRequest): Promise<ActionResponse> {
  return post('/api/clear', { context, area, view });
}
