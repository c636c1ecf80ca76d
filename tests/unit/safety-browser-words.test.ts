// @vitest-environment node
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * The safety check quotes the browsers' own words, so that she finds what it names. Each was
 * read from the browsers' own translation files (2026-12-07), not guessed:
 * - Firefox ESR 153.8 (Debian firefox-esr, firefox-esr-l10n-* language packs): the menu's top
 *   when signed out, `appmenu-fxa-sync-and-save-data2` / `appmenu-fxa-signed-in-label`
 *   (browser/appmenu.ftl; signed in, browser-sync.js shows the account's name or e-mail there);
 *   about:addons `addon-options-button` / `remove-addon-button` (toolkit/about/aboutAddons.ftl);
 *   the optional-permission prompt `webext-perms-optional-perms-allow` (toolkit/global/extensions.ftl).
 * - Chromium 156.0.8078.129 (Debian chromium, chromium-l10n): chrome://extensions
 *   `IDS_EXTENSIONS_REMOVE`, the permission prompt `IDS_EXTENSION_PROMPT_PERMISSIONS_BUTTON`
 *   (locales/<lang>.pak, ids from <lang>.pak.info).
 * English is en-US for Firefox and Chromium.
 */
const WORDS: Record<string, { firefoxMenu: [string, string]; firefoxAddons: [string, string]; firefoxAllow: string; chromiumRemove: string; chromiumAllow: string }> = {
  nl: { firefoxMenu: ['Synchroniseren en gegevens opslaan', 'Aanmelden'], firefoxAddons: ['Meer opties', 'Verwijderen'], firefoxAllow: 'Toestaan', chromiumRemove: 'Verwijderen', chromiumAllow: 'Toestaan' },
  en: { firefoxMenu: ['Sync and save data', 'Sign In'], firefoxAddons: ['More Options', 'Remove'], firefoxAllow: 'Allow', chromiumRemove: 'Remove', chromiumAllow: 'Allow' },
  tr: { firefoxMenu: ['Verileri eşitle ve kaydet', 'Giriş yap'], firefoxAddons: ['Diğer seçenekler', 'Kaldır'], firefoxAllow: 'İzin ver', chromiumRemove: 'Kaldır', chromiumAllow: 'İzin ver' },
  ar: { firefoxMenu: ['زامِن واحفظ البيانات', 'لِج'], firefoxAddons: ['خيارات أكثر', 'أزِل'], firefoxAllow: 'اسمح', chromiumRemove: 'إزالة', chromiumAllow: 'سماح' },
  pl: { firefoxMenu: ['Synchronizuj i zachowuj dane', 'Zaloguj się'], firefoxAddons: ['Więcej opcji', 'Usuń'], firefoxAllow: 'Zezwól', chromiumRemove: 'Usuń', chromiumAllow: 'Zezwalaj' },
  uk: { firefoxMenu: ['Синхронізувати й зберегти дані', 'Увійти'], firefoxAddons: ['Інші варіанти', 'Вилучити'], firefoxAllow: 'Дозволити', chromiumRemove: 'Видалити', chromiumAllow: 'Дозволити' },
};

const quoted = (word: string) => `'${word}'`;

describe.each(Object.entries(WORDS))('safety.json in %s quotes the browsers\' own words', (language, words) => {
  const texts = JSON.parse(readFileSync(resolve(import.meta.dirname, `../../locales/${language}/safety.json`), 'utf8'));

  it('Firefox: the top of its menu, the add-on manager and the permission prompt', () => {
    for (const word of words.firefoxMenu) expect(texts.sync.firefoxAction).toContain(quoted(word));
    for (const word of words.firefoxAddons) expect(texts.extensions.howToRemove.firefox).toContain(quoted(word));
    expect(texts.askNote.firefox).toContain(quoted(words.firefoxAllow));
  });

  it('Chromium: the extensions page and the permission prompt', () => {
    expect(texts.extensions.howToRemove.chromium).toContain(quoted(words.chromiumRemove));
    expect(texts.askNote.chromium).toContain(quoted(words.chromiumAllow));
  });
});
