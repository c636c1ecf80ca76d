import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { launchFirefox, type FirefoxSession } from './support/firefox';
import { screenshotDisplay } from './support/firefox-real-popup';
import { siteStorage, startHelpSite, type HelpSite } from './support/help-site';
import { readMozLz4 } from './support/mozlz4';
import { freshDir, removeDirs } from './support/paths';
import { withPopup } from './support/popup-page';
import { saveShot } from './support/shots';
import { findTraces } from './support/traces';

/**
 * A real crash in Firefox: the browser process is killed (SIGKILL, not a normal close) with a
 * normal help tab open on a page reached by a link, then started again on the same profile.
 *
 * The extension is the built, unsigned package sideloaded into the profile: a temporary add-on
 * (what the other Firefox tests install) is gone after a restart. Firefox restores the session
 * after a crash by its own default (`browser.sessionstore.resume_from_crash`); puppeteer's default
 * profile switches that off, so the test switches it back on, as a person's Firefox has it. Firefox
 * writes its session file about every 15 s (`browser.sessionstore.interval`); lowered to 2 s here
 * so the test waits less. Nothing else of Firefox's defaults is changed.
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

/** Opens the help site in a normal help tab from the extension, and follows its link to /chat. */
async function visitHelpSite(session: FirefoxSession, help: HelpSite): Promise<void> {
  await withPopup(session, async (popup) => {
    const opened = await popup.page.evaluate(
      (url) => (globalThis as unknown as { browser: { runtime: { sendMessage(m: unknown): Promise<unknown> } } }).browser.runtime.sendMessage({ type: 'open-page', site: url, mode: 'tab' }),
      help.url,
    );
    expect(opened).toEqual({ status: 'opened', mode: 'tab' });
  });
  const findTab = async () => (await session.browser.pages()).find((p) => p.url() === help.url);
  await expect.poll(findTab, { timeout: 20_000 }).toBeDefined();
  const tab = (await findTab())!;
  await tab.waitForSelector('a[href="/chat"]');
  await Promise.all([tab.waitForNavigation(), tab.click('a[href="/chat"]')]);
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

/** SIGKILL of the browser process: no normal close, no unload, no last events, no last writes. */
async function crash(session: FirefoxSession): Promise<void> {
  const browserProcess = session.browser.process()!;
  const exited = new Promise((done) => browserProcess.once('exit', done));
  browserProcess.kill('SIGKILL');
  await exited;
  await session.display?.close();
  await session.network.close();
}

describe('a browser that crashed with a normal help tab open (Firefox)', () => {
  it('at the next start Firefox restores the help tab; the extension closes it and removes what the visit left', async () => {
    const profile = freshDir('firefox-crash-profile');
    const help = await startHelpSite();
    let session = await launchFirefox({ profile, sideloaded: true, headful: true, prefs: PERSONS_FIREFOX });
    try {
      await allowSitePermissions(session);
      await visitHelpSite(session, help);
      const visited = help.visits.length;

      // The crash list: host names only, never a path.
      const readable = async () => {
        const stored = (await session.inBackground<Record<string, unknown>>("browser.storage.local.get('r')")).r;
        return Buffer.from([...String(stored)].reverse().join(''), 'base64').toString();
      };
      await expect.poll(async () => JSON.parse(await readable())).toEqual({ h: expect.arrayContaining([help.host, 'veiligthuis.nl']), o: [], d: 1 });
      expect(await readable()).not.toContain('/');
      // She is on the help tab when it crashes; Firefox's session file holds it, in front, on /chat.
      await (await session.browser.pages()).find((p) => p.url().includes(help.host))!.bringToFront();
      await expect.poll(() => frontTabInSessionFile(profile), { timeout: 30_000, interval: 500 }).toBe(`${help.url}chat`);
      await crash(session);

      session = await launchFirefox({ profile, sideloaded: true, noStartPage: true, headful: true, prefs: PERSONS_FIREFOX });
      await saveShot('crash/after-restart-window.firefox.png', (path) => screenshotDisplay(session, path));
      console.info('visits after restart', help.visits.slice(visited));
      console.info('tabs', (await session.traces()).openTabs);
      await expect.poll(async () => !('r' in (await session.inBackground<Record<string, unknown>>("browser.storage.local.get('r')"))), { timeout: 30_000, interval: 500 }).toBe(true);
      const after = await session.traces();
      console.info(JSON.stringify(after, null, 1));
      console.info('granted', await granted(session));
      const helpHosts = [help.host, 'veiligthuis.nl'];
      console.info(findTraces(after, { helpHosts }));
      await withPopup(session, async (popup) => {
        await saveShot('crash/after-crash-help-screen.firefox.png', (path) => popup.page.screenshot({ path }));
        console.info('line', await popup.page.$eval('[data-testid="last-exit"]', (e) => (e as HTMLElement).innerText).catch(() => null));
      });
      console.info(await siteStorage(session.browser, help));
    } finally {
      await session.close().catch(() => undefined);
      await help.close();
      removeDirs(profile);
    }
  }, 180_000);
});
