// Calls to the playground server. Every answer that carries state is numbered by when it was
// asked, so a slow answer never overwrites a newer one.

import type {
  ActionResponse,
  GridArea,
  PasteEdit,
  PlaygroundState,
  ScriptRunResponse,
  StructureEdit,
  TabContext,
  ViewRequest,
} from '../protocol';

export async function getState(view: ViewRequest): Promise<PlaygroundState> {
  const query = new URLSearchParams();
  if (view.sheet) query.set('sheet', view.sheet);
  if (view.minRows) query.set('minRows', String(view.minRows));
  return answerOf<PlaygroundState>(await fetch(`/api/state?${query}`));
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
  return answerOf<T>(await fetch(path, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) }));
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
