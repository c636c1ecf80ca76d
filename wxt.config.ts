import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';
import { writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { neutralChunkName } from './lib/build/chunk-names';
import { flavourFromEnv, manifestFor, PACKAGE_NAMES } from './lib/build/manifest';
import { BOOT_SHELL, ICON_SIZES, MANIFEST_TEXTS, localeMessages } from './lib/build/manifest-messages';
import { preactWithoutInnerHtml } from './lib/build/preact-without-inner-html';
import { bundledPackagesCollector, NOTICES_FILE, noticesText } from './lib/build/third-party-notices';

const flavour = flavourFromEnv(process.env.FLAVOUR);
/** The node_modules packages that end up in this build, for the licence notices. */
const bundledPackages = new Set<string>();

export default defineConfig({
  imports: false,
  modules: ['@wxt-dev/webextension-polyfill'],
  outDir: `.output/${flavour}`,
  outDirTemplate: '{{browser}}-mv{{manifestVersion}}{{modeSuffix}}',
  zip: {
    artifactTemplate: `${PACKAGE_NAMES[flavour]}-{{version}}-{{browser}}.zip`,
    // AMO's source package (scripts/release.sh asks for it; everyday builds skip it). Its name
    // is as neutral as the package's; reviewers build from it with docs/store/amo-source-build.md.
    sourcesTemplate: `${PACKAGE_NAMES[flavour]}-{{version}}-sources.zip`,
    zipSources: process.env.ZIP_SOURCES === '1',
    excludeSources: ['coverage/**', 'test-results/**', '**/*.log', 'docs/store/screenshots/**'],
  },
  manifest: ({ browser, manifestVersion }) => manifestFor(flavour, browser, manifestVersion),
  hooks: {
    // WXT takes the popup's <title> as the toolbar title; use the localised one instead.
    'build:manifestGenerated': (_wxt, manifest) => {
      const action = manifest.action ?? manifest.browser_action;
      if (action) action.default_title = '__MSG_extActionTitle__';
    },
    // Every package shipped carries its licence (written before `wxt zip` packs the folder).
    'build:done': (wxt) => {
      writeFileSync(join(wxt.config.outDir, NOTICES_FILE), noticesText(bundledPackages, resolve('node_modules')));
    },
    // Each flavour brings its own toolbar name, description and icon.
    'build:publicAssets': (_wxt, files) => {
      // The disguised flavour ships no managed-storage schema (lib/calculator/no-policy.ts).
      if (flavour === 'disguised') files.splice(0, files.length, ...files.filter((f) => f.relativeDest !== 'managed_schema.json'));
      for (const [relativeDest, contents] of Object.entries(localeMessages(flavour))) {
        files.push({ relativeDest, contents });
      }
      for (const size of ICON_SIZES) {
        files.push({ relativeDest: `icon/${size}.png`, absoluteSrc: resolve(`assets/icons/${flavour}/icon-${size}.png`) });
      }
    },
  },
  vite: () => ({
    plugins: [
      preact(),
      preactWithoutInnerHtml(),
      bundledPackagesCollector(bundledPackages),
      {
        name: 'popup-html',
        transformIndexHtml: (html: string) =>
          html.replace('%POPUP_TITLE%', MANIFEST_TEXTS[flavour].nl!.extActionTitle).replace('%BOOT_SHELL%', BOOT_SHELL[flavour]),
      },
      {
        // WXT sets chunk names after the user config is merged: override them at output time.
        name: 'neutral-chunk-names',
        outputOptions: <O extends object>(options: O): O =>
          flavour === 'disguised' ? { ...options, chunkFileNames: (chunk: { name: string }) => `chunks/${neutralChunkName(chunk.name)}-[hash].js` } : options,
      },
    ],
    define: { __FLAVOUR__: JSON.stringify(flavour) },
    build: { modulePreload: false },
  }),
});
