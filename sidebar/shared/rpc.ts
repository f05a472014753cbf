// Typed promises over google.script.run. Apps Script passes only primitives, arrays and plain
// objects, and answers in about a second, so callers show progress and keep the user's input.

interface ScriptRun {
  withSuccessHandler(fn: (value: unknown) => void): ScriptRun;
  withFailureHandler(fn: (error: Error) => void): ScriptRun;
  [endpoint: string]: unknown;
}
declare const google: { script: { run: ScriptRun } } | undefined;

/** Calls a server entry point; rejects with the server's Error message. */
export function callServer<T>(endpoint: string, ...args: unknown[]): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    if (typeof google === 'undefined') {
      reject(new Error('DevRate can only reach its server inside Google Sheets or the playground.'));
      return;
    }
    const runner = google.script.run
      .withSuccessHandler((value) => resolve(value as T))
      .withFailureHandler((error) => reject(error instanceof Error ? error : new Error(String(error))));
    const fn = runner[endpoint];
    if (typeof fn !== 'function') {
      reject(new Error(`The server has no endpoint ${endpoint}.`));
      return;
    }
    (fn as (...a: unknown[]) => void).apply(runner, args);
  });
}
