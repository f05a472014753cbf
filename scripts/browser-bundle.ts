// How every page that runs in a browser is bundled: the sidebars (scripts/build.ts) and the
// playground's own page (playground/web/client-assets.ts).
import type { BuildOptions } from 'esbuild';

export const browserBundleOptions = {
  bundle: true,
  format: 'iife',
  platform: 'browser',
  target: 'es2020',
  minify: true,
  jsx: 'automatic',
  jsxImportSource: 'preact',
  write: false,
  logLevel: 'warning',
} satisfies BuildOptions;
