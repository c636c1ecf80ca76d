import { expect } from 'vitest';
import { describeSecretFields } from './harden-fields.suite';
import { launchChromium, type ChromiumSession } from './support/chromium';

/**
 * Chromium, the real popup on a real (Xvfb) window. chrome://password-manager-internals is open
 * the whole time: it logs every form the password manager looks at (a web page's password form
 * in the same browser fills it with "PasswordAutofillAgent::SendPasswordForms" and a save decision).
 * For the popup it must log nothing at all.
 */
let internalsLog: () => Promise<string> = async () => '';
describeSecretFields(
  'Chromium (the real popup)',
  async () => {
    const session: ChromiumSession = await launchChromium({ headful: true });
    const internals = await session.browser.newPage();
    await internals.goto('chrome://password-manager-internals/');
    const start = await internals.evaluate(() => document.body.innerText.length);
    internalsLog = async () => (await internals.evaluate(() => document.body.innerText)).slice(start);
    return session;
  },
  async (session) => {
    const log = await internalsLog();
    expect(log).not.toContain(session.origin);
    expect(log).not.toMatch(/PasswordManager|PasswordAutofillAgent|Decision/);
  },
);
