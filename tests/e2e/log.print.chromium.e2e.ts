import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { saveShot } from './support/shots';
import type { Page, Target } from 'puppeteer-core';
import { launchChromium, type ChromiumSession } from './support/chromium';
import { chainState, writeLongTimeline } from './log.suite';


/** Puts a long text into a field at once (2,000 key presses would only make the test slow). */

/** All text of a page including its shadow roots (Chromium's print preview is built of web components). */
function deepText(page: Page): Promise<string> {
  return page.evaluate(() => {
    const parts: string[] = [];
    const walk = (root: Node) => {
      for (const node of root.childNodes) {
        if (node.nodeType === Node.TEXT_NODE) parts.push(node.textContent ?? '');
        if (node instanceof Element && node.shadowRoot) walk(node.shadowRoot);
        walk(node);
      }
    };
    walk(document);
    return parts.join(' ').replace(/\s+/g, ' ');
  });
}

/**
 * Printing the timeline for real in Chromium's toolbar popup (headful, private X display): the
 * print window holds both times, the edit trail, the fingerprints and "page n of m", and the
 * browser's own preview counts as many sheets as our pages say (the page split holds).
 */
describe('printing the incident log (Chromium, headful)', () => {
  let session: ChromiumSession;
  beforeAll(async () => {
    session = await launchChromium({ headful: true });
  });
  afterAll(async () => {
    await session?.close();
  });

  it('the print window shows both times, the edit trail, fingerprints and page numbers; the preview has as many sheets', { timeout: 120_000 }, async () => {
    const popup = await session.openPopup();
    await writeLongTimeline(popup);
    // The receipt once the third entry's save has settled: the same on two reads in a row.
    let receipt = '';
    await expect
      .poll(
        async () => {
          const now = (await chainState(popup)).receipt;
          const settled = now === receipt;
          receipt = now;
          return settled;
        },
        { timeout: 20_000, interval: 700 },
      )
      .toBe(true);

    const preview = session.browser.waitForTarget((t: Target) => t.url().startsWith('chrome://print/'), { timeout: 20_000 });
    const printWindow = session.browser.waitForTarget((t: Target) => t.type() === 'page' && t.url() === 'about:blank' && t.opener() !== undefined, { timeout: 20_000 });
    // print() keeps the page's script waiting until the preview closes: do not wait for the click
    void popup.evaluate(() => (document.querySelector('[data-testid="log-print"]') as HTMLButtonElement).click()).catch(() => undefined);

    const win = await printWindow;
    // print() holds the window's own script until the preview closes; DevTools' DOM agent still answers
    const cdp = await win.createCDPSession();
    const timeout = <T,>(p: Promise<T>) => Promise.race([p, new Promise<never>((_, no) => setTimeout(() => no(new Error('timeout')), 8000))]);
    const doc = await timeout(cdp.send('DOM.getDocument', { depth: -1 }));
    const html = (await timeout(cdp.send('DOM.getOuterHTML', { nodeId: doc.root.nodeId }))).outerHTML;
    // the window's text as it is laid out on paper (tags and the style sheet left out)
    const shown = html
      .replace(/<style[\s\S]*?<\/style>/g, ' ')
      .replace(/<[^>]+>/g, ' ')
      .replace(/&amp;/g, '&')
      .replace(/\s+/g, ' ');
    // the timeline is built when she presses print: its pages are numbered "pagina n van m"
    const pages = Number(/pagina 1 van (\d+)/.exec(shown)?.[1]);
    expect(pages).toBeGreaterThan(2);
    expect(shown).toContain('Duwde mij tegen de kast');
    expect(shown).toContain('Gewijzigd op');
    expect(shown).toContain('Eerdere tekst:');
    expect(shown).toContain('Duwde mij tegen de kats');
    expect(shown).toContain('Eerder ingevuld als gebeurd op: zondag 1 februari 2026, 19:45');
    expect(shown.match(/Geschreven op .+?\(klok van deze computer\)/g)).toHaveLength(3);
    expect(shown.match(/Vingerafdruk: [0-9a-f]{4} [0-9a-f]{4}/g)!.length).toBeGreaterThanOrEqual(3);
    expect(shown).toContain('EINDE-LANG');
    for (let n = 1; n <= pages; n++) expect(shown).toContain(`pagina ${n} van ${pages}`);
    expect(shown.match(/Laatste vingerafdruk van de keten: [0-9a-f]{64}/g)).toHaveLength(pages);
    expect(shown).toContain(`Je ontvangstbewijs: ${receipt}`);

    // the browser's own preview lays the window out on paper: as many sheets as our pages
    const previewPage = await (await preview).asPage();
    await previewPage.waitForFunction(() => /\d/.test(document.title) || true);
    let sheets = '';
    let seen = '';
    for (let i = 0; i < 60 && !sheets; i++) {
      // "Print 3 pages" / "3 pagina's" once the preview has laid the whole document out: the same count twice in a row
      const count = /(\d+) (?:pages?|pagina's|pagina|sheets?|vellen|vel)\b/i.exec(await deepText(previewPage))?.[1] ?? '';
      if (count && count === seen) sheets = count;
      seen = count;
      if (!sheets) await new Promise((r) => setTimeout(r, 700));
    }
    expect(Number(sheets)).toBe(pages);
    await saveShot('log/print-preview-chromium.png', (path) => previewPage.screenshot({ path }));
    await session.display!.pressKeys('Escape');

    // The same window's HTML on paper of both common sizes with Chromium's default margins
    // (0.4 in): as many pages as the timeline says, so "page n of m" holds on A4 and on Letter.
    const paper = await session.browser.newPage();
    try {
      await paper.setContent(`<!doctype html><html lang="nl"><head><meta charset="utf-8"><style>body { font: 12pt/1.45 system-ui, sans-serif; margin: 0; }</style></head>${html.replace(/^[\s\S]*?<body>/, '<body>')}`);
      for (const format of ['A4', 'Letter'] as const) {
        const pdf = Buffer.from(await paper.pdf({ format, margin: { top: '0.4in', bottom: '0.4in', left: '0.4in', right: '0.4in' } })).toString('latin1');
        expect(pdf.match(/\/Type\s*\/Page\b(?!s)/g), format).toHaveLength(pages);
      }
      await paper.emulateMediaType('print');
      await paper.setViewport({ width: 760, height: 1000 });
      await saveShot('log/printed-timeline-chromium.png', (path) => paper.screenshot({ path, fullPage: true }));
    } finally {
      await paper.close();
    }
    await session.closePopup(popup).catch(() => undefined);
  });
});
