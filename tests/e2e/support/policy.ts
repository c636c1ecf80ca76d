import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { ROOT } from './paths';

/** Chromium's id for an unpacked extension: derived from its folder's absolute path. */
export function unpackedExtensionId(dir: string): string {
  const hex = createHash('sha256').update(resolve(dir)).digest('hex').slice(0, 32);
  return [...hex].map((c) => String.fromCharCode('a'.charCodeAt(0) + parseInt(c, 16))).join('');
}

/** The deployment guide's example file, as library IT would copy it. */
export function examplePolicy(file: 'chromium-policy.json' | 'firefox-policies.json'): Record<string, unknown> {
  return JSON.parse(readFileSync(join(ROOT, 'docs/deploy', file), 'utf8'));
}

export const CHROMIUM_POLICY_DIR = '/etc/chromium/policies/managed';

/**
 * Installs a managed policy where Debian's Chromium reads it (needs root, as CI has) for the
 * 3rdparty settings of one extension id. Returns a function that removes it again.
 */
export function installChromiumPolicy(extensionId: string, settings: Record<string, unknown>): () => void {
  mkdirSync(CHROMIUM_POLICY_DIR, { recursive: true });
  const file = join(CHROMIUM_POLICY_DIR, `stille-hulp-test-${extensionId}.json`);
  writeFileSync(file, JSON.stringify({ '3rdparty': { extensions: { [extensionId]: settings } } }, null, 2));
  return () => rmSync(file, { force: true });
}

/** Where Debian's Firefox ESR reads enterprise policies (the installation's distribution folder). */
export const FIREFOX_POLICY_FILE = '/usr/lib/firefox-esr/distribution/policies.json';

/** Installs a whole policies.json; returns the undo. */
export function installFirefoxPolicyFile(policies: Record<string, unknown>): () => void {
  writeFileSync(FIREFOX_POLICY_FILE, JSON.stringify(policies, null, 2));
  return () => rmSync(FIREFOX_POLICY_FILE, { force: true });
}

/** Installs policies.json with only 3rdparty settings for one add-on id; returns the undo. */
export function installFirefoxPolicy(addonId: string, settings: Record<string, unknown>): () => void {
  return installFirefoxPolicyFile({ policies: { '3rdparty': { Extensions: { [addonId]: settings } } } });
}
