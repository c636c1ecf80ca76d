import { afterAll, describe, expect, it } from 'vitest';
import { launchChromium } from './support/chromium';
import { builtExtension, freshDir, removeDirs } from './support/paths';
import { installChromiumPolicy, unpackedExtensionId } from './support/policy';
import { withPopup } from './support/popup-page';

describe('ephemeral mode on a public terminal (Chromium)', () => {
  const profile = freshDir('terminal-profile');
  const removePolicy = installChromiumPolicy(unpackedExtensionId(builtExtension('chrome')), { ephemeral: true });
  afterAll(() => {
    removePolicy();
    removeDirs(profile);
  });

  it('nothing of one visitor survives a browser restart', async () => {
    const first = await launchChromium({ profile });
    await withPopup(first, (popup) => popup.chooseLanguage('English'));
    expect((await first.traces()).storage.local).toEqual({ language: 'en' });
    await first.close();

    const next = await launchChromium({ profile });
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
