import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchFirefox } from './support/firefox';
import { LOCAL_SITES, siteStorage, startHelpSite, type HelpSite } from './support/help-site';
import { withPopup } from './support/popup-page';
import { findTraces, QUICK_EXIT_RECORD } from './support/traces';
import { extensionPageStorage, type BrowserSession } from './support/session';

const QUICK_EXIT = '(async () => (await browser.runtime.getBackgroundPage()).stilleHulpQuickExit())()';

describe('quick exit in Firefox', () => {
  let session: BrowserSession;

  beforeAll(async () => {
    session = await launchFirefox();
  });
  afterAll(async () => {
    await session?.close();
  });

  it('quick exits without a safe page bring back the one empty New Tab the first one opened, not one more each time', async () => {
    const blankTabs = async () => (await session.traces()).openTabs.filter((t) => /^about:(newtab|home|blank)$/.test(t.url)).length;
    const before = await blankTabs();
    for (let i = 0; i < 3; i++) await session.inBackground(QUICK_EXIT);
    expect(await blankTabs()).toBe(before + 1);
  });

  it('without private windows: "Give permission and open" opens the site; every page of a normal tab, its site data and its "recently closed" entry are removed, and the permissions are given back', async () => {
    const other = await startHelpSite('Andere hulp');
    const help = await startHelpSite('Hulp bij geweld', other.url);
    try {
      await withPopup(session, async (popup) => {
        await popup.page.click('[data-site="veiligthuis.nl"]');
        await popup.page.waitForSelector('[data-testid="open-site-dialog"]');
        const warning = await popup.allText(); // with what is under "Hoe sta ik dit toe?"
        expect(warning).toContain('Uitvoeren in privévensters');
        expect(warning).toContain('toestemming nodig om te wissen');
        expect(await popup.text()).toContain('Kies \'Toestaan\'');
        // Firefox lets the extension forget closed tabs: no "recently closed" warning needed.
        expect(warning).not.toContain('Onlangs gesloten');
        await popup.page.click('[data-testid="allow-permissions"]'); // granted at once in tests (a pref)
      });
      // The site she chose opens by itself once permission is given.
      await expect.poll(async () => (await session.traces()).openTabs.filter((t) => t.url.includes('veiligthuis.nl')).length).toBe(1);

      // A site of the test's own, opened the same way, where she follows a link to another site.
      await withPopup(session, async (popup) => {
        const opened = await popup.page.evaluate(
          (url) => (globalThis as unknown as { browser: { runtime: { sendMessage(m: unknown): Promise<unknown> } } }).browser.runtime.sendMessage({ type: 'open-page', site: url, mode: 'tab' }),
          help.url,
        );
        expect(opened).toEqual({ status: 'opened', mode: 'tab' });
      });
          const findTab = async () => (await session.browser.pages()).find((p) => p.url() === help.url);
      await expect.poll(findTab).toBeDefined();
      const tab = (await findTab())!;
      await tab.waitForSelector('#elsewhere');
      await tab.click('#elsewhere');
      await expect.poll(() => other.visits.length).toBeGreaterThan(0);
      const helpHosts = [help.host, other.host, 'veiligthuis.nl'];
      await expect.poll(async () => findTraces(await session.traces(), { helpHosts }).filter((f) => f.startsWith('history'))).toEqual([]);

      await session.inBackground(QUICK_EXIT);

      const traces = await session.traces();
      expect(findTraces(traces, { helpHosts, allowedStorage: QUICK_EXIT_RECORD })).toEqual([]);
      expect(await extensionPageStorage(session)).toEqual({ localStorage: 0, indexedDB: [] });
      // The permissions are given back: the add-on's details list no history access any more.
      expect(await session.inBackground<string[]>('browser.permissions.getAll().then((p) => p.permissions)')).toEqual(['storage', 'idle', 'alarms']);
      // Last, as a checker would: the sites' own storage, read on the sites themselves.
      for (const visited of [help, other]) expect(await siteStorage(session.browser, visited), visited.host).toEqual({ localStorage: 0, indexedDB: [] });
    } finally {
      await help.close();
      await other.close();
    }
  });
});

describe('cookies of a parent domain (Firefox)', () => {
  it('a help site on www. that sets a cookie for its parent domain: quick exit removes that cookie too', async () => {
    const session = await launchFirefox();
    const site = await startHelpSite();
    const www = `www.${site.host}`;
    LOCAL_SITES.set(www, LOCAL_SITES.get(site.host)!);
    try {
      await withPopup(session, async (popup) => {
        await popup.click('Instellingen');
        await popup.click('Toestemming geven'); // granted at once in tests (a pref)
      });
      await withPopup(session, async (popup) => {
        const opened = await popup.page.evaluate(
          (url) => (globalThis as unknown as { browser: { runtime: { sendMessage(m: unknown): Promise<unknown> } } }).browser.runtime.sendMessage({ type: 'open-page', site: url, mode: 'tab' }),
          `https://${www}/`,
        );
        expect(opened).toEqual({ status: 'opened', mode: 'tab' });
      });
      const findTab = async () => (await session.browser.pages()).find((p) => p.url() === `https://${www}/`);
      await expect.poll(findTab).toBeDefined();
      await (await findTab())!.evaluate((domain) => void (document.cookie = `shared=1; domain=${domain}; path=/; max-age=86400`), site.host);
      const cookies = async () => (await session.traces()).cookies.filter((c) => c.domain.replace(/^\./, '') === site.host || c.domain === www);
      await expect.poll(async () => (await cookies()).map((c) => c.name).sort()).toEqual(['helpvisit', 'shared']);

      await session.inBackground(QUICK_EXIT);

      expect(await cookies()).toEqual([]);
    } finally {
      LOCAL_SITES.delete(www);
      await session.close();
      await site.close();
    }
  });
});

describe('quick exit in Firefox, with "Run in private windows" allowed', () => {
  let session: BrowserSession;
  let site: HelpSite;

  beforeAll(async () => {
    session = await launchFirefox({ privateBrowsing: true });
    site = await startHelpSite();
  });
  afterAll(async () => {
    await session?.close();
    await site?.close();
  });

  it('a help site opens in a private window, and quick exit leaves no trace', async () => {
    await withPopup(session, async (popup) => {
      // The same message the "Open website" button sends, for a site served by the test.
      const opened = await popup.page.evaluate(
        (url) => (globalThis as unknown as { browser: { runtime: { sendMessage(m: unknown): Promise<unknown> } } }).browser.runtime.sendMessage({ type: 'open-page', site: url, mode: 'private' }),
        site.url,
      );
      expect(opened).toEqual({ status: 'opened', mode: 'private' });
    });
    await expect.poll(() => site.visits.length).toBeGreaterThan(0);
    const during = await session.traces();
    expect(during.openTabs.filter((t) => t.url.includes(site.host))).toEqual([{ url: site.url, title: 'Hulp bij geweld', incognito: true }]);
    expect(during.history).toEqual([]); // a private window records no history

    await session.inBackground(QUICK_EXIT);

    const after = await session.traces();
    expect(after.openTabs.filter((t) => t.incognito)).toEqual([]);
    expect(findTraces(after, { helpHosts: [site.host], allowedStorage: QUICK_EXIT_RECORD })).toEqual([]);
  });
});

describe('the quick-exit key in Firefox', () => {
  it('without a key the hub says so, and one click sets Ctrl+Shift+1 (commands.update)', async () => {
    const session = await launchFirefox();
    try {
      const keys = () =>
        session.inBackground<Array<{ name: string; shortcut: string }>>('browser.commands.getAll()').then((all) => all.filter((c) => c.name.startsWith('clear-all')).map((c) => c.shortcut));
      // As when another add-on or a browser update took both keys: none is set.
      await session.inBackground("Promise.all(['clear-all', 'clear-all-2'].map((name) => browser.commands.update({ name, shortcut: '' })))");
      expect(await keys()).toEqual(['', '']);
      await withPopup(session, async (popup) => {
        await popup.page.waitForSelector('[data-testid="key-notice"]');
        expect(await popup.page.$eval('[data-testid="key-notice"]', (n) => n.textContent)).toContain('Snel weg heeft nog geen sneltoets.');
        await popup.page.click('[data-testid="key-fix"]');
        await popup.page.waitForSelector('[data-testid="quick-exit-key"]');
        expect(await popup.page.$eval('[data-testid="quick-exit-key"]', (k) => k.textContent)).toContain('Ctrl+Shift+1');
      });
      expect(await keys()).toEqual(['Ctrl+Shift+1', '']);
    } finally {
      await session.close();
    }
  });
});

describe('quick exit in Firefox with a real window and keyboard', () => {
  it('Firefox assigns both keys; the real Ctrl+Shift+1 closes a private help window and leaves no trace', async () => {
    const session = await launchFirefox({ privateBrowsing: true, headful: true });
    const site = await startHelpSite();
    try {
      await withPopup(session, async (popup) => {
        await popup.page.evaluate(
          (url) => (globalThis as unknown as { browser: { runtime: { sendMessage(m: unknown): Promise<unknown> } } }).browser.runtime.sendMessage({ type: 'open-page', site: url, mode: 'private' }),
          site.url,
        );
      });
      await expect.poll(async () => (await session.traces()).openTabs.filter((t) => t.incognito).length).toBe(1);

      const keys = await session.inBackground<Array<{ name: string; shortcut: string }>>('browser.commands.getAll()');
      expect(keys.filter((c) => c.name.startsWith('clear-all')).map((c) => c.shortcut)).toEqual(['Ctrl+Shift+1', 'Alt+Shift+X']);

      await session.display!.pressKeys('ctrl+shift+1');

      await expect.poll(async () => (await session.traces()).openTabs.filter((t) => t.incognito).length, { timeout: 10_000 }).toBe(0);
      expect(findTraces(await session.traces(), { helpHosts: [site.host], allowedStorage: QUICK_EXIT_RECORD })).toEqual([]);
    } finally {
      await session.close();
      await site.close();
    }
  });
});
