/**
 * The words of the browsers' own screens, in each language of this extension, where she
 * switches on private windows for it. Quoted, never translated by us: she must find the very
 * same words on her screen. Read on 2026-12-07 from the browsers' own translation files:
 * - Chromium 156.0.8078.129 (Debian `chromium`, `chromium-l10n`): `locales/<lang>.pak`,
 *   the strings of chrome://extensions (`IDS_EXTENSIONS_ALLOW_INCOGNITO` "Allow in Incognito").
 * - Firefox ESR 153.8.0 (Debian `firefox-esr`, `firefox-esr-l10n-<lang>` language packs):
 *   `toolkit/about/aboutAddons.ftl` (`detail-private-browsing-label`,
 *   `addon-detail-private-browsing-allow`, and the gear menu's `addon-manage-extensions-shortcuts`
 *   "Manage Extension Shortcuts") and `browser/toolbarContextMenu.ftl`
 *   (`toolbar-context-menu-manage-extension`; the Extensions panel's menu has the same words).
 * Polish Firefox ends "Działanie w oknach prywatnych:" with a colon; it is left out here.
 * The browser may show another language than the one she picked here (it follows the
 * operating system): the steps then still name the place, and the words may differ.
 */
export interface BrowserWords {
  /** Chromium: the switch on the extension's details page. */
  chromiumAllowIncognito: string;
  /** Firefox: the right-click menu item on the extension's button. */
  firefoxManage: string;
  /** Firefox: the row on the add-on's page. */
  firefoxRunInPrivate: string;
  /** Firefox: the choice in that row. */
  firefoxAllow: string;
  /** Firefox: the item of the add-ons page's gear menu where she changes the extension's keys. */
  firefoxManageShortcuts: string;
}

export const BROWSER_WORDS: Readonly<Record<string, BrowserWords>> = {
  nl: {
    chromiumAllowIncognito: 'Toestaan in incognitomodus',
    firefoxManage: 'Extensie beheren',
    firefoxRunInPrivate: 'Uitvoeren in privévensters',
    firefoxAllow: 'Toestaan',
    firefoxManageShortcuts: 'Extensiesneltoetsen beheren',
  },
  en: {
    chromiumAllowIncognito: 'Allow in Incognito',
    firefoxManage: 'Manage Extension',
    firefoxRunInPrivate: 'Run in Private Windows',
    firefoxAllow: 'Allow',
    firefoxManageShortcuts: 'Manage Extension Shortcuts',
  },
  tr: {
    chromiumAllowIncognito: 'Gizli modda izin ver',
    firefoxManage: 'Uzantıyı yönet',
    firefoxRunInPrivate: 'Gizli pencerede çalışabilir',
    firefoxAllow: 'İzin ver',
    firefoxManageShortcuts: 'Uzantı kısayollarını yönet',
  },
  ar: {
    chromiumAllowIncognito: 'السماح بالإضافة في وضع التصفُّح المتخفي',
    firefoxManage: 'أدِر الامتداد',
    firefoxRunInPrivate: 'تشغيله في النوافذ الخاصة',
    firefoxAllow: 'مسموح',
    firefoxManageShortcuts: 'أدِر اختصارات الامتدادات',
  },
  pl: {
    chromiumAllowIncognito: 'Zezwalaj w trybie incognito',
    firefoxManage: 'Zarządzaj rozszerzeniem',
    firefoxRunInPrivate: 'Działanie w oknach prywatnych',
    firefoxAllow: 'zezwalaj',
    firefoxManageShortcuts: 'Zarządzaj skrótami rozszerzeń',
  },
  uk: {
    chromiumAllowIncognito: 'Дозволити в анонімному режимі',
    firefoxManage: 'Керувати розширенням',
    firefoxRunInPrivate: 'Виконувати в приватних вікнах',
    firefoxAllow: 'Дозволити',
    firefoxManageShortcuts: 'Керувати комбінаціями клавіш розширень',
  },
};

/** The browser's words in her language, else in English (the browsers' own fallback). */
export function browserWords(language: string): BrowserWords {
  return BROWSER_WORDS[language] ?? BROWSER_WORDS[language.split('-')[0] ?? ''] ?? BROWSER_WORDS.en!;
}
