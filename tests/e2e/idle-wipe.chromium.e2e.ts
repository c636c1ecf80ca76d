import { afterAll, describe, expect, it } from 'vitest';
import { launchChromium } from './support/chromium';
import { builtExtension } from './support/paths';
import { installChromiumPolicy, unpackedExtensionId } from './support/policy';
import { withPopup } from './support/popup-page';
import { startHelpSite } from './support/help-site';

/**
 * A library terminal with "wipe after 1 idle minute". Idle time is the X server's: Chromium runs
 * headful on a private Xvfb display, and the visitor's last real input is an xdotool mouse move.
 * This test waits a real minute; it is the only one that does.
 */
describe('idle wipe on a public terminal (Chromium)', () => {
  const removePolicy = installChromiumPolicy(unpackedExtensionId(builtExtension('chrome')), { idleWipeMinutes: 1 });
  afterAll(() => removePolicy());

  it('after the set idle minutes, the visitor\'s help windows close and nothing of the visit is left', { timeout: 180_000 }, async () => {
    const session = await launchChromium({ headful: true });
    const site = await startHelpSite();
    try {
      await session.setIncognitoAccess(true);
      await session.display!.pressKeys('shift'); // the visitor's last real input
      const start = Date.now();
      await withPopup(session, async (popup) => {
        await popup.chooseLanguage('English');
        await popup.page.evaluate(
          (s) => (globalThis as unknown as { chrome: { runtime: { sendMessage(m: unknown): Promise<unknown> } } }).chrome.runtime.sendMessage({ type: 'open-help-site', site: s, mode: 'private' }),
          site.url,
        ).catch(() => undefined); // the private window takes the focus and the popup closes
      });
      const privateWindows = () => session.inBackground<number>('chrome.windows.getAll().then((ws) => ws.filter((w) => w.incognito).length)');
      await expect.poll(privateWindows).toBe(1);
      expect((await session.traces()).storage.local).toEqual({ language: 'en' });

      await expect.poll(async () => (await session.traces()).storage.local, { timeout: 150_000, interval: 2_000 }).toEqual({});
      // Not before the set minute (a busy machine can only make it later).
      expect(Date.now() - start).toBeGreaterThanOrEqual(55_000);
      expect(await privateWindows()).toBe(0);
      await withPopup(session, async (popup) => {
        expect(await popup.text()).toContain('Direct gevaar?');
      });
    } finally {
      await session.close();
      await site.close();
    }
  });
});
