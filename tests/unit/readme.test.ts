// The README's function reference and docs/functions.md (the contract) are generated from the
// code; a stale copy fails here (run `npm run docs` to refresh them).
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { README, readmeWithReference } from '../../scripts/docs';
import { CONTRACT, contractDocument } from '../../scripts/contract';
import { CONTRACT_FUNCTIONS } from '../support/contract-functions';

describe('README.md', () => {
  const readme = readFileSync(README, 'utf8');
  it('opens with the install+start and install+test commands', () => {
    const head = readme.split('\n').slice(0, 12).join('\n');
    expect(head).toMatch(/npm ci && npm start/);
    expect(head).toMatch(/npm ci && npm test/);
  });
  it('has the function reference the registry generates (run `npm run docs` to refresh it)', () => {
    expect(readme).toBe(readmeWithReference(readme));
  });
});

describe('docs/functions.md, the function contract', () => {
  const contract = readFileSync(CONTRACT, 'utf8');
  it('is what the code generates (run `npm run docs` to refresh it)', () => {
    expect(contract).toBe(contractDocument());
  });
  it('is what the README points readers to, and nothing points outside the repository', () => {
    const readme = readFileSync(README, 'utf8');
    expect(readme).toContain('docs/functions.md');
    expect(readme).not.toMatch(/\.\.\/shared/);
  });
  it('names every function and shows the errors users see', () => {
    for (const name of CONTRACT_FUNCTIONS) {
      expect(contract).toContain(`### \`${name}(`);
    }
    expect(contract).toContain('unknown level "wizard". Use junior, mid, senior');
  });
});
