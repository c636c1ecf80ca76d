import type { Page } from 'puppeteer-core';
import { allowSitePermissions, allowThroughPrompt } from './support/permission-prompt';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { saveShot } from './support/shots';
import { launchChromium, type ChromiumSession } from './support/chromium';
import { siteStorage, startHelpSite, type HelpSite } from './support/help-site';
import { crash, crashListText } from './support/crash';
import { freshDir, removeDirs } from './support/paths';
import { PopupPage, withPopup } from './support/popup-page';
import { findTraces } from './support/traces';

/**
 * A real crash: the browser process is killed (SIGKILL, not a normal close) with a normal help tab
 * open on a page reached by a link, then started again on the same profile. What a person sees
 * then: history, open tabs, "Recently closed" (as the inspector reads it), cookies, site storage,
 * the extension's storage and permissions, and the line the help screen shows. Headful, for
 * Chromium's real permission prompt.
 *
 * Chromium writes to disk on its own timers (observed, Chromium 156): IndexedDB at once,
 * localStorage after a few seconds, cookies about every 30 s, and its Preferences file, which holds
 * the permissions an extension was given, about 10 s after a change. What was not written is lost
 * with the crash. So each test first reads the profile's files to know what the crash left.
 */


/** What Chromium has written to the profile's files (bytes found; read before and after the kill). */
function onDisk(profile: string, extensionId: string, site: HelpSite) {
  const bytes = (path: string) => {
    try {
      return readFileSync(path);
    } catch {
      return Buffer.alloc(0);
    }
  };
  const anyFile = (dir: string, text: string) => {
    try {
      return readdirSync(dir).some((f) => bytes(join(dir, f)).includes(text));
    } catch {
      return false;
    }
  };
  const profileDir = join(profile, 'Default');
  return {
    /** The optional permissions she gave. */
    grant: grantOnDisk(profile, extensionId),
    cookie: bytes(join(profileDir, 'Cookies')).includes('helpvisit'),
    localStorage: anyFile(join(profileDir, 'Local Storage', 'leveldb'), 'visited'),
    indexedDB: existsSync(join(profileDir, 'IndexedDB', `https_${site.host}_0.indexeddb.leveldb`)),
  };
}

/** Whether the profile's Preferences file holds a permission she gave the extension (by default the website permissions). */
function grantOnDisk(profile: string, extensionId: string, permission = 'browsingData'): boolean {
  try {
    const prefs = JSON.parse(readFileSync(join(profile, 'Default', 'Preferences'), 'utf8')) as { extensions: { settings: Record<string, { granted_permissions?: { api?: string[] } }> } };
    return prefs.extensions.settings[extensionId]?.granted_permissions?.api?.includes(permission) ?? false;
  } catch {
    return false;
  }
}


/** Opens the help site in a normal help tab from the extension, and follows its link to /chat. */
async function visitHelpSite(session: ChromiumSession, help: HelpSite): Promise<void> {
  await withPopup(session, async (p) =>
    void p.page
      .evaluate((url) => (globalThis as unknown as { chrome: { runtime: { sendMessage(m: unknown): Promise<unknown> } } }).chrome.runtime.sendMessage({ type: 'open-page', site: url, mode: 'tab' }), help.url)
      .catch(() => undefined),
  );
  const tab = await (await session.browser.waitForTarget((t) => t.url() === help.url, { timeout: 20_000 })).asPage();
  await tab.waitForSelector('a[href="/chat"]');
  await Promise.all([tab.waitForNavigation(), tab.click('a[href="/chat"]')]);
}

const granted = (session: ChromiumSession) => session.inBackground<boolean>("chrome.permissions.contains({ permissions: ['history', 'browsingData', 'tabs'] })");

/** Starts the browser again on the crashed profile and waits until the crash cleaning ended: its list gone, the permissions given back. */
async function restartAndWaitForCleaning(profile: string): Promise<ChromiumSession> {
  const session = await launchChromium({ profile });
  await expect
    .poll(async () => !(await granted(session)) && !('r' in (await session.inBackground<Record<string, unknown>>("chrome.storage.local.get('r')"))), {
      timeout: 30_000,
      interval: 500,
    })
    .toBe(true);
  return session;
}

/** The line the help screen shows the next time she opens it. */
async function lastExitLine(session: ChromiumSession, shot: string): Promise<string> {
  return withPopup(session, async (p) => {
    await p.page.waitForSelector('[data-testid="last-exit"]');
    await saveShot(`crash/${shot}`, (path) => p.page.screenshot({ path }));
    return (await p.page.$eval('[data-testid="last-exit"]', (e) => (e as HTMLElement).innerText)).replace(/\n+/g, '\n');
  });
}

describe('a browser that crashed with a normal help tab open (Chromium)', () => {
  it('she had the site open a while: at the next start nothing of it is left but "Recently closed", and she is told how to clear that', async () => {
    const profile = freshDir('crash-profile');
    const help = await startHelpSite();
    let session = await launchChromium({ headful: true, profile });
    try {
      await allowSitePermissions(session);
      await visitHelpSite(session, help);

      // The crash list: host names only, never a path.
      // (veiligthuis.nl too: "Give permission and open" opened it. d: a help tab showed more than the
      // front pages; written a moment after /chat loads.)
      await expect.poll(async () => JSON.parse(await crashListText(session))).toEqual({ h: expect.arrayContaining([help.host, 'veiligthuis.nl']), o: [], d: 1 });
      expect(await crashListText(session)).not.toContain('/');

      // As after a while on the site: wait until Chromium has written the permission and the
      // site's cookie, localStorage and IndexedDB to disk (the cookie takes up to about 30 s).
      const { extensionId } = session;
      await expect.poll(() => onDisk(profile, extensionId, help), { timeout: 60_000, interval: 500 }).toEqual({ grant: true, cookie: true, localStorage: true, indexedDB: true });
      await crash(session);

      session = await restartAndWaitForCleaning(profile);
      const helpHosts = [help.host, 'veiligthuis.nl'];
      const after = await session.traces();
      expect(after.openTabs.filter((t) => t.url.includes(help.host))).toEqual([]);
      // The one record: only "Recently closed" may be left. Chromium lists the crashed window
      // there (the crash test, 2026-12-07: https://hulp-1.test/chat once the session file was
      // written), and deleting a page from history drops a closed tab only when every page of it is
      // named; the crash list keeps host names only, and reading the closed tabs' pages needs the
      // `sessions` permission, which the website permissions do not include in Chromium (with it,
      // the tab goes: unit test). So Recently closed itself is not asserted here; that she is told is.
      expect(after.storage).toEqual({ local: { lastRun: { at: expect.any(Number), missed: ['recentlyClosed'], afterClose: true } }, session: {} });
      expect(findTraces({ ...after, recentlyClosed: [] }, { helpHosts, allowedStorage: { local: { lastRun: () => true } } })).toEqual([]);
      expect(await granted(session)).toBe(false);
      expect(await lastExitLine(session, 'after-crash-recently-closed.chromium.png')).toBe(
        'De browser ging dicht terwijl een hulpwebsite nog open was. Daarna kon de extensie niet alles weghalen. Doe dit zelf:\nOnlangs gesloten tabbladen: wis de geschiedenis van vandaag met Ctrl+Shift+Delete.',
      );
      // Last, as a checker would: the site's own storage, read on a page of the site that writes nothing.
      expect(await siteStorage(session.browser, help)).toEqual({ localStorage: 0, indexedDB: [] });
    } finally {
      await session.close().catch(() => undefined);
      await help.close();
      removeDirs(profile);
    }
  }, 180_000);

  it('with the sessions permission (given in the safety check) the crashed help tab goes from "Recently closed" too, and nothing is left', async () => {
    const profile = freshDir('crash-sessions-profile');
    const help = await startHelpSite();
    let session = await launchChromium({ headful: true, profile });
    try {
      await allowSitePermissions(session);
      // The safety check asks for `sessions` from its own click (to look for tab sync).
      const sessionsGranted = () => session.inBackground<boolean>("chrome.permissions.contains({ permissions: ['sessions'] })");
      let popup: Page | undefined;
      await allowThroughPrompt(
        session.display!,
        async () => {
          popup = await session.openPopup();
          await new PopupPage(popup).click('Check');
          await popup.waitForSelector('[data-testid="safety-sync-allow"]');
          await popup.click('[data-testid="safety-sync-allow"]');
        },
        sessionsGranted,
      );
      if (popup && !popup.isClosed()) await session.closePopup(popup);
      await visitHelpSite(session, help);

      // Also wait until Chromium's session file holds the help tab: then "Recently closed" lists it after the crash.
      const { extensionId } = session;
      const sessionFile = () => {
        const dir = join(profile, 'Default', 'Sessions');
        return existsSync(dir) && readdirSync(dir).some((f) => readFileSync(join(dir, f)).includes(`${help.host}/chat`));
      };
      await expect
        .poll(() => ({ ...onDisk(profile, extensionId, help), sessions: grantOnDisk(profile, extensionId, 'sessions'), sessionFile: sessionFile() }), { timeout: 60_000, interval: 500 })
        .toEqual({ grant: true, cookie: true, localStorage: true, indexedDB: true, sessions: true, sessionFile: true });
      await crash(session);

      session = await restartAndWaitForCleaning(profile);
      const after = await session.traces();
      expect(findTraces(after, { helpHosts: [help.host, 'veiligthuis.nl'] })).toEqual([]);
      expect(after.storage).toEqual({ local: {}, session: {} });
      // The safety check's permission goes back too, as at a quick exit.
      expect(await sessionsGranted()).toBe(false);
      expect(await siteStorage(session.browser, help)).toEqual({ localStorage: 0, indexedDB: [] });
    } finally {
      await session.close().catch(() => undefined);
      await help.close();
      removeDirs(profile);
    }
  }, 180_000);

  it('it crashed seconds after she gave the permission: the browser forgot it, and she is told what to remove by hand', async () => {
    // Chromium writes the permission to disk about 10 s after the grant, on a timer that an earlier
    // change may already have started: a run where it was written before the kill shows the case
    // above, not this one, so the scenario is tried again (at most three times).
    for (let attempt = 1; ; attempt++) {
      const profile = freshDir('crash-early-profile');
      let session = await launchChromium({ headful: true, profile });
      try {
        await allowSitePermissions(session);
        // The crash list is on disk ("Give permission and open" opened veiligthuis.nl in a normal tab).
        const { extensionId } = session;
        const listOnDisk = async () => {
          const stored = (await session.inBackground<Record<string, unknown>>("chrome.storage.local.get('r')")).r;
          const dir = join(profile, 'Default', 'Local Extension Settings', extensionId);
          return typeof stored === 'string' && existsSync(dir) && readdirSync(dir).some((f) => readFileSync(join(dir, f)).includes(stored));
        };
        await expect.poll(listOnDisk, { timeout: 10_000 }).toBe(true);
        await crash(session);
        if (grantOnDisk(profile, extensionId)) {
          console.info(`attempt ${attempt}: Chromium wrote the permission to disk before the kill`);
          if (attempt < 3) continue;
          throw new Error('Chromium wrote the permission to disk before the kill in three tries: this case was not reached');
        }

        session = await restartAndWaitForCleaning(profile);
        const after = await session.traces();
        // Nothing could be removed without the permissions: the one record says what, in the order of the help line.
        expect(after.storage).toEqual({ local: { lastRun: { at: expect.any(Number), missed: ['history', 'recentlyClosed', 'siteData', 'tabs'], afterClose: true } }, session: {} });
        expect(await lastExitLine(session, 'after-crash-permission-lost.chromium.png')).toBe(
          [
            'De browser ging dicht terwijl een hulpwebsite nog open was. Daarna kon de extensie niet alles weghalen. Doe dit zelf:',
            'Geschiedenis: open de geschiedenis (Ctrl+H) en verwijder de bezoeken aan hulpwebsites.',
            'Onlangs gesloten tabbladen: wis de geschiedenis van vandaag met Ctrl+Shift+Delete.',
            'Cookies en websitegegevens: wis ze met Ctrl+Shift+Delete.',
            'Kijk of er nog een venster of tabblad van een hulpwebsite open is, en sluit het.',
          ].join('\n'),
        );
        return;
      } finally {
        await session.close().catch(() => undefined);
        removeDirs(profile);
      }
    }
  }, 180_000);
});
