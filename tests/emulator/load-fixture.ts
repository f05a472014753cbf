import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadAddon, type LoadAddonOptions } from '../../playground/emulator';

export const FIXTURE_DIR = path.join(path.dirname(fileURLToPath(import.meta.url)), 'fixtures');

/** The fixture add-on (tests/emulator/fixtures/Code.js) over a fresh or given workbook. */
export function loadFixture(options: Omit<LoadAddonOptions, 'codePath'> = {}) {
  return loadAddon({ codePath: path.join(FIXTURE_DIR, 'Code.js'), addonName: 'DevRate', ...options });
}
