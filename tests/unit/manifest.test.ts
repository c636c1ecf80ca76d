// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { BOOT_SHELL, localeMessages, MANIFEST_TEXTS } from '../../lib/build/manifest-messages';
import { INSTALL_PERMISSIONS, manifestFor, websitePermissions } from '../../lib/build/manifest';
import { sitePermissions } from '../../lib/quick-exit/browser-api';
import { safetyCheckPermissions } from '../../lib/safety/permissions';
import { LANGUAGES } from '../../lib/i18n/languages';

/** Words (in the six languages) that would give the disguise away. */
const HELP_WORDS = /hulp|help|geweld|violen|veilig|safe|stille|quiet|112|opvang|shelter|yardım|şiddet|pomoc|przemoc|допомог|насильств|مساعد|عنف/i;

describe('the disguised flavour', () => {
  it('has a calculator name and description in every UI language', () => {
    expect(Object.keys(MANIFEST_TEXTS.disguised).sort()).toEqual(LANGUAGES.map((l) => l.code).sort());
  });

  it('says nothing of help in any manifest text, nor in the first frame of the popup', () => {
    for (const [file, json] of Object.entries(localeMessages('disguised'))) expect(json, file).not.toMatch(HELP_WORDS);
    expect(BOOT_SHELL.disguised).not.toMatch(HELP_WORDS);
  });

  it('asks for no permission with an install warning', () => {
    for (const browser of ['chrome', 'firefox']) {
      const manifest = manifestFor('disguised', browser, browser === 'firefox' ? 2 : 3) as { permissions: string[] };
      expect(manifest.permissions).toEqual([...INSTALL_PERMISSIONS]);
      expect(manifest.permissions.every((p) => ['storage', 'idle', 'alarms'].includes(p))).toBe(true);
    }
  });

  it('keeps the powers whose warning would give it away optional, and asks only for what quick exit uses', () => {
    const optional = (browser: string) => (manifestFor('disguised', browser, browser === 'firefox' ? 2 : 3) as { optional_permissions: string[] }).optional_permissions;
    // Chromium's `sessions` is the safety check's (sessions.getDevices), not quick exit's: it cannot forget a closed tab.
    expect(optional('chrome')).toEqual(['history', 'browsingData', 'tabs', 'sessions', 'management']);
    // Only Firefox can forget a closed tab (sessions.forgetClosedTab); it has no getDevices.
    expect(optional('firefox')).toEqual(['history', 'browsingData', 'tabs', 'sessions', 'management']);
  });

  it('asks for the website permissions without the safety check\'s, and the safety check\'s apart', () => {
    expect(websitePermissions('chrome')).toEqual(['history', 'browsingData', 'tabs']);
    expect(websitePermissions('firefox')).toEqual(['history', 'browsingData', 'tabs', 'sessions']);
    const built = (browser: string) => ({
      runtime: { getManifest: () => manifestFor('disguised', browser, browser === 'firefox' ? 2 : 3) as { optional_permissions: string[]; browser_specific_settings?: unknown } },
    });
    expect(sitePermissions(built('chrome'))).toEqual(websitePermissions('chrome'));
    expect(sitePermissions(built('firefox'))).toEqual(websitePermissions('firefox'));
    expect(safetyCheckPermissions('chrome')).toEqual(['sessions', 'management']);
    expect(safetyCheckPermissions('firefox')).toEqual(['management']);
  });
});

it('the open flavour has its texts in every UI language', () => {
  expect(Object.keys(MANIFEST_TEXTS.open).sort()).toEqual(LANGUAGES.map((l) => l.code).sort());
});
