import { findTraces, QUICK_EXIT_RECORD } from './support/traces';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'puppeteer-core';
import { afterEach, describe, expect, it } from 'vitest';
import { axeViolations } from './support/axe';
import { launchChromium, type ChromiumSession } from './support/chromium';
import { freshDir, removeDirs } from './support/paths';
import { PopupPage } from './support/popup-page';

/**
 * The safety check in Chromium's real popup: each line shows what the browser reports now, and
 * changes when that changes (a key taken by another extension, a permission given through
 * Chromium's own prompt, another extension that can read every site, "Allow in Incognito").
 * Headful on a private Xvfb display, for the permission prompt.
 */

/** Another extension, installed first: it takes both quick-exit keys and can read every site. */
function snapshotExtension(): string {
  const dir = freshDir('snapshot-helper');
  mkdirSync(dir, { recursive: true });
  const suggested = (key: string) => ({ suggested_key: { default: key }, description: key });
  writeFileSync(
    join(dir, 'manifest.json'),
    JSON.stringify({
      manifest_version: 3,
      name: 'Snapshot helper',
      version: '1',
      background: { service_worker: 'bg.js' },
      host_permissions: ['<all_urls>'],
      commands: { one: suggested('Ctrl+Shift+1'), two: suggested('Ctrl+Shift+H') },
    }),
  );
  writeFileSync(join(dir, 'bg.js'), '');
  return dir;
}

async function openSafetyCheck(session: ChromiumSession): Promise<Page> {
  const popup = await session.openPopup();
  await new PopupPage(popup).click('Check');
  await popup.waitForSelector('[data-testid="safety-check"] .safety-lines [data-testid="safety-extensions"]');
  return popup;
}

const line = (popup: Page, id: string) =>
  popup.$eval(`[data-testid="safety-${id}"]`, (l) => ({ status: l.getAttribute('data-status'), text: (l as HTMLElement).innerText.replace(/\s+/g, ' ') }));

/** Clicks a button that asks Chromium for a permission: the popup closes, the prompt's "Allow" is reached with Tab. */
async function allowThroughPrompt(session: ChromiumSession, popup: Page, button: string, permission: string) {
  await popup.click(`[data-testid="${button}"]`);
  const granted = () => session.inBackground<boolean>(`chrome.permissions.contains({ permissions: ['${permission}'] })`);
  // A permission without a warning is given at once; one with a warning brings up Chromium's prompt.
  await expect.poll(async () => (await granted()) || popup.isClosed(), { timeout: 10_000 }).toBe(true);
  if (!(await granted())) {
    await new Promise((r) => setTimeout(r, 500));
    await session.display!.pressKeys('Tab', 'Return');
  }
  await expect.poll(granted, { timeout: 10_000 }).toBe(true);
  if (!popup.isClosed()) await session.closePopup(popup);
}

describe('the safety check in Chromium', () => {
  let session: ChromiumSession | undefined;
  const dirs: string[] = [];
  afterEach(async () => {
    await session?.close();
    session = undefined;
    removeDirs(...dirs.splice(0));
  });

  it('shows the real state of each line, changes with it, and quick exit gives its permissions back', async () => {
    session = await launchChromium({ headful: true });
    let popup = await openSafetyCheck(session);
    expect(await line(popup, 'private')).toMatchObject({ status: 'attention' });
    // The steps to the browser's switch, in its own words (the same as in the website dialog).
    await popup.waitForSelector('[data-testid="safety-private"] [data-testid="private-steps"]');
    expect((await line(popup, 'private')).text).toContain('Toestaan in incognitomodus');
    expect(await line(popup, 'key')).toEqual({ status: 'ok', text: expect.stringContaining('Snel weg heeft een sneltoets: \u2066Ctrl+Shift+1\u2069.') });
    expect(await line(popup, 'sync')).toMatchObject({ status: 'unknown', text: expect.stringContaining('deelt deze browser zijn open tabbladen') });
    expect(await line(popup, 'exit-keeps')).toMatchObject({ text: expect.stringContaining('Er is geen plan bewaard.') });
    expect(await line(popup, 'extensions')).toMatchObject({ status: 'unknown', text: expect.stringContaining('Bekijk de extensies') });
    expect((await popup.$eval('[data-testid="safety-cannot-see"]', (s) => s.textContent)) ?? '').toContain('Windows-toets + V');
    expect(await axeViolations(popup)).toEqual([]);

    // Other extensions: Chromium's own prompt, answered "Allow" with the keyboard.
    await allowThroughPrompt(session, popup, 'safety-extensions-allow', 'management');
    popup = await openSafetyCheck(session);
    // The test's own trace inspector can read every site and the history: it is listed by name.
    expect(await line(popup, 'extensions')).toMatchObject({ status: 'attention', text: expect.stringContaining('Trace inspector (tests only): kan elke website lezen, kan je geschiedenis lezen') });
    expect((await line(popup, 'extensions')).text).toContain("Klik bij de naam op 'Verwijderen'");

    // Tab sync: this test browser is signed into no account (--disable-sync): no other device is listed.
    await allowThroughPrompt(session, popup, 'safety-sync-allow', 'sessions');
    popup = await openSafetyCheck(session);
    expect(await line(popup, 'sync')).toMatchObject({ status: 'ok', text: expect.stringContaining('toont geen tabbladen van andere apparaten') });
    expect(await axeViolations(popup)).toEqual([]);
    await session.closePopup(popup);

    // "Allow in Incognito" switched on, as on chrome://extensions: the line turns to all right.
    await session.setIncognitoAccess(true);
    popup = await openSafetyCheck(session);
    expect(await line(popup, 'private')).toMatchObject({ status: 'ok', text: expect.stringContaining('Hulpwebsites openen in een privévenster.') });
    await session.closePopup(popup);

    // Quick exit gives the safety check's permissions back: the next check asks again.
    await session.inBackground('stilleHulpQuickExit()');
    await expect.poll(() => session!.inBackground<boolean>("chrome.permissions.contains({ permissions: ['management'] })")).toBe(false);
    expect(await session.inBackground<boolean>("chrome.permissions.contains({ permissions: ['sessions'] })")).toBe(false);
    popup = await openSafetyCheck(session);
    expect(await line(popup, 'extensions')).toMatchObject({ status: 'unknown' });
    expect(await line(popup, 'sync')).toMatchObject({ status: 'unknown' });
    // The screen keeps nothing it read; the quick exit keeps only its neutral record, which says everything went.
    expect(findTraces(await session.traces(), { helpHosts: [], allowedStorage: QUICK_EXIT_RECORD })).toEqual([]);
  });

  it('disguised: the same check behind the calculator code, which it counts among what quick exit keeps', async () => {
    session = await launchChromium({ flavour: 'disguised' });
    const page = await session.openPopup();
    await page.waitForSelector('[data-testid="first-run"]');
    await page.type('#cover-code', '2580');
    await page.type('#cover-code-again', '2580');
    await page.click('.first-run__form button[type="submit"]');
    await page.waitForSelector('[data-testid="emergency-call"], [data-testid="calculator"]');
    if (!(await page.$('[data-testid="emergency-call"]'))) for (const key of '2580=') await page.click(`[data-key="${key}"]`);
    await new PopupPage(page).click('Check');
    await page.waitForSelector('[data-testid="safety-check"] [data-testid="safety-extensions"]');
    expect((await line(page, 'exit-keeps')).text).toContain('De code van de rekenmachine blijft altijd bewaard.');
    expect(await axeViolations(page)).toEqual([]);
  });

  it('another extension installed first: the key line says the key is not set, and the extension is listed by name (also in Arabic)', async () => {
    const other = snapshotExtension();
    dirs.push(other);
    session = await launchChromium({ headful: true, otherExtensions: [other] });
    let popup = await openSafetyCheck(session);
    expect(await line(popup, 'key')).toMatchObject({ status: 'attention', text: expect.stringContaining('Snel weg heeft nog geen sneltoets.') });
    await popup.waitForSelector('[data-testid="safety-key"] [data-testid="key-fix"]');
    // Said once on this screen: the hub's own notice steps aside for the line.
    expect(await popup.$$eval('[data-testid="key-notice"]', (n) => n.length)).toBe(1);
    await allowThroughPrompt(session, popup, 'safety-extensions-allow', 'management');
    popup = await openSafetyCheck(session);
    const extensions = await line(popup, 'extensions');
    expect(extensions.status).toBe('attention');
    expect(extensions.text).toContain('2 andere extensies kunnen meelezen:');
    expect(extensions.text).toContain('Snapshot helper: kan elke website lezen');
    expect(await axeViolations(popup)).toEqual([]);
    await new PopupPage(popup).chooseLanguage('العربية');
    await popup.waitForFunction(() => document.querySelector('[data-testid="safety-check"] h2')?.textContent === 'فحص الأمان');
    expect(await axeViolations(popup)).toEqual([]);
  });
});
