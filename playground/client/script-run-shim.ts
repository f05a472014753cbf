// google.script inside a playground sidebar or dialog (bundled, then inlined into the page's HTML).
// As in Apps Script, except that google.script.run offers only the endpoints the playground
// passes in (the endpoint registry's, see playground/web/start-playground.ts):
//  - google.script.run has one method per endpoint; withSuccessHandler, withFailureHandler
//    and withUserObject return a new runner, so a shared base runner is never changed;
//  - arguments must be primitives, null, arrays and plain objects (or one <form>, sent as an
//    object of its fields); a Date, function, DOM node, Map, class instance or circular
//    structure throws "Failed due to illegal value in property: …" at the call, nothing is sent;
//    undefined in an array becomes null and undefined object fields are dropped (JSON rules);
//  - the success handler gets (value, userObject), the failure handler (Error, userObject), the
//    Error's message being the server's; with no failure handler the error goes to the console.
// google.script.host.close() closes the panel; editor.focus() does nothing here.

import { PANEL_CHANNEL, type PanelMessage, type ShimConfig } from '../protocol';

type Handler = (value: unknown, userObject?: unknown) => void;

interface Handlers {
  success?: Handler;
  failure?: Handler;
  userObject?: unknown;
}

interface PendingCall extends Handlers {
  endpoint: string;
}

const config = JSON.parse((document.currentScript as HTMLScriptElement | null)?.dataset.config ?? '{"endpoints":[]}') as ShimConfig;
const pending = new Map<number, PendingCall>();
let nextId = 1;

function post(message: PanelMessage): void {
  window.parent.postMessage(message, '*');
}

window.addEventListener('message', (event: MessageEvent) => {
  const message = event.data as PanelMessage | undefined;
  if (event.source !== window.parent || message?.channel !== PANEL_CHANNEL || message.type !== 'result') return;
  const call = pending.get(message.id);
  if (!call) return;
  pending.delete(message.id);
  if (message.ok) {
    call.success?.(message.value, call.userObject);
    return;
  }
  const error = new Error(message.message);
  if (call.failure) call.failure(error, call.userObject);
  else console.error(`google.script.run.${call.endpoint} failed:`, error);
});

class IllegalValue extends Error {}

function checkLegal(value: unknown, where: string, seen: Set<object>): void {
  if (value === null || value === undefined) return;
  const type = typeof value;
  if (type === 'string' || type === 'number' || type === 'boolean') return;
  if (type !== 'object') throw new IllegalValue(`Failed due to illegal value in property: ${where}`);
  const object = value;
  if (seen.has(object)) throw new IllegalValue(`Failed due to a circular reference in property: ${where}`);
  seen.add(object);
  if (Array.isArray(object)) object.forEach((item, i) => checkLegal(item, `${where}.${i}`, seen));
  else {
    const proto: unknown = Object.getPrototypeOf(object);
    if (proto !== Object.prototype && proto !== null) throw new IllegalValue(`Failed due to illegal value in property: ${where}`);
    for (const [key, item] of Object.entries(object)) checkLegal(item, `${where}.${key}`, seen);
  }
  seen.delete(object);
}

/** A form's fields as Apps Script sends them: name -> value (checked boxes only). */
function formFields(form: HTMLFormElement): Record<string, string> {
  const fields: Record<string, string> = {};
  for (const element of Array.from(form.elements)) {
    const field = element as HTMLInputElement;
    if (!field.name || field.disabled) continue;
    if (field.type === 'file') throw new Error('File inputs are not supported by the DevRate playground.');
    if ((field.type === 'checkbox' || field.type === 'radio') && !field.checked) continue;
    fields[field.name] = field.value;
  }
  return fields;
}

function serializeArgs(args: unknown[]): string {
  if (args.length === 1 && args[0] instanceof HTMLFormElement) return JSON.stringify([formFields(args[0])]);
  // Top-level arguments are "properties" 0, 1, … of the call, as in Apps Script's message.
  args.forEach((arg, i) => checkLegal(arg, String(i), new Set()));
  return JSON.stringify(args);
}

function call(endpoint: string, args: unknown[], handlers: Handlers): void {
  let argsJson: string;
  try {
    argsJson = serializeArgs(args);
  } catch (error) {
    throw error instanceof IllegalValue ? new TypeError(error.message) : error;
  }
  const id = nextId++;
  pending.set(id, { ...handlers, endpoint });
  if (window.parent === window) {
    pending.delete(id);
    const failure = new Error('This page is not open in the DevRate playground, so it cannot reach the server.');
    setTimeout(() => (handlers.failure ? handlers.failure(failure, handlers.userObject) : console.error(failure)));
    return;
  }
  post({ channel: PANEL_CHANNEL, type: 'run', id, endpoint, argsJson });
}

type Runner = Record<string, unknown> & {
  withSuccessHandler(fn: Handler): Runner;
  withFailureHandler(fn: Handler): Runner;
  withUserObject(object: unknown): Runner;
};

function runner(handlers: Handlers): Runner {
  const run: Record<string, unknown> = {
    withSuccessHandler: (fn: Handler) => runner({ ...handlers, success: fn }),
    withFailureHandler: (fn: Handler) => runner({ ...handlers, failure: fn }),
    withUserObject: (object: unknown) => runner({ ...handlers, userObject: object }),
  };
  for (const name of config.endpoints) {
    if (!(name in run)) run[name] = (...args: unknown[]) => call(name, args, handlers);
  }
  return run as Runner;
}

// The page's own script calls these untyped (a size may come as text): they convert what they get.
const host = {
  close: () => post({ channel: PANEL_CHANNEL, type: 'close' }),
  setHeight: (height: unknown) => post({ channel: PANEL_CHANNEL, type: 'resize', height: Number(height) }),
  setWidth: (width: unknown) => post({ channel: PANEL_CHANNEL, type: 'resize', width: Number(width) }),
  editor: { focus: () => undefined },
  origin: window.location.origin,
};

(window as unknown as { google: unknown }).google = { script: { run: runner({}), host } };
