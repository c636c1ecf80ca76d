import { copyFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { GECKO_IDS } from '../../lib/build/manifest';
import { launchFirefox } from './support/firefox';
import { builtPackage, freshDir, removeDirs } from './support/paths';
import { installFirefoxPolicy } from './support/policy';
import { withPopup } from './support/popup-page';

/**
 * A library terminal as the deployment guide sets it up: policies.json installs the add-on
 * (ExtensionSettings) and turns on ephemeral mode (3rdparty). Firefox ESR accepts the unsigned
 * test build with xpinstall.signatures.required off; a real terminal gets the signed one.
 */
describe('ephemeral mode on a public terminal (Firefox)', () => {
  const profile = freshDir('terminal-profile');
  const packages = freshDir('terminal-packages');
  const xpi = join(packages, 'stille-hulp.xpi');
  copyFileSync(builtPackage('firefox'), xpi);
  const removePolicy = installFirefoxPolicy(GECKO_IDS.open, { ephemeral: true }, xpi);
  const launch = () => launchFirefox({ profile, installedByPolicy: true, prefs: { 'xpinstall.signatures.required': false } });
  afterAll(() => {
    removePolicy();
    removeDirs(profile, packages);
  });

  it('nothing of one visitor survives a browser restart', async () => {
    const first = await launch();
    try {
      await withPopup(first, (popup) => popup.chooseLanguage('English'));
      expect((await first.traces()).storage.local).toEqual({ language: 'en' });
    } finally {
      await first.close();
    }

    const next = await launch();
    try {
      await expect.poll(async () => (await next.traces()).storage.local, { timeout: 10_000 }).toEqual({});
      await withPopup(next, async (popup) => {
        expect(await popup.text()).toContain('Direct gevaar?');
      });
    } finally {
      await next.close();
    }
  });
});
