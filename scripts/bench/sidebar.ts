// Sidebar: time from load to interactive for each page in headless Chromium (the page's script
// has run and rendered its first view; pages that wait for the server show their loading state),
// against an empty page as the floor.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { launchChromium, chromiumAvailable, CHROMIUM_PATH } from '../../playground/chromium';
import { median, type BenchRow } from './measure';

const EMPTY = '<!DOCTYPE html><html><body><div id="app"><p>ok</p></div></body></html>';

export async function sidebars(dist: string, runs = 15): Promise<{ rows: BenchRow[]; json: Record<string, number> }> {
  if (!chromiumAvailable()) {
    return { rows: [{ measure: `sidebar load: skipped, no Chromium at ${CHROMIUM_PATH}`, value: '' }], json: {} };
  }
  const browser = await launchChromium();
  const page = await browser.newPage({ viewport: { width: 300, height: 700 } });
  // The sidebar would call google.script.run; answer nothing so no page waits on the network.
  await page.addInitScript(() => {
    const run: Record<string, unknown> = new Proxy({}, {
      get: (_t, key) => (key === 'withSuccessHandler' || key === 'withFailureHandler' || key === 'withUserObject' ? () => run : () => undefined),
    });
    (window as unknown as { google: unknown }).google = { script: { run } };
  });
  const timeLoad = async (html: string) => {
    const samples: number[] = [];
    for (let i = 0; i < runs; i++) {
      const start = performance.now();
      await page.setContent(html, { waitUntil: 'load' });
      await page.waitForFunction(() => !!document.querySelector('#app *'), undefined, { timeout: 10_000 });
      samples.push(performance.now() - start);
    }
    return median(samples);
  };
  const floor = await timeLoad(EMPTY);
  const rows: BenchRow[] = [];
  const json: Record<string, number> = { sidebarFloorMs: floor };
  for (const file of readdirSync(dist).filter((f) => f.endsWith('.html')).sort()) {
    const ms = await timeLoad(readFileSync(join(dist, file), 'utf8')).catch(() => NaN);
    rows.push({ measure: `sidebar ${file}: load to interactive (median ms)`, value: ms.toFixed(1), floor: floor.toFixed(1), ratio: ms / floor });
    json[`sidebar_${file}_ms`] = ms;
  }
  await browser.close();
  return { rows, json };
}
