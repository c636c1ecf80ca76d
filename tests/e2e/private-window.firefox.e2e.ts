import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'puppeteer-core';
import { axeViolations } from './support/axe';
import { launchFirefox, type FirefoxSession } from './support/firefox';
import { withPopup } from './support/popup-page';

/**
 * Firefox: the same as in Chromium where Firefox offers it. It does not let an extension open
 * about:addons, so the dialog gives the steps only. "Run in private windows" is set at install
 * in these tests (BiDi `moz:allowPrivateBrowsing`), as a person does in the add-on manager.
 * Run with SHOTS_DIR=dir to save screenshots (the popup page in a 400×600 tab).
 */
const SHOTS = process.env.SHOTS_DIR;

async function shoot(page: Page, name: string, from = '[data-testid="open-site-dialog"], [data-testid="private-return"]') {
  if (!SHOTS) return;
  await page.setViewport({ width: 400, height: 600 });
  const { top, height } = await page.$eval(from, (e) => ({ top: e.getBoundingClientRect().top + window.scrollY, height: e.getBoundingClientRect().bottom + window.scrollY }));
  const header = await page.$eval('.popup__header', (e) => e.getBoundingClientRect().height);
  for (let y = Math.max(0, top - header - 8), n = 1; n <= 5; y += 600 - header - 24, n++) {
    await page.evaluate((to) => window.scrollTo(0, to), y);
    await page.screenshot({ path: `${SHOTS}/${name}-${n}.png` });
    if (y + 600 >= height) break;
  }
}

const QUICK_EXIT = '(async () => (await browser.runtime.getBackgroundPage()).stilleHulpQuickExit())()';

describe('private windows in Firefox, not allowed', () => {
  let session: FirefoxSession;
  beforeAll(async () => {
    session = await launchFirefox();
  });
  afterAll(async () => {
    await session?.close();
  });

  it("the website dialog gives three steps with Firefox's own words, no button to a page Firefox refuses, and the check says it is off", async () => {
    await withPopup(session, async (popup) => {
      await popup.page.click('[data-site="veiligthuis.nl"]');
      await popup.page.waitForSelector('[data-testid="private-steps"][data-allowed="false"] li');
      const steps = await popup.page.$$eval('[data-testid="private-steps"] li', (lis) => lis.map((li) => li.textContent));
      expect(steps).toEqual([
        "Klik met de rechtermuisknop op het pictogram van deze extensie (in de werkbalk of onder het puzzelstukje). Kies 'Extensie beheren'.",
        "Kies bij 'Uitvoeren in privévensters' voor 'Toestaan'.",
        'Klik daarna weer op het pictogram van deze extensie. Dan zie je hier of het gelukt is.',
      ]);
      expect(await popup.page.$('[data-testid="open-private-settings"]')).toBeNull();
      await popup.click('Kijk of het aanstaat');
      await popup.page.waitForFunction(() => document.querySelector('[data-testid="private-check-result"]')?.textContent === 'Het staat nog uit. Volg de stappen en kijk daarna nog eens.');
      expect(await axeViolations(popup.page)).toEqual([]);
      await shoot(popup.page, 'firefox-nl-dialog-off');
      await popup.chooseLanguage('العربية');
      await popup.page.waitForFunction(() => document.querySelector('[data-testid="private-steps"] li:nth-child(2)')?.textContent?.includes('تشغيله في النوافذ الخاصة'));
      expect(await axeViolations(popup.page)).toEqual([]);
      await shoot(popup.page, 'firefox-ar-dialog-off');
      await popup.chooseLanguage('Nederlands');
    });
    // The next opening says what it found.
    await withPopup(session, async (popup) => {
      await popup.page.waitForSelector('[data-testid="private-return"][data-allowed="false"]');
      expect(await popup.text()).toContain('Nog niet gelukt: privévensters staan nog uit voor deze extensie.');
      await shoot(popup.page, 'firefox-nl-return-off');
    });
  });
});

describe('private windows in Firefox, allowed', () => {
  let session: FirefoxSession;
  beforeAll(async () => {
    session = await launchFirefox({ privateBrowsing: true });
  });
  afterAll(async () => {
    await session?.close();
  });

  it('a help website opens in a private window without a question', async () => {
    const privateWindows = () => session.inBackground<number>('browser.windows.getAll().then((ws) => ws.filter((w) => w.incognito).length)');
    expect(await privateWindows()).toBe(0);
    await withPopup(session, async (popup) => {
      await popup.page.click('[data-site="veiligthuis.nl"]');
      await expect.poll(privateWindows, { timeout: 10_000 }).toBe(1);
      expect(await popup.page.$('[data-testid="open-site-dialog"]')).toBeNull();
    });
    // The private window went to the help website (this machine reaches no network: the test proxy saw the request).
    await expect.poll(() => session.network.requests.filter((r) => r.includes('veiligthuis.nl')).length, { timeout: 30_000 }).toBeGreaterThan(0);
    await session.inBackground(QUICK_EXIT);
  });
});

describe('the first-run step of the disguised flavour in Firefox, private windows allowed', () => {
  let session: FirefoxSession;
  beforeAll(async () => {
    session = await launchFirefox({ flavour: 'disguised', privateBrowsing: true });
  });
  afterAll(async () => {
    await session?.close();
  });

  it('says private windows are on, and that this unlisted version is not synced to other computers', async () => {
    await withPopup(session, async (popup) => {
      await popup.page.waitForSelector('[data-testid="private-first-run"] [data-testid="private-on"]');
      const text = await popup.page.$eval('[data-testid="private-first-run"]', (e) => (e as HTMLElement).innerText);
      expect(text).toContain('Deze extensie mag werken in privévensters.');
      expect(text).toContain('Firefox zet haar daarom niet op andere computers met hetzelfde account.');
      expect(await axeViolations(popup.page)).toEqual([]);
      await shoot(popup.page, 'firefox-nl-first-run-on', '[data-testid="private-first-run"]');
      await popup.chooseLanguage('العربية');
      await popup.page.waitForFunction(() => document.querySelector('[data-testid="private-on"]')?.textContent?.includes('النوافذ الخاصة'));
      expect(await axeViolations(popup.page)).toEqual([]);
      await shoot(popup.page, 'firefox-ar-first-run-on', '[data-testid="private-first-run"]');
    });
  });
});
