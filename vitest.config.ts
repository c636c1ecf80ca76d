import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';

/** Unit and component tests: plain modules with WXT's fake browser, components in happy-dom. */
export default defineConfig({
  plugins: [WxtVitest()],
  test: {
    include: ['tests/unit/**/*.test.{ts,tsx}'],
    environment: 'happy-dom',
    restoreMocks: true,
    // Real PBKDF2 (1,000,000 iterations) takes ~0.2 s alone and several seconds on a loaded 2-core
    // machine: a test must not fail because the machine is busy (timings are the bench's job).
    testTimeout: 30_000,
    setupFiles: ['tests/unit/setup.ts'],
    server: { deps: { inline: ['@wxt-dev/webextension-polyfill', 'webextension-polyfill'] } },
  },
});
