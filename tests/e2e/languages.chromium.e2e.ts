import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LANGUAGES } from '../../lib/i18n/languages';
import { launchChromium, type ChromiumSession } from './support/chromium';
import { PopupPage, withPopup as withPopupOf } from './support/popup-page';

/** A key that i18next shows when a text is missing, e.g. "ui.hub.title" or "service.call". */
const RAW_KEY = /\b(ui|directory|service|needs|hub|channel|emergency|nav)\.[a-z]/;
const SCREENSHOT = process.env.LANGUAGES_SCREENSHOT ?? '/tmp/ar.png';

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
      expect((await popup.callLinks()).map((l) => l.text)).toContain('0800-2000');

      // Mirrored: the text of a service card's title sits against the card's right edge.
      const card = await popup.page.$eval('[data-service="veilig-thuis"]', (c) => {
        const box = c.getBoundingClientRect();
        const range = document.createRange();
        range.selectNodeContents(c.querySelector('h3')!);
        const title = range.getBoundingClientRect();
        return { gapRight: box.right - title.right, gapLeft: title.left - box.left };
      });
      expect(card.gapRight).toBeLessThan(card.gapLeft);

      await popup.page.screenshot({ path: SCREENSHOT as `${string}.png` });
      const cardShot = SCREENSHOT.replace(/\.png$/, '-card.png') as `${string}.png`;
      await (await popup.page.$('[data-service="veilig-thuis"]'))!.screenshot({ path: cardShot });
      await popup.chooseLanguage('Nederlands');
    });
  });
});
