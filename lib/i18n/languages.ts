/** Languages the popup offers, each named in itself. Dutch is the reference language. */
export interface Language {
  code: string;
  /** The language's own name, shown in the language list. */
  nativeName: string;
  dir: 'ltr' | 'rtl';
}

export const LANGUAGES: readonly Language[] = [
  { code: 'nl', nativeName: 'Nederlands', dir: 'ltr' },
  { code: 'en', nativeName: 'English', dir: 'ltr' },
  { code: 'tr', nativeName: 'Türkçe', dir: 'ltr' },
  { code: 'ar', nativeName: 'العربية', dir: 'rtl' },
  { code: 'pl', nativeName: 'Polski', dir: 'ltr' },
  { code: 'uk', nativeName: 'Українська', dir: 'ltr' },
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

/** The language to open in: the person's own choice, else the installation's default, else Dutch. */
export function startLanguage(stored: string | null | undefined, installationDefault: string | null, offered: readonly Language[]): string {
  for (const code of [stored, installationDefault, DEFAULT_LANGUAGE]) {
    if (code && offered.some((l) => l.code === code)) return code;
  }
  return offered[0]!.code;
}
