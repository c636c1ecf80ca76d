import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { saveShot } from './support/shots';
import { allowSitePermissions } from './support/permission-prompt';
import { launchChromium, type ChromiumSession } from './support/chromium';
import { startHelpSite } from './support/help-site';
import { withPopup } from './support/popup-page';
import { findTraces, QUICK_EXIT_RECORD } from './support/traces';

/**
 * A help site that redirects (`hulp-N.test` → `www.hulp-N.test`, as `veiligthuis.nl` →
 * `www.veiligthuis.nl`), opened in a normal tab with the permissions given through Chromium's own
 * prompt (headful, on a private Xvfb display). After a quick exit neither address may be in
 * history, nor in what the address bar suggests from (history.search), and the help screen
 * then says in one line that everything was removed.
 */
describe('a help site that redirects (Chromium, normal tab)', () => {
  let session: ChromiumSession;

  beforeAll(async () => {
    session = await launchChromium({ headful: true });
  });
  afterAll(async () => {
    await session?.close();
  });

  it('leaves no row of either address, and the next opening of the help says everything went', async () => {
    const site = await startHelpSite('Hulp bij geweld', undefined, true);
    const www = `www.${site.host}`;
    try {
      // Permission, as a person gives it: the dialog's button, then Chromium's prompt with the keyboard.
      await allowSitePermissions(session);

      await withPopup(session, async (p) =>
        void p.page
          .evaluate((s) => (globalThis as unknown as { chrome: { runtime: { sendMessage(m: unknown): Promise<unknown> } } }).chrome.runtime.sendMessage({ type: 'open-page', site: s, mode: 'tab' }), site.url)
          .catch(() => undefined),
      );
      const tab = await (await session.browser.waitForTarget((t) => t.url() === `http://${www}/`, { timeout: 20_000 })).asPage();
      await tab.waitForSelector('a[href="/chat"]');
      await Promise.all([tab.waitForNavigation(), tab.click('a[href="/chat"]')]);
      expect(site.visits).toContain('/chat');

      await session.inBackground('stilleHulpQuickExit()');

      const helpHosts = [site.host, www, 'veiligthuis.nl', 'www.veiligthuis.nl'];
      await expect.poll(async () => findTraces(await session.traces(), { helpHosts, allowedStorage: QUICK_EXIT_RECORD }), { timeout: 15_000 }).toEqual([]);
      const rows = (await session.traces()).history.map((h) => h.url);
      expect(rows.filter((u) => u.includes(site.host))).toEqual([]);

      // The next opening of the help: one plain line.
      await withPopup(session, async (p) => {
        await p.page.waitForSelector('[data-testid="last-exit"]');
        expect(await p.page.$eval('[data-testid="last-exit"]', (e) => e.textContent)).toBe('Snel weg heeft de vorige keer alles weggehaald.');
        await saveShot('quickexit/last-exit-all-removed.chromium.png', (path) => p.page.screenshot({ path }));
      });
      // Once: the next opening says nothing.
      await withPopup(session, async (p) => {
        await p.page.waitForSelector('[data-testid="directory"], .popup__main');
        expect(await p.page.$('[data-testid="last-exit"]')).toBeNull();
      });
    } finally {
      await site.close();
    }
  });
});
