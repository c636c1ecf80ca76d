import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'puppeteer-core';
import type { Flavour } from './support/paths';
import { startPlan } from './support/plan';
import { PopupPage, withPopup as withPopupOf } from './support/popup-page';
import type { BrowserSession } from './support/session';

/** What has the keyboard focus, and whether its focus ring shows. */
function focused(page: Page) {
  return page.evaluate(() => {
    const el = document.activeElement as HTMLElement;
    const style = getComputedStyle(el);
    return {
      screen: el.getAttribute('data-screen'),
      testId: el.getAttribute('data-testid'),
      site: el.getAttribute('data-site'),
      text: el.textContent?.trim() ?? '',
      ring: style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2,
    };
  });
}

/** Two frames after an element appeared: its screen's key listeners are attached (effects run after paint). */
const painted = (page: Page) => page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));

/**
 * Moves the focus with Tab, or with Shift+Tab when the element comes before the focused one, as
 * she does from a screen's heading back up to the section tabs. (Not round the end of the page:
 * in Firefox's stand-in tab that leaves the page for the browser's own toolbar.)
 */
async function reach(popup: PopupPage, selector: string, limit = 60): Promise<void> {
  const backwards = await popup.page.evaluate(
    (s) => !!document.activeElement && document.activeElement !== document.body && !!(document.activeElement.compareDocumentPosition(document.querySelector(s)!) & Node.DOCUMENT_POSITION_PRECEDING),
    selector,
  );
  if (!backwards) return void (await popup.tabTo(selector, limit));
  await popup.page.keyboard.down('Shift');
  try {
    for (let presses = 1; presses <= limit; presses++) {
      await popup.page.keyboard.press('Tab');
      if (await popup.page.evaluate((s) => document.activeElement?.matches(s) ?? false, selector)) return;
    }
  } finally {
    await popup.page.keyboard.up('Shift');
  }
  throw new Error(`${selector} cannot be reached with Shift+Tab`);
}

/**
 * A keyboard-only pass of every screen (issue 25): no mouse click anywhere. Run against each
 * browser; `launch` starts it with the given flavour, `prepare` sizes a stand-in popup tab.
 */
export function describeKeyboard(
  browserName: string,
  launch: (flavour: Flavour) => Promise<BrowserSession>,
  prepare: (page: Page) => Promise<void> = async () => undefined,
) {
  const withPopup = <T>(session: BrowserSession, use: (popup: PopupPage) => Promise<T>) =>
    withPopupOf(session, async (popup) => {
      await prepare(popup.page);
      return use(popup);
    });

  describe(`the popup with the keyboard only (${browserName}, open)`, () => {
    let session: BrowserSession;
    beforeAll(async () => {
      session = await launch('open');
    });
    afterAll(async () => {
      await session?.close();
    });

    it('Tab goes from Snel weg to the language, then the sections in reading order, each with a visible focus ring', async () => {
      await withPopup(session, async (popup) => {
        const order: string[] = [];
        for (let i = 0; i < 7; i++) {
          await popup.page.keyboard.press('Tab');
          const f = await focused(popup.page);
          expect(f.ring, f.text).toBe(true);
          order.push(f.testId ?? f.screen ?? f.text);
        }
        expect(order).toEqual(['quick-exit', 'language-picker', 'help', 'topics', 'plan', 'settings', 'about']);
      });
    });

    it('each section opens with Enter on its tab', async () => {
      const ready: Record<string, string> = {
        topics: '[data-topic]',
        plan: '[data-testid="plan-setup"]',
        settings: '[data-testid="quick-exit-settings"]',
        about: '[data-testid="about-installation"]',
        help: '[data-testid="service-count"]',
      };
      await withPopup(session, async (popup) => {
        for (const [screen, marker] of Object.entries(ready)) {
          await reach(popup, `button[data-screen="${screen}"]`);
          await popup.page.keyboard.press('Enter');
          await popup.page.waitForSelector(marker, { visible: true });
        }
      });
    });

    it('a topic opens with Enter and its back button returns with Enter', async () => {
      await withPopup(session, async (popup) => {
        await popup.tabTo('button[data-screen="topics"]');
        await popup.page.keyboard.press('Enter');
        await popup.page.waitForSelector('[data-topic]');
        await popup.tabTo('[data-topic="home-violence"]');
        await popup.page.keyboard.press('Enter');
        await popup.page.waitForSelector('[data-topic-page]');
        // The page's heading has the focus: the next Tab is the first control after it.
        expect(await popup.page.evaluate(() => document.activeElement?.id)).toBe('topic-title');
        await popup.page.keyboard.down('Shift');
        await popup.page.keyboard.press('Tab');
        await popup.page.keyboard.up('Shift');
        expect((await focused(popup.page)).testId).toBe('topic-back');
        await popup.page.keyboard.press('Enter');
        await popup.page.waitForSelector('[data-topic="home-violence"]');
      });
    });

    it('Enter submits the plan form; Esc cancels "delete my plan", and the focus returns to the button', async () => {
      await withPopup(session, async (popup) => {
        await popup.tabTo('button[data-screen="plan"]');
        await popup.page.keyboard.press('Enter');
        await startPlan(popup.page, 'een-lang-wachtwoord'); // types both fields and presses Enter
        await popup.tabTo('[data-testid="plan-delete"]', 200);
        await popup.page.keyboard.press('Enter');
        await popup.page.waitForSelector('[role="alertdialog"]');
        // the safe answer has the focus (moved there in the render after the question shows)
        await popup.page.waitForFunction(() => document.activeElement?.textContent?.trim() === 'Nee, terug', { timeout: 5000 }).catch(() => undefined);
        expect((await focused(popup.page)).text).toBe('Nee, terug');
        await popup.page.keyboard.press('Escape');
        await popup.page.waitForFunction(() => !document.querySelector('.plan-confirm'));
        // the focus comes back to the button in the render after the question closes
        await popup.page.waitForFunction(() => document.activeElement?.getAttribute('data-testid') === 'plan-delete', { timeout: 5000 }).catch(() => undefined);
        expect((await focused(popup.page)).testId).toBe('plan-delete');
        expect(await popup.page.$('[data-field="warningSigns"]')).not.toBeNull();
      });
    });

    it('Esc closes the website dialog, and the focus returns to the website button', async () => {
      await withPopup(session, async (popup) => {
        await popup.tabTo('[data-site="veiligthuis.nl"]');
        await popup.page.keyboard.press('Enter');
        await popup.page.waitForSelector('[data-testid="open-site-dialog"]');
        await popup.page.keyboard.press('Escape');
        await popup.page.waitForFunction(() => !document.querySelector('[data-testid="open-site-dialog"]'));
        await popup.page.waitForFunction(() => document.activeElement?.getAttribute('data-site') === 'veiligthuis.nl');
      });
    });
  });

  describe(`the calculator cover with the keyboard only, and without remembering the code (${browserName}, disguised)`, () => {
    let session: BrowserSession;
    beforeAll(async () => {
      session = await launch('disguised');
    });
    afterAll(async () => {
      await session?.close();
    });

    it('first run: the code form is the first thing to fill in, Enter saves it, and typing the code with Enter opens the help', async () => {
      await withPopup(session, async (popup) => {
        await popup.page.waitForSelector('[data-testid="first-run"] #cover-code', { visible: true });
        // The form is in the first view, not under the explanation (it was about 1,130 px down).
        const formTop = await popup.page.$eval('#cover-code', (e) => e.getBoundingClientRect().top);
        expect(formTop).toBeLessThan(await popup.page.evaluate(() => innerHeight));
        // Snel weg stays on one line beside the language list.
        const leave = await popup.page.$eval('[data-testid="quick-exit"]', (b) => ({ h: b.getBoundingClientRect().height, line: parseFloat(getComputedStyle(b).lineHeight) || 23 }));
        expect(leave.h).toBeLessThan(2 * leave.line);
        await popup.tabTo('#cover-code');
        await popup.page.keyboard.type('0428');
        await popup.page.keyboard.press('Tab');
        await popup.page.keyboard.type('0428');
        await popup.page.keyboard.press('Enter');
        await popup.page.waitForSelector('[data-testid="practice"] [data-testid="calc-display"]', { visible: true });
        await painted(popup.page);
        await popup.page.keyboard.type('0428');
        // The display drops the leading zero, as the first-run step says; the code still works.
        expect(await popup.page.$eval('[data-testid="calc-display"]', (e) => e.textContent)).toBe('428');
        await popup.page.keyboard.press('Enter');
        await popup.page.waitForSelector('[data-testid="emergency-call"]');
      });
    });

    it('Ctrl+V pastes the code (from a password app or a note) into the calculator; = then opens the help', async () => {
      await withPopup(session, async (popup) => {
        await popup.page.waitForSelector('[data-testid="calculator"]', { visible: true });
        await painted(popup.page);
        // Put the code on the clipboard as a copy elsewhere would (a field, selected, copied), then remove it.
        await popup.page.evaluate(() => {
          const field = document.createElement('textarea');
          field.value = '0428';
          document.body.append(field);
          field.select();
          document.execCommand('copy');
          field.remove();
          (document.activeElement as HTMLElement | null)?.blur();
        });
        await popup.page.keyboard.down('Control');
        await popup.page.keyboard.press('KeyV');
        await popup.page.keyboard.up('Control');
        await popup.page.waitForFunction(() => document.querySelector('[data-testid="calc-display"]')?.textContent === '428');
        await popup.page.keyboard.press('=');
        await popup.page.waitForSelector('[data-testid="emergency-call"]');
      });
    });
  });
}
