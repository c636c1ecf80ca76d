import i18next, { type i18n, type Resource } from 'i18next';
import { FALLBACK_LANGUAGES, REFERENCE_LANGUAGE, supportedLanguage } from './languages';

export type Namespace = string;
type Bundles = Record<string, Record<string, unknown>>;

/**
 * One chunk per language (locales/<lang>/index.ts holds all its namespaces), loaded only
 * when that language is needed, so the popup's first load holds no language it does not show.
 */
const LANGUAGE_CHUNKS = import.meta.glob<{ default: Bundles }>('../../locales/*/index.ts');

export async function loadLanguage(instance: i18n, language: string): Promise<void> {
  const load = LANGUAGE_CHUNKS[`../../locales/${language}/index.ts`];
  if (!load || instance.hasResourceBundle(language, 'ui')) return;
  for (const [file, resources] of Object.entries((await load()).default)) {
    const namespace = file.replace(/^\.\/|\.json$/g, '');
    instance.addResourceBundle(language, namespace, resources, true, true);
  }
}

/** The languages to hold in memory for one chosen language: it, then the fallbacks. */
export function languagesFor(language: string): string[] {
  return [...new Set([language, ...FALLBACK_LANGUAGES])];
}

export async function createI18n(requested: string | null | undefined): Promise<i18n> {
  const language = supportedLanguage(requested);
  const instance = i18next.createInstance();
  await instance.init({
    lng: language,
    fallbackLng: FALLBACK_LANGUAGES,
    defaultNS: 'ui',
    ns: ['ui'],
    resources: {} satisfies Resource,
    partialBundledLanguages: true,
    interpolation: { escapeValue: false },
    returnNull: false,
    initAsync: false,
  });
  // Only the chosen language is awaited; the fallbacks (for a key a translation lacks) follow
  // at once and the popup re-renders when they arrive.
  await loadLanguage(instance, language);
  void loadFallbacks(instance, language);
  return instance;
}

export function loadFallbacks(instance: i18n, language: string): Promise<void[]> {
  return Promise.all(languagesFor(language).slice(1).map((l) => loadLanguage(instance, l)));
}

export async function switchLanguage(instance: i18n, requested: string): Promise<string> {
  const language = supportedLanguage(requested);
  await loadLanguage(instance, language);
  void loadFallbacks(instance, language);
  await instance.changeLanguage(language);
  return language;
}

export { REFERENCE_LANGUAGE };
