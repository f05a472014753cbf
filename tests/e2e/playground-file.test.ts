// The playground's saved workbook on disk: one playground per file (a lock with the owner's pid,
// stale locks taken over), a file that cannot be fully restored kept aside before anything
// replaces it, and reads that never rewrite the file, however large the workbook.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { Workbook, serializeWorkbook } from '../../playground/formulas';
import { SAVED_FORMAT, savedText, writeSavedText } from '../../playground/web/workbook-file';
import { startPlayground, tabHeaders, type RunningPlayground } from '../support/playground';

async function post(playground: RunningPlayground, route: string, body: unknown): Promise<{ ok: boolean; message?: string }> {
  const headers = await tabHeaders(playground.url);
  return fetch(`${playground.url}${route}`, { method: 'POST', headers, body: JSON.stringify(body) }).then(
    (r) => r.json() as Promise<{ ok: boolean; message?: string }>,
  );
}

/** A workbook of rows × 10 numbers on Sheet1, saved as the playground saves it. */
function saveWorkbook(file: string, rows: number): void {
  const workbook = new Workbook();
  const sheet = workbook.sheets[0];
  sheet.maxRows = Math.max(sheet.maxRows, rows);
  workbook.writeContents(
    sheet.id,
    1,
    1,
    Array.from({ length: rows }, (_, r) => Array.from({ length: 10 }, (_, c) => ({ kind: 'value' as const, value: r * 10 + c }))),
  );
  writeSavedText(
    file,
    savedText({ format: SAVED_FORMAT, workbook: serializeWorkbook(workbook), scriptProperties: {}, userProperties: {} }),
  );
}

describe("the playground's saved workbook", () => {
  let dir: string;
  let file: string;
  const running: RunningPlayground[] = [];
  const start = async () => {
    const playground = await startPlayground({ workbookPath: file });
    running.push(playground);
    return playground;
  };

  beforeEach(() => {
    dir = mkdtempSync(path.join(tmpdir(), 'devrate-file-'));
    file = path.join(dir, 'workbook.json');
  });
  afterEach(async () => {
    await Promise.all(running.splice(0).map((p) => p.close()));
    rmSync(dir, { recursive: true, force: true });
  });

  it('refuses a second playground on the same file, and lets one start once the first stopped', async () => {
    const first = await start();
    expect(readFileSync(`${file}.lock`, 'utf8').trim()).toBe(String(process.pid));
    await expect(startPlayground({ workbookPath: file })).rejects.toThrow(`is in use by another playground (process ${process.pid})`);
    await first.close();
    running.length = 0;
    expect(existsSync(`${file}.lock`)).toBe(false);
    const second = await start();
    expect(await post(second, '/api/edit', { context: { sheet: 'Sheet1', cell: 'A1' }, input: 'mine', view: {} })).toMatchObject({
      ok: true,
    });
  });

  it('takes over a lock left by a process that is gone', async () => {
    const gone = spawnSync(process.execPath, ['-e', 'process.exit(0)']).pid;
    writeFileSync(`${file}.lock`, `${gone}\n`);
    await start();
    expect(readFileSync(`${file}.lock`, 'utf8').trim()).toBe(String(process.pid));
  });

  it('keeps a copy of a file it could not restore, so the next edit does not lose it', async () => {
    saveWorkbook(file, 3);
    const broken = JSON.parse(readFileSync(file, 'utf8'));
    broken.workbook.sheets[0].cells = 5; // one field that cannot be restored
    const original = JSON.stringify(broken);
    writeFileSync(file, original);

    const playground = await start();
    const [problem] = playground.session.problems;
    expect(problem).toMatch(/could not be restored .*copied to /);
    const backup = path.join(
      dir,
      readdirSync(dir).find((name) => name.startsWith('workbook.json.unrestorable-'))!,
    );
    expect(problem).toContain(backup);
    expect(await post(playground, '/api/edit', { context: { sheet: 'Sheet1', cell: 'A1' }, input: 'new', view: {} })).toMatchObject({
      ok: true,
    });
    expect(readFileSync(file, 'utf8')).not.toBe(original); // the fresh workbook was saved…
    expect(readFileSync(backup, 'utf8')).toBe(original); // …and the old one is still there
  });

  it('answers a read without rewriting the file, on a large workbook as on a small one', async () => {
    for (const rows of [5, 5_000]) {
      saveWorkbook(file, rows);
      const playground = await start();
      const counts = () => ({ ...playground.session.saveCounts });
      const before = { mtime: statSync(file).mtimeMs, ...counts(), revision: playground.session.revision };
      // Opening About and asking the wizard for its context read the spreadsheet and change nothing.
      expect(
        await post(playground, '/api/menu', { context: { sheet: 'Sheet1', cell: 'A1' }, path: ['DevRate', 'About DevRate'], view: {} }),
      ).toMatchObject({ ok: true });
      expect(
        await post(playground, '/api/script-run', {
          context: { sheet: 'Sheet1', cell: 'B2' },
          endpoint: 'getWizardContext',
          args: [],
          view: {},
        }),
      ).toMatchObject({ ok: true });
      // Not even serialized: the cost of a read does not grow with the workbook.
      expect({ mtime: statSync(file).mtimeMs, ...counts(), revision: playground.session.revision }).toEqual(before);
      // A change is still saved at once.
      expect(await post(playground, '/api/edit', { context: { sheet: 'Sheet1', cell: 'A1' }, input: 'changed', view: {} })).toMatchObject({
        ok: true,
      });
      expect(counts()).toEqual({ serialized: before.serialized + 1, written: before.written + 1 });
      expect(JSON.parse(readFileSync(file, 'utf8')).workbook.sheets[0].cells).toContainEqual([
        1,
        1,
        expect.objectContaining({ value: 'changed' }),
      ]);
      await playground.close();
      running.length = 0;
    }
  }, 60_000);
});
