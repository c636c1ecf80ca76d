import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { saveShot } from './support/shots';
import type { Page } from 'puppeteer-core';
import { axeViolations } from './support/axe';
import { PopupPage, withPopup as withPopupOf } from './support/popup-page';
import { typeInto } from './support/plan';
import type { BrowserSession } from './support/session';

export const PASS = 'zomer fiets 17';
// What she writes; none of it may be found in extension storage.
const FIRST = 'Duwde mij tegen de kast';
const FIRST_TYPO = 'Duwde mij tegen de kats';
const SECOND = 'Schreeuwde bij de voordeur';
const WITNESS = 'Buurvrouw Annelies';

export async function openPlan(page: Page): Promise<string> {
  await page.waitForSelector('button[data-screen="plan"]');
  await page.click('button[data-screen="plan"]');
  await page.waitForFunction(() => {
    const s = document.querySelector('[data-testid="plan-screen"]')?.getAttribute('data-plan-state');
    return s && s !== 'loading';
  });
  return page.$eval('[data-testid="plan-screen"]', (e) => e.getAttribute('data-plan-state') ?? '');
}

/** A button pressed from the keyboard (focus, Enter), as a keyboard user would. */
export async function press(page: Page, selector: string) {
  await page.focus(selector);
  await page.keyboard.press('Enter');
}

export async function unlockToLog(page: Page) {
  await typeInto(page, '[data-testid="plan-passphrase"]', PASS);
  await page.keyboard.press('Enter');
  await showLog(page);
}

/** By keyboard: a sticky header can cover the part buttons for a mouse click at their centre. */
export async function showLog(page: Page) {
  await page.waitForSelector('[data-part="log"]');
  await page.focus('[data-part="log"]');
  await page.keyboard.press('Enter');
  await page.waitForSelector('[data-testid="log-add"]');
}

/** Fills the open form's date as she would: day, month, year and time typed into their boxes. */
export async function typeDate(page: Page, [day, month, year, time]: [string, string, string, string]) {
  for (const [part, value] of [['day', day], ['month', month], ['year', year], ['time', time]] as const) {
    const selector = `[data-testid="log-entry-form"] [data-log-date="${part}"]`;
    await page.$eval(selector, (e) => (e as HTMLInputElement).select());
    await page.keyboard.press('Backspace');
    if (value) await typeInto(page, selector, value);
  }
}

export async function saveEntry(page: Page) {
  await press(page, '[data-testid="log-entry-save"]');
  await page.waitForSelector('[data-testid="log-entry-form"]', { hidden: true });
}

export async function writeEntry(page: Page, date: [string, string, string, string], what: string, witnesses?: string) {
  await press(page, '[data-testid="log-add"]');
  await page.waitForSelector('[data-testid="log-entry-form"]');
  await typeDate(page, date);
  await typeInto(page, '[data-testid="log-entry-form"] [data-log-field="what"]', what);
  if (witnesses) await typeInto(page, '[data-testid="log-entry-form"] [data-log-field="witnesses"]', witnesses);
  await saveEntry(page);
}

/** Changes the entry at `index` in the list (0 = oldest): its date and what happened. */
export async function editEntry(page: Page, index: number, date: [string, string, string, string], what: string) {
  const row = `[data-testid="log-list"] > li:nth-child(${index + 1})`;
  if (!(await page.$(`${row} [data-testid="log-entry-edit"]`))) await press(page, `${row} button.log-summary`);
  await press(page, `${row} [data-testid="log-entry-edit"]`);
  await page.waitForSelector('[data-testid="log-entry-form"]');
  await typeDate(page, date);
  await page.$eval('[data-testid="log-entry-form"] [data-log-field="what"]', (e) => (e as HTMLTextAreaElement).select());
  await page.keyboard.press('Backspace');
  await typeInto(page, '[data-testid="log-entry-form"] [data-log-field="what"]', what);
  await saveEntry(page);
}

/** With SHOTS_DIR set: a picture of `selector` (or the whole popup) in its log/ folder, for people to look at. */
function shot(page: Page, name: string, kind: string, selector?: string) {
  return saveShot(`log/${name}-${kind}.png`, async (path) => {
    const element = selector ? await page.$(selector) : null;
    if (element) {
      await element.scrollIntoView();
      await element.screenshot({ path });
    } else await page.screenshot({ path });
  });
}

export async function chainState(page: Page): Promise<{ state: string; receipt: string }> {
  await page.waitForFunction(() => {
    const s = document.querySelector('[data-testid="log-chain"]')?.getAttribute('data-state');
    return s === 'intact' || s === 'broken';
  });
  return page.evaluate(() => ({
    state: document.querySelector('[data-testid="log-chain"]')!.getAttribute('data-state') ?? '',
    receipt: document.querySelector('[data-testid="log-receipt"]')?.textContent ?? '',
  }));
}

export function listed(page: Page): Promise<string[]> {
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

    it('two entries written newest first, one edited: both times, the edit trail and fingerprints; after reopening the chain verifies; no plain text in storage', async () => {
      let receipt = '';
      await withPopup(async (popup) => {
        expect(await openPlan(popup.page)).toBe('none');
        await typeInto(popup.page, '[data-testid="plan-new-passphrase"]', PASS);
        await typeInto(popup.page, '[data-testid="plan-confirm-passphrase"]', PASS);
        await popup.click('Begin mijn plan');
        await showLog(popup.page);
        await writeEntry(popup.page, ['14', '3', '2026', '22:10'], SECOND);
        await writeEntry(popup.page, ['1', '2', '2026', '19:45'], FIRST_TYPO, WITNESS);
        if (process.env.SHOTS_DIR) {
          await press(popup.page, '[data-testid="log-add"]');
          await popup.page.waitForSelector('[data-testid="log-entry-form"]');
          await typeDate(popup.page, ['31', '2', '2026', '']);
          await typeInto(popup.page, '[data-testid="log-entry-form"] [data-log-field="what"]', 'Hij pakte mijn telefoon af');
          await popup.page.$eval('[data-testid="log-entry-form"]', (e) => e.scrollIntoView());
          await shot(popup.page, 'entry-form', session.kind);
          await press(popup.page, '[data-testid="log-entry-save"]');
          await popup.page.waitForSelector('[data-testid="log-date-error"]');
          await shot(popup.page, 'date-error', session.kind, '[data-testid="log-date"]');
          await press(popup.page, '[data-testid="log-entry-cancel"]');
        }
        // the first entry is corrected: the earlier text and date stay
        await editEntry(popup.page, 0, ['1', '2', '2026', '19:40'], FIRST);
        const items = await listed(popup.page);
        expect(items[0]).toContain('1 februari 2026, 19:40');
        expect(items[0]).toContain('(gewijzigd)');
        const trail = await popup.page.$eval('[data-testid="log-trail"]', (e) => e.textContent ?? '');
        expect(trail).toMatch(/Geschreven op .+ \(klok van deze computer\)\. Vingerafdruk: [0-9a-f]{4} [0-9a-f]{4}/);
        expect(trail).toMatch(/Gewijzigd op .+\. Eerdere tekst:/);
        expect(trail).toContain('Eerder ingevuld als gebeurd op: zondag 1 februari 2026, 19:45');
        expect(trail).toContain(FIRST_TYPO);
        ({ receipt } = await chainState(popup.page));
        await shot(popup.page, 'edit-trail', session.kind, '[data-testid="log-list"] > li:first-child');
        await shot(popup.page, 'chain-receipt', session.kind, '[data-testid="log-chain"]');
        await shot(popup.page, 'log-popup', session.kind);
        expect(receipt).toMatch(/^[0-9a-f]{4} [0-9a-f]{4} [0-9a-f]{4}$/);
        // what the print window shows is checked in log.print.*.e2e.ts (printing opens a window)
      });
      await withPopup(async (popup) => {
        expect(await openPlan(popup.page)).toBe('locked');
        await unlockToLog(popup.page);
        const items = await listed(popup.page);
        expect(items).toHaveLength(2);
        expect(items[0]).toContain('1 februari 2026, 19:40');
        expect(items[0]).toContain(FIRST);
        expect(items[1]).toContain('14 maart 2026, 22:10');
        expect(items[1]).toContain(SECOND);
        // reopened and unlocked, the chain verifies, with the same receipt
        expect(await chainState(popup.page)).toEqual({ state: 'intact', receipt });
        await press(popup.page, '[data-testid="log-list"] > li:first-child button.log-summary');
        await press(popup.page, '[data-testid="log-list"] > li:first-child [data-testid="log-entry-edit"]');
        const witnesses = await popup.page.$eval('[data-testid="log-entry-form"] [data-log-field="witnesses"]', (e) => (e as HTMLTextAreaElement).value);
        expect(witnesses).toBe(WITNESS);
        await press(popup.page, '[data-testid="log-entry-cancel"]');
        if (session.kind === 'chromium') {
          // axe-core over the log with an entry open, the form with a date error, then the decision aid saying the danger is high
          await press(popup.page, '[data-testid="log-list"] > li:first-child button.log-summary');
          expect(await axeViolations(popup.page)).toEqual([]);
          await press(popup.page, '[data-testid="log-add"]');
          await popup.page.waitForSelector('[data-testid="log-entry-form"]');
          await typeDate(popup.page, ['31', '2', '2026', '']);
          await press(popup.page, '[data-testid="log-entry-save"]');
          await popup.page.waitForSelector('[data-testid="log-date-error"][data-problem="impossible"]');
          expect(await axeViolations(popup.page)).toEqual([]);
          await press(popup.page, '[data-testid="log-entry-cancel"]');
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
      for (const word of ['Duwde', 'voordeur', 'Annelies', '2026-02-01', '2026-03-14', receipt.slice(0, 4) + receipt.slice(5, 9), PASS]) expect(stored).not.toContain(word);
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

/** Fills a text field at once (typing 2,000 characters key by key would take minutes). */
async function fillLong(page: Page, selector: string, text: string) {
  await page.$eval(
    selector,
    (e, v) => {
      (e as HTMLTextAreaElement).value = v as string;
      e.dispatchEvent(new Event('input', { bubbles: true }));
    },
    text,
  );
}

const LONG = `${'Hij schreeuwde dat ik niets waard ben en gooide met de stoelen. '.repeat(31)}EINDE-LANG`.slice(-2000);

/** A new plan with three entries, one edited, and a third with full texts that makes the timeline run over several pages. */
export async function writeLongTimeline(popup: Page): Promise<void> {
    await openPlan(popup);
    await typeInto(popup, '[data-testid="plan-new-passphrase"]', PASS);
    await typeInto(popup, '[data-testid="plan-confirm-passphrase"]', PASS);
    await popup.keyboard.press('Enter');
    await showLog(popup);
    await writeEntry(popup, ['14', '3', '2026', '22:10'], 'Schreeuwde bij de voordeur');
    await writeEntry(popup, ['1', '2', '2026', '19:45'], 'Duwde mij tegen de kats');
    await editEntry(popup, 0, ['1', '2', '2026', '19:40'], 'Duwde mij tegen de kast');
    await press(popup, '[data-testid="log-add"]');
    await popup.waitForSelector('[data-testid="log-entry-form"]');
    await fillLong(popup, '[data-testid="log-entry-form"] [data-log-field="what"]', LONG);
    await fillLong(popup, '[data-testid="log-entry-form"] [data-log-field="injuries"]', LONG);
    await press(popup, '[data-testid="log-entry-save"]');
    await popup.waitForSelector('[data-testid="log-entry-form"]', { hidden: true });
}
