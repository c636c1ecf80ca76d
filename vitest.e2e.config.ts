import { defineConfig } from 'vitest/config';

/** End-to-end tests: the built extension in real Chromium and Firefox, one browser at a time. */
export default defineConfig({
  test: {
    include: ['tests/e2e/**/*.e2e.ts'],
    testTimeout: 90_000,
    hookTimeout: 60_000,
    // What a test waits for after a quick exit may take seconds on a busy machine (1 s is vitest's default).
    expect: { poll: { timeout: 10_000, interval: 200 } },
    fileParallelism: false,
    maxWorkers: 1,
    reporters: ['default'],
  },
});
