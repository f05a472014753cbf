import { existsSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadAddon } from '../../playground/emulator';

const codePath = path.resolve('dist/Code.js');

// Smoke test of the real bundle when it has been built (npm run build).
describe.skipIf(!existsSync(codePath))('dist/Code.js in the emulator', () => {
  it('loads, exposes its custom functions and builds a menu', () => {
    const addon = loadAddon({ codePath, addonName: 'DevRate' });
    expect(addon.customFunctions.length).toBeGreaterThan(0);
    for (const name of addon.customFunctions) expect(name).toMatch(/^[A-Z][A-Z0-9_]*$/);
    if (addon.functions.includes('onOpen')) {
      expect(addon.open('NONE')?.error).toBeUndefined();
      expect(addon.ui.menus.length).toBeGreaterThan(0);
    }
  });
});
