import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchFirefox } from './support/firefox';
import { startHelpSite, type HelpSite } from './support/help-site';
import { withPopup } from './support/popup-page';
import { findTraces } from './support/traces';
import type { BrowserSession } from './support/session';

const QUICK_EXIT = '(async () => (await browser.runtime.getBackgroundPage()).stilleHulpQuickExit())()';

describe('quick exit in Firefox', () => {
  let session: BrowserSession;
  let site: HelpSite;

  beforeAll(async () => {
    session = await launchFirefox();
    site = await startHelpSite();
  });
  afterAll(async () => {
    await session?.close();
    await site?.close();
  });

  it('without private windows: warns first, then, with the permissions given by a click, cleans a normal tab', async () => {
    await withPopup(session, async (popup) => {
      await popup.page.click('[data-site="veiligthuis.nl"]');
      await popup.page.waitForSelector('[data-testid="open-site-dialog"]');
      const warning = await popup.text();
      expect(warning).toContain('Uitvoeren in privévensters');
      expect(warning).toContain('geschiedenis en websitegegevens te wissen');
      // Told before anything opens: a closed tab may stay under "recently closed".
      expect(warning).toContain('Onlangs gesloten');
      await popup.page.click('[data-testid="allow-permissions"]');
      await popup.page.waitForSelector('[data-testid="open-in-tab"]');
      const opened = await popup.page.evaluate(
        (url) => (globalThis as unknown as { browser: { runtime: { sendMessage(m: unknown): Promise<unknown> } } }).browser.runtime.sendMessage({ type: 'open-help-site', site: url, mode: 'tab' }),
        site.url,
      );
      expect(opened).toEqual({ status: 'opened', mode: 'tab' });
    });
    await expect.poll(() => site.visits.length).toBeGreaterThan(0);
    await expect.poll(async () => (await session.traces()).openTabs.some((t) => t.url.includes(site.host))).toBe(true);

    await session.inBackground(QUICK_EXIT);

    const traces = await session.traces();
    expect(traces.openTabs.filter((t) => t.url.includes(site.host))).toEqual([]);
    expect(traces.history.filter((h) => h.url.includes(site.host))).toEqual([]);
    expect(traces.cookies.filter((c) => c.domain.includes('127.0.0.1'))).toEqual([]);
    expect(findTraces(traces, { helpHosts: [site.host] }).filter((f) => !f.startsWith('recently closed'))).toEqual([]);
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
        (url) => (globalThis as unknown as { browser: { runtime: { sendMessage(m: unknown): Promise<unknown> } } }).browser.runtime.sendMessage({ type: 'open-help-site', site: url, mode: 'private' }),
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
    expect(findTraces(after, { helpHosts: [site.host], allowedStorage: { local: {}, session: {} } })).toEqual([]);
  });
});

