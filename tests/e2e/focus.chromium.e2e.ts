import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { describeFocus } from './focus.suite';
import { launchChromium, type ChromiumSession } from './support/chromium';

describeFocus('Chromium (the real popup)', () => launchChromium());

/**
 * 200 % zoom, with the browser's real zoom on the popup page in an 800 × 600 tab (a popup's
 * largest size): 400 × 300 CSS px. Headful, because headless Chromium hides scrollbars.
 */
describe('the popup at 200 % zoom (Chromium, real zoom and scrollbar)', () => {
  let session: ChromiumSession;
  beforeAll(async () => {
    session = await launchChromium({ headful: true });
  });
  afterAll(async () => {
    await session?.close();
  });

  it('nothing sits under the scrollbar, and the header is one line that takes less than a fifth of the height', async () => {
    const page = await session.browser.newPage();
    try {
      await page.setViewport({ width: 800, height: 600 });
      await page.goto(`${session.origin}/popup.html`);
      await page.waitForSelector('#app > .popup');
      // the browser's own zoom for this tab, as Ctrl+plus sets it
      await page.evaluate('new Promise((done) => chrome.tabs.getCurrent((tab) => chrome.tabs.setZoom(tab.id, 2, done)))');
      await page.waitForFunction(() => innerWidth <= 400);
      const m = await page.evaluate(() => {
        const box = (s: string) => document.querySelector(s)!.getBoundingClientRect();
        const visible = [...document.querySelectorAll('.popup *')].filter((e) => e.checkVisibility()).map((e) => e.getBoundingClientRect().right);
        return {
          scrollbar: innerWidth - document.documentElement.clientWidth,
          free: document.documentElement.clientWidth,
          rightmost: Math.max(...visible),
          header: box('.popup__header').height,
          height: innerHeight,
          sameLine: Math.abs(box('.popup__title').top + box('.popup__title').height / 2 - (box('[data-testid="quick-exit"]').top + box('[data-testid="quick-exit"]').height / 2)) < 4,
        };
      });
      expect(m.scrollbar).toBeGreaterThan(0); // a real scrollbar takes room here
      expect(m.rightmost).toBeLessThanOrEqual(m.free + 1);
      expect(m.header).toBeLessThan(m.height / 5);
      expect(m.sameLine).toBe(true);
    } finally {
      await page.close();
    }
  });
});
