import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { launchFirefox, type FirefoxSession } from './support/firefox';
import { screenshotDisplay } from './support/firefox-real-popup';
import { siteStorage, startHelpSite, type HelpSite } from './support/help-site';
import { readMozLz4 } from './support/mozlz4';
import { crash, crashListText } from './support/crash';
import { freshDir, removeDirs } from './support/paths';
import { withPopup } from './support/popup-page';
import { saveShot } from './support/shots';
import { findTraces } from './support/traces';

/**
 * A real crash in Firefox: the browser process is killed (SIGKILL, not a normal close) with a
 * normal help tab in front on a page reached by a link, then started again on the same profile,
 * as a person starts it (no address on the command line). What a person sees then: open tabs,
 * history, "Recently closed" (as the inspector reads it), cookies, site storage, the extension's
 * storage and permissions, and the help screen.
 *
 * Firefox restores the session after a crash by its own default (`browser.sessionstore.resume_from_crash`,
 * and at the first crash without asking: no about:sessionrestore). puppeteer's default profile
 * switches that off; the test switches it back on, as a person's Firefox has it. Firefox writes its
 * session file about every 15 s (`browser.sessionstore.interval`); lowered to 2 s here, so that the
 * test waits less. The extension is the built, unsigned package sideloaded into the profile: a
 * temporary add-on (what the other Firefox tests install) is gone after a restart.
 */
const PERSONS_FIREFOX = {
  'browser.sessionstore.resume_from_crash': true,
  'browser.sessionstore.interval': 2000,
};

const granted = (session: FirefoxSession) => session.inBackground<boolean>("browser.permissions.contains({ permissions: ['history', 'browsingData', 'tabs'] })");

/** The website permissions, as a person gives them: the Veilig Thuis card, "Give permission and open" (granted without a prompt in tests: a pref). */
async function allowSitePermissions(session: FirefoxSession): Promise<void> {
  await withPopup(session, async (popup) => {
    await (await popup.page.waitForSelector('[data-site="veiligthuis.nl"]', { visible: true }))!.click();
    await popup.page.waitForSelector('[data-testid="allow-permissions"]');
    await popup.page.click('[data-testid="allow-permissions"]');
  });
  await expect.poll(() => granted(session)).toBe(true);
}

/** Opens the help site in a normal help tab (from the extension, or typed in), follows its link to /chat, and brings that tab to the front. */
async function visitHelpSite(session: FirefoxSession, help: HelpSite, from: 'extension' | 'address bar'): Promise<void> {
  if (from === 'extension') {
    await withPopup(session, async (popup) => {
      const opened = await popup.page.evaluate(
        (url) => (globalThis as unknown as { browser: { runtime: { sendMessage(m: unknown): Promise<unknown> } } }).browser.runtime.sendMessage({ type: 'open-page', site: url, mode: 'tab' }),
        help.url,
      );
      expect(opened).toEqual({ status: 'opened', mode: 'tab' });
    });
  } else {
    await (await session.browser.newPage()).goto(help.url);
  }
  const findTab = async () => (await session.browser.pages()).find((p) => p.url() === help.url);
  await expect.poll(findTab, { timeout: 20_000 }).toBeDefined();
  const tab = (await findTab())!;
  await tab.waitForSelector('a[href="/chat"]');
  await Promise.all([tab.waitForNavigation(), tab.click('a[href="/chat"]')]);
  await tab.bringToFront();
}

interface SessionState {
  windows: Array<{ selected: number; tabs: Array<{ index: number; entries: Array<{ url: string }> }> }>;
}

/** The page of the tab in front, in Firefox's session file (what it restores after a crash); null while there is none. */
function frontTabInSessionFile(profile: string): string | null {
  const text = readMozLz4(join(profile, 'sessionstore-backups', 'recovery.jsonlz4'));
  if (!text) return null;
  const [window] = (JSON.parse(text) as SessionState).windows;
  const tab = window?.tabs[window.selected - 1];
  return tab?.entries[tab.index - 1]?.url ?? null;
}

/** What Firefox has written of the visit to the profile's files (read before the kill: only that is left after it). */
function onDisk(profile: string, site: HelpSite) {
  const holds = (file: string, text: string) => [file, `${file}-wal`].some((f) => existsSync(join(profile, f)) && readFileSync(join(profile, f)).includes(text));
  const siteDir = join(profile, 'storage', 'default', `https+++${site.host}`);
  return {
    history: holds('places.sqlite', `${site.host}/chat`),
    cookie: holds('cookies.sqlite', 'helpvisit'),
    localStorage: existsSync(join(siteDir, 'ls', 'data.sqlite')),
    indexedDB: existsSync(join(siteDir, 'idb')),
  };
}

describe('a browser that crashed with a normal help tab open (Firefox)', () => {
  it('without a crash list (the site typed in), Firefox brings the help tab back in front at the next start: what the extension has to undo', async () => {
    const profile = freshDir('firefox-crash-plain-profile');
    const help = await startHelpSite();
    let session = await launchFirefox({ profile, prefs: PERSONS_FIREFOX });
    try {
      await visitHelpSite(session, help, 'address bar');
      await expect.poll(() => frontTabInSessionFile(profile), { timeout: 30_000, interval: 500 }).toBe(`${help.url}chat`);
      await crash(session);
      session = await launchFirefox({ profile, noStartPage: true, prefs: PERSONS_FIREFOX });
      // The help tab is back, and it is the one in front: at a restore Firefox loads only the tab
      // in front (the others wait for a click), and the test tool sees only loaded tabs. (Loaded
      // from the cache: the site saw no new request.)
      await expect.poll(async () => (await session.traces()).openTabs.map((t) => t.url)).toContain(`${help.url}chat`);
      expect((await session.browser.pages()).map((p) => p.url())).toContain(`${help.url}chat`);
    } finally {
      await session.close().catch(() => undefined);
      await help.close();
      removeDirs(profile);
    }
  }, 180_000);

  it('with a help tab opened by the extension: it closes the restored tab, and nothing of the visit is left', async () => {
    const profile = freshDir('firefox-crash-profile');
    const help = await startHelpSite();
    let session = await launchFirefox({ profile, sideloaded: true, headful: true, prefs: PERSONS_FIREFOX });
    try {
      await allowSitePermissions(session);
      await visitHelpSite(session, help, 'extension');

      // The crash list: host names only, never a path. (veiligthuis.nl too: "Give permission and
      // open" opened it. d: a help tab showed more than the front pages.)
      await expect.poll(async () => JSON.parse(await crashListText(session))).toEqual({ h: expect.arrayContaining([help.host, 'veiligthuis.nl']), o: [], d: 1 });
      expect(await crashListText(session)).not.toContain('/');
      // Firefox's session file holds the help tab, in front, on /chat: that is what it restores.
      // And the visit is on disk: history, cookie, localStorage, IndexedDB.
      await expect.poll(() => frontTabInSessionFile(profile), { timeout: 30_000, interval: 500 }).toBe(`${help.url}chat`);
      await expect.poll(() => onDisk(profile, help), { timeout: 30_000, interval: 500 }).toEqual({ history: true, cookie: true, localStorage: true, indexedDB: true });
      await crash(session);

      session = await launchFirefox({ profile, sideloaded: true, noStartPage: true, headful: true, prefs: PERSONS_FIREFOX });
      // Once the crash list is gone, the cleaning ended.
      await expect
        .poll(async () => 'r' in (await session.inBackground<Record<string, unknown>>("browser.storage.local.get('r')")), { timeout: 30_000, interval: 500 })
        .toBe(false);
      // (the window as she sees it, once the test's own extension pages are closed)
      await expect.poll(async () => (await session.browser.pages()).filter((p) => p.url().startsWith('moz-extension:')).length).toBe(0);
      await saveShot('crash/after-restart-window.firefox.png', (path) => screenshotDisplay(session, path));
      const helpHosts = [help.host, 'veiligthuis.nl'];
      const after = await session.traces();
      expect(after.openTabs.filter((t) => helpHosts.some((h) => t.url.includes(h)))).toEqual([]);
      // Nothing else either: no history, no cookie, and "Recently closed" is empty: Firefox put the
      // crashed tabs back in the window (they are not listed as closed), and the extension forgot
      // the ones it closed (the `sessions` permission is part of the website permissions in Firefox).
      expect(findTraces(after, { helpHosts })).toEqual([]);
      // Everything was removed, so no record is kept: the extension's storage is empty, and the help
      // screen shows no line about it (a record is written after a crash only when something is
      // left for her to remove by hand: lib/quick-exit/sequence.ts).
      expect(after.storage).toEqual({ local: {}, session: {} });
      expect(await granted(session)).toBe(false);
      await withPopup(session, async (popup) => {
        await popup.page.waitForSelector('[data-site="veiligthuis.nl"]', { visible: true });
        await saveShot('crash/after-crash-help-screen.firefox.png', (path) => popup.page.screenshot({ path }));
        expect(await popup.page.$('[data-testid="last-exit"]')).toBeNull();
      });
      // Last, as a checker would: the site's own storage, read on a page of the site that writes nothing.
      expect(await siteStorage(session.browser, help)).toEqual({ localStorage: 0, indexedDB: [] });
    } finally {
      await session.close().catch(() => undefined);
      await help.close();
      removeDirs(profile);
    }
  }, 180_000);
});
