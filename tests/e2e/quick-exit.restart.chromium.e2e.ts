import { describe, expect, it } from 'vitest';
import { allowSitePermissions } from './support/permission-prompt';
import { launchChromium } from './support/chromium';
import { siteStorage, startHelpSite } from './support/help-site';
import { freshDir, removeDirs } from './support/paths';
import { withPopup } from './support/popup-page';
import { findTraces, QUICK_EXIT_RECORD } from './support/traces';

/**
 * The browser is closed while a normal help tab is open (no quick exit): at the next start the
 * extension finishes cleaning that site. Headful, for Chromium's real permission prompt.
 */
describe('a browser closed with a normal help tab open (Chromium)', () => {
  it('at the next start the site leaves nothing: history, recently closed, cookies, site data', async () => {
    const profile = freshDir('restart-profile');
    const help = await startHelpSite();
    let session = await launchChromium({ headful: true, profile });
    try {
      await allowSitePermissions(session);

      await withPopup(session, async (p) => void p.page.evaluate(
        (url) => (globalThis as unknown as { chrome: { runtime: { sendMessage(m: unknown): Promise<unknown> } } }).chrome.runtime.sendMessage({ type: 'open-page', site: url, mode: 'tab' }),
        help.url,
      ).catch(() => undefined));
      await expect.poll(async () => (await session.traces()).cookies.filter((c) => c.name === 'helpvisit').length, { timeout: 10_000 }).toBe(1);
      // While the tab is open, its site is kept on disk, under a neutral key and unreadable at a glance.
      const record = await session.inBackground<Record<string, unknown>>("chrome.storage.local.get('r')");
      expect(typeof record.r).toBe('string');
      expect(String(record.r)).not.toContain(help.host.split(':')[0]!.split('.')[0]!);

      await session.close(); // the browser closes with the help tab still open
      session = await launchChromium({ profile });

      const helpHosts = [help.host, 'veiligthuis.nl'];
      await expect
        .poll(async () => findTraces(await session.traces(), { helpHosts, allowedStorage: QUICK_EXIT_RECORD }), { timeout: 15_000 })
        .toEqual([]);
      // Last, as a checker would: the site's own storage, read on the site itself.
      expect(await siteStorage(session.browser, help)).toEqual({ localStorage: 0, indexedDB: [] });
    } finally {
      await session.close();
      await help.close();
      removeDirs(profile);
    }
  });
});
