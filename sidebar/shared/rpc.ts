// Typed promises over google.script.run: `server.createBudgetSheet(input)`, typed from the
// endpoint registry (types only: no schema reaches the page through this file), so renaming or
// retyping an endpoint breaks the sidebar's build. Apps Script passes only primitives, arrays and
// plain objects, and answers in about a second, so callers show progress and keep the user's input.
import type { ServerClient } from '../../src/endpoints/registry';

interface ScriptRun {
  withSuccessHandler(fn: (value: unknown) => void): ScriptRun;
  withFailureHandler(fn: (error: Error) => void): ScriptRun;
  [endpoint: string]: unknown;
}
declare const google: { script: { run: ScriptRun } } | undefined;

/** What a failed call says, for a banner: the server's message. */
export const failureMessage = (error: unknown): string => (error instanceof Error ? error.message : String(error));

/** Calls a server entry point; rejects with the server's Error message. */
function callServer(endpoint: string, args: unknown[]): Promise<unknown> {
  return new Promise((resolve, reject) => {
    if (typeof google === 'undefined') {
      reject(new Error('DevRate can only reach its server inside Google Sheets or the playground.'));
      return;
    }
    const runner = google.script.run
      .withSuccessHandler(resolve)
      .withFailureHandler((error) => reject(error instanceof Error ? error : new Error(String(error))));
    const fn = runner[endpoint];
    if (typeof fn !== 'function') {
      reject(new Error(`The server has no endpoint ${endpoint}.`));
      return;
    }
    (fn as (...a: unknown[]) => void).apply(runner, args);
  });
}

// The one place the registry's types meet the wire: google.script.run answers what the server's
// handler returned, and src/server/endpoints.ts checks those handlers against the same types.
export const server = new Proxy({} as ServerClient, {
  get:
    (_target, endpoint) =>
    (...args: unknown[]) =>
      callServer(String(endpoint), args),
});
