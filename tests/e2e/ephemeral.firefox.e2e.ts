import { copyFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { GECKO_IDS } from '../../lib/build/manifest';
import { launchFirefox } from './support/firefox';
import { builtPackage, freshDir, removeDirs } from './support/paths';
import { examplePolicy, installFirefoxPolicyFile } from './support/policy';
import { withPopup } from './support/popup-page';

interface FirefoxPolicies {
  policies: { ExtensionSettings: Record<string, { install_url: string }> };
}

/**
 * A library terminal exactly as the deployment guide's policies.json sets it up: the add-on
 * installed by ExtensionSettings (allowed in private windows) and ephemeral mode on. Only the
 * install_url points to this build. Firefox ESR accepts the unsigned test build with
 * xpinstall.signatures.required off; a real terminal gets the signed one.
 */
describe('a public terminal set up by the Firefox deployment guide', () => {
  const profile = freshDir('terminal-profile');
  const packages = freshDir('terminal-packages');
  const xpi = join(packages, 'stille-hulp.xpi');
  copyFileSync(builtPackage('firefox'), xpi);
  const policies = examplePolicy('firefox-policies.json') as unknown as FirefoxPolicies;
  policies.policies.ExtensionSettings[GECKO_IDS.open]!.install_url = `file://${xpi}`;
  const removePolicy = installFirefoxPolicyFile(policies as unknown as Record<string, unknown>);
  const launch = () => launchFirefox({ profile, installedByPolicy: true, prefs: { 'xpinstall.signatures.required': false } });
  afterAll(() => {
    removePolicy();
    removeDirs(profile, packages);
  });

  it('installs the add-on, allowed in private windows, and keeps nothing of one visitor after a browser restart', async () => {
    const first = await launch();
    try {
      expect(await first.inBackground('browser.extension.isAllowedIncognitoAccess()')).toBe(true);
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
