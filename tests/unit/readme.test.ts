// The README's function reference is generated from the registry; a stale README fails here.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { README, readmeWithReference } from '../../scripts/docs';

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
