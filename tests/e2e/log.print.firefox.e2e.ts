import { existsSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { saveShot } from './support/shots';
import { inflateSync } from 'node:zlib';
import { launchFirefox, type FirefoxSession } from './support/firefox';
import { chainState, writeLongTimeline } from './log.suite';

const PDF = join(tmpdir(), `stille-hulp-log-print-${process.pid}.pdf`);


/** The number of pages a PDF says it has (/Count of its page tree), also inside compressed object streams. */
function pdfPageCount(pdf: Buffer): number {
  const texts = [pdf.toString('latin1')];
  const raw = texts[0]!;
  for (const m of raw.matchAll(/stream\r?\n/g)) {
    const start = m.index! + m[0].length;
    const end = raw.indexOf('endstream', start);
    try {
      texts.push(inflateSync(pdf.subarray(start, end)).toString('latin1'));
    } catch {
      // not a deflated stream (an image, a font): no page tree in it
    }
  }
  const counts = texts.flatMap((t) => [...t.matchAll(/\/Type\s*\/Pages\b[^>]*?\/Count\s+(\d+)|\/Count\s+(\d+)[^>]*?\/Type\s*\/Pages\b/g)]).map((m) => Number(m[1] ?? m[2]));
  return Math.max(0, ...counts);
}

/**
 * Printing the timeline in Firefox. Its print dialog cannot be seen through WebDriver BiDi, so
 * the test profile prints silently to a PDF file (test settings): the PDF has exactly as many
 * pages as the timeline's "pagina n van m" says, with Firefox's own default margins, header
 * and footer.
 * WebDriver BiDi did not show the print window's text while it was open (tried: an empty body
 * within 5 s), so its content is checked in Chromium.
 */
describe('printing the incident log (Firefox)', () => {
  let session: FirefoxSession;
  beforeAll(async () => {
    rmSync(PDF, { force: true });
    session = await launchFirefox({
      prefs: {
        'print.always_print_silent': true,
        'print.show_print_progress': false,
        print_printer: 'Mozilla Save to PDF',
        'print.printer_Mozilla_Save_to_PDF.print_to_file': true,
        'print.printer_Mozilla_Save_to_PDF.print_to_filename': PDF,
      },
    });
  });
  afterAll(async () => {
    await session?.close();
    rmSync(PDF, { force: true });
  });

  it('prints a PDF with exactly as many pages as the timeline numbers', { timeout: 120_000 }, async () => {
    const popup = await session.openPopup();
    await writeLongTimeline(popup);
    const { state, receipt } = await chainState(popup);
    expect(state).toBe('intact');

    void popup.evaluate(() => (document.querySelector('[data-testid="log-print"]') as HTMLButtonElement).click()).catch(() => undefined);

    const deadline = Date.now() + 30_000;
    while (!(existsSync(PDF) && readFileSync(PDF).length > 1000) && Date.now() < deadline) await new Promise((r) => setTimeout(r, 250));
    await new Promise((r) => setTimeout(r, 1000));
    // the timeline the popup built when she pressed print, as it went to the print window
    const printed = await popup.$eval('.plan-print', (e) => e.textContent ?? '');
    const pages = await popup.$$eval('.plan-print .log-page', (p) => p.length);
    expect(pages).toBeGreaterThan(2);
    const pdf = readFileSync(PDF).toString('latin1');
    expect(pdf.slice(0, 5)).toBe('%PDF-');
    expect(pdfPageCount(readFileSync(PDF))).toBe(pages);
    // in the PDF only the page count can be read simply (its text is in subset fonts): the text
    // checked is the print view the window was filled from (Chromium reads the window itself)
    for (let n = 1; n <= pages; n++) expect(printed).toContain(`pagina ${n} van ${pages}`);
    expect(printed).toContain(`Je ontvangstbewijs: ${receipt}`);
    expect(printed).toContain('Eerdere tekst:');
    expect(printed).toContain('Duwde mij tegen de kats');
    expect(printed).toContain('Eerder ingevuld als gebeurd op: zondag 1 februari 2026, 19:45');
    expect(printed.match(/Geschreven op .+?\(klok van deze computer\)/g)).toHaveLength(3);
    expect(printed.match(/Laatste vingerafdruk van de keten: [0-9a-f]{64}/g)).toHaveLength(pages);
    // a picture of the timeline as it went to the print window (its own style, shown on screen)
    await saveShot('log/printed-timeline-firefox.png', async (path) => {
      await popup.addStyleTag({ content: '.plan-print { display: block !important; width: 680px; }' });
      await (await popup.$('.plan-print'))!.screenshot({ path });
    });
    await session.closePopup(popup);
  });
});
