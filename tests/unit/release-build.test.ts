import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { withoutInnerHtml } from '../../lib/build/preact-without-inner-html';
import { CURRENT_RELEASE, parseChangelog } from '../../lib/release/changelog';
import { bundledPackagesCollector, noticesText, packageOfModule } from '../../lib/build/third-party-notices';

const NODE_MODULES = resolve(import.meta.dirname, '../../node_modules');

describe('Preact without its innerHTML path', () => {
  it('replaces the one dangerouslySetInnerHTML assignment of the installed Preact with an error', () => {
    const source = readFileSync(resolve(NODE_MODULES, 'preact/dist/preact.mjs'), 'utf8');
    const patched = withoutInnerHtml(source, 'preact.mjs');
    expect(patched).not.toMatch(/innerHTML=\w+\.__html/);
    expect(patched).toContain('dangerouslySetInnerHTML is not supported in this build');
    // Clearing the element (a literal) stays; the linter accepts it.
    expect(patched).toContain('innerHTML=""');
  });

  it('fails the build when a Preact update changes the code it expects', () => {
    expect(() => withoutInnerHtml('const a = 1;', 'preact.mjs')).toThrow(/found 0/);
  });
});

describe('third-party notices', () => {
  it('names the package of a bundled module, scoped or not, and nothing for the project itself', () => {
    expect(packageOfModule('/w/node_modules/preact/dist/preact.mjs')).toBe('preact');
    expect(packageOfModule('/w/node_modules/@wxt-dev/browser/src/index.mjs')).toBe('@wxt-dev/browser');
    expect(packageOfModule('C:\\w\\node_modules\\i18next\\dist\\esm\\i18next.js')).toBe('i18next');
    expect(packageOfModule('/w/lib/calculator/engine.ts')).toBeUndefined();
  });

  it('collects only modules that were not tree-shaken away', () => {
    const packages = new Set<string>();
    bundledPackagesCollector(packages).generateBundle(undefined, {
      'popup.js': {
        type: 'chunk',
        modules: { '/w/node_modules/preact/dist/preact.mjs': { renderedLength: 120 }, '/w/node_modules/unused/x.js': { renderedLength: 0 } },
      },
      'style.css': { type: 'asset' },
    });
    expect([...packages]).toEqual(['preact']);
  });

  it("carries each package's licence text, the polyfill's MPL-2.0 included, and names no help", () => {
    const text = noticesText(['webextension-polyfill', 'preact', 'i18next', '@wxt-dev/browser'], NODE_MODULES);
    expect(text).toContain('webextension-polyfill 0.12.0\nLicense: MPL-2.0');
    expect(text).toContain('Mozilla Public License Version 2.0');
    expect(text).toMatch(/preact [\d.]+\nLicense: MIT/);
    expect(text).toMatch(/i18next [\d.]+\nLicense: MIT/);
    expect(text).toMatch(/@wxt-dev\/browser [\d.]+\nLicense: MIT[\s\S]*Aaron/);
    expect(text).not.toMatch(/help|hulp|geweld|violence/i);
  });

  it('refuses a bundled package it cannot find', () => {
    expect(() => noticesText(['no-such-package'], NODE_MODULES)).toThrow(/not found/);
  });
});

describe('version and changelog', () => {
  it("the newest CHANGELOG.md entry is package.json's version, with changes to show", () => {
    const pkg = JSON.parse(readFileSync(resolve(import.meta.dirname, '../../package.json'), 'utf8')) as { version: string };
    expect(CURRENT_RELEASE.version).toBe(pkg.version);
    expect(CURRENT_RELEASE.changes.length).toBeGreaterThan(0);
    expect(CURRENT_RELEASE.date).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  });

  it('reads versions, dates and change lines; other text is ignored', () => {
    const text = '# Changelog\nintro\n- not a change\n## 1.2.0 — 2027-01-02\n- b\n- c\n\n## 1.1.0 — 2026-12-01\n- a\n';
    expect(parseChangelog(text)).toEqual([
      { version: '1.2.0', date: '2027-01-02', changes: ['b', 'c'] },
      { version: '1.1.0', date: '2026-12-01', changes: ['a'] },
    ]);
  });
});
