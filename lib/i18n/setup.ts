import i18next, { type i18n, type Resource } from 'i18next';
import { FALLBACK_LANGUAGES, REFERENCE_LANGUAGE, supportedLanguage } from './languages';

export type Namespace = string;
type Loader = () => Promise<{ default: Record<string, unknown> }>;

/**
 * Every locale file, loaded only when its language is needed, so the popup's first load
 * holds no language it does not show.
 */
const LOCALE_FILES = import.meta.glob<{ default: Record<string, unknown> }>('../../locales/*/*.json');

function filesOf(language: string): Array<[namespace: string, load: Loader]> {
  return Object.entries(LOCALE_FILES)
    .filter(([path]) => path.split('/').at(-2) === language)
    .map(([path, load]) => [path.split('/').at(-1)!.replace(/\.json$/, ''), load]);
}

export async function loadLanguage(instance: i18n, language: string): Promise<void> {
  await Promise.all(
    filesOf(language).map(async ([namespace, load]) => {
      if (instance.hasResourceBundle(language, namespace)) return;
      instance.addResourceBundle(language, namespace, (await load()).default, true, true);
    }),
  );
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
  await Promise.all(languagesFor(language).map((l) => loadLanguage(instance, l)));
  return instance;
}

export async function switchLanguage(instance: i18n, requested: string): Promise<string> {
  const language = supportedLanguage(requested);
  await Promise.all(languagesFor(language).map((l) => loadLanguage(instance, l)));
  await instance.changeLanguage(language);
  return language;
}

export { REFERENCE_LANGUAGE };
