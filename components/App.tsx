import { useEffect, useMemo, useState } from 'preact/hooks';
import type { i18n } from 'i18next';
import type { Language } from '../lib/i18n/languages';
import type { Service } from '../lib/directory/types';
import { TranslationContext } from './i18n';
import { EmergencyCall } from './EmergencyCall';
import { LanguagePicker } from './LanguagePicker';
import { Directory } from './Directory';
import { ScreenNav, type ScreenLink } from './ScreenNav';
import { PlanScreen } from './plan/PlanScreen';
import type { PlanActions } from './plan/types';

/** The sections of the help hub. Each feature adds its screen here and in `renderScreen`. */
export type ScreenId = 'help' | 'plan';
const SCREENS: ReadonlyArray<ScreenLink<ScreenId>> = [
  { id: 'help', labelKey: 'nav.help' },
  { id: 'plan', labelKey: 'nav.plan' },
];

/** What the popup can do; the entry point wires these to the browser. */
export interface PopupActions {
  /** Loads and keeps the chosen language; resolves to the language now in use. */
  chooseLanguage: (code: string) => Promise<string>;
  copyText: (text: string) => Promise<boolean>;
  /** The safety plan (absent in tests that do not need it). */
  plan?: PlanActions;
}

interface Props {
  i18n: i18n;
  languages: readonly Language[];
  services: readonly Service[];
  actions: PopupActions;
}

export function App({ i18n, languages, services, actions }: Props) {
  const [language, setLanguage] = useState(i18n.language);
  // Bumped when a language's texts arrive (the fallbacks load after the first render).
  const [loaded, setLoaded] = useState(0);
  const translation = useMemo(() => ({ t: i18n.getFixedT(language), language }), [i18n, language, loaded]);
  const dir = languages.find((l) => l.code === language)?.dir ?? 'ltr';
  const [screen, setScreen] = useState<ScreenId>('help');

  function renderScreen(id: ScreenId) {
    switch (id) {
      case 'help':
        return <Directory services={services} onCopy={actions.copyText} />;
      case 'plan':
        return actions.plan ? <PlanScreen actions={actions.plan} services={services} /> : null;
    }
  }

  useEffect(() => {
    const onAdded = () => setLoaded((n) => n + 1);
    i18n.store.on('added', onAdded);
    return () => i18n.store.off('added', onAdded);
  }, [i18n]);

  useEffect(() => {
    document.documentElement.lang = language;
    document.documentElement.dir = dir;
  }, [language, dir]);

  return (
    <TranslationContext.Provider value={translation}>
      <div class="popup">
        <header class="popup__header">
          <h1 class="popup__title">{translation.t('appName')}</h1>
          <LanguagePicker languages={languages} onChoose={async (code) => setLanguage(await actions.chooseLanguage(code))} />
        </header>
        <ScreenNav screens={SCREENS} current={screen} onSelect={setScreen} />
        <main class="popup__main">
          <EmergencyCall />
          {renderScreen(screen)}
        </main>
      </div>
    </TranslationContext.Provider>
  );
}
