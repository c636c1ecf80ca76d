import { allowSitePermissions } from './support/permission-prompt';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium, type ChromiumSession } from './support/chromium';
import { siteStorage, startHelpSite, type HelpSite } from './support/help-site';
import { PopupPage, withPopup } from './support/popup-page';
import { findTraces, QUICK_EXIT_RECORD } from './support/traces';

/**
 * What needs a real window and a real keyboard: Chromium's permission prompt and the quick-exit
 * shortcut itself. Chromium runs headful on a private Xvfb display; xdotool presses the keys.
 */

/** What stays in storage after a quick exit: its one neutral record (and the empty tab it showed). */
const AFTER_EXIT = QUICK_EXIT_RECORD;

function openHelpSite(popup: PopupPage, site: string, mode: 'private' | 'tab') {
  // The same message the "Open website" button sends, for a site served by the test.
  return popup.page.evaluate(
    (s, m) => (globalThis as unknown as { chrome: { runtime: { sendMessage(msg: unknown): Promise<unknown> } } }).chrome.runtime.sendMessage({ type: 'open-page', site: s, mode: m }),
    site,
    mode,
  );
}

describe('quick exit with a real window and keyboard (Chromium)', () => {
  let session: ChromiumSession;
  let site: HelpSite;

  beforeAll(async () => {
    session = await launchChromium({ headful: true });
    site = await startHelpSite();
  });
  afterAll(async () => {
    await session?.close();
    await site?.close();
  });

  const hasSitePermissions = () => session.inBackground<boolean>("chrome.permissions.contains({ permissions: ['history', 'browsingData'] })");

  it('normal tab: "Give permission and open" through Chromium\'s own prompt; every page of the tab leaves history at once; quick exit leaves nothing, not in "Recently closed" either, and gives the permissions back', async () => {
    const other = await startHelpSite('Andere hulp');
    const help = await startHelpSite('Hulp bij geweld', other.url);
    try {
      // Chromium closes the popup and asks; "Allow" is reached with Tab, as with a keyboard.
      await allowSitePermissions(session, async (popup) => {
        expect(await popup.$eval('[data-testid="open-site-dialog"]', (d) => d.textContent)).not.toContain('Onlangs gesloten');
      });
      // The site she chose opens by itself once permission is given.
      await expect.poll(async () => (await session.traces()).openTabs.filter((t) => t.url.includes('veiligthuis.nl')).length).toBe(1);

      // A site of the test's own, opened the same way, where she follows a link to another site.
      // (The new tab takes the focus, so the real popup closes before the reply arrives.)
      await withPopup(session, async (p) => void openHelpSite(p, help.url, 'tab').catch(() => undefined));
      const tab = await (await session.browser.waitForTarget((t) => t.url() === help.url)).asPage();
      await tab.waitForSelector('#elsewhere');
      await Promise.all([tab.waitForNavigation(), tab.click('#elsewhere')]);
      expect(other.visits.length).toBeGreaterThan(0);
      // While the tab is still open, its pages are already gone from history.
      const helpHosts = [help.host, other.host, 'veiligthuis.nl'];
      await expect.poll(async () => findTraces(await session.traces(), { helpHosts }).filter((f) => f.startsWith('history'))).toEqual([]);

      // One help tab is closed before the quick exit (as when she closes it; the same tabs.onRemoved
      // event): it does not stay under "Recently closed" either.
      await session.inBackground(
        "chrome.tabs.query({}).then((ts) => chrome.tabs.remove(ts.find((t) => (t.url || t.pendingUrl || '').includes('veiligthuis.nl')).id))",
      );
      await expect
        .poll(async () => (await session.traces()).recentlyClosed.filter((c) => c.url.includes('veiligthuis.nl')), { timeout: 10_000 })
        .toEqual([]);

      await session.inBackground('stilleHulpQuickExit()');

      // "Recently closed" too: each page is added back to history and deleted once its tab closed.
      await expect.poll(async () => findTraces(await session.traces(), { helpHosts, allowedStorage: AFTER_EXIT }), { timeout: 10_000 }).toEqual([]);
      expect(await hasSitePermissions()).toBe(false);
      // Last, as a checker would: the sites' own storage, read on the sites themselves.
      for (const visited of [help, other]) expect(await siteStorage(session.browser, visited), visited.host).toEqual({ localStorage: 0, indexedDB: [] });
    } finally {
      await help.close();
      await other.close();
    }
  });

  it('the real shortcut Ctrl+Shift+1 closes a private help window and leaves no trace', async () => {
    await session.setIncognitoAccess(true);
    const visitsBefore = site.visits.length;
    await withPopup(session, async (popup) => {
      expect(await openHelpSite(popup, site.url, 'private')).toEqual({ status: 'opened', mode: 'private' });
    });
    const privateWindows = () => session.inBackground<number>('chrome.windows.getAll().then((ws) => ws.filter((w) => w.incognito).length)');
    await expect.poll(() => site.visits.length).toBeGreaterThan(visitsBefore);
    expect(await privateWindows()).toBe(1);

    await session.display!.pressKeys('ctrl+shift+1');

    await expect.poll(privateWindows, { timeout: 10_000 }).toBe(0);
    await expect
      .poll(async () => findTraces(await session.traces(), { helpHosts: [site.host], allowedStorage: AFTER_EXIT }))
      .toEqual([]);
  });

  it('the shortcut works while the popup is open and in use: the popup closes, and nothing of the visit is left', async () => {
    const popup = new PopupPage(await session.openPopup());
    await popup.chooseLanguage('English');
    await popup.click('About'); // reading another screen when someone walks in
    expect((await session.traces()).storage.local).toEqual({ language: 'en', lastRun: expect.objectContaining({ missed: [] }) }); // the earlier quick exit's record

    await session.display!.pressKeys('ctrl+shift+1');

    await expect.poll(() => popup.page.isClosed(), { timeout: 10_000 }).toBe(true);
    await expect.poll(async () => Object.keys((await session.traces()).storage.local)).toEqual(['lastRun']);
    await withPopup(session, async (p) => {
      expect(await p.page.$eval('[aria-current="page"]', (b) => b.textContent)).toBe('Hulp');
    });
  });
});

