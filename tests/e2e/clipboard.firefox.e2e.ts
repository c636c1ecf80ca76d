import { randomUUID } from 'node:crypto';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'puppeteer-core';
import { afterEach, describe, expect, it } from 'vitest';
import { GECKO_IDS } from '../../lib/build/manifest';
import { gotoExtensionPage, launchFirefox, type FirefoxSession } from './support/firefox';
import { freshDir, removeDirs } from './support/paths';

/**
 * The clipboard after the quick-exit KEY in Firefox (issue 26). Read the way a checker would
 * paste it: by a separate add-on that may read the clipboard (`clipboardRead`), so that no page
 * of Stille Hulp (whose opening empties the clipboard itself) is opened between the copy and the
 * read. No test pref loosens Firefox's clipboard rules.
 */
const READER_ID = 'clipboard-reader@tests.invalid';

function clipboardReader(): string {
  const dir = freshDir('clipboard-reader');
  mkdirSync(dir, { recursive: true });
  writeFileSync(
    join(dir, 'manifest.json'),
    JSON.stringify({ manifest_version: 2, name: 'clipboard reader', version: '1', permissions: ['clipboardRead'], browser_specific_settings: { gecko: { id: READER_ID } } }),
  );
  writeFileSync(join(dir, 'reader.html'), '<!doctype html><meta charset="utf-8"><title>reader</title>');
  return dir;
}

describe('the clipboard after the quick-exit key in Firefox', () => {
  let session: FirefoxSession | undefined;
  const dirs: string[] = [];
  afterEach(async () => {
    await session?.close();
    removeDirs(...dirs.splice(0));
  });

  it('a number copied in the popup is gone from the clipboard after the key', async () => {
    // The session's own uuids, plus a known one for the reader (support/firefox.ts reads them from the profile).
    const profile = freshDir('firefox-profile');
    mkdirSync(profile, { recursive: true });
    const uuids = { uuid: randomUUID(), inspectorUuid: randomUUID() };
    const readerUuid = randomUUID();
    writeFileSync(join(profile, 'stille-hulp-test-uuids.json'), JSON.stringify(uuids));
    const reader = clipboardReader();
    dirs.push(profile, reader);
    session = await launchFirefox({
      headful: true,
      profile,
      prefs: {
        'extensions.webextensions.uuids': JSON.stringify({ [GECKO_IDS.open]: uuids.uuid, 'trace-inspector@tests.invalid': uuids.inspectorUuid, [READER_ID]: readerUuid }),
      },
    });
    const browser = session.browser;
    await (browser as unknown as { connection: { send(method: string, params: object): Promise<unknown> } }).connection.send('webExtension.install', {
      extensionData: { type: 'path', path: reader },
    });
    const readClipboard = async (): Promise<string> => {
      const page: Page = await browser.newPage();
      try {
        await gotoExtensionPage(page, `moz-extension://${readerUuid}/reader.html`);
        return await page.evaluate(() => navigator.clipboard.readText());
      } finally {
        await page.close();
      }
    };

    // She copies a number with the button in the popup; the popup closes.
    const popup = await session.openPopup();
    const copy = await popup.waitForSelector('.phone-call__copy', { visible: true });
    const number = await copy!.evaluate((b) => b.closest('.phone-call')!.querySelector('.phone-call__number')!.textContent!);
    await copy!.click();
    await popup.waitForFunction(() => document.querySelector('.phone-call__status')?.textContent?.startsWith('Gekopieerd'));
    await session.closePopup(popup);
    expect(await readClipboard()).toBe(number);

    // The quick-exit key, pressed on the keyboard.
    await session.display!.pressKeys('ctrl+shift+1');
    await expect.poll(readClipboard, { timeout: 10_000, interval: 500 }).toBe('');
  });
});
