import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { PACKAGE_NAMES } from '../../../lib/build/manifest';

export const ROOT = resolve(import.meta.dirname, '../../..');

export type Flavour = 'open' | 'disguised';

export function builtExtension(browser: 'chrome' | 'firefox', flavour: Flavour = 'open'): string {
  return join(ROOT, '.output', flavour, browser === 'chrome' ? 'chrome-mv3' : 'firefox-mv2');
}

/** The installable package the build made (the zip that library IT deploys, as an .xpi for Firefox). */
export function builtPackage(browser: 'chrome' | 'firefox', flavour: Flavour = 'open'): string {
  const { version } = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string };
  return join(ROOT, '.output', flavour, `${PACKAGE_NAMES[flavour]}-${version}-${browser}.zip`);
}

export function freshDir(prefix: string): string {
  return mkdtempSync(join(tmpdir(), `stille-hulp-${prefix}-`));
}

/** The trace inspector extension for one browser, assembled in a temporary folder. */
export function inspectorExtension(browser: 'chromium' | 'firefox'): string {
  const dir = freshDir(`inspector-${browser}`);
  const source = join(ROOT, 'tests/e2e/inspector');
  cpSync(join(source, browser, 'manifest.json'), join(dir, 'manifest.json'));
  cpSync(join(source, 'inspector.js'), join(dir, 'inspector.js'));
  // A blank extension page: the yardstick the benchmark compares the popup with.
  writeFileSync(join(dir, 'blank.html'), '<!doctype html><meta charset="utf-8"><title>blank</title><p>blank</p>');
  return dir;
}

/** Removes the temporary folders a test browser used (profiles, assembled extensions). */
export function removeDirs(...dirs: string[]): void {
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true, maxRetries: 3 });
}
