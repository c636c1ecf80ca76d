import { existsSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchFirefox, type FirefoxSession } from './support/firefox';
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
    await new Promise((r) => setTimeout(r, 1000));
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
