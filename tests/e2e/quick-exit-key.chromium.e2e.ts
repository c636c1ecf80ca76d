import { QUICK_EXIT_RECORD } from './support/traces';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { launchChromium, type ChromiumSession } from './support/chromium';
import { freshDir, removeDirs } from './support/paths';
import { PopupPage, withPopup } from './support/popup-page';

/** The quick-exit key as Chromium assigns it, and what the hub says when it is not assigned. */

const commands = (session: ChromiumSession) =>
  session.inBackground<Array<{ name: string; shortcut: string }>>('chrome.commands.getAll()').then((all) => all.filter((c) => c.name.startsWith('clear-all')).map(({ name, shortcut }) => ({ name, shortcut })));

/** Another extension that claims the same keys and is installed first: Chromium then leaves ours unset, silently. */
function keyThief(): string {
  const dir = freshDir('key-thief');
  mkdirSync(dir, { recursive: true });
  const suggested = (key: string) => ({ suggested_key: { default: key }, description: key });
  writeFileSync(
    join(dir, 'manifest.json'),
    JSON.stringify({
      manifest_version: 3,
      name: 'another extension',
      version: '1',
      background: { service_worker: 'bg.js' },
      commands: { one: suggested('Ctrl+Shift+1'), two: suggested('Ctrl+Shift+H') },
    }),
  );
  writeFileSync(join(dir, 'bg.js'), '');
  return dir;
}

describe('the quick-exit key in Chromium', () => {
  let session: ChromiumSession | undefined;
  const dirs: string[] = [];
  afterEach(async () => {
    await session?.close();
    removeDirs(...dirs.splice(0));
  });

  it('Chromium assigns the default keys, and the hub shows the key beside Snel weg', async () => {
    session = await launchChromium();
    expect(await commands(session)).toEqual([
      { name: 'clear-all', shortcut: 'Ctrl+Shift+1' },
      { name: 'clear-all-2', shortcut: 'Ctrl+Shift+H' },
    ]);
    await withPopup(session, async (popup) => {
      await popup.page.waitForSelector('[data-testid="quick-exit-key"]');
      expect(await popup.page.$eval('[data-testid="quick-exit-key"]', (k) => k.textContent)).toBe('Sneltoets voor Snel weg Ctrl+Shift+1');
      expect(await popup.page.$('[data-testid="key-notice"]')).toBeNull();
    });
  });

  it('when another extension took the keys first, the hub says so in one line and opens the shortcuts page for her', async () => {
    const thief = keyThief();
    dirs.push(thief);
    session = await launchChromium({ otherExtensions: [thief] });
    expect((await commands(session)).map((c) => c.shortcut)).toEqual(['', '']);
    const popup = await session.openPopup();
    await popup.waitForSelector('[data-testid="key-notice"]');
    const notice = await popup.$eval('[data-testid="key-notice"]', (n) => n.textContent);
    expect(notice).toContain('Snel weg heeft nog geen sneltoets.');
    expect(notice).toContain('druk op \u2066Ctrl+Shift+1\u2069');
    expect(await popup.$('[data-testid="quick-exit-key"]')).toBeNull();
    // One click: Chromium's own page where she sets the key opens (an extension may open it).
    const opened = session.browser.waitForTarget((t) => t.url().startsWith('chrome://extensions/shortcuts'), { timeout: 10_000 });
    await popup.click('[data-testid="key-fix"]');
    expect((await opened).url()).toBe('chrome://extensions/shortcuts');
  });
});

describe('practice in Chromium', () => {
  it('shows what a quick exit does (this window closes, the safe page comes to the front) and deletes nothing', async () => {
    const session = await launchChromium();
    try {
      await session.setIncognitoAccess(true);
      const helpWindow = await session.inBackground<number>("chrome.windows.create({ url: 'about:blank', incognito: true }).then((w) => w.id)");
      await session.inBackground(`chrome.storage.session.set({ windows: { windows: [${helpWindow}], tabs: [], hosts: [], urls: [] } })`);
      const popup = await session.openPopup();
      await new PopupPage(popup).chooseLanguage('Nederlands');
      await new PopupPage(popup).click('Instellingen');
      await popup.waitForSelector('[data-testid="practice-button"]');
      const text = await popup.$eval('[data-testid="exit-practice"]', (p) => p.textContent);
      expect(text).toContain('Bij oefenen wordt niets gewist.');
      expect(text).toContain('Je veiligheidsplan wordt gewist');
      const before = (await session.traces()).storage;
      const tabsBefore = (await session.traces()).openTabs.filter((t) => !t.incognito).length;
      await popup.click('[data-testid="practice-button"]');
      await expect.poll(() => popup.isClosed()).toBe(true);
      // The safe page (a new tab here) opens in the ordinary window; help stays open; nothing deleted.
      await expect.poll(async () => (await session.traces()).openTabs.filter((t) => !t.incognito).length).toBe(tabsBefore + 1);
      expect((await session.traces()).openTabs.filter((t) => !t.incognito).at(-1)?.url).toMatch(/^chrome:\/\/(newtab|new-tab-page)/);
      expect(await session.inBackground<number>('chrome.windows.getAll().then((ws) => ws.filter((w) => w.incognito).length)')).toBe(1);
      // Nothing deleted; the one thing written is the neutral record of the blank tab the practice showed (reused next time).
      const after = (await session.traces()).storage;
      const { tab, ...sessionAfter } = after.session;
      expect(QUICK_EXIT_RECORD.session.tab(tab)).toBe(true);
      expect({ local: after.local, session: sessionAfter }).toEqual(before);
    } finally {
      await session.close();
    }
  });
});
