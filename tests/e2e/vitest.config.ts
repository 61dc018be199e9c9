import { defineConfig } from 'vitest/config';
import { fileURLToPath } from 'node:url';

// Browser tests: one browser per file, files one at a time (two cores, and
// Chromium and Firefox both want them).
export default defineConfig({
  root: fileURLToPath(new URL('../..', import.meta.url)),
  test: {
    include: ['tests/e2e/**/*.test.ts'],
    environment: 'node',
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 90_000,
    reporters: ['default', ['json', { outputFile: 'test-results/e2e.json' }]],
  },
});
