import { execFileSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect } from 'vitest';
import { describeSecretFields } from './harden-fields.suite';
import { launchChromium, type ChromiumSession } from './support/chromium';
import { freshDir, removeDirs } from './support/paths';

/**
 * Chromium, the real popup on a real (Xvfb) window. chrome://password-manager-internals is open
 * the whole time: it logs every form the password manager looks at (a web page's password form
 * in the same browser fills it with "PasswordAutofillAgent::SendPasswordForms" and a save decision).
 * For the popup it must log nothing at all. After a quick exit, the profile's password store
 * ("Login Data", SQLite) holds no login.
 */
let internalsLog: () => Promise<string> = async () => '';
let profile = '';

/** Logins in the profile's password store, read from a copy (Chromium keeps the file open). */
function storedLogins(): number {
  const file = join(profile, 'Default', 'Login Data');
  if (!existsSync(file)) throw new Error('no Login Data in the profile: the check would prove nothing');
  const copy = join(mkdtempSync(join(tmpdir(), 'login-data-')), 'Login Data');
  copyFileSync(file, copy);
  if (existsSync(`${file}-journal`)) copyFileSync(`${file}-journal`, `${copy}-journal`);
  try {
    return Number(execFileSync('sqlite3', [copy, 'SELECT COUNT(*) FROM logins;'], { encoding: 'utf8' }).trim());
  } finally {
    removeDirs(join(copy, '..'));
  }
}

describeSecretFields(
  'Chromium (the real popup)',
  async () => {
    profile = freshDir('chromium-profile');
    const session: ChromiumSession = await launchChromium({ headful: true, profile });
    const internals = await session.browser.newPage();
    await internals.goto('chrome://password-manager-internals/');
    const start = await internals.evaluate(() => document.body.innerText.length);
    internalsLog = async () => (await internals.evaluate(() => document.body.innerText)).slice(start);
    const close = session.close.bind(session);
    return { ...session, close: async () => (await close(), removeDirs(profile)) };
  },
  async (session) => {
    const log = await internalsLog();
    expect(log).not.toContain(session.origin);
    expect(log).not.toMatch(/PasswordManager|PasswordAutofillAgent|Decision/);
    await session.inBackground('stilleHulpQuickExit()');
    expect(storedLogins()).toBe(0);
  },
);
