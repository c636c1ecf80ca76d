import { existsSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page, Target } from 'puppeteer-core';
import { launchFirefox, type FirefoxSession } from './support/firefox';
import { PopupPage } from './support/popup-page';
import { openPlan, startPlan, typeInto, unlockPlan } from './support/plan';

const PASS = 'lente boot 42';
const WORDS = 'Zonnebloemveld bij de bakker';
const PDF = join(tmpdir(), `stille-hulp-print-${process.pid}.pdf`);

/** Wait for what a person waits for: a condition, checked every 100 ms, within `timeout`. */
async function until(test: () => Promise<boolean> | boolean, what: string, timeout = 15_000): Promise<void> {
  const deadline = Date.now() + timeout;
  while (!(await test())) {
    if (Date.now() > deadline) throw new Error(`${what}: not within ${timeout} ms`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

/**
 * Printing the plan in Firefox. WebDriver BiDi cannot open Firefox's real toolbar popup, so the
 * popup page runs in a tab (support/firefox.ts); as the real popup does when the print window
 * takes focus, the test closes that tab as soon as the print window is there, so nothing in the
 * popup can help the window close. The print dialog itself is not visible to BiDi.
 */
async function openPrintWindow(session: FirefoxSession): Promise<Target> {
  const popup = await session.openPopup();
  const person = new PopupPage(popup);
  await openPlan(person);
  const state = await popup.$eval('[data-testid="plan-screen"]', (e) => e.getAttribute('data-plan-state'));
  if (state === 'none') await startPlan(popup, PASS);
  if (state === 'locked') await unlockPlan(popup, PASS);
  if ((await popup.$eval('[data-field="warningSigns"]', (e) => (e as HTMLTextAreaElement).value)) !== WORDS) {
    await popup.$eval('[data-field="warningSigns"]', (e) => ((e as HTMLTextAreaElement).value = ''));
    await typeInto(popup, '[data-field="warningSigns"]', WORDS);
  }
  // (WebDriver BiDi reports every page's address as about:blank here: a new page is the print window.)
  const before = new Set(session.browser.targets());
  const printWindow = session.browser.waitForTarget((t) => t.type() === 'page' && !before.has(t), { timeout: 15_000 });
  void person.click('Plan afdrukken').catch(() => undefined);
  const target = await printWindow;
  // The real popup is gone the moment the print window takes focus.
  await session.closePopup(popup);
  // The background knows the window as one of its own.
  await until(async () => (await trackedWindows(session)).length === 1, 'the print window is tracked');
  return target;
}

const homeTarget = (session: FirefoxSession) => session.browser.targets().find((t) => t.type() === 'page');
const trackedWindows = (session: FirefoxSession) =>
  session.inBackground<{ windows?: { windows: number[] } }>("browser.storage.session.get('windows')").then((s) => s.windows?.windows ?? []);

async function pagesShowingThePlan(session: FirefoxSession): Promise<string[]> {
  const showing: string[] = [];
  for (const page of await session.browser.pages()) {
    const text = await Promise.race([page.evaluate(() => document.body?.innerText ?? '').catch(() => ''), new Promise<string>((r) => setTimeout(() => r(WORDS), 5_000))]);
    if (text.includes(WORDS)) showing.push(page.url());
  }
  return showing;
}

async function expectNothingOfThePlanLeft(session: FirefoxSession): Promise<void> {
  expect(await pagesShowingThePlan(session)).toEqual([]);
  const traces = await session.traces();
  expect(traces.history).toEqual([]);
  expect(traces.openTabs.filter((t) => t.url !== 'about:blank' && !t.url.startsWith('moz-extension:'))).toEqual([]);
  expect(JSON.stringify(traces.storage)).not.toContain('Zonnebloemveld');
}

describe('printing the safety plan (Firefox, headful: the print dialog shows)', () => {
  let session: FirefoxSession;
  beforeAll(async () => {
    session = await launchFirefox({ headful: true });
  });
  afterAll(async () => {
    await session?.close();
  });
  const isOpen = (target: Target) => session.browser.targets().includes(target);

  it('after Cancel (Escape) in the print dialog the print window is gone', { timeout: 90_000 }, async () => {
    const target = await openPrintWindow(session);
    // Pressed until the window goes, as a person presses again when the dialog was not ready yet.
    await until(async () => {
      if (isOpen(target)) await session.display!.pressKeys('Escape');
      return !isOpen(target);
    }, 'the print window closes after Escape', 20_000);
    await expectNothingOfThePlanLeft(session);
  });

  it('Snel weg by its key while the print dialog is open closes the print window', { timeout: 90_000 }, async () => {
    const target = await openPrintWindow(session);
    await session.display!.pressKeys('ctrl+shift+1');
    await until(() => !isOpen(target), 'the print window closes after the key');
    await expectNothingOfThePlanLeft(session);
  });

  it('turning to the browser window for the Snel weg button closes the print window; Snel weg works', { timeout: 90_000 }, async () => {
    const target = await openPrintWindow(session);
    const home = (await homeTarget(session)!.asPage()) as Page;
    await home.bringToFront();
    await until(() => !isOpen(target), 'the print window closes when the browser window takes focus');
    const popup = await session.openPopup();
    await popup.waitForSelector('[data-testid="quick-exit"]', { visible: true });
    void popup.click('[data-testid="quick-exit"]').catch(() => undefined);
    await until(async () => (await trackedWindows(session)).length === 0 && !popup.isClosed() === false, 'the quick exit ran').catch(() => undefined);
    await expectNothingOfThePlanLeft(session);
  });
});

/**
 * The test profile prints silently to a PDF file (test prefs): that proves `print()` really
 * prints the plan's window, not an empty page, and that the window closes after printing.
 */
describe('printing the safety plan (Firefox, silently to a PDF)', () => {
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
    const target = await openPrintWindow(session);
    await until(() => existsSync(PDF) && readFileSync(PDF).length > 1000, 'the PDF is written', 20_000);
    expect(readFileSync(PDF).subarray(0, 5).toString()).toBe('%PDF-');
    await until(() => !session.browser.targets().includes(target), 'the print window closes after printing');
    await expectNothingOfThePlanLeft(session);
  });
});
