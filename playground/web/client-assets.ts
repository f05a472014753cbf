// The playground's front end, bundled by esbuild into memory when the server starts (never
// written to disk or committed): the page's script and styles, and the google.script shim that
// goes into every sidebar and dialog.

import { build } from 'esbuild';
import { browserBundleOptions } from '../../scripts/browser-bundle';
import path from 'node:path';
import { TAB_KEY_META } from '../protocol';

export interface ClientAssets {
  appJs: string;
  appCss: string;
  shimJs: string;
  /** The page, carrying the tab's key (base64url: nothing in it needs escaping). */
  indexHtml(tabKey: string): string;
}

const clientDir = path.join(import.meta.dirname, '..', 'client');

let assets: Promise<ClientAssets> | undefined;

/** Built once per process: a test restarting the server reuses the same bundle. */
export function clientAssets(): Promise<ClientAssets> {
  assets ??= bundle();
  return assets;
}

async function bundle(): Promise<ClientAssets> {
  const result = await build({
    entryPoints: { app: path.join(clientDir, 'main.tsx'), shim: path.join(clientDir, 'script-run-shim.ts') },
    ...browserBundleOptions,
    outdir: 'playground-assets',
  });
  const file = (name: string) => result.outputFiles.find((f) => path.basename(f.path) === name)?.text ?? '';
  return { appJs: file('app.js'), appCss: file('app.css'), shimJs: file('shim.js'), indexHtml };
}

const indexHtml = (tabKey: string) => `<!DOCTYPE html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <meta name="${TAB_KEY_META}" content="${tabKey}" />
    <title>DevRate playground</title>
    <link rel="icon" href="/favicon.svg" type="image/svg+xml" />
    <link rel="stylesheet" href="/app.css" />
  </head>
  <body>
    <div id="app"></div>
    <script src="/app.js"></script>
  </body>
</html>
`;
