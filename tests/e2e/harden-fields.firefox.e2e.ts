import { existsSync, readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { saveShot } from './support/shots';
import { describeSecretFields } from './harden-fields.suite';
import { launchFirefox, type FirefoxSession } from './support/firefox';
import { inBrowserWindows, openRealPopup, screenshotDisplay, typeOnDisplay } from './support/firefox-real-popup';
import { LOCAL_SITES } from './support/help-site';
import { freshDir, removeDirs } from './support/paths';
import type { BrowserSession } from './support/session';

const PASSPHRASE = 'tulp fiets regen lamp';

/**
 * The test tool starts Firefox with its password manager off (`signon.rememberSignons: false`,
 * the remote agent's recommended prefs): a save offer could never show. A person's Firefox has it on.
 */
const PASSWORD_MANAGER_ON = { 'signon.rememberSignons': true, 'signon.autofillForms': true };

/**
 * What Firefox's password manager holds now: "save login?" offers (doorhangers, shown or folded into
 * the key icon) on any page, the real popup's included, and the logins it has stored.
 */
async function passwordManager(session: BrowserSession): Promise<{ offers: number; logins: number }> {
  const windows = await inBrowserWindows<{ offers: number; logins: number }>(
    session as FirefoxSession,
    `(async () => ({
      offers: [...gBrowser.browsers, ...document.querySelectorAll('.webextension-popup-browser')].filter((b) => PopupNotifications.getNotification('password', b)).length,
      logins: (await Services.logins.getAllLogins()).length,
    }))()`,
  );
  return { offers: windows.reduce((n, w) => n + w.offers, 0), logins: windows[0]?.logins ?? 0 };
}

/** Watches for a save offer for `ms` after a submit (the control below shows one within about a second). */
async function expectNoOfferFor(session: BrowserSession, ms: number): Promise<void> {
  const until = Date.now() + ms;
  while (Date.now() < until) {
    expect(await passwordManager(session)).toEqual({ offers: 0, logins: 0 });
    await new Promise((r) => setTimeout(r, 100));
  }
}

// Firefox's login manager (the "save login" doorhanger) only acts on fields that are or were
// type="password" (LoginHelper.isPasswordFieldType); the suite checks there are none, here with
// the password manager on, and after the unlock no offer and no stored login.
describeSecretFields(
  'Firefox (popup.html in a tab, password manager on)',
  () => launchFirefox({ prefs: PASSWORD_MANAGER_ON }),
  async (session) => expectNoOfferFor(session, 2_000),
);

/** A site with an ordinary login form: the control that shows the check sees a save offer. */
async function startLoginSite(): Promise<{ url: string; close(): void }> {
  const server = createServer((req, res) => {
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
    res.end(
      req.url === '/'
        ? '<!doctype html><title>Inloggen</title><form action="/welkom" method="post"><input name="user" id="user"><input type="password" name="pw" id="pw"><button>Inloggen</button></form>'
        : '<!doctype html><title>Welkom</title><p>Welkom</p>',
    );
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  LOCAL_SITES.set('inloggen.test', (server.address() as AddressInfo).port);
  return {
    url: 'https://inloggen.test/',
    close() {
      LOCAL_SITES.delete('inloggen.test');
      server.close();
      server.closeAllConnections();
    },
  };
}

describe("Firefox's password manager and the real popup (headful)", () => {
  it('a login form on a site gets a save offer; the passphrase, set and unlocked in the real popup, gets none, and after a quick exit the profile holds no login', { timeout: 120_000 }, async () => {
    const profile = freshDir('firefox-profile');
    const site = await startLoginSite();
    const session = await launchFirefox({ headful: true, realPopup: true, profile, prefs: PASSWORD_MANAGER_ON });
    try {
      // The control: the same browser offers to save an ordinary login.
      const page = await session.browser.newPage();
      await page.goto(site.url);
      await page.type('#user', 'anna');
      await page.type('#pw', 'geheim wachtwoord 9');
      const submitted = Date.now();
      await Promise.all([page.waitForNavigation(), page.keyboard.press('Enter')]);
      await expect.poll(async () => (await passwordManager(session)).offers, { timeout: 10_000 }).toBe(1);
      console.log(`control: save offer ${Date.now() - submitted} ms after the submit`);
      await page.close(); // the offer goes with its tab; nothing was saved
      expect(await passwordManager(session)).toEqual({ offers: 0, logins: 0 });

      // She chooses a passphrase in the real popup, with real keys, and presses Enter.
      let popup = await openRealPopup(session);
      await popup.focus('button[data-screen="plan"]');
      await session.display!.pressKeys('Return');
      await popup.focus('[data-testid="plan-new-passphrase"]');
      await typeOnDisplay(session, PASSPHRASE);
      await popup.focus('[data-testid="plan-confirm-passphrase"]');
      await typeOnDisplay(session, PASSPHRASE);
      await session.display!.pressKeys('Return');
      await popup.waitFor(`d.querySelector('[data-field="warningSigns"]')`);
      await expectNoOfferFor(session, 3_000);
      await saveShot('firefox-passphrase-set-display.png', (path) => screenshotDisplay(session, path));
      await session.display!.pressKeys('Escape'); // closes the popup
      await expect.poll(() => popup.isOpen()).toBe(false);

      // The next opening: she unlocks the plan.
      popup = await openRealPopup(session);
      await popup.focus('button[data-screen="plan"]');
      await session.display!.pressKeys('Return');
      await popup.focus('[data-testid="plan-passphrase"]');
      await typeOnDisplay(session, PASSPHRASE);
      await session.display!.pressKeys('Return');
      await popup.waitFor(`d.querySelector('[data-field="warningSigns"]')`);
      await expectNoOfferFor(session, 3_000);
      await saveShot('firefox-passphrase-unlocked-display.png', (path) => screenshotDisplay(session, path));

      // Snel weg: the popup's button (Enter on it).
      await popup.focus('[data-testid="quick-exit"]');
      await session.display!.pressKeys('Return');
      await expect.poll(() => popup.isOpen(), { timeout: 10_000 }).toBe(false);
      // The quick exit ran: the empty tab it brings to the front.
      await expect.poll(async () => (await inBrowserWindows<string>(session, 'gBrowser.selectedBrowser.currentURI.spec'))[0]).toBe('about:newtab');
      expect(await passwordManager(session)).toEqual({ offers: 0, logins: 0 });
    } finally {
      await session.close();
      site.close();
    }
    // What is on disk after Firefox has closed: no stored login (Firefox writes logins.json with the first one).
    const logins = join(profile, 'logins.json');
    expect(existsSync(logins) ? JSON.parse(readFileSync(logins, 'utf8')).logins : []).toEqual([]);
    removeDirs(profile);
  });
});
