import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeViolations, smallTargets } from './support/axe';
import { launchChromium, type ChromiumSession } from './support/chromium';
import { withPopup, type PopupPage } from './support/popup-page';
import { startPlan } from './support/plan';

/** Opens a section and waits until its code and texts have arrived. */
async function open(popup: PopupPage, tab: string, ready: string): Promise<void> {
  await popup.click(tab);
  await popup.page.waitForSelector(ready);
}

/**
 * axe-core on every popup screen, in the real Chromium popup. Each screen is reached the way
 * a person reaches it; a new screen adds one entry here.
 */
const SCREENS: Array<[name: string, reach: (popup: PopupPage) => Promise<void>]> = [
  ['help hub', async () => undefined],
  ['help hub filtered', (p) => p.click('Seksueel geweld')],
  ['help hub with sources open', (p) => p.page.$eval('.service-card__sources summary', (s) => (s as HTMLElement).click())],
  ['topics', (p) => open(p, 'Onderwerpen', '[data-topic]')],
  ['a topic page', (p) => open(p, 'Onderwerpen', '[data-topic="home-violence"]').then(() => p.page.click('[data-topic="home-violence"]')).then(() => p.page.waitForSelector('[data-topic-page]').then(() => undefined))],
  ['safety plan', (p) => open(p, 'Mijn plan', '[data-testid="plan-screen"]')],
  ['settings', (p) => open(p, 'Instellingen', '[data-testid="quick-exit-settings"]')],
  ['website warning', (p) => p.page.click('[data-site="veiligthuis.nl"]').then(() => p.page.waitForSelector('[data-testid="open-site-dialog"]').then(() => undefined))],
  ['website warning with "how do I allow this?" open', (p) => p.page.$eval('[data-site="veiligthuis.nl"]', (b) => (b as HTMLElement).click()).then(() => p.page.waitForSelector('[data-testid="how-to-allow"] summary')).then((s) => s!.evaluate((e) => (e as HTMLElement).click()))],
  ['about', (p) => open(p, 'Over', '[data-testid="about-installation"]')],
  ['about with changes and guide open', (p) => open(p, 'Over', '[data-testid="about-installation"]').then(() => p.page.$$eval('.about details > summary', (ss) => ss.forEach((s) => (s as HTMLElement).click())))],
  ['safety plan with the decision aid and "Meer uitleg" open', (p) =>
    open(p, 'Mijn plan', '[data-testid="plan-setup"]').then(() => p.page.$$eval('.plan details > summary', (ss) => ss.forEach((s) => (s as HTMLElement).click())))],
  ['"Herken je dit?" with signs ticked', (p) =>
    open(p, 'Onderwerpen', '.topics__recognise, [data-topic]').then(async () => {
      const recognise = await p.page.$('.topics__recognise');
      if (!recognise) return;
      await recognise.click();
      await p.page.waitForSelector('[data-signal]');
      await p.page.$$eval('[data-signal]', (boxes) => boxes.slice(0, 2).forEach((b) => (b as HTMLElement).click()));
    })],
];

/** The open plan's three parts (one plan, made once for the three). */
const PLAN_PARTS: Array<[name: string, part: string]> = [
  ['open plan', 'plan'],
  ['open plan: what happened (empty, print disabled with its reason)', 'log'],
  ['open plan: what I find important, with advice and numbers with their cost', 'choices'],
];

describe('accessibility of every popup screen (Chromium)', () => {
  let session: ChromiumSession;
  beforeAll(async () => {
    session = await launchChromium();
  });
  afterAll(async () => {
    await session?.close();
  });

  it.each(SCREENS)('%s has no axe violations', async (_name, reach) => {
    await withPopup(session, async (popup) => {
      await reach(popup);
      expect(await axeViolations(popup.page)).toEqual([]);
    });
  });

  it.each(PLAN_PARTS)('%s has no axe violations', async (_name, part) => {
    await withPopup(session, async (popup) => {
      await popup.page.click('button[data-screen="plan"]');
      const state = await popup.page.waitForSelector('[data-plan-state="none"], [data-plan-state="locked"]');
      if (await state!.evaluate((e) => e.getAttribute('data-plan-state') === 'none')) await startPlan(popup.page, 'een-lang-wachtwoord');
      else {
        await popup.page.type('[data-testid="plan-passphrase"]', 'een-lang-wachtwoord');
        await popup.page.keyboard.press('Enter');
        await popup.page.waitForSelector('[data-field="warningSigns"]');
      }
      await popup.page.click(`[data-part="${part}"]`);
      if (part === 'choices') await popup.page.$$eval('[data-choice]', (boxes) => boxes.slice(0, 3).forEach((b) => (b as HTMLElement).click()));
      await popup.page.$$eval('.plan details > summary', (ss) => ss.forEach((s) => (s as HTMLElement).click()));
      expect(await axeViolations(popup.page)).toEqual([]);
    });
  });

  it('call links and buttons are at least 44×44 px', async () => {
    await withPopup(session, async (popup) => {
      expect(await smallTargets(popup.page, 'a[href^="tel:"], .popup button, .popup select')).toEqual([]);
    });
  });

  it('shows a visible focus ring on every control reached by Tab', async () => {
    await withPopup(session, async (popup) => {
      for (let i = 0; i < 12; i++) {
        await popup.page.keyboard.press('Tab');
        const outline = await popup.page.evaluate(() => {
          const el = document.activeElement as HTMLElement;
          const style = getComputedStyle(el);
          return { tag: el.tagName, width: parseFloat(style.outlineWidth), style: style.outlineStyle };
        });
        expect(outline.style, outline.tag).not.toBe('none');
        expect(outline.width, outline.tag).toBeGreaterThanOrEqual(2);
      }
    });
  });

  it('turns off motion when the person asks for reduced motion', async () => {
    await withPopup(session, async (popup) => {
      await popup.page.emulateMediaFeatures([{ name: 'prefers-reduced-motion', value: 'reduce' }]);
      const moving = await popup.page.$$eval('*', (els) =>
        els.filter((e) => parseFloat(getComputedStyle(e).transitionDuration) > 0 || getComputedStyle(e).animationName !== 'none').length,
      );
      expect(moving).toBe(0);
    });
  });
});

describe('accessibility of the calculator cover and its first run (Chromium, disguised)', () => {
  let session: ChromiumSession;
  beforeAll(async () => {
    session = await launchChromium({ flavour: 'disguised' });
  });
  afterAll(async () => {
    await session?.close();
  });

  it('the first-run step and the practice step have no axe violations', async () => {
    await withPopup(session, async (popup) => {
      await popup.page.waitForSelector('[data-testid="first-run"]');
      expect(await axeViolations(popup.page)).toEqual([]);
      await popup.page.type('#cover-code', '2580');
      await popup.page.type('#cover-code-again', '2580');
      await popup.page.click('.first-run__form button[type="submit"]');
      // Then one practice run: the new code on the calculator, then =.
      await popup.page.waitForSelector('[data-testid="practice"]');
      expect(await axeViolations(popup.page)).toEqual([]);
      for (const key of '2580=') await popup.page.click(`[data-key="${key}"]`);
      await popup.page.waitForSelector('[data-testid="emergency-call"]');
    });
  });

  it('the calculator has no axe violations and keys of at least 44×44 px', async () => {
    await withPopup(session, async (popup) => {
      await popup.page.waitForSelector('[data-testid="calculator"]');
      expect(await axeViolations(popup.page)).toEqual([]);
      expect(await smallTargets(popup.page, '.calc-key')).toEqual([]);
    });
  });
});
