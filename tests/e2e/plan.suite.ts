import { QUICK_EXIT_RECORD } from './support/traces';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'puppeteer-core';
import { clickSteady, PopupPage, withPopup as withPopupOf } from './support/popup-page';
import { openPlan, typeInto } from './support/plan';
import type { BrowserSession } from './support/session';

const PASS = 'lente boot 42';
// Words a person might type; none may be found in extension storage.
const WARNING = 'Zonnebloemveld ✊🏽 مرحبا <img src=x onerror=alert(1)>';
const CODE_WORD = 'Kwikstaartje';
const LAST_WORDS = 'Wolkenkrabber';

function planState(page: Page): Promise<string | null> {
  return page.$eval('[data-testid="plan-screen"]', (e) => e.getAttribute('data-plan-state'));
}

async function waitSaved(page: Page) {
  await page.waitForSelector('[data-testid="plan-save-state"][data-state="saved"]');
}

function fieldValue(page: Page, id: string): Promise<string> {
  return page.$eval(`[data-field="${id}"]`, (e) => (e as HTMLTextAreaElement).value);
}

async function unlock(page: Page, pass: string) {
  await page.$eval('[data-testid="plan-passphrase"]', (e) => ((e as HTMLInputElement).value = ''));
  await typeInto(page, '[data-testid="plan-passphrase"]', pass);
  await page.keyboard.press('Enter');
}

/** The safety plan as a person uses it; run against each browser. */
export function describePlan(browserName: string, launch: () => Promise<BrowserSession>) {
  describe(`the safety plan in ${browserName}`, () => {
    let session: BrowserSession;
    beforeAll(async () => {
      session = await launch();
    });
    afterAll(async () => {
      await session?.close();
    });

    const withPopup = (use: (popup: PopupPage) => Promise<void>) => withPopupOf(session, use);

    async function storageText(): Promise<string> {
      const traces = await session.traces();
      return JSON.stringify(traces.storage);
    }

    it('chooses a passphrase, fills some steps, and keeps them encrypted', async () => {
      await withPopup(async (popup) => {
        await openPlan(popup);
        expect(await planState(popup.page)).toBe('none');
        expect(await popup.text()).toContain('niemand je plan nog openen');
        await typeInto(popup.page, '[data-testid="plan-new-passphrase"]', PASS);
        await typeInto(popup.page, '[data-testid="plan-confirm-passphrase"]', PASS);
        await popup.click('Begin mijn plan');
        await popup.page.waitForSelector('[data-field="warningSigns"]');
        await typeInto(popup.page, '[data-field="warningSigns"]', WARNING);
        await clickSteady(popup.page, '[data-step="people"] summary');
        await typeInto(popup.page, '[data-field="codeWord"]', CODE_WORD);
        await clickSteady(popup.page, '[data-step="bag"] summary');
        await clickSteady(popup.page, '[data-check="permit"]');
        await waitSaved(popup.page);
        // advice says whose it is
        expect(await popup.page.$$eval('[data-source="nl-org"]', (e) => e.length)).toBeGreaterThan(0);
        expect(await popup.page.$$eval('[data-source="general"]', (e) => e.length)).toBeGreaterThan(0);
        // markup typed by the person is text, never an element
        expect(await popup.page.$$eval('.plan img', (e) => e.length)).toBe(0);
      });
      const stored = await storageText();
      expect(stored).toContain('notes');
      for (const word of ['Zonnebloemveld', 'onerror', 'مرحبا', CODE_WORD, PASS]) expect(stored).not.toContain(word);
    });

    it('keeps what was typed just before the popup closed', async () => {
      await withPopup(async (popup) => {
        await openPlan(popup);
        await unlock(popup.page, PASS);
        await popup.page.waitForSelector('[data-field="warningSigns"]');
        await clickSteady(popup.page, '[data-step="leaving"] summary');
        await typeInto(popup.page, '[data-field="route"]', LAST_WORDS);
      });
      await withPopup(async (popup) => {
        await openPlan(popup);
        expect(await planState(popup.page)).toBe('locked');
        await unlock(popup.page, PASS);
        await popup.page.waitForSelector('[data-field="route"]');
        expect(await fieldValue(popup.page, 'route')).toBe(LAST_WORDS);
      });
      expect(await storageText()).not.toContain(LAST_WORDS);
    });

    it('reopens locked; a wrong passphrase says so and changes nothing; the right one shows the text', async () => {
      const before = (await session.traces()).storage.local.notes;
      await withPopup(async (popup) => {
        await openPlan(popup);
        // The passphrase field takes focus: she can type at once.
        await popup.page.waitForFunction(() => document.activeElement?.getAttribute('data-testid') === 'plan-passphrase', { timeout: 3_000 });
        expect(await planState(popup.page)).toBe('locked');
        await unlock(popup.page, 'not my passphrase');
        await popup.page.waitForSelector('[data-testid="plan-unlock-error"]');
        expect(await popup.text()).toContain('Dit wachtwoord klopt niet. Je plan is niet veranderd.');
      });
      expect((await session.traces()).storage.local.notes).toEqual(before);
      await withPopup(async (popup) => {
        await openPlan(popup);
        await unlock(popup.page, PASS);
        await popup.page.waitForSelector('[data-field="warningSigns"]');
        expect(await fieldValue(popup.page, 'warningSigns')).toBe(WARNING);
        expect(await fieldValue(popup.page, 'codeWord')).toBe(CODE_WORD);
        expect(await popup.page.$eval('[data-check="permit"]', (e) => (e as HTMLInputElement).checked)).toBe(true);
      });
      const traces = await session.traces();
      expect(JSON.stringify(traces.storage.session)).not.toContain(CODE_WORD);
      expect(traces.history).toEqual([]);
      expect(session.extensionRequests).toEqual([]);
    });

    it('"delete my plan" asks once, then nothing of the plan is stored', async () => {
      await withPopup(async (popup) => {
        await openPlan(popup);
        await unlock(popup.page, PASS);
        // The locked screen has a delete button too: wait until the plan is open (unlocking takes
        // seconds on a busy machine), or the click lands on the locked screen's button, which
        // goes away with its question as the plan opens.
        await popup.page.waitForSelector('[data-field="warningSigns"]');
        await clickSteady(popup.page, '[data-testid="plan-delete"]');
        // The question comes with the next render: wait for it as a person does, then read it.
        await popup.page.waitForSelector('[data-testid="plan-screen"] [role="alertdialog"]', { visible: true });
        expect(await popup.text()).toContain('Weet je het zeker?');
        await popup.click('Ja, verwijder mijn plan');
        await popup.page.waitForFunction(() => document.querySelector('[data-testid="plan-screen"]')?.getAttribute('data-plan-state') === 'none');
      });
      const { storage } = await session.traces();
      expect(Object.keys(storage.local).filter((k) => k.startsWith('notes'))).toEqual([]);
      expect(storage.session).toEqual({});
    });

    it('a quick exit removes the plan: nothing of it remains', async () => {
      await withPopup(async (popup) => {
        await openPlan(popup);
        await typeInto(popup.page, '[data-testid="plan-new-passphrase"]', PASS);
        await typeInto(popup.page, '[data-testid="plan-confirm-passphrase"]', PASS);
        await popup.click('Begin mijn plan');
        await popup.page.waitForSelector('[data-field="warningSigns"]');
        await typeInto(popup.page, '[data-field="warningSigns"]', WARNING);
        await waitSaved(popup.page);
      });
      expect(Object.keys((await session.traces()).storage.local)).toContain('notes');
      // The same function the shortcut and the button call.
      await session.inBackground(
        session.kind === 'chromium' ? 'stilleHulpQuickExit()' : '(async () => (await browser.runtime.getBackgroundPage()).stilleHulpQuickExit())()',
      );
      const { storage } = await session.traces();
      expect(Object.keys(storage.local).filter((k) => k.startsWith('notes'))).toEqual([]);
      // Only the quick exit's own neutral record may stay (the blank tab it showed), nothing of the plan.
      expect(Object.keys(storage.session).filter((k) => !(k in QUICK_EXIT_RECORD.session))).toEqual([]);
      expect(JSON.stringify(storage.session)).not.toContain(WARNING);
      await withPopup(async (popup) => {
        await openPlan(popup);
        expect(await planState(popup.page)).toBe('none');
      });
    });
  });
}
