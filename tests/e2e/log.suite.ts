import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'puppeteer-core';
import { axeViolations } from './support/axe';
import { PopupPage, withPopup as withPopupOf } from './support/popup-page';
import { typeInto } from './support/plan';
import type { BrowserSession } from './support/session';

const PASS = 'zomer fiets 17';
// What she writes; none of it may be found in extension storage.
const FIRST = 'Duwde mij tegen de kast';
const SECOND = 'Schreeuwde bij de voordeur';
const WITNESS = 'Buurvrouw Annelies';

async function openPlan(page: Page): Promise<string> {
  await page.waitForSelector('button[data-screen="plan"]');
  await page.click('button[data-screen="plan"]');
  await page.waitForFunction(() => {
    const s = document.querySelector('[data-testid="plan-screen"]')?.getAttribute('data-plan-state');
    return s && s !== 'loading';
  });
  return page.$eval('[data-testid="plan-screen"]', (e) => e.getAttribute('data-plan-state') ?? '');
}

/** A button pressed from the keyboard (focus, Enter), as a keyboard user would. */
async function press(page: Page, selector: string) {
  await page.focus(selector);
  await page.keyboard.press('Enter');
}

async function unlockToLog(page: Page) {
  await typeInto(page, '[data-testid="plan-passphrase"]', PASS);
  await page.keyboard.press('Enter');
  await showLog(page);
}

/** By keyboard: a sticky header can cover the part buttons for a mouse click at their centre. */
async function showLog(page: Page) {
  await page.waitForSelector('[data-part="log"]');
  await page.focus('[data-part="log"]');
  await page.keyboard.press('Enter');
  await page.waitForSelector('[data-testid="log-add"]');
}

/** datetime-local has no typing format common to both browsers: set its value as the form would. */
async function setDateTime(page: Page, value: string) {
  await page.$eval(
    '[data-testid="log-entry-form"] [data-log-field="at"]',
    (e, v) => {
      (e as HTMLInputElement).value = v as string;
      e.dispatchEvent(new Event('input', { bubbles: true }));
    },
    value,
  );
}

async function writeEntry(page: Page, at: string, what: string, witnesses?: string) {
  await press(page, '[data-testid="log-add"]');
  await page.waitForSelector('[data-testid="log-entry-form"]');
  await setDateTime(page, at);
  await typeInto(page, '[data-testid="log-entry-form"] [data-log-field="what"]', what);
  if (witnesses) await typeInto(page, '[data-testid="log-entry-form"] [data-log-field="witnesses"]', witnesses);
  await press(page, '[data-testid="log-entry-done"]');
}

function listed(page: Page): Promise<string[]> {
  return page.$$eval('[data-testid="log-list"] > li', (items) => items.map((li) => li.textContent ?? ''));
}

/** The incident log as a person uses it; run against each browser. */
export function describeLog(browserName: string, launch: () => Promise<BrowserSession>) {
  describe(`the incident log in ${browserName}`, () => {
    let session: BrowserSession;
    beforeAll(async () => {
      session = await launch();
    });
    afterAll(async () => {
      await session?.close();
    });
    const withPopup = (use: (popup: PopupPage) => Promise<void>) => withPopupOf(session, use);
    const storageText = async () => JSON.stringify((await session.traces()).storage);

    it('two entries, written newest first, reopen in date order after closing and unlocking; no plain text in storage', async () => {
      await withPopup(async (popup) => {
        expect(await openPlan(popup.page)).toBe('none');
        await typeInto(popup.page, '[data-testid="plan-new-passphrase"]', PASS);
        await typeInto(popup.page, '[data-testid="plan-confirm-passphrase"]', PASS);
        await popup.click('Begin mijn plan');
        await showLog(popup.page);
        await popup.page.waitForSelector('[data-testid="log-add"]');
        await writeEntry(popup.page, '2026-03-14T22:10', SECOND);
        // the last keystrokes of the second entry are handed over when the popup closes
        await writeEntry(popup.page, '2026-02-01T19:45', FIRST, WITNESS);
      });
      await withPopup(async (popup) => {
        expect(await openPlan(popup.page)).toBe('locked');
        await unlockToLog(popup.page);
        const items = await listed(popup.page);
        expect(items).toHaveLength(2);
        expect(items[0]).toContain('1 februari 2026, 19:45');
        expect(items[0]).toContain(FIRST);
        expect(items[1]).toContain('14 maart 2026, 22:10');
        expect(items[1]).toContain(SECOND);
        await press(popup.page, '[data-testid="log-list"] > li:first-child button.log-summary');
        const witnesses = await popup.page.$eval('[data-testid="log-entry-form"] [data-log-field="witnesses"]', (e) => (e as HTMLTextAreaElement).value);
        expect(witnesses).toBe(WITNESS);
        // the printable timeline holds both, oldest first
        const printed = await popup.page.$eval('.plan-print', (e) => e.textContent ?? '');
        expect(printed.indexOf(FIRST)).toBeGreaterThan(-1);
        expect(printed.indexOf(FIRST)).toBeLessThan(printed.indexOf(SECOND));
        if (session.kind === 'chromium') {
          // axe-core over the log with an entry open, then over the decision aid saying the danger is high
          expect(await axeViolations(popup.page)).toEqual([]);
          await press(popup.page, '[data-part="choices"]');
          await popup.page.waitForSelector('[data-sign="weapon"]');
          await popup.page.focus('[data-sign="weapon"]');
          await popup.page.keyboard.press(' ');
          await popup.page.waitForSelector('[data-testid="decision-high-danger"]');
          expect(await popup.page.$eval('[data-testid="decision-high-danger"]', (e) => e.textContent)).toContain('0800-2000');
          expect(await axeViolations(popup.page)).toEqual([]);
        }
      });
      const stored = await storageText();
      expect(stored).toContain('notes');
      for (const word of ['Duwde', 'voordeur', 'Annelies', '2026-02-01', '2026-03-14', PASS]) expect(stored).not.toContain(word);
    });

    it('quick exit applies her choice: kept when she chose to keep the plan, gone when she did not', async () => {
      const quickExit = () =>
        session.inBackground(
          session.kind === 'chromium' ? 'stilleHulpQuickExit()' : '(async () => (await browser.runtime.getBackgroundPage()).stilleHulpQuickExit())()',
        );
      const choose = async (keep: boolean) =>
        withPopup(async (popup) => {
          await popup.page.waitForSelector('button[data-screen="settings"]');
          await popup.page.click('button[data-screen="settings"]');
          await popup.page.waitForSelector('[data-testid="plan-choice"] input[name="plan-on-exit"]');
          const radios = await popup.page.$$('[data-testid="plan-choice"] input[name="plan-on-exit"]');
          await radios[keep ? 1 : 0]!.focus();
          await popup.page.keyboard.press(' ');
          await popup.page.waitForFunction(
            (i) => (document.querySelectorAll('[data-testid="plan-choice"] input[name="plan-on-exit"]')[i as number] as HTMLInputElement)?.checked,
            {},
            keep ? 1 : 0,
          );
          // the choice is stored asynchronously: wait until it is, as a person would not quick-exit within milliseconds
          for (let i = 0; i < 50 && (await session.traces()).storage.local.keepNotes !== keep; i++) await new Promise((r) => setTimeout(r, 100));
          expect((await session.traces()).storage.local.keepNotes).toBe(keep);
        });

      await choose(true);
      await quickExit();
      await withPopup(async (popup) => {
        expect(await openPlan(popup.page)).toBe('locked');
        await unlockToLog(popup.page);
        const items = await listed(popup.page);
        expect(items.map((t) => t.includes(FIRST) || t.includes(SECOND))).toEqual([true, true]);
      });

      await choose(false);
      await quickExit();
      const { storage } = await session.traces();
      expect(Object.keys(storage.local)).not.toContain('notes');
      await withPopup(async (popup) => {
        expect(await openPlan(popup.page)).toBe('none');
      });
    });
  });
}
