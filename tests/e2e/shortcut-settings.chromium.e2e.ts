import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeViolations } from './support/axe';
import { launchChromium, type ChromiumSession } from './support/chromium';
import { withPopup } from './support/popup-page';

/**
 * Settings → Sneltoets in Chromium's real toolbar popup: a button opens Chromium's own
 * shortcuts page (no address to type), and that page leaves no row in the history. And merely
 * looking at Settings, where the private-window steps show, is not trying them: the next
 * opening says nothing about private windows. Run with SHOTS_DIR=dir to save screenshots.
 */
const SHOTS = process.env.SHOTS_DIR;

describe('Settings in Chromium', () => {
  let session: ChromiumSession;
  beforeAll(async () => {
    session = await launchChromium();
  });
  afterAll(async () => {
    await session?.close();
  });

  it('viewing Settings (the private-window steps show) does not make the next opening say "Nog niet gelukt"', async () => {
    await withPopup(session, async (popup) => {
      await popup.click('Instellingen');
      await popup.page.waitForSelector('[data-testid="quick-exit-settings"] [data-testid="private-steps"][data-allowed="false"] li');
      // The steps were shown (and that moment is on disk) ...
      await expect.poll(async () => (await session.traces()).storage.local.settingsAt ?? null, { timeout: 10_000 }).toEqual(expect.objectContaining({ tried: false }));
    });
    // ... and the next opening is the ordinary one.
    await withPopup(session, async (popup) => {
      await popup.page.waitForSelector('[data-service]');
      await expect.poll(async () => (await session.traces()).storage.local.settingsAt ?? null, { timeout: 10_000 }).toBeNull();
      expect(await popup.page.$('[data-testid="private-return"]')).toBeNull();
      expect(await popup.allText()).not.toContain('Nog niet gelukt');
      if (SHOTS) await popup.page.screenshot({ path: `${SHOTS}/chromium-nl-after-settings-viewed.png` });
    });
  });

  it('Sneltoets: "Sneltoets veranderen" opens chrome://extensions/shortcuts, and no history row appears', async () => {
    const before = await session.traces();
    await withPopup(session, async (popup) => {
      await popup.click('Instellingen');
      const part = await popup.page.waitForSelector('[data-testid="shortcut-change"]');
      expect(await part!.evaluate((e) => e.textContent)).toBe(
        'Op de pagina die de knop opent, klik je op het potlood en druk je op je nieuwe toetsen.Sneltoets veranderen',
      );
      expect(await popup.page.$eval('[data-testid="quick-exit-settings"]', (e) => e.textContent)).not.toContain('chrome://');
      expect(await axeViolations(popup.page)).toEqual([]);
      if (SHOTS) {
        await popup.page.$eval('[data-testid="shortcut"]', (e) => e.scrollIntoView({ block: 'start' }));
        await popup.page.evaluate(() => window.scrollBy(0, -80));
        await popup.page.screenshot({ path: `${SHOTS}/chromium-nl-settings-shortcut.png` });
        await popup.chooseLanguage('العربية');
        await popup.page.$eval('[data-testid="shortcut"]', (e) => e.scrollIntoView({ block: 'start' }));
        await popup.page.evaluate(() => window.scrollBy(0, -80));
        await popup.page.screenshot({ path: `${SHOTS}/chromium-ar-settings-shortcut.png` });
        await popup.chooseLanguage('Nederlands');
      }
      const opened = session.browser.waitForTarget((t) => t.url().startsWith('chrome://extensions/shortcuts'), { timeout: 10_000 });
      await popup.click('Sneltoets veranderen');
      expect((await opened).url()).toBe('chrome://extensions/shortcuts');
    });
    const after = await session.traces();
    expect(after.openTabs.map((t) => t.url)).toContain('chrome://extensions/shortcuts');
    // chrome:// pages never enter history: nothing new, and nothing of chrome:// at all.
    expect(after.history).toEqual(before.history);
    expect(after.history.filter((h) => h.url.startsWith('chrome://'))).toEqual([]);
  });
});
