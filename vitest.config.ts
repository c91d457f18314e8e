import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    // DuckDB and Chromium are heavy: two workers on a two-core machine.
    maxWorkers: 2,
    reporters: ['default', 'json'],
    outputFile: { json: 'test-output/vitest.json' },
    env: { TZ: 'UTC' },
  },
});
