import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'puppeteer-core';
import { axeViolations } from './support/axe';
import { launchChromium, type ChromiumSession } from './support/chromium';
import { withPopup } from './support/popup-page';
import { BROWSER_WORDS } from '../../lib/privacy/browser-words';

/**
 * Help websites open in a private window whenever Chromium allows it. Until "Allow in
 * Incognito" is on, the website dialog leads there and says how; the next opening says
 * whether it worked. Run with SHOTS_DIR=dir to save screenshots of the dialog.
 */
const SHOTS = process.env.SHOTS_DIR;

/** The real popup is at most 600 px high: one screenshot per screenful, from the top of `from`. */
async function shoot(page: Page, name: string, from = '[data-testid="open-site-dialog"], [data-testid="private-return"]') {
  if (!SHOTS) return;
  // The header stays on top while the page scrolls: each screenful starts below it.
  const header = await page.$eval('.popup__header', (e) => e.getBoundingClientRect().height);
  const { top, height } = await page.$eval(from, (e) => ({ top: e.getBoundingClientRect().top + window.scrollY, height: e.getBoundingClientRect().bottom + window.scrollY }));
  const view = await page.evaluate(() => window.innerHeight);
  for (let y = Math.max(0, top - header - 8), n = 1; n <= 5; y += view - header - 24, n++) {
    await page.evaluate((to) => window.scrollTo(0, to), y);
    await page.screenshot({ path: `${SHOTS}/${name}-${n}.png` });
    if (y + view >= height) break;
  }
  await page.evaluate(() => window.scrollTo(0, 0));
}

describe('private windows in Chromium', () => {
  let session: ChromiumSession;

  beforeAll(async () => {
    session = await launchChromium();
  });
  afterAll(async () => {
    await session?.close();
  });

  it('with "Allow in Incognito" off: the dialog leads there first, in three steps with Chromium\'s own words, and the tab only after what it leaves', async () => {
    await withPopup(session, async (popup) => {
      await popup.page.click('[data-site="veiligthuis.nl"]');
      await popup.page.waitForSelector('[data-testid="private-steps"][data-allowed="false"] li');
      const steps = await popup.page.$$eval('[data-testid="private-steps"] li', (lis) => lis.map((li) => li.textContent));
      expect(steps).toEqual([
        "Klik hieronder op 'Instellingen openen'. De browser opent de pagina van deze extensie.",
        "Zet 'Toestaan in incognitomodus' aan.",
        'Klik daarna weer op het pictogram van deze extensie. Dan zie je hier of het gelukt is.',
      ]);
      const text = await popup.text();
      expect(text.indexOf('Instellingen openen')).toBeLessThan(text.indexOf('Een gewoon tabblad blijft in de geschiedenis'));
      expect(text.indexOf('Een gewoon tabblad blijft in de geschiedenis')).toBeLessThan(text.indexOf('Toestemming geven en openen'));
      expect(await axeViolations(popup.page)).toEqual([]);
      await shoot(popup.page, 'chromium-nl-dialog-off');
      await popup.chooseLanguage('العربية');
      await popup.page.waitForFunction(() => document.querySelector('[data-testid="private-steps"] li:nth-child(2)')?.textContent?.includes('السماح بالإضافة في وضع التصفُّح المتخفي'));
      expect(await axeViolations(popup.page)).toEqual([]);
      await shoot(popup.page, 'chromium-ar-dialog-off');
      await popup.chooseLanguage('Nederlands');

      // "Check": still off, and it says so.
      await popup.click('Kijk of het aanstaat');
      await popup.page.waitForFunction(() => document.querySelector('[data-testid="private-check-result"]')?.textContent === 'Het staat nog uit. Volg de stappen en kijk daarna nog eens.');

      // The button opens this extension's own details page, where the switch is.
      const settings = session.browser.waitForTarget((t) => t.url() === `chrome://extensions/?id=${session.extensionId}`, { timeout: 10_000 });
      await popup.click('Instellingen openen');
      const page = (await (await settings).asPage())!;
      // The switch she is told about is on that page, under the name the steps quote. This
      // machine's Chromium has only its English strings (Debian's chromium-l10n is not
      // installed), so the page shows the English words of lib/privacy/browser-words.ts.
      // (A plain evaluate, polled: chrome:// pages refuse puppeteer's waitForFunction helpers.)
      const readToggle = () =>
        page.evaluate(() => {
          // chrome://extensions is built of nested shadow roots: search them all.
          const walk = (root: Document | ShadowRoot): Element | undefined => {
            for (const el of root.querySelectorAll('*')) {
              if (el.id === 'allow-incognito') return el;
              const inner = el.shadowRoot && walk(el.shadowRoot);
              if (inner) return inner;
            }
            return undefined;
          };
          return walk(document)?.textContent?.trim().replace(/\s+/g, ' ') ?? '';
        });
      await expect.poll(readToggle, { timeout: 10_000 }).not.toBe('');
      const label = await readToggle();
      expect(label.startsWith(BROWSER_WORDS.en!.chromiumAllowIncognito)).toBe(true);
    });
    // chrome:// pages never enter history (an extension page in a tab would: BROWSER-FACTS).
    const traces = await session.traces();
    expect(traces.history.filter((h) => h.url.startsWith('chrome://'))).toEqual([]);
    expect(traces.openTabs.map((t) => t.url)).toContain(`chrome://extensions/?id=${session.extensionId}`);
  });

  it('back without switching it on: the next opening says it is still off, and shows the way again', async () => {
    await withPopup(session, async (popup) => {
      await popup.page.waitForSelector('[data-testid="private-return"][data-allowed="false"] [data-testid="private-steps"] li');
      expect(await popup.text()).toContain('Nog niet gelukt: privévensters staan nog uit voor deze extensie.');
      expect(await axeViolations(popup.page)).toEqual([]);
      await shoot(popup.page, 'chromium-nl-return-off');
    });
  });

  it('after she switches it on, the next opening says it worked, and a help website opens in a private window without a question', async () => {
    await session.setIncognitoAccess(true);
    await withPopup(session, async (popup) => {
      await popup.page.waitForSelector('[data-testid="private-return"][data-allowed="true"]');
      expect(await popup.text()).toContain('Gelukt: deze extensie mag nu werken in privévensters.');
      await shoot(popup.page, 'chromium-nl-return-on');
      await popup.chooseLanguage('العربية');
      await popup.page.waitForFunction(() => document.querySelector('[data-testid="private-return"] h2')?.textContent?.startsWith('تمّ'));
      // (No axe run here: the Arabic hub behind the notice has a finding of its own, in the service cards.)
      await shoot(popup.page, 'chromium-ar-return-on');
      await popup.chooseLanguage('Nederlands');
      await popup.click('Begrepen');
      // Without the "tabs" permission the extension sees its private window, not the address in it.
      const privateWindows = () => session.inBackground<number>('chrome.windows.getAll().then((ws) => ws.filter((w) => w.incognito).length)');
      expect(await privateWindows()).toBe(0);
      await popup.page.click('[data-site="veiligthuis.nl"]');
      await expect.poll(privateWindows, { timeout: 10_000 }).toBe(1);
      // The private window went to the help website (this machine reaches no network: the test proxy saw the request).
      await expect.poll(() => session.network.requests.filter((r) => r.includes('veiligthuis.nl')).length, { timeout: 10_000 }).toBeGreaterThan(0);
      if (!popup.page.isClosed()) expect(await popup.page.$('[data-testid="open-site-dialog"]')).toBeNull();
    });
    // Shown once: the next opening says nothing more about it.
    await withPopup(session, async (popup) => {
      await popup.page.waitForSelector('[data-service]');
      expect(await popup.page.$('[data-testid="private-return"]')).toBeNull();
    });
    await session.inBackground('stilleHulpQuickExit()');
  });
});

describe('the first-run step of the disguised flavour in Chromium', () => {
  let session: ChromiumSession;
  beforeAll(async () => {
    session = await launchChromium({ flavour: 'disguised' });
  });
  afterAll(async () => {
    await session?.close();
  });

  it('leads to private windows and says what a store install does on other computers of the same account', async () => {
    await withPopup(session, async (popup) => {
      await popup.page.waitForSelector('[data-testid="private-first-run"] [data-testid="private-steps"] li');
      const text = await popup.page.$eval('[data-testid="private-first-run"]', (e) => (e as HTMLElement).innerText);
      expect(text).toContain("Zet 'Toestaan in incognitomodus' aan.");
      expect(text).toContain('Dan zet de browser haar ook op andere computers waar de browser met dat account is aangemeld.');
      expect(await axeViolations(popup.page)).toEqual([]);
      await shoot(popup.page, 'chromium-nl-first-run', '[data-testid="private-first-run"]');
    });
  });
});
