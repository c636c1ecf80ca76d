import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Target } from 'puppeteer-core';
import { launchChromium, type ChromiumSession } from './support/chromium';
import { startPlan, typeInto } from './support/plan';

const PASS = 'lente boot 42';
const WORDS = 'Zonnebloemveld bij de bakker';

/**
 * Printing the plan for real, in the real toolbar popup of a headful Chromium on a private X
 * display: `window.print()` in the popup itself shows nothing there (the popup is not a tab).
 * The plan is printed from an about:blank window, which leaves no history entry and no
 * extension address in the page's header or footer.
 */
describe('printing the safety plan (Chromium, headful)', () => {
  let session: ChromiumSession;
  beforeAll(async () => {
    session = await launchChromium({ headful: true });
  });
  afterAll(async () => {
    await session?.close();
  });

  it("opens the browser's print preview with the plan, and leaves no history", { timeout: 60_000 }, async () => {
    const popup = await session.openPopup();
    await popup.click('button[data-screen="plan"]');
    await startPlan(popup, PASS);
    await typeInto(popup, '[data-field="warningSigns"]', WORDS);

    const preview = session.browser.waitForTarget((t: Target) => t.url().startsWith('chrome://print/'), { timeout: 10_000 });
    const printWindow = session.browser.waitForTarget((t: Target) => t.type() === 'page' && t.url() === 'about:blank' && t.opener() !== undefined, { timeout: 10_000 });
    expect(await popup.$eval('.plan-print', (e) => e.textContent)).toContain(WORDS);
    // print() keeps the page's script waiting until the preview closes: do not wait for the click.
    void popup.evaluate(() => [...document.querySelectorAll('button')].find((b) => b.textContent === 'Plan afdrukken')!.click()).catch(() => undefined);

    // The browser's own print preview opens, for an about:blank window: the page header and
    // footer show that address, never the extension's.
    const previewPage = await (await preview).asPage();
    expect(previewPage.url()).toMatch(/^chrome:\/\/print\//);
    expect((await printWindow).url()).toBe('about:blank');
    await new Promise((r) => setTimeout(r, 1500));
    await previewPage.screenshot({ path: '/tmp/print-preview.png' }).catch(() => undefined);

    // Closing the preview closes the print window; nothing of it is kept.
    await session.display!.pressKeys('Escape');
    await new Promise((r) => setTimeout(r, 1500));
    // No window is left open with the plan in it.
    for (const target of session.browser.targets().filter((t) => t.type() === 'page' && t.url() === 'about:blank')) {
      expect(await (await target.asPage()).evaluate(() => document.body?.innerText ?? '')).not.toContain(WORDS);
    }
    const traces = await session.traces();
    expect(traces.history).toEqual([]);
    expect(traces.recentlyClosed.filter((t) => /extension|Plan|plan/.test(t.url + t.title))).toEqual([]);
    expect(traces.openTabs.filter((t) => t.url.startsWith('chrome-extension:'))).toEqual([]);
    await session.closePopup(popup);
  });
});
