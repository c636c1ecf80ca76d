import { existsSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { saveShot } from './support/shots';
import { launchFirefox, type FirefoxSession } from './support/firefox';
import { focusXWindow, inBrowserWindows, openRealPopup, screenshotDisplay, typeOnDisplay, xWindows, type RealPopup } from './support/firefox-real-popup';
import { startPlan, typeInto } from './support/plan';

const PASS = 'lente boot 42';
const WORDS = 'Zonnebloemveld bij de bakker';
const PDF = join(tmpdir(), `stille-hulp-print-${process.pid}.pdf`);

/**
 * Printing the plan in Firefox. The print dialog cannot be seen through WebDriver BiDi, so the
 * test profile prints silently to a PDF file (a test setting): that proves `print()` really
 * prints the plan's window, not an empty page.
 */
describe('printing the safety plan (Firefox)', () => {
  let session: FirefoxSession;
  beforeAll(async () => {
    rmSync(PDF, { force: true });
    session = await launchFirefox({
      prefs: {
        'print.always_print_silent': true,
        'print.show_print_progress': false,
        'print_printer': 'Mozilla Save to PDF',
        'print.printer_Mozilla_Save_to_PDF.print_to_file': true,
        'print.printer_Mozilla_Save_to_PDF.print_to_filename': PDF,
      },
    });
  });
  afterAll(async () => {
    await session?.close();
    rmSync(PDF, { force: true });
  });

  it('prints the plan from an about:blank window that closes again, and leaves no history', { timeout: 60_000 }, async () => {
    const popup = await session.openPopup();
    await popup.click('button[data-screen="plan"]');
    await startPlan(popup, PASS);
    await typeInto(popup, '[data-field="warningSigns"]', WORDS);
    void popup.evaluate(() => [...document.querySelectorAll('button')].find((b) => b.textContent === 'Plan afdrukken')!.click()).catch(() => undefined);

    const deadline = Date.now() + 20_000;
    while (!(existsSync(PDF) && readFileSync(PDF).length > 1000) && Date.now() < deadline) await new Promise((r) => setTimeout(r, 250));
    expect(readFileSync(PDF).subarray(0, 5).toString()).toBe('%PDF-');
    // The window that held the plan closes itself. Read without moving the focus: the background
    // also closes it when another window takes focus (as the trace inspector's tab does).
    await expect.poll(async () => (await inBrowserWindows(session, 'true')).length, { timeout: 10_000 }).toBe(1);
    const traces = await session.traces();
    expect(traces.history).toEqual([]);
    // The print window is about:blank: neither the tab list nor the page's footer shows the extension's address.
    const popupUrl = await popup.evaluate(() => location.href);
    expect(traces.openTabs.filter((t) => t.url !== 'about:blank' && t.url !== popupUrl)).toEqual([]);
    // The window that held the plan closed again after printing.
    expect(traces.openTabs.filter((t) => t.url === 'about:blank')).toHaveLength(1);
    await session.closePopup(popup);
  });
});

/**
 * The real toolbar popup of a headful Firefox on a private X display (support/firefox-real-popup.ts):
 * the plan is printed from an about:blank window; the popup closes the moment that window takes
 * focus, and Firefox shows its print dialog inside the window. The window must go by itself after
 * Cancel, and with a quick exit (key or button) while the dialog is open. The display has no window
 * manager: the test gives the new window the focus, as one would.
 */
describe('printing the safety plan (Firefox, real popup, headful)', () => {
  let session: FirefoxSession;
  beforeAll(async () => {
    session = await launchFirefox({ headful: true, realPopup: true });
  });
  afterAll(async () => {
    await session?.close();
  });

  /** Firefox's windows: whether one shows its print dialog, and the addresses of their tabs. */
  const browserWindows = () =>
    inBrowserWindows<{ print: boolean; printReady: boolean; focused: boolean; tabs: string[] }>(
      session,
      `(() => {
        const dialog = [...document.querySelectorAll('browser')].find((b) => b.currentURI?.spec === 'chrome://global/content/print.html');
        const form = dialog?.contentDocument;
        return {
          print: Boolean(dialog),
          // What she sees once the dialog is ready: its form shown (no longer loading), the focus in it.
          printReady: Boolean(form?.body && !form.body.hasAttribute('loading') && form.activeElement?.id === 'printer-picker'),
          focused: document.hasFocus(),
          tabs: gBrowser.browsers.map((b) => b.currentURI.spec),
        };
      })()`,
    );

  /** Every open page that shows the plan's words: what a person at the screen could read. */
  async function pagesShowingThePlan(): Promise<string[]> {
    const showing: string[] = [];
    for (const page of await session.browser.pages()) {
      // A page that does not answer within 5 s (one with a print dialog open) counts as showing it.
      const text = await Promise.race([
        page.evaluate(() => document.body?.innerText ?? '').catch(() => ''),
        new Promise<string>((r) => setTimeout(() => r(WORDS), 5_000)),
      ]);
      if (text.includes(WORDS)) showing.push(page.url());
    }
    return showing;
  }

  async function waitUntil(what: string, check: () => Promise<boolean>, timeout = 15_000): Promise<void> {
    const deadline = Date.now() + timeout;
    while (!(await check())) {
      if (Date.now() > deadline) throw new Error(`${what} did not happen within ${timeout} ms`);
      await new Promise((r) => setTimeout(r, 100));
    }
  }

  /** Focuses a control in the real popup and presses a real key on it. */
  async function press(popup: RealPopup, key: string, selector: string, text?: string): Promise<void> {
    await popup.focus(selector, text);
    await session.display!.pressKeys(key);
  }

  /** From the hub, in the real popup: the plan, made or unlocked, showing its words. */
  async function openPlan(): Promise<RealPopup> {
    const popup = await openRealPopup(session);
    await press(popup, 'Return', 'button[data-screen="plan"]');
    await popup.waitFor(`['none', 'locked', 'open'].includes(d.querySelector('[data-testid="plan-screen"]')?.getAttribute('data-plan-state'))`);
    const state = await popup.run<string>(`return d.querySelector('[data-testid="plan-screen"]').getAttribute('data-plan-state');`);
    if (state === 'none') {
      await popup.focus('[data-testid="plan-new-passphrase"]');
      await typeOnDisplay(session, PASS);
      await popup.focus('[data-testid="plan-confirm-passphrase"]');
      await typeOnDisplay(session, PASS);
      await session.display!.pressKeys('Return');
    } else if (state === 'locked') {
      await popup.focus('[data-testid="plan-passphrase"]');
      await typeOnDisplay(session, PASS);
      await session.display!.pressKeys('Return');
    }
    if (state === 'none') {
      await popup.focus('[data-field="warningSigns"]');
      await typeOnDisplay(session, WORDS);
    }
    await popup.waitFor(`d.querySelector('.plan-print')?.textContent.includes(${JSON.stringify(WORDS)})`);
    return popup;
  }

  /** The plan in the real popup, then "Plan afdrukken"; resolves once the print dialog shows. */
  async function openPrintWindow(): Promise<{ printWindow: string }> {
    const popup = await openPlan();
    const before = new Set((await xWindows(session)).map((w) => w.id));
    await press(popup, 'Return', 'button', 'Plan afdrukken');
    // The new window takes the focus (the window manager's part), so the real popup closes.
    let printWindow = '';
    await waitUntil('the print window', async () => {
      printWindow = (await xWindows(session)).find((w) => !before.has(w.id) && w.width > 500)?.id ?? '';
      return printWindow !== '';
    });
    await focusXWindow(session, printWindow);
    await waitUntil('the popup closing', async () => !(await popup.isOpen()));
    await waitUntil('the print dialog', async () => (await browserWindows()).some((w) => w.print));
    // The background knows the window as one of its own, to close it on a quick exit.
    const tracked = (await popup.console.evaluate("browser.storage.session.get('windows')")) as { windows?: { windows: number[] } };
    expect(tracked.windows?.windows).toHaveLength(1);
    return { printWindow };
  }

  const printWindowGone = async () => (await browserWindows()).length === 1 && !(await xWindows(session)).some((w) => w.width > 500 && w.width < 800);

  async function expectNothingOfThePlanLeft(): Promise<void> {
    const windows = await browserWindows();
    expect(windows).toHaveLength(1);
    expect(windows[0]!.print).toBe(false);
    // (Empty tabs stay: the browser's first one, and the new tab a quick exit leaves in front.)
    expect(windows[0]!.tabs.filter((url) => !/^about:(blank|newtab|home)$/.test(url))).toEqual([`${session.origin}/popup.html?test-console`]);
    expect(await pagesShowingThePlan()).toEqual([]);
    const traces = await session.traces();
    expect(traces.history).toEqual([]);
    expect(traces.recentlyClosed.filter((t) => /extension|Plan|plan|about:blank/.test(t.url + t.title))).toEqual([]);
    expect(traces.openTabs.filter((t) => t.url.startsWith('moz-extension:') && !t.url.endsWith('?test-console'))).toEqual([]);
    expect(JSON.stringify(traces.storage)).not.toContain('Zonnebloemveld');
  }

  it('opens the print dialog with the plan; after Cancel the print window is gone', { timeout: 90_000 }, async () => {
    const { printWindow } = await openPrintWindow();
    // She presses Cancel once the dialog shows its form, in the window she sees in front; on a busy
    // machine the form comes seconds after the dialog. (Without a window manager nothing gives the
    // print window the focus back if the closing popup took it: the test does, as her click would.)
    await waitUntil('the print dialog ready for Cancel, in front', async () => {
      const dialog = (await browserWindows()).find((w) => w.print);
      if (dialog?.printReady && !dialog.focused) await focusXWindow(session, printWindow);
      return Boolean(dialog?.printReady && dialog.focused);
    }, 30_000);
    await saveShot('firefox-print-dialog.png', async (path) => {
      await new Promise((r) => setTimeout(r, 2000)); // the dialog paints its preview after it is in place
      await screenshotDisplay(session, path);
    });
    // The dialog is Firefox's, not ours: if a key press is lost on a busy machine, she presses again.
    const dialogClosed = async () => !(await browserWindows()).some((w) => w.print);
    for (let presses = 0; presses < 3 && !(await dialogClosed()); presses++) {
      await session.display!.pressKeys('Escape');
      await waitUntil('the print dialog closing on Escape', dialogClosed, 5_000).catch(() => undefined);
    }
    await waitUntil('the print dialog closing on Escape', dialogClosed, 5_000);
    await waitUntil('the print window closing after Cancel', printWindowGone);
    await expectNothingOfThePlanLeft();
  });

  it('Snel weg by its key while the print dialog is open closes the print window', { timeout: 90_000 }, async () => {
    await openPrintWindow();
    await session.display!.pressKeys('ctrl+shift+1');
    await waitUntil('the print window closing after the quick-exit key', printWindowGone);
    await expectNothingOfThePlanLeft();
  });

  it('Snel weg by its key while the real popup shows the unlocked plan closes the popup', { timeout: 90_000 }, async () => {
    const popup = await openPlan();
    await session.display!.pressKeys('ctrl+shift+1');
    await waitUntil('the popup closing after the quick-exit key', async () => !(await popup.isOpen()));
    await expectNothingOfThePlanLeft();
  });

  it('turning to the browser window for the Snel weg button closes the print window; the popup opens and Snel weg works', { timeout: 90_000 }, async () => {
    await openPrintWindow();
    // She clicks the browser window (its toolbar icon): it takes the focus, the print window goes.
    const main = (await xWindows(session)).find((w) => w.name.endsWith('Mozilla Firefox') && w.width > 800)!;
    await focusXWindow(session, main.id);
    await waitUntil('the print window closing when the browser window takes focus', printWindowGone);
    const popup = await openRealPopup(session);
    await press(popup, 'Return', '[data-testid="quick-exit"]');
    await waitUntil('the popup closing after Snel weg', async () => !(await popup.isOpen()));
    await expectNothingOfThePlanLeft();
  });
});
