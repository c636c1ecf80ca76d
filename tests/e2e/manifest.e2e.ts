import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { builtExtension, type Flavour } from './support/paths';

/** Permissions that make Chromium or Firefox show a warning at install time. */
const WARNING_PERMISSIONS = ['history', 'browsingData', 'tabs', 'topSites', 'management', 'webNavigation', 'cookies', 'downloads', 'bookmarks', 'clipboardRead', 'clipboardWrite', 'geolocation', 'notifications', 'contextMenus', 'scripting', 'nativeMessaging'];
const BUILT: Array<[Flavour, 'chrome' | 'firefox']> = (['open', 'disguised'] as const).flatMap((f) =>
  (['chrome', 'firefox'] as const).map((b) => [f, b] as [Flavour, 'chrome' | 'firefox']),
);

describe.each(BUILT.filter(([f, b]) => existsSync(builtExtension(b, f))))('the built %s extension for %s', (flavour, browser) => {
  const dir = builtExtension(browser, flavour);
  const manifest = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8'));

  it('asks at install time for nothing that shows a warning, and for no host access', () => {
    for (const p of manifest.permissions ?? []) expect(WARNING_PERMISSIONS, p).not.toContain(p);
    expect(manifest.host_permissions ?? []).toEqual([]);
    expect((manifest.permissions ?? []).filter((p: string) => p.includes('://') || p === '<all_urls>')).toEqual([]);
  });

  it('lets no web page detect or reach it, and runs no code of its own on web pages', () => {
    expect(manifest.web_accessible_resources).toBeUndefined();
    expect(manifest.content_scripts).toBeUndefined();
    expect(manifest.externally_connectable).toBeUndefined();
  });

  it('is a production build (no dev-server permissions or localhost in the policy)', () => {
    expect(JSON.stringify(manifest)).not.toMatch(/localhost|scripting/);
  });

  it('never uses storage.sync and has no network code at all', () => {
    const files = readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.js'));
    expect(files.length).toBeGreaterThan(1);
    for (const file of files) {
      const code = readFileSync(join(dir, file), 'utf8');
      expect(code, file).not.toMatch(/storage\.sync/);
      // No way to reach the network, and no code loaded from it. (Web addresses inside
      // texts, such as a library's error messages, load nothing.)
      expect(code, file).not.toMatch(/\b(fetch|XMLHttpRequest|WebSocket|EventSource|importScripts|sendBeacon)\s*\(|new\s+(XMLHttpRequest|WebSocket|EventSource)\b|import\(\s*["'`]https?:/);
    }
  });
});
