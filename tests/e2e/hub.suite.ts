import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findTraces } from './support/traces';
import { PopupPage, withPopup as withPopupOf } from './support/popup-page';
import type { BrowserSession } from './support/session';

/** The help hub as a person uses it; run against each browser. */
export function describeHub(browserName: string, launch: () => Promise<BrowserSession>) {
  describe(`the help hub in ${browserName}`, () => {
    let session: BrowserSession;
    beforeAll(async () => {
      session = await launch();
    });
    afterAll(async () => {
      await session?.close();
    });

    const withPopup = (use: (popup: PopupPage) => Promise<void>) => withPopupOf(session, use);

    it('opens with 112 and Veilig Thuis; on a computer every number is text to dial on a phone, never a tel: link', async () => {
      await withPopup(async (popup) => {
        // A computer cannot call: a tel: link would ask to open another program or a calling app.
        expect(await popup.callLinks()).toEqual([]);
        expect(await popup.text()).toContain('Direct gevaar?');
        expect(await popup.text()).toContain('Bel met je telefoon.');
        const numbers = await popup.page.$$eval('.phone-call__number', (els) => els.map((e) => e.textContent));
        expect(numbers).toEqual(expect.arrayContaining(['0800-2000', '0800-0188', '020-261 52 75']));
        expect(await popup.page.$eval('[data-service="helpwanted"] .phone-call__bill', (e) => e.textContent)).toBe('Kost belgeld. Kan op de telefoonrekening staan.');
        expect(await popup.serviceNames()).toContain('Veilig Thuis');
        // Fier's number is not verified: its card shows no number at all.
        expect(await popup.page.$$eval('[data-service="fier"] .phone-call', (a) => a.length)).toBe(0);
      });
    });

    it('Veilig Thuis hours: 24/7 by phone, one short chat line, the holidays hedge once, times as 9:00', async () => {
      await withPopup(async (popup) => {
        const card = '.directory__first [data-service="veilig-thuis"]';
        const seen = await popup.page.$eval(card, (c) => ({
          hours: (c.querySelector('[data-fact="hours"]') as HTMLElement).innerText,
          lines: [...c.querySelectorAll<HTMLElement>('[data-fact="open-now"]')].map((l) => l.innerText),
          text: (c as HTMLElement).innerText,
          undatedShown: c.querySelector('[data-fact="hours-undated"]')!.checkVisibility(),
        }));
        expect(seen.hours).toBe('Dag en nacht (24/7) per telefoon');
        // Which line depends on the Dutch time now (chat Monday to Friday, 9:00 to 17:00).
        expect(seen.lines).toHaveLength(1);
        expect(seen.lines[0]).toMatch(/^Chat: nu (open · tot 17:00|dicht · (open om 9:00|morgen open om 9:00|maandag open om 9:00))$/);
        expect(seen.text.split('Gewone tijden. Op feestdagen: kijk op de website.')).toHaveLength(2);
        expect(seen.text).not.toMatch(/(?<![\d:])0\d:\d\d/);
        // The longer reason sits in the card's sources, shown when she opens them.
        expect(seen.undatedShown).toBe(false);
        await popup.page.$eval(`${card} details summary`, (s) => (s as HTMLElement).click());
        await popup.page.waitForFunction((sel) => document.querySelector(`${sel} [data-fact="hours-undated"]`)?.checkVisibility(), {}, card);
      });
    });

    it('shows all text at 16 px or more, also where the browser gives extension pages a smaller font', async () => {
      await withPopup(async (popup) => {
        const sizes = await popup.page.evaluate(() => ({
          body: getComputedStyle(document.body).fontSize,
          forWhom: getComputedStyle(document.querySelector('.service-card__for')!).fontSize,
          facts: getComputedStyle(document.querySelector('.service-card__facts')!).fontSize,
          bill: getComputedStyle(document.querySelector('.phone-call__bill')!).fontSize,
        }));
        expect(sizes).toEqual({ body: '16px', forWhom: '16px', facts: '16px', bill: '16px' });
      });
    });

    it('after choosing a need, its results are in view', async () => {
      await withPopup(async (popup) => {
        await popup.click('Mensenhandel en uitbuiting');
        await popup.page.waitForFunction(() => {
          const first = document.querySelector('.directory__list .service-card');
          const box = first?.getBoundingClientRect();
          return box !== undefined && box.top >= 0 && box.top < innerHeight - 100;
        });
        const firstName = await popup.page.$eval('.directory__list .service-card h3', (h) => h.textContent);
        expect(firstName).toBe('Fier');
      });
    });

    it('filters the directory by need', async () => {
      await withPopup(async (popup) => {
        await popup.click('Seksueel geweld');
        const names = await popup.page.$$eval('.directory__list h3', (hs) => hs.map((h) => h.textContent ?? ''));
        expect(names).toContain('Centrum Seksueel Geweld');
        expect(names).not.toContain('Veilig Thuis');
        expect(await popup.page.$eval('[data-testid="service-count"]', (p) => p.textContent)).toBe(`${names.length} diensten`);
        await popup.click('Alles');
        expect((await popup.serviceNames()).length).toBeGreaterThan(names.length);
      });
    });

    it('is usable by keyboard alone', async () => {
      await withPopup(async (popup) => {
        await popup.tabTo('button[data-need="children"]');
        await popup.page.keyboard.press('Enter');
        expect(await popup.serviceNames()).toContain('De Kindertelefoon');
        expect(await popup.serviceNames()).not.toContain('Centrum Seksueel Geweld');
      });
    });

    it('fits the popup limits and does not scroll sideways, also at 200 % zoom', async () => {
      await withPopup(async (popup) => {
        const size = await popup.page.evaluate(() => ({ w: window.innerWidth, h: window.innerHeight }));
        // Wide enough to read (a popup squeezed to its minimum is about 200 px), within the limits.
        expect(size.w).toBeGreaterThanOrEqual(360);
        expect(size.w).toBeLessThanOrEqual(800);
        expect(size.h).toBeLessThanOrEqual(600);
        expect(await popup.horizontalOverflow(1)).toBeLessThanOrEqual(0);
        expect(await popup.horizontalOverflow(2)).toBeLessThanOrEqual(0);
        // WCAG 1.4.10 reflow: usable at 320 CSS pixels wide.
        expect(await popup.horizontalOverflow(2.5)).toBeLessThanOrEqual(0);
      });
    });

    it('switches language, lists each language in itself, and keeps the choice', async () => {
      await withPopup(async (popup) => {
        expect(await popup.languageNames()).toEqual(expect.arrayContaining(['Nederlands', 'English']));
        await popup.chooseLanguage('English');
        expect(await popup.text()).toContain('In danger right now?');
        await popup.click('Sexual violence');
        expect(await popup.serviceNames()).toContain('Centrum Seksueel Geweld (Sexual Violence Centre)');
      });
      await withPopup(async (popup) => {
        expect(await popup.text()).toContain('Help and phone numbers');
        await popup.chooseLanguage('Nederlands');
      });
    });

    it('leaves no history, no help tab, and makes no network request of its own', async () => {
      const traces = await session.traces();
      expect(findTraces(traces, { helpHosts: [], allowedStorage: { local: { language: 'nl' } } })).toEqual([]);
      expect(traces.history).toEqual([]);
      expect(session.extensionRequests).toEqual([]);
      expect(session.network.external()).toEqual([]);
    });
  });
}
