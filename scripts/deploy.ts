// npm run deploy: builds dist/ (with the self-test) and pushes it to the standalone Apps Script
// project named in .clasp.json, whose head the test deployments run.
// npm run release -- "what changed": builds dist/ without the self-test, pushes it, and creates
// an immutable version, the number the Marketplace listing points at.
// `--dry-run` prints the commands instead of running them.
// Google: editor add-ons are standalone projects, tested with test deployments of the head
// (https://developers.google.com/workspace/add-ons/how-tos/testing-editor-addons) and published
// as a version (https://developers.google.com/workspace/add-ons/how-tos/publish-add-on-overview).
// clasp 3 (node_modules/@google/clasp/README.md): `create-script --type standalone --rootDir`
// writes .clasp.json and refuses when one exists; .claspignore patterns apply from rootDir.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/** How a newcomer creates the standalone project once (README, Deploying to Google Sheets). */
export const CREATE_COMMAND = 'npx clasp create --type standalone --title "DevRate" --rootDir dist';

/** What is wrong with the clasp project file for a deploy, or nothing. Warnings do not stop it. */
export function claspProjectCheck(root: string): { problems: string[]; warnings: string[] } {
  const file = join(root, '.clasp.json');
  if (!existsSync(file))
    return { problems: [`No .clasp.json yet: log in (npx clasp login), then create the project once: ${CREATE_COMMAND}`], warnings: [] };
  let project: { scriptId?: unknown; rootDir?: unknown; parentId?: unknown };
  try {
    project = JSON.parse(readFileSync(file, 'utf8')) as typeof project;
  } catch {
    return { problems: ['.clasp.json is not valid JSON.'], warnings: [] };
  }
  const problems: string[] = [];
  if (typeof project.scriptId !== 'string' || !/^[\w-]{20,}$/.test(project.scriptId))
    problems.push(`.clasp.json has no script ID: ${CREATE_COMMAND}`);
  if ((typeof project.rootDir === 'string' ? project.rootDir : '').replace(/^\.\//, '').replace(/\/$/, '') !== 'dist')
    problems.push('.clasp.json must say "rootDir": "dist" (dist/ is what Apps Script runs).');
  const warnings = project.parentId
    ? [
        '.clasp.json names a script bound to a document (parentId): fine for a quick try-out, but there onInstall never runs and the menu carries the project name. Editor add-ons are standalone projects.',
      ]
    : [];
  return { problems, warnings };
}

export interface Step {
  command: string;
  args: string[];
  env?: Record<string, string>;
}

export function deploySteps(release: boolean, description = ''): Step[] {
  const steps: Step[] = [
    { command: 'npx', args: ['tsx', 'scripts/build.ts'], env: { DEVRATE_RELEASE: release ? '1' : '0' } },
    { command: 'npx', args: ['clasp', 'push', '--force'] },
  ];
  if (release) steps.push({ command: 'npx', args: ['clasp', 'create-version', description || 'DevRate release'] });
  return steps;
}

export function main(argv: string[], root = join(import.meta.dirname, '..')): number {
  const release = argv.includes('--release');
  const dryRun = argv.includes('--dry-run');
  const description = argv.filter((a) => !a.startsWith('--')).join(' ');
  const { problems, warnings } = claspProjectCheck(root);
  for (const warning of warnings) console.warn(`deploy: ${warning}`);
  if (problems.length > 0 && !dryRun) {
    for (const problem of problems) console.error(`deploy: ${problem}`);
    return 1;
  }
  for (const step of deploySteps(release, description)) {
    const env = Object.entries(step.env ?? {})
      .map(([k, v]) => `${k}=${v} `)
      .join('');
    console.log(`deploy: ${env}${step.command} ${step.args.join(' ')}`);
    if (dryRun) continue;
    const run = spawnSync(step.command, step.args, { cwd: root, stdio: 'inherit', env: { ...process.env, ...step.env } });
    if (run.status !== 0) return run.status ?? 1;
  }
  return 0;
}

if (import.meta.url === `file://${process.argv[1]}`) process.exitCode = main(process.argv.slice(2));
