import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';

/** Unit and component tests: plain modules with WXT's fake browser, components in happy-dom. */
export default defineConfig({
  plugins: [WxtVitest()],
  test: {
    include: ['tests/unit/**/*.test.{ts,tsx}'],
    environment: 'happy-dom',
    restoreMocks: true,
    setupFiles: ['tests/unit/setup.ts'],
    server: { deps: { inline: ['@wxt-dev/webextension-polyfill', 'webextension-polyfill'] } },
  },
});
