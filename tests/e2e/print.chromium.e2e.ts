import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { saveShot } from './support/shots';
import type { Target } from 'puppeteer-core';
import { launchChromium, type ChromiumSession } from './support/chromium';
import { PopupPage } from './support/popup-page';
import { openPlan, startPlan, typeInto, unlockPlan } from './support/plan';

const PASS = 'lente boot 42';
const WORDS = 'Zonnebloemveld bij de bakker';

/**
 * Printing the plan for real, in the real toolbar popup (`action.openPopup()`) of a headful
 * Chromium on a private X display: `window.print()` in the popup itself shows nothing there (the
 * popup is not a tab), so the plan is printed from an about:blank window, which leaves no
 * history entry and no extension address in the page's header or footer. The popup closes the
 * moment that window takes focus; the window must go by itself after Cancel, and with a quick
 * exit (key or button) while its print preview is open.
 */
describe('printing the safety plan (Chromium, real popup, headful)', () => {
  let session: ChromiumSession;
  beforeAll(async () => {
    session = await launchChromium({ headful: true });
  });
  afterAll(async () => {
    await session?.close();
  });

  const pageTargets = () => session.browser.targets().filter((t) => t.type() === 'page');

  /** Every open page that shows the plan's words: what a person at the screen could read. */
  async function pagesShowingThePlan(): Promise<string[]> {
    const showing: string[] = [];
    for (const target of pageTargets()) {
      // A page that does not answer within 5 s (one with a print dialog open) counts as showing it.
      const text = await Promise.race([
        target
          .asPage()
          .then((p) => p.evaluate(() => document.body?.innerText ?? ''))
          .catch(() => ''),
        new Promise<string>((r) => setTimeout(() => r(WORDS), 5_000)),
      ]);
      if (text.includes(WORDS)) showing.push(target.url());
    }
    return showing;
  }

  async function gone(target: Target, what: string, timeout = 15_000): Promise<void> {
    const deadline = Date.now() + timeout;
    while (session.browser.targets().includes(target)) {
      if (Date.now() > deadline) throw new Error(`${what} is still open after ${timeout} ms`);
      await new Promise((r) => setTimeout(r, 100));
    }
  }

  /** From the hub: the plan (made or unlocked), "Plan afdrukken"; resolves once the print preview shows the plan. */
  async function openPrintWindow(): Promise<{ printWindow: Target; preview: Target }> {
    const popup = await session.openPopup();
    const person = new PopupPage(popup);
    await openPlan(person);
    const state = await popup.$eval('[data-testid="plan-screen"]', (e) => e.getAttribute('data-plan-state'));
    if (state === 'none') await startPlan(popup, PASS);
    if (state === 'locked') await unlockPlan(popup, PASS);
    await popup.waitForSelector('[data-field="warningSigns"]');
    if ((await popup.$eval('[data-field="warningSigns"]', (e) => (e as HTMLTextAreaElement).value)) !== WORDS) {
      await popup.$eval('[data-field="warningSigns"]', (e) => ((e as HTMLTextAreaElement).value = ''));
      await typeInto(popup, '[data-field="warningSigns"]', WORDS);
    }
    expect(await popup.$eval('.plan-print', (e) => e.textContent)).toContain(WORDS);

    const preview = session.browser.waitForTarget((t) => t.url().startsWith('chrome://print/'), { timeout: 15_000 });
    const printWindow = session.browser.waitForTarget((t) => t.type() === 'page' && t.url() === 'about:blank' && t.opener() !== undefined, { timeout: 15_000 });
    // Clicked as a person clicks it; the popup may close before the click's answer comes back.
    void person.click('Plan afdrukken').catch(() => undefined);

    const window = await printWindow;
    const previewTarget = await preview;
    // The print window has the focus, so the real popup has closed on screen (Chromium keeps its
    // page until the dialog closes: the extension's pages wait while a print dialog is open).
    expect(await session.inBackground<string>('chrome.windows.getLastFocused().then((w) => w.type)')).toBe('popup');
    // (The print window's page does not answer a test tool while its print dialog is open.)
    return { printWindow: window, preview: previewTarget };
  }

  async function expectNothingOfThePlanLeft(): Promise<void> {
    expect(await pagesShowingThePlan()).toEqual([]);
    const traces = await session.traces();
    expect(traces.history).toEqual([]);
    expect(traces.recentlyClosed.filter((t) => /extension|Plan|plan/.test(t.url + t.title))).toEqual([]);
    expect(traces.openTabs.filter((t) => t.url.startsWith('chrome-extension:'))).toEqual([]);
    expect(JSON.stringify(traces.storage)).not.toContain('Zonnebloemveld');
  }

  it('opens the print preview with the plan; after Cancel the print window is gone', { timeout: 90_000 }, async () => {
    const { printWindow, preview } = await openPrintWindow();
    const previewPage = await preview.asPage();
    expect(previewPage.url()).toMatch(/^chrome:\/\/print\//);
    expect(printWindow.url()).toBe('about:blank');
    await saveShot('chromium-print-preview.png', async (path) => {
      await previewPage.waitForFunction(() => document.readyState === 'complete').catch(() => undefined);
      await new Promise((r) => setTimeout(r, 1500)); // the preview renders its page image after load
      await previewPage.screenshot({ path }).catch(() => undefined);
    });
    // The background knows the window as one of its own, to close it on a quick exit.
    const tracked = await session.inBackground<{ windows?: { windows: number[] } }>("chrome.storage.session.get('windows')");
    expect(tracked.windows?.windows).toHaveLength(1);
    // She presses Escape on a preview she can see: once it has loaded and has the focus. The preview
    // is Chromium's: if a key is lost on a busy machine, she presses again.
    await previewPage.waitForFunction(() => document.readyState === 'complete' && document.hasFocus(), { timeout: 30_000 });
    for (let presses = 0; presses < 3 && session.browser.targets().includes(preview); presses++) {
      await session.display!.pressKeys('Escape');
      await gone(preview, 'the print preview', 5_000).catch(() => undefined);
    }
    await gone(printWindow, 'the print window');
    await expectNothingOfThePlanLeft();
  });

  it('Snel weg by its key while the print preview is open closes the print window', { timeout: 90_000 }, async () => {
    const { printWindow } = await openPrintWindow();
    await session.display!.pressKeys('ctrl+shift+1');
    await gone(printWindow, 'the print window');
    await expectNothingOfThePlanLeft();
  });

  it('turning to the browser window for the Snel weg button closes the print window; the popup opens and Snel weg works', { timeout: 90_000 }, async () => {
    const { printWindow } = await openPrintWindow();
    // While a print dialog is open, Chromium holds every page of the extension (one process): the
    // popup could not open. A click on the toolbar icon first brings the browser window to the front.
    await session.inBackground(`chrome.windows.getAll().then((all) => chrome.windows.update(all.find((w) => w.type === 'normal').id, { focused: true }))`);
    await gone(printWindow, 'the print window');
    const before = new Set(session.browser.targets());
    const opened = session.browser.waitForTarget((t) => !before.has(t) && t.type() === 'page' && t.url() === `${session.origin}/popup.html`, { timeout: 15_000 });
    await session.inBackground(`chrome.windows.getLastFocused().then((w) => chrome.action.openPopup({ windowId: w.id }))`);
    const popup = (await (await opened).asPage())!;
    await popup.waitForSelector('[data-testid="quick-exit"]', { visible: true });
    void popup.click('[data-testid="quick-exit"]').catch(() => undefined);
    await new Promise<void>((resolve) => (popup.isClosed() ? resolve() : popup.once('close', () => resolve())));
    await expectNothingOfThePlanLeft();
  });
});
