import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'puppeteer-core';
import { helpWordsIn } from './support/help-words';
import { findTraces, QUICK_EXIT_RECORD } from './support/traces';
import { withPopup as withPopupOf } from './support/popup-page';
import { bounded } from './support/bounded';
import type { BrowserSession } from './support/session';

/** A code with a leading zero: the calculator's display drops it, the code check must not. */
const CODE = '0428';

async function typeKeys(page: Page, keys: string) {
  for (const key of keys) await page.click(`[data-key="${key === '*' ? '\\*' : key}"]`);
}
const display = (page: Page) => page.$eval('[data-testid="calc-display"]', (d) => d.textContent);
/** Everything a person (or someone looking over her shoulder) can read: text, title, labels. */
const readable = (page: Page) =>
  page.evaluate(() => [document.title, document.body.textContent, ...[...document.querySelectorAll('[aria-label],[title]')].map((e) => `${e.getAttribute('aria-label')} ${e.getAttribute('title')}`)].join(' '));

/** The disguised flavour as a person meets it: a calculator, with help behind her code. */
export function describeDisguise(browserName: string, launch: () => Promise<BrowserSession>) {
  /** Storage keys other than the quick exit's own neutral record of its check (support/traces.ts). */
const withoutRecord = (area: Record<string, unknown>, name: 'local' | 'session') =>
  Object.keys(area)
    .filter((k) => !(k in QUICK_EXIT_RECORD[name]))
    .sort();

describe(`the calculator disguise in ${browserName}`, () => {
    let session: BrowserSession;
    beforeAll(async () => {
      session = await launch();
    });
    afterAll(async () => {
      await session?.close();
    });

    const withPopup = (use: (page: Page) => Promise<void>) => withPopupOf(session, (popup) => use(popup.page));
    /** Sends the popup's own message to the background, as its Snel weg button does. */
    const sendClear = (page: Page, times: number) =>
      page.evaluate((n) => {
        type Api = { runtime: { sendMessage(message: unknown): Promise<unknown> } };
        const g = globalThis as unknown as { browser?: Api; chrome?: Api };
        const api = (g.browser ?? g.chrome)!;
        for (let i = 0; i < n; i++) void api.runtime.sendMessage({ type: 'clear' }).catch(() => undefined);
      }, times);

    it('the first opening explains (with Snel weg and the limits); closed unfinished, the next opening is a plain calculator', async () => {
      await withPopup(async (page) => {
        await page.waitForSelector('[data-testid="first-run"]');
        const text = await page.evaluate(() => document.body.innerText);
        expect(text).toContain('typ je code op de rekenmachine en druk op =');
        expect(text).toContain('Wat de vermomming niet verbergt');
        expect(text).toContain('Chrome Web Store');
        expect(text).toContain('pincode van je bankpas');
        expect(await page.$('[data-testid="quick-exit"]')).not.toBeNull();
      });
      await withPopup(async (page) => {
        await page.waitForSelector('[data-testid="calculator"]');
        expect(helpWordsIn(await readable(page))).toEqual([]);
        await typeKeys(page, '1234=');
        expect(helpWordsIn(await readable(page))).toEqual([]);
        expect(await page.$('[data-testid="first-run"]')).toBeNull();
      });
    });

    it(`the keys shown in the setup bring it back; code ${CODE} is set, practised on the calculator, and the help opens at its top`, async () => {
      await withPopup(async (page) => {
        await page.waitForSelector('[data-testid="calculator"]');
        await typeKeys(page, '%%%=');
        await page.waitForSelector('[data-testid="first-run"]');
        await page.type('#cover-code', CODE);
        await page.type('#cover-code-again', '0429');
        await page.click('.first-run__form button[type="submit"]');
        await page.waitForSelector('[role="alert"]');
        await page.click('#cover-code-again', { count: 3 });
        for (let i = 0; i < 4; i++) await page.keyboard.press('Backspace');
        await page.type('#cover-code-again', CODE);
        await page.click('.first-run__form button[type="submit"]');
        await page.waitForSelector('[data-testid="practice"]');
        expect(await page.$('[data-testid="quick-exit"]')).not.toBeNull();
        await typeKeys(page, `${CODE}=`);
        await page.waitForSelector('[data-testid="emergency-call"]');
        expect(await page.evaluate(() => scrollY)).toBe(0);
      });
      const { local, session: sessionArea } = (await session.traces()).storage;
      expect(JSON.stringify(local)).not.toContain(CODE);
      expect(local.keypad).toMatchObject({ v: 1, iterations: 100000 });
      expect(helpWordsIn([...Object.keys(local), ...Object.keys(sessionArea)].join(' '))).toEqual([]);
    });

    it('opens on a calculator that calculates, also with a wrong code', async () => {
      await withPopup(async (page) => {
        await page.waitForSelector('[data-testid="calculator"]');
        expect(helpWordsIn(await readable(page))).toEqual([]);
        await typeKeys(page, '12*3=');
        expect(await display(page)).toBe('36');
        await typeKeys(page, '428=');
        expect(await display(page)).toBe('428');
        await typeKeys(page, '%%%=');
        expect(await page.$('[data-testid="emergency-call"]')).toBeNull();
        expect(await page.$('[data-testid="first-run"]')).toBeNull();
        await page.keyboard.press('Escape');
        await page.keyboard.type('7/0');
        await page.keyboard.press('Enter');
        expect(await display(page)).toBe('Error');
        expect(helpWordsIn(await readable(page))).toEqual([]);
      });
    });

    it('the right code and "=" open the help hub; reopening shows the calculator again', async () => {
      await withPopup(async (page) => {
        await page.waitForSelector('[data-testid="calculator"]');
        await page.keyboard.type(CODE);
        await page.keyboard.press('Enter');
        await page.waitForSelector('[data-testid="emergency-call"]');
        expect(await page.evaluate(() => document.body.innerText)).toContain('Bel 112');
      });
      await withPopup(async (page) => {
        await page.waitForSelector('[data-testid="calculator"]');
        expect(await page.$('[data-testid="emergency-call"]')).toBeNull();
      });
    });

    it('two quick exits at once keep the disguise (the code) and nothing else; the calculator still opens with the code', async () => {
      await withPopup(async (page) => {
        await typeKeys(page, `${CODE}=`);
        await page.waitForSelector('[data-testid="quick-exit"]');
        await sendClear(page, 2);
      }).catch(() => undefined); // the popup closes as the safe page comes to the front
      // Both runs finish: the same storage on two reads in a row (a second run may start just after the first).
      const keys = async () => {
        const { local, session: sessionArea } = (await session.traces()).storage;
        return JSON.stringify([withoutRecord(local, 'local'), withoutRecord(sessionArea, 'session')]);
      };
      const settled = JSON.stringify([['introSeen', 'keypad'], []]);
      await expect
        .poll(async () => (await keys()) === settled && (await new Promise((r) => setTimeout(r, 500))) === undefined && (await keys()) === settled)
        .toBe(true);
      const traces = await session.traces();
      const { introSeen, keypad } = traces.storage.local;
      // The quick exit's own record of its check (local:lastRun, session:tab) is allowed only when it says it removed everything.
      expect(findTraces(traces, { helpHosts: [], allowedStorage: { local: { introSeen, keypad, ...QUICK_EXIT_RECORD.local }, session: QUICK_EXIT_RECORD.session } })).toEqual([]);
      expect(traces.history).toEqual([]);
      await withPopup(async (page) => {
        await page.waitForSelector('[data-testid="calculator"]');
        expect(helpWordsIn(await readable(page))).toEqual([]);
        await typeKeys(page, `${CODE}=`);
        await page.waitForSelector('[data-testid="emergency-call"]');
      });
    });

    it('Snel weg on the hub keeps the code and leaves no history', async () => {
      await withPopup(async (page) => {
        await typeKeys(page, `${CODE}=`);
        await page.waitForSelector('[data-testid="quick-exit"]');
        await bounded('pressing Snel weg', page.$eval('[data-testid="quick-exit"]', (b) => (b as HTMLButtonElement).click()), 10_000);
      }).catch(() => undefined); // the real popup closes itself (Firefox's stand-in tab stays until closed)
      await expect.poll(async () => withoutRecord((await session.traces()).storage.local, 'local')).toEqual(['introSeen', 'keypad']);
      expect((await session.traces()).history).toEqual([]);
      await withPopup(async (page) => {
        await page.waitForSelector('[data-testid="calculator"]');
      });
    });
  });
}
