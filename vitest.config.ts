import { defineConfig } from 'vitest/config';

// Tests, bottom to top: unit (domain), contract (dist/Code.js in a vm), emulator, templates
// (menu actions through the emulator), formulas (HyperFormula over written sheets), e2e
// (Debian Chromium through the playground). `npm test` builds dist/ first.
export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    testTimeout: 30_000,
    hookTimeout: 60_000,
    // Browser tests share one playground server and one Chromium; keep files from fighting for 2 cores.
    fileParallelism: true,
    maxWorkers: 2,
  },
});
