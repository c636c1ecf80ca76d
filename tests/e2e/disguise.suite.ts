import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'puppeteer-core';
import { findTraces } from './support/traces';
import { withPopup as withPopupOf } from './support/popup-page';
import type { BrowserSession } from './support/session';

const CODE = '2580';

async function typeKeys(page: Page, keys: string) {
  for (const key of keys) await page.click(`[data-key="${key === '*' ? '\\*' : key}"]`);
}
const display = (page: Page) => page.$eval('[data-testid="calc-display"]', (d) => d.textContent);

/** The disguised flavour as a person meets it: a calculator, with help behind her code. */
export function describeDisguise(browserName: string, launch: () => Promise<BrowserSession>) {
  describe(`the calculator disguise in ${browserName}`, () => {
    let session: BrowserSession;
    beforeAll(async () => {
      session = await launch();
    });
    afterAll(async () => {
      await session?.close();
    });

    const withPopup = (use: (page: Page) => Promise<void>) => withPopupOf(session, (popup) => use(popup.page));

    it('first run: explains the disguise and what it cannot hide, then sets the code', async () => {
      await withPopup(async (page) => {
        await page.waitForSelector('[data-testid="first-run"]');
        const text = await page.evaluate(() => document.body.innerText);
        expect(text).toContain('typ uw code op de rekenmachine en druk op =');
        expect(text).toContain('Wat de vermomming niet verbergt');
        await page.type('#cover-code', CODE);
        await page.type('#cover-code-again', '2581');
        await page.click('.first-run__form button[type="submit"]');
        await page.waitForSelector('[role="alert"]');
        await page.$eval('#cover-code-again', (i) => ((i as HTMLInputElement).value = ''));
        await page.click('#cover-code-again', { count: 3 });
        await page.keyboard.press('Backspace');
        for (let i = 0; i < 4; i++) await page.keyboard.press('Backspace');
        await page.type('#cover-code-again', CODE);
        await page.click('.first-run__form button[type="submit"]');
        await page.waitForSelector('[data-testid="emergency-call"]');
      });
      const { local } = (await session.traces()).storage;
      expect(JSON.stringify(local)).not.toContain(CODE);
      expect(local.coverCode).toMatchObject({ v: 1, iterations: 100000 });
    });

    it('opens on a calculator that calculates, also with a wrong code', async () => {
      await withPopup(async (page) => {
        await page.waitForSelector('[data-testid="calculator"]');
        expect(await page.evaluate(() => document.body.innerText)).not.toMatch(/hulp|help|112/i);
        await typeKeys(page, '12*3=');
        expect(await display(page)).toBe('36');
        await typeKeys(page, '1234=');
        expect(await display(page)).toBe('1234');
        expect(await page.$('[data-testid="emergency-call"]')).toBeNull();
        await page.keyboard.press('Escape');
        await page.keyboard.type('7/0');
        await page.keyboard.press('Enter');
        expect(await display(page)).toBe('Error');
      });
    });

    it('the right code and "=" open the help hub; reopening shows the calculator again', async () => {
      await withPopup(async (page) => {
        await page.waitForSelector('[data-testid="calculator"]');
        await typeKeys(page, `${CODE}=`);
        await page.waitForSelector('[data-testid="emergency-call"]');
        expect(await page.evaluate(() => document.body.innerText)).toContain('Bel 112');
      });
      await withPopup(async (page) => {
        await page.waitForSelector('[data-testid="calculator"]');
        expect(await page.$('[data-testid="emergency-call"]')).toBeNull();
      });
    });

    it('a quick exit keeps the disguise (the code) and nothing else, and leaves no history', async () => {
      await withPopup(async (page) => {
        await typeKeys(page, `${CODE}=`);
        await page.waitForSelector('[data-testid="quick-exit"]');
        await page.$eval('[data-testid="quick-exit"]', (b) => (b as HTMLButtonElement).click());
      }).catch(() => undefined); // the popup closes itself
      await expect
        .poll(async () => {
          const { local, session: sessionArea } = (await session.traces()).storage;
          return [Object.keys(local), Object.keys(sessionArea)];
        })
        .toEqual([['coverCode'], []]);
      const traces = await session.traces();
      expect(findTraces(traces, { helpHosts: [], allowedStorage: { local: { coverCode: traces.storage.local.coverCode } } })).toEqual([]);
      expect(traces.history).toEqual([]);
      await withPopup(async (page) => {
        await page.waitForSelector('[data-testid="calculator"]');
      });
    });
  });
}
