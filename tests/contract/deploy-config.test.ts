// The deploy configuration as clasp and Google document it: clasp pushes exactly what Apps
// Script runs from dist/, the standalone project is created the way the README says, a release
// build leaves the self-test out, and the manifest is an editor add-on's.
import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { loadAddon } from '../../playground/emulator';
import { CREATE_COMMAND, claspProjectCheck, deploySteps, main } from '../../scripts/deploy';
import { DIST } from '../support/bundle';

const ROOT = join(import.meta.dirname, '..', '..');
const temp = mkdtempSync(join(tmpdir(), 'devrate-deploy-'));
afterAll(() => rmSync(temp, { recursive: true, force: true }));

/** A project folder as `clasp create ... --rootDir dist` leaves it, with our .claspignore and dist/. */
function claspProject(extraFiles: Record<string, string> = {}): string {
  const dir = mkdtempSync(join(temp, 'project-'));
  writeFileSync(join(dir, '.clasp.json'), JSON.stringify({ scriptId: '1AbCdEfGhIjKlMnOpQrStUvWxYz0123456789', rootDir: 'dist' }));
  cpSync(join(ROOT, '.claspignore'), join(dir, '.claspignore'));
  cpSync(DIST, join(dir, 'dist'), { recursive: true });
  for (const [file, text] of Object.entries(extraFiles)) {
    mkdirSync(join(dir, file, '..'), { recursive: true });
    writeFileSync(join(dir, file), text);
  }
  return dir;
}

const clasp = join(ROOT, 'node_modules', '.bin', 'clasp');

describe('deploy configuration', () => {
  it('clasp pushes exactly appsscript.json, Code.js and the sidebar pages of dist/, nothing else', () => {
    const dir = claspProject({ 'dist/notes.txt': 'x', 'dist/extra/helper.js': 'x', 'dist/meta/extra.html': 'x', 'src.js': 'x' });
    const status = JSON.parse(execFileSync(clasp, ['status', '--json'], { cwd: dir, encoding: 'utf8' })) as { filesToPush: string[] };
    const runs = readdirSync(DIST).filter((f) => /\.(js|html)$/.test(f) || f === 'appsscript.json');
    expect(runs).toEqual(expect.arrayContaining(['Code.js', 'appsscript.json', 'About.html', 'Wizard.html']));
    expect([...status.filesToPush].sort()).toEqual(runs.map((f) => `dist/${f}`).sort());
  });

  it('is not committed with a placeholder: clasp create refuses to run where a .clasp.json exists', () => {
    const tracked = execFileSync('git', ['ls-files', '.clasp.json'], { cwd: ROOT, encoding: 'utf8' });
    expect(tracked).toBe('');
    expect(readFileSync(join(ROOT, '.gitignore'), 'utf8').split('\n')).toContain('.clasp.json');
  });

  it('npm run deploy says how to create the standalone project when there is none, and the README says the same', () => {
    const empty = mkdtempSync(join(temp, 'empty-'));
    expect(claspProjectCheck(empty).problems).toEqual([
      `No .clasp.json yet: log in (npx clasp login), then create the project once: ${CREATE_COMMAND}`,
    ]);
    expect(readFileSync(join(ROOT, 'README.md'), 'utf8')).toContain(CREATE_COMMAND);
    const errors = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    expect(main([], empty)).toBe(1); // stops before building or pushing anything
    expect(errors.mock.calls.flat().join('\n')).toContain(CREATE_COMMAND);
    errors.mockRestore();
  });

  it('accepts the file clasp create writes, refuses another rootDir, and warns about a bound script', () => {
    expect(claspProjectCheck(claspProject())).toEqual({ problems: [], warnings: [] });
    const other = claspProject();
    writeFileSync(join(other, '.clasp.json'), JSON.stringify({ scriptId: '1AbCdEfGhIjKlMnOpQrStUvWxYz0123456789', rootDir: 'src' }));
    expect(claspProjectCheck(other).problems).toEqual(['.clasp.json must say "rootDir": "dist" (dist/ is what Apps Script runs).']);
    const bound = claspProject();
    writeFileSync(
      join(bound, '.clasp.json'),
      JSON.stringify({ scriptId: '1AbCdEfGhIjKlMnOpQrStUvWxYz0123456789', rootDir: 'dist', parentId: '1Sheet' }),
    );
    expect(claspProjectCheck(bound).warnings[0]).toMatch(/bound to a document.*onInstall never runs/);
  });

  it('deploy pushes a test build; release pushes a build without the self-test and creates a version', () => {
    expect(deploySteps(false).map((s) => [s.env?.DEVRATE_RELEASE, s.args.join(' ')])).toEqual([
      ['0', 'tsx scripts/build.ts'],
      [undefined, 'clasp push --force'],
    ]);
    expect(deploySteps(true, 'v1.2').map((s) => [s.env?.DEVRATE_RELEASE, s.args.join(' ')])).toEqual([
      ['1', 'tsx scripts/build.ts'],
      [undefined, 'clasp push --force'],
      [undefined, 'clasp create-version v1.2'],
    ]);
  });

  it('a release build has no Run self-test in the menu, and runSelfTest refuses; the test build has both', () => {
    const release = join(temp, 'release-dist');
    execFileSync('npx', ['tsx', 'scripts/build.ts'], {
      cwd: ROOT,
      env: { ...process.env, DEVRATE_RELEASE: '1', DEVRATE_DIST: release },
      stdio: 'pipe',
    });
    const captions = (dir: string) => {
      const addon = loadAddon({ codePath: join(dir, 'Code.js'), addonName: 'DevRate' });
      addon.open('NONE');
      return { addon, items: addon.ui.menus[0].items.map((item) => ('caption' in item ? item.caption : '---')) };
    };
    const published = captions(release);
    expect(published.items).not.toContain('Run self-test');
    expect(() => published.addon.run('runSelfTest')).toThrow('The self-test is only in test builds of DevRate (npm run deploy).');
    expect(captions(DIST).items.at(-1)).toBe('Run self-test');
  }, 120_000);
});

describe('appsscript.json', () => {
  const manifest = JSON.parse(readFileSync(join(DIST, 'appsscript.json'), 'utf8'));

  it('is an editor add-on manifest: V8, a time zone, error logging, the two scopes, and no addOns section (that is for Workspace add-ons)', () => {
    expect(manifest).toEqual({
      timeZone: 'Etc/UTC',
      exceptionLogging: 'STACKDRIVER',
      runtimeVersion: 'V8',
      oauthScopes: ['https://www.googleapis.com/auth/spreadsheets.currentonly', 'https://www.googleapis.com/auth/script.container.ui'],
    });
  });
});
