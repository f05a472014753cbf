// The playground's saved workbook holds sealed scorecards and every collaborator's user
// properties (their tokens): what the playground writes is readable by its owner only, files
// 0600 and the folders it creates 0700, and a restart makes what an older version wrote so too.
import { chmodSync, mkdirSync, mkdtempSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { Workbook, serializeWorkbook } from '../../playground/formulas';
import { SAVED_FORMAT, savedText } from '../../playground/web/workbook-file';
import { startPlayground, tabHeaders, type RunningPlayground } from '../support/playground';

const mode = (file: string) => (statSync(file).mode & 0o777).toString(8);

const SAVED = savedText({
  format: SAVED_FORMAT,
  workbook: serializeWorkbook(new Workbook()),
  scriptProperties: {},
  userProperties: { 'user@example.com': { token: 'secret' } },
});

async function edit(playground: RunningPlayground, input: string): Promise<void> {
  const answer = await fetch(`${playground.url}/api/edit`, {
    method: 'POST',
    headers: await tabHeaders(playground.url),
    body: JSON.stringify({ context: { sheet: 'Sheet1', cell: 'A1' }, input, view: {} }),
  }).then((r) => r.json() as Promise<{ ok: boolean }>);
  expect(answer.ok).toBe(true);
}

describe("the playground's files are readable by their owner only", () => {
  let root: string;
  const running: RunningPlayground[] = [];
  const start = async (workbookPath: string) => {
    const playground = await startPlayground({ workbookPath });
    running.push(playground);
    return playground;
  };

  beforeEach(() => {
    root = mkdtempSync(path.join(tmpdir(), 'devrate-modes-'));
    chmodSync(root, 0o755); // as a project folder usually is
  });
  afterEach(async () => {
    await Promise.all(running.splice(0).map((p) => p.close()));
    rmSync(root, { recursive: true, force: true });
  });

  it('creates .playground/ 0700 and writes the workbook and its lock 0600', async () => {
    const dir = path.join(root, 'project', '.playground');
    const file = path.join(dir, 'workbook.json');
    const playground = await start(file);
    expect(mode(`${file}.lock`)).toBe('600');
    await edit(playground, 'sealed notes');
    expect(mode(dir)).toBe('700');
    expect(mode(path.join(root, 'project'))).toBe('700'); // created by the playground too
    expect(mode(file)).toBe('600');
    expect(readdirSync(dir).sort()).toEqual(['workbook.json', 'workbook.json.lock']); // no temp file left
  });

  it('on restart, makes an older, world-readable .playground/ and everything in it owner-only', async () => {
    const dir = path.join(root, '.playground');
    mkdirSync(dir, { mode: 0o755 });
    const file = path.join(dir, 'workbook.json');
    writeFileSync(file, SAVED, { mode: 0o644 });
    writeFileSync(path.join(dir, 'workbook.json.unrestorable-1'), SAVED, { mode: 0o644 });
    writeFileSync(path.join(dir, 'other.json'), SAVED, { mode: 0o664 });
    chmodSync(dir, 0o755);
    chmodSync(file, 0o644);
    chmodSync(path.join(dir, 'other.json'), 0o664);

    const playground = await start(file);
    expect(mode(dir)).toBe('700');
    for (const name of ['workbook.json', 'workbook.json.unrestorable-1', 'other.json', 'workbook.json.lock']) {
      expect([name, mode(path.join(dir, name))]).toEqual([name, '600']);
    }
    await edit(playground, 'after restart');
    expect(mode(file)).toBe('600');
  });

  it('in a folder of your choosing, restricts its own files and leaves the folder and the rest alone', async () => {
    const dir = path.join(root, 'mine');
    mkdirSync(dir);
    chmodSync(dir, 0o755);
    const file = path.join(dir, 'devrate.json');
    writeFileSync(file, SAVED);
    chmodSync(file, 0o644);
    const unrelated = path.join(dir, 'notes.txt');
    writeFileSync(unrelated, 'mine');
    chmodSync(unrelated, 0o644);

    await edit(await start(file), 'x');
    expect(mode(file)).toBe('600');
    expect(mode(`${file}.lock`)).toBe('600');
    expect(mode(dir)).toBe('755');
    expect(mode(unrelated)).toBe('644');
  });

  it('keeps an unreadable file aside owner-only', async () => {
    const dir = path.join(root, '.playground');
    mkdirSync(dir);
    const file = path.join(dir, 'workbook.json');
    writeFileSync(file, '{ not json');
    chmodSync(file, 0o644);
    const playground = await start(file);
    expect(playground.session.problems[0]).toMatch(/moved to /);
    const aside = readdirSync(dir).find((name) => name.startsWith('workbook.json.unreadable-'));
    expect(aside).toBeDefined();
    expect(mode(path.join(dir, aside!))).toBe('600');
  });
});
