// Sidebars and dialogs are the real dist/<Page>.html. Before the first script of the page runs,
// a google.script shim is put in: it hands each google.script.run call to the playground page,
// which runs it on the server (see playground/client/script-run-shim.ts).

import type { ShimConfig } from '../protocol';

export function injectScriptRunShim(html: string, shimJs: string, endpoints: readonly string[]): string {
  const config: ShimConfig = { endpoints };
  const attribute = JSON.stringify(config).replace(/&/g, '&amp;').replace(/'/g, '&#39;').replace(/</g, '&lt;');
  const script = `<script data-devrate-playground-shim data-config='${attribute}'>${shimJs.replace(/<\/script/gi, '<\\/script')}</script>`;
  const head = /<head(\s[^>]*)?>/i.exec(html);
  if (head) return html.slice(0, head.index + head[0].length) + script + html.slice(head.index + head[0].length);
  const doctype = /^\s*<!doctype[^>]*>/i.exec(html);
  return doctype ? doctype[0] + script + html.slice(doctype[0].length) : script + html;
}
