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
