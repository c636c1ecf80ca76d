import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import puppeteer, { type Browser } from 'puppeteer-core';
import { afterEach, describe, expect, it } from 'vitest';
import { launchChromium, type ChromiumSession } from './support/chromium';
import { freshDir, removeDirs } from './support/paths';

/**
 * The clipboard after the quick-exit KEY in Chromium, with the service worker stopped on its own
 * (issue 26). Chromium's worker cannot write the clipboard without `clipboardWrite`, whose install
 * warning the disguise cannot have (docs/quick-exit.md, "Clipboard"): the number stays until the
 * popup opens again, and that opening empties it. This is what the copy message promises.
 * The clipboard is read by a separate extension with `clipboardRead`, as a checker would paste it.
 */
function clipboardReader(): string {
  const dir = freshDir('clipboard-reader');
  mkdirSync(dir, { recursive: true });
  writeFileSync(
    join(dir, 'manifest.json'),
    JSON.stringify({ manifest_version: 3, name: 'clipboard reader', version: '1', permissions: ['clipboardRead'], background: { service_worker: 'reader.js' } }),
  );
  writeFileSync(join(dir, 'reader.js'), '');
  writeFileSync(join(dir, 'reader.html'), '<!doctype html><meta charset="utf-8"><title>reader</title><textarea></textarea>');
  return dir;
}

/**
 * The page targets and whether the extension's worker runs, from DevTools' HTTP list: nothing
 * attaches (an attached tool keeps a worker alive, and pauses one that starts).
 */
async function targetsWithoutAttaching(endpoint: string, origin: string): Promise<{ workerRunning: boolean; pages: string[] }> {
  const { host } = new URL(endpoint);
  const infos = (await (await fetch(`http://${host}/json/list`)).json()) as Array<{ type: string; url: string }>;
  return { workerRunning: infos.some((t) => t.type === 'service_worker' && t.url === `${origin}/background.js`), pages: infos.filter((t) => t.type === 'page').map((t) => t.url) };
}

async function readClipboard(browser: Browser, readerId: string): Promise<string> {
  const page = await browser.newPage();
  try {
    await page.goto(`chrome-extension://${readerId}/reader.html`);
    await page.bringToFront();
    return await page.evaluate(() => navigator.clipboard.readText());
  } finally {
    await page.close();
  }
}

describe('the clipboard after the quick-exit key in Chromium', () => {
  let session: ChromiumSession | undefined;
  let again: Browser | undefined;
  const dirs: string[] = [];
  afterEach(async () => {
    await again?.close().catch(() => undefined);
    await session?.close().catch(() => undefined);
    removeDirs(...dirs.splice(0));
  });

  it('with the worker stopped on its own: the number stays after the key, and the next opening of the popup empties it', async () => {
    const reader = clipboardReader();
    dirs.push(reader);
    session = await launchChromium({ headful: true, otherExtensions: [reader] });
    const readerTarget = await session.browser.waitForTarget((t) => t.type() === 'service_worker' && t.url().endsWith('/reader.js'));
    const readerId = new URL(readerTarget.url()).host;
    const endpoint = session.browser.wsEndpoint();
    const { origin } = session;

    // She copies a number with the button in the real popup.
    const popup = await session.openPopup();
    const copy = await popup.waitForSelector('.phone-call__copy', { visible: true });
    const number = await copy!.evaluate((b) => b.closest('.phone-call')!.querySelector('.phone-call__number')!.textContent!);
    await copy!.click();
    await popup.waitForFunction(() => document.querySelector('.phone-call__status')?.textContent?.startsWith('Gekopieerd'));
    // Reading the clipboard in a tab takes the focus: the popup closes, as it does for her.
    expect(await readClipboard(session.browser, readerId)).toBe(number);
    await expect.poll(() => popup.isClosed()).toBe(true);

    // No test tool attached: Chromium stops the worker on its own after about 30 s idle.
    await session.browser.disconnect();
    expect((await targetsWithoutAttaching(endpoint, origin)).workerRunning).toBe(true);
    const idleFrom = Date.now();
    await expect.poll(async () => (await targetsWithoutAttaching(endpoint, origin)).workerRunning, { timeout: 120_000, interval: 2_000 }).toBe(false);
    console.log(`the worker stopped on its own after ${Math.round((Date.now() - idleFrom) / 1000)} s`);

    // The real key: the quick exit runs (the safe page, a new tab, comes to the front).
    const pagesBefore = (await targetsWithoutAttaching(endpoint, origin)).pages.length;
    await session.display!.pressKeys('ctrl+shift+1');
    await expect.poll(async () => (await targetsWithoutAttaching(endpoint, origin)).pages.length, { timeout: 20_000, interval: 500 }).toBeGreaterThan(pagesBefore);

    again = await puppeteer.connect({ browserWSEndpoint: endpoint, defaultViewport: null });
    // Chromium's worker could not write the clipboard: the number is still there.
    expect(await readClipboard(again, readerId)).toBe(number);

    // The next opening of the popup empties it.
    const worker = await (await again.waitForTarget((t) => t.type() === 'service_worker' && t.url() === `${origin}/background.js`)).worker();
    const opened = again.waitForTarget((t) => t.type() === 'page' && t.url() === `${origin}/popup.html`, { timeout: 10_000 });
    await worker!.evaluate('chrome.action.openPopup()');
    const reopened = await (await opened).asPage();
    await reopened.waitForSelector('#app > .popup');
    await expect.poll(() => readClipboard(again!, readerId), { timeout: 10_000, interval: 500 }).toBe('');
  });
});
