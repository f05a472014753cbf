// npm start: the DevRate playground, a spreadsheet in the browser running the real dist/ through
// the Apps Script emulator. Port: --port N, else PORT, else 8080.
//   npm start                 npm start -- --port 3000             PORT=3000 npm start
// Sidebars and dialogs are served on a second, free port (panel pages only: they cannot reach
// the API). The workbook is saved to .playground/workbook.json, owner-only, after every change
// (PLAYGROUND_WORKBOOK names another file); the page's Reset button starts a fresh one. One
// playground per file: a second one on the same file refuses to start (the lock is <file>.lock,
// with the owner's pid).

import { pathToFileURL } from 'node:url';
import { startPlayground } from './web/start-playground';

export { startPlayground, type PlaygroundOptions, type RunningPlayground } from './web/start-playground';

export const DEFAULT_PORT = 8080;

/** --port N or --port=N, else the PORT variable, else 8080. */
export function portFrom(argv: string[], env: NodeJS.ProcessEnv): number {
  const flag = argv.findIndex((a) => a === '--port' || a.startsWith('--port='));
  const text = flag < 0 ? env.PORT : argv[flag].includes('=') ? argv[flag].split('=')[1] : argv[flag + 1];
  if (text === undefined || text === '') return DEFAULT_PORT;
  const port = Number(text);
  if (!Number.isInteger(port) || port < 0 || port > 65_535) throw new Error(`Not a port number: ${text}`);
  return port;
}

async function main(): Promise<void> {
  let port: number;
  try {
    port = portFrom(process.argv.slice(2), process.env);
  } catch (error) {
    console.error((error as Error).message);
    process.exit(2);
  }
  try {
    const playground = await startPlayground({ port, workbookPath: process.env.PLAYGROUND_WORKBOOK || undefined });
    console.log(`\nDevRate playground: http://localhost:${playground.port}`);
    console.log(`Sidebars and dialogs are served on port ${playground.panelPort}, which serves nothing else.`);
    console.log(`Workbook saved to ${playground.workbookPath} (readable by you only) after every change. Ctrl+C stops.\n`);
    for (const problem of playground.session.problems) console.warn(`! ${problem}`);
    const stop = () => void playground.close().then(() => process.exit(0));
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EADDRINUSE') {
      console.error(
        `\nPort ${port} is already in use (another playground?). Stop it, or pick another port:\n  npm start -- --port ${port + 1}\n  PORT=${port + 1} npm start\n`,
      );
    } else {
      console.error(`\nThe playground could not start: ${error instanceof Error ? error.message : String(error)}\n`);
    }
    process.exit(1);
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) void main();
