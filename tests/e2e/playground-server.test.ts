// The playground server without a browser: `npm start`'s port choice and its message when the
// port is taken, the API refusing malformed requests and callers that are not its own page.
import { spawn } from 'node:child_process';
import { request } from 'node:http';
import { createServer } from 'node:net';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { portFrom } from '../../playground/server';
import { startPlayground, tabHeaders } from '../support/playground';

const root = path.join(import.meta.dirname, '..', '..');
const JSON_HEADERS = { 'content-type': 'application/json' };

describe('playground server', () => {
  let playground: Awaited<ReturnType<typeof startPlayground>>;
  beforeAll(async () => {
    playground = await startPlayground();
  });
  afterAll(async () => {
    await playground?.close();
  });

  it('takes the port from --port, then PORT, else 8080', () => {
    expect(portFrom([], {})).toBe(8080);
    expect(portFrom([], { PORT: '3001' })).toBe(3001);
    expect(portFrom(['--port', '3002'], { PORT: '3001' })).toBe(3002);
    expect(portFrom(['--port=3003'], {})).toBe(3003);
    expect(() => portFrom(['--port', 'eighty'], {})).toThrow('Not a port number: eighty');
  });

  it('says clearly when the port is taken, and how to pick another', async () => {
    const blocker = createServer();
    const port = await new Promise<number>((resolve) =>
      blocker.listen(0, '127.0.0.1', () => resolve((blocker.address() as { port: number }).port)),
    );
    try {
      const child = spawn(process.execPath, ['--import', 'tsx', 'playground/server.ts', '--port', String(port)], {
        cwd: root,
        env: { ...process.env, PLAYGROUND_WORKBOOK: path.join(root, '.playground', 'unused.json') },
      });
      let stderr = '';
      child.stderr.on('data', (chunk) => (stderr += String(chunk)));
      const code = await new Promise<number | null>((resolve) => child.on('exit', resolve));
      expect(code).toBe(1);
      expect(stderr).toContain(`Port ${port} is already in use`);
      expect(stderr).toContain(`npm start -- --port ${port + 1}`);
    } finally {
      blocker.close();
    }
  }, 60_000);

  it('refuses malformed requests with a 400 that says what is wrong', async () => {
    const response = await fetch(`${playground.url}/api/edit`, {
      method: 'POST',
      headers: await tabHeaders(playground.url),
      body: JSON.stringify({ context: { sheet: 'Sheet1', cell: 'not a cell' }, input: 1 }),
    });
    expect(response.status).toBe(400);
    expect(((await response.json()) as { error: string }).error).toMatch(/context › cell: .*a cell such as B3/);
  });

  it('runs nothing for pages it did not serve: a form post from another site, or a foreign Host', async () => {
    const revision = playground.session.revision;
    const body = JSON.stringify({ context: { sheet: 'Sheet1', cell: 'A1' }, input: 'pwned', view: {} });
    const headers = await tabHeaders(playground.url);
    const formPost = await fetch(`${playground.url}/api/edit`, {
      method: 'POST',
      headers: { ...headers, 'content-type': 'text/plain' },
      body,
    });
    expect(formPost.status).toBe(403);
    const status = await new Promise<number>((resolve, reject) => {
      const req = request(`${playground.url}/api/edit`, { method: 'POST', headers: { ...headers, host: 'attacker.example:80' } }, (res) =>
        resolve(res.statusCode ?? 0),
      );
      req.on('error', reject);
      req.end(body);
    });
    expect(status).toBe(403);
    expect(playground.session.revision).toBe(revision);
  });

  it("runs nothing without a tab's key from a page it served, from another origin, or on the panel port", async () => {
    const revision = playground.session.revision;
    const body = JSON.stringify({ context: { sheet: 'Sheet1', cell: 'A1', user: 'colleague1@example.com' }, input: 'pwned', view: {} });
    const edit = (url: string, headers: Record<string, string>) =>
      fetch(`${url}/api/edit`, { method: 'POST', headers, body }).then(async (r) => ({ status: r.status, text: await r.text() }));
    const withKey = await tabHeaders(playground.url);
    expect(await edit(playground.url, JSON_HEADERS)).toMatchObject({ status: 401, text: expect.stringContaining('reload the page') });
    expect(await edit(playground.url, { ...withKey, 'x-devrate-tab': 'guessed' })).toMatchObject({ status: 401 });
    // A page on the panel port (a sidebar) holding a key still has its own Origin.
    const panelOrigin = `http://127.0.0.1:${playground.panelPort}`;
    expect(await edit(playground.url, { ...withKey, origin: panelOrigin })).toMatchObject({
      status: 403,
      text: expect.stringContaining(`not ${panelOrigin}`),
    });
    // The panel port serves panels only: its /api/ is nothing, with or without a key.
    expect(await edit(panelOrigin, withKey)).toMatchObject({ status: 404 });
    const state = await fetch(`${playground.url}/api/state`);
    expect(state.status).toBe(401);
    const events = await fetch(`${playground.url}/api/events`);
    expect(events.status).toBe(401);
    expect(playground.session.revision).toBe(revision);
    // Each load of the page gets its own key, and each works.
    const other = await tabHeaders(playground.url);
    expect(other['x-devrate-tab']).not.toBe(withKey['x-devrate-tab']);
    for (const headers of [withKey, other]) expect((await fetch(`${playground.url}/api/state`, { headers })).status).toBe(200);
  });

  it('answers an edit it cannot make with the reason, and changes nothing', async () => {
    const revision = playground.session.revision;
    const headers = await tabHeaders(playground.url);
    const edit = (cell: string, input: string) =>
      fetch(`${playground.url}/api/edit`, {
        method: 'POST',
        headers,
        body: JSON.stringify({ context: { sheet: 'Nope', cell }, input }),
      }).then((r) => r.json() as Promise<{ ok: boolean; message?: string }>);
    expect(await edit('A1', 'x')).toMatchObject({ ok: false, message: 'No sheet named Nope' });
    expect(playground.session.revision).toBe(revision);
  });
});
