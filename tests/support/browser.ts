// Browser tests run in Debian's Chromium. In CI (CI=true) they are mandatory; locally they skip
// with a loud message when Chromium is missing.
import { describe } from 'vitest';
import { CHROMIUM_PATH, chromiumAvailable } from '../../playground/chromium';

export function describeInBrowser(name: string, body: () => void): void {
  if (chromiumAvailable()) {
    describe(name, body);
    return;
  }
  const message = `Chromium not found at ${CHROMIUM_PATH}: install Debian's chromium (apt-get install chromium) or set CHROMIUM_PATH.`;
  if (process.env.CI === 'true') throw new Error(`${message} Browser tests are mandatory in CI.`);
  console.warn(`\n${'!'.repeat(78)}\n!! SKIPPING BROWSER TESTS "${name}": ${message}\n${'!'.repeat(78)}\n`);
  describe.skip(name, body);
}
