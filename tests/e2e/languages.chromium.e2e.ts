import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { saveShot } from './support/shots';
import { LANGUAGES } from '../../lib/i18n/languages';
import { launchChromium, type ChromiumSession } from './support/chromium';
import { PopupPage, withPopup as withPopupOf } from './support/popup-page';

/** A key that i18next shows when a text is missing, e.g. "ui.hub.title" or "service.call". */
const RAW_KEY = /\b(ui|directory|service|needs|hub|channel|emergency|nav)\.[a-z]/;

function localeFile<T>(code: string, namespace: string): T {
  return JSON.parse(readFileSync(resolve(import.meta.dirname, `../../locales/${code}/${namespace}.json`), 'utf8')) as T;
}
const uiText = (code: string) => localeFile<{ emergency: { question: string }; hub: { title: string } }>(code, 'ui');
const directoryText = (code: string) => localeFile<Record<string, { name: string }>>(code, 'directory');

describe('every language in the real Chromium popup', () => {
  let session: ChromiumSession;
  beforeAll(async () => {
    session = await launchChromium({ flavour: 'open' });
  });
  afterAll(async () => {
    await session?.close();
  });

  const withPopup = (use: (popup: PopupPage) => Promise<void>) => withPopupOf(session, use);

  it('offers the six languages, each by its own name', async () => {
    await withPopup(async (popup) => {
      expect(await popup.languageNames()).toEqual(LANGUAGES.map((l) => l.nativeName));
      expect(LANGUAGES.map((l) => l.code)).toEqual(['nl', 'en', 'tr', 'ar', 'pl', 'uk']);
    });
  });

  it.each(LANGUAGES.map((l) => [l.nativeName, l] as const))('%s: right direction, translated, no raw keys, no sideways scrolling', async (_name, language) => {
    await withPopup(async (popup) => {
      await popup.chooseLanguage(language.nativeName);
      const expected = uiText(language.code);
      await popup.page.waitForFunction((t) => document.body.innerText.includes(t), { timeout: 5_000 }, expected.hub.title);

      const text = await popup.text();
      expect(text).toContain(expected.emergency.question);
      expect(text).not.toMatch(RAW_KEY);
      expect(await popup.page.evaluate(() => document.documentElement.dir)).toBe(language.dir);
      expect(await popup.page.evaluate(() => getComputedStyle(document.body).direction)).toBe(language.dir);
      expect(await popup.serviceNames()).toContain(directoryText(language.code)['veilig-thuis']?.name);

      expect(await popup.horizontalOverflow(1)).toBeLessThanOrEqual(0);
      expect(await popup.horizontalOverflow(2)).toBeLessThanOrEqual(0);
      // Right-to-left content sticks out on the left, which horizontalOverflow does not see.
      const leftmost = await popup.page.evaluate(() =>
        Math.min(...[...document.body.querySelectorAll('*')].filter((e) => e.checkVisibility()).map((e) => e.getBoundingClientRect().left)),
      );
      expect(leftmost).toBeGreaterThanOrEqual(0);
    });
  });

  it.each(['nl', 'en', 'ar', 'tr'])('%s: the first view shows 112, the Veilig Thuis number, its hours and "free, anonymous possible"; the sections fit one row; Snel weg top right', async (code) => {
    await withPopup(async (popup) => {
      await popup.chooseLanguage(LANGUAGES.find((l) => l.code === code)!.nativeName);
      const ui = localeFile<{ emergency: { call: string }; service: { hours247: string; anonymousYes: string }; bill: Record<string, string> }>(code, 'ui');
      const seen = await popup.page.evaluate(() => {
        const inView = (el: Element | null) => {
          const box = el?.getBoundingClientRect();
          return box !== undefined && box.top >= 0 && box.bottom <= innerHeight && box.height > 0;
        };
        const first = '.directory__first [data-service="veilig-thuis"]';
        const tabs = [...document.querySelectorAll('.screen-nav__tab')].map((t) => t.getBoundingClientRect().top);
        const exit = document.querySelector('[data-testid="quick-exit"]')!.getBoundingClientRect();
        const body = document.body.getBoundingClientRect();
        return {
          emergency: inView(document.querySelector('[data-testid="emergency-call"]')) ? document.querySelector('[data-testid="emergency-call"]')!.textContent : null,
          number: inView(document.querySelector(`${first} .phone-call__number`)) ? document.querySelector(`${first} .phone-call__number`)!.textContent : null,
          bill: inView(document.querySelector(`${first} .phone-call__bill`)) ? document.querySelector(`${first} .phone-call__bill`)!.textContent : null,
          facts: inView(document.querySelector(`${first} .service-card__facts`)) ? document.querySelector(`${first} .service-card__facts`)!.textContent : null,
          navRows: new Set(tabs).size,
          navCount: tabs.length,
          exitRightGap: body.right - exit.right,
          exitTop: exit.top,
        };
      });
      expect(seen.emergency).toContain(ui.emergency.call);
      expect(seen.number).toBe('0800-2000');
      expect(seen.bill).toBe(ui.bill['off-bill']);
      expect(seen.facts).toContain(ui.service.hours247);
      expect(seen.facts).toContain(ui.service.anonymousYes);
      expect({ rows: seen.navRows, count: seen.navCount }).toEqual({ rows: 1, count: 6 });
      expect(seen.exitTop).toBeLessThan(20);
      expect(seen.exitRightGap).toBeLessThan(30);
      await popup.chooseLanguage('Nederlands');
    });
  });

  it('Arabic: the layout is mirrored, but every phone number still reads left to right', async () => {
    await withPopup(async (popup) => {
      await popup.chooseLanguage('العربية');
      await popup.page.waitForFunction(() => document.documentElement.dir === 'rtl');
      const numbers = await popup.page.$$eval('.phone-call__number', (els) =>
        els.map((el) => {
          const node = el.firstChild as Text;
          const range = document.createRange();
          const charX = (i: number) => {
            range.setStart(node, i);
            range.setEnd(node, i + 1);
            return range.getBoundingClientRect().left;
          };
          return { text: node.data, direction: getComputedStyle(el).direction, first: charX(0), last: charX(node.data.length - 1) };
        }),
      );
      expect(numbers.length).toBeGreaterThan(10);
      for (const n of numbers) {
        expect(n.direction, n.text).toBe('ltr');
        // The first digit is drawn left of the last: "0800-2000" is not shown as "2000-0800".
        expect(n.first, n.text).toBeLessThan(n.last);
      }
      expect(await popup.page.$$eval('.phone-call__number', (els) => els.map((e) => e.textContent))).toContain('0800-2000');

      // Back arrows point back: to the right.
      await popup.page.$eval('[data-site="veiligthuis.nl"]', (b) => (b as HTMLButtonElement).click());
      await popup.page.waitForSelector('[data-testid="open-site-dialog"] .back-arrow');
      const arrow = await popup.page.$eval('.back-arrow', (e) => getComputedStyle(e).transform);
      expect(arrow).toBe('matrix(-1, 0, 0, 1, 0, 0)');
      await popup.page.$eval('button[data-screen="help"]', (b) => (b as HTMLButtonElement).click());
      await popup.page.waitForSelector('[data-service="csg"] .service-card__website');

      // A button with Arabic words and a web address: the words first (on the right), the address after.
      const order = await popup.page.$eval('[data-service="csg"] .service-card__website', (button) => {
        const bdi = button.querySelector('bdi')!;
        const range = document.createRange();
        range.selectNodeContents(button.firstChild!);
        return { words: range.getBoundingClientRect().left, address: bdi.getBoundingClientRect().right, addressText: bdi.textContent };
      });
      expect(order.addressText).toBe('centrumseksueelgeweld.nl');
      expect(order.address).toBeLessThanOrEqual(order.words + 1);

      // Mirrored: the text of a service card's title sits against the card's right edge.
      const card = await popup.page.$eval('[data-service="veilig-thuis"]', (c) => {
        const box = c.getBoundingClientRect();
        const range = document.createRange();
        range.selectNodeContents(c.querySelector('h3')!);
        const title = range.getBoundingClientRect();
        return { gapRight: box.right - title.right, gapLeft: title.left - box.left };
      });
      expect(card.gapRight).toBeLessThan(card.gapLeft);

      await saveShot('languages/ar.png', (path) => popup.page.screenshot({ path }));
      await saveShot('languages/ar-card.png', async (path) => (await popup.page.$('[data-service="veilig-thuis"]'))!.screenshot({ path }));
      await popup.chooseLanguage('Nederlands');
    });
  });
});

describe("the first language is the browser's own", () => {
  it('a Turkish browser opens the popup in Turkish, with the globe and the word "language" in every language', async () => {
    const session = await launchChromium({ language: 'tr-TR' });
    try {
      await withPopupOf(session, async (popup) => {
        expect(await popup.page.evaluate(() => document.documentElement.lang)).toBe('tr');
        expect(await popup.text()).toContain(uiText('tr').emergency.question);
        const picker = await popup.page.$eval('.language-picker', (l) => ({ globe: l.querySelector('[data-pictogram="globe"]') !== null, words: l.textContent }));
        expect(picker.globe).toBe(true);
        for (const word of LANGUAGES.map((l) => l.languageWord)) expect(picker.words).toContain(word);
      });
    } finally {
      await session.close();
    }
  });
});
