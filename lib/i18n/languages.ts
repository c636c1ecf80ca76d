/** Languages the popup offers, each named in itself. Dutch is the reference language. */
export interface Language {
  code: string;
  /** The language's own name, shown in the language list. */
  nativeName: string;
  /** The word "language" in the language itself, beside the language list's globe. */
  languageWord: string;
  dir: 'ltr' | 'rtl';
}

export const LANGUAGES: readonly Language[] = [
  { code: 'nl', languageWord: 'Taal', nativeName: 'Nederlands', dir: 'ltr' },
  { code: 'en', languageWord: 'Language', nativeName: 'English', dir: 'ltr' },
  { code: 'tr', languageWord: 'Dil', nativeName: 'Türkçe', dir: 'ltr' },
  { code: 'ar', languageWord: 'اللغة', nativeName: 'العربية', dir: 'rtl' },
  { code: 'pl', languageWord: 'Język', nativeName: 'Polski', dir: 'ltr' },
  { code: 'uk', languageWord: 'Мова', nativeName: 'Українська', dir: 'ltr' },
];

export const DEFAULT_LANGUAGE = 'nl';
export const REFERENCE_LANGUAGE = 'nl';
/** Shown for a key that a translation lacks: English reaches more readers than Dutch. */
export const FALLBACK_LANGUAGES = ['en', 'nl'];

export function languageByCode(code: string | null | undefined): Language | undefined {
  return LANGUAGES.find((l) => l.code === code);
}

export function supportedLanguage(code: string | null | undefined, fallback = DEFAULT_LANGUAGE): string {
  return languageByCode(code)?.code ?? fallback;
}

/** The languages an installation offers (a policy may limit them); never an empty list. */
export function offeredLanguages(all: readonly Language[], codes: readonly string[] | null): Language[] {
  const offered = codes ? all.filter((l) => codes.includes(l.code)) : [...all];
  return offered.length > 0 ? offered : [...all];
}

/** The first of the browser's languages (navigator.languages, e.g. "tr-TR") that is offered. */
export function browserLanguage(preferred: readonly string[], offered: readonly Language[]): string | undefined {
  for (const tag of preferred) {
    const code = tag.toLowerCase().split('-')[0];
    if (offered.some((l) => l.code === code)) return code;
  }
  return undefined;
}

/**
 * The language to open in: the person's own choice, else the installation's default, else the
 * browser's own language when it is offered, else Dutch.
 */
export function startLanguage(
  stored: string | null | undefined,
  installationDefault: string | null,
  offered: readonly Language[],
  browserLanguages: readonly string[] = [],
): string {
  for (const code of [stored, installationDefault, browserLanguage(browserLanguages, offered), DEFAULT_LANGUAGE]) {
    if (code && offered.some((l) => l.code === code)) return code;
  }
  return offered[0]!.code;
}
