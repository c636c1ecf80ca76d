import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'puppeteer-core';
import { PopupPage, withPopup as withPopupOf } from './support/popup-page';
import type { BrowserSession } from './support/session';

/** Where the focused element is, once the page has stopped scrolling, against the sticky header. */
async function focusedBox(page: Page) {
  await page.waitForFunction(
    () =>
      new Promise<boolean>((done) => {
        const y = scrollY;
        requestAnimationFrame(() => requestAnimationFrame(() => done(scrollY === y)));
      }),
    { polling: 'mutation', timeout: 5_000 },
  ).catch(() => undefined);
  return page.evaluate(() => {
    const el = document.activeElement as HTMLElement;
    const header = document.querySelector('.popup__header')!;
    const box = el.getBoundingClientRect();
    return {
      what: `${el.tagName} ${(el.getAttribute('aria-label') ?? el.textContent ?? '').trim().slice(0, 40)}`,
      inHeader: header.contains(el),
      isBody: el === document.body,
      top: box.top,
      bottom: box.bottom,
      headerBottom: header.getBoundingClientRect().bottom,
      viewHeight: innerHeight,
    };
  });
}

/** Keyboard focus and scrolling as she meets them; run against each browser. */
export function describeFocus(browserName: string, launch: () => Promise<BrowserSession>, prepare: (page: Page) => Promise<void> = async () => undefined) {
  describe(`focus and scrolling in ${browserName}`, () => {
    let session: BrowserSession;
    beforeAll(async () => {
      session = await launch();
    });
    afterAll(async () => {
      await session?.close();
    });
    const withPopup = (use: (popup: PopupPage) => Promise<void>) =>
      withPopupOf(session, async (popup) => {
        await prepare(popup.page);
        await use(popup);
      });

    it('Shift+Tab through the whole hub: every focused control is below the sticky header and inside the window (WCAG 2.2 2.4.11)', async () => {
      await withPopup(async (popup) => {
        const hidden: string[] = [];
        let visited = 0;
        for (let i = 0; i < 150; i++) {
          await popup.page.keyboard.down('Shift');
          await popup.page.keyboard.press('Tab');
          await popup.page.keyboard.up('Shift');
          const box = await focusedBox(popup.page);
          if (box.isBody) continue;
          if (box.inHeader) {
            if (visited > 0) break; // round the whole page, back at the top
            continue;
          }
          visited++;
          if (box.top < box.headerBottom - 0.5 || box.bottom > box.viewHeight + 0.5) hidden.push(`${box.what}: ${Math.round(box.top)}–${Math.round(box.bottom)} (header ends at ${Math.round(box.headerBottom)})`);
        }
        expect(visited).toBeGreaterThan(20);
        expect(hidden).toEqual([]);
      });
    });

    it('after a filter click the filters and the count are in view, below the header', async () => {
      await withPopup(async (popup) => {
        await popup.page.click('[data-need="sexual-violence"]');
        await popup.page.waitForFunction(() => scrollY > 0);
        const view = await focusedBox(popup.page).then(() =>
          popup.page.evaluate(() => {
            const headerBottom = document.querySelector('.popup__header')!.getBoundingClientRect().bottom;
            const pressed = document.querySelector('.need-filter__option[aria-pressed="true"]')!.getBoundingClientRect();
            const count = document.querySelector('[data-testid="service-count"]')!.getBoundingClientRect();
            const legend = document.querySelector('.need-filter legend')!.getBoundingClientRect();
            return { headerBottom, legendTop: legend.top, pressedTop: pressed.top, countTop: count.top, countBottom: count.bottom, viewHeight: innerHeight };
          }),
        );
        expect(view.legendTop).toBeGreaterThanOrEqual(view.headerBottom);
        expect(view.pressedTop).toBeGreaterThanOrEqual(view.headerBottom);
        expect(view.countTop).toBeGreaterThanOrEqual(view.headerBottom);
        expect(view.countBottom).toBeLessThanOrEqual(view.viewHeight);
      });
    });

    it('a topic page opens at its top, and in Arabic its back arrow points right (to where reading starts), mirrored once', async () => {
      await withPopup(async (popup) => {
        const arrow = async () => {
          await popup.page.click('button[data-screen="topics"]');
          await popup.page.waitForSelector('[data-topic="home-violence"]');
          await popup.page.click('[data-topic="home-violence"]');
          await popup.page.waitForSelector('[data-topic-page] .topic-back-arrow');
          await focusedBox(popup.page);
          return popup.page.evaluate(() => {
            const span = document.querySelector('[data-topic-page] .topic-back-arrow')!;
            const button = span.closest('button')!;
            const arrowBox = span.getBoundingClientRect();
            const buttonBox = button.getBoundingClientRect();
            return {
              glyph: span.textContent!.trim(),
              transform: getComputedStyle(span).transform,
              // which end of the button the arrow sits at
              atRight: arrowBox.left + arrowBox.width / 2 > buttonBox.left + buttonBox.width / 2,
              scrollY,
              backVisible: buttonBox.top >= document.querySelector('.popup__header')!.getBoundingClientRect().bottom,
            };
          });
        };
        expect(await arrow()).toEqual({ glyph: '←', transform: 'none', atRight: false, scrollY: 0, backVisible: true });
        await popup.page.click('[data-testid="topic-back"]');
        await popup.page.waitForSelector('[data-topic="home-violence"]');
        await popup.page.evaluate(() => window.scrollTo(0, 0));
        await popup.chooseLanguage('العربية');
        expect(await arrow()).toEqual({ glyph: '→', transform: 'none', atRight: true, scrollY: 0, backVisible: true });
        await popup.page.evaluate(() => window.scrollTo(0, 0));
        await popup.chooseLanguage('Nederlands');
      });
    });
  });
}
