import { useEffect, useMemo, useState } from 'preact/hooks';
import type { i18n } from 'i18next';
import type { Language } from '../lib/i18n/languages';
import type { Service } from '../lib/directory/types';
import { TranslationContext } from './i18n';
import { EmergencyCall } from './EmergencyCall';
import { LanguagePicker } from './LanguagePicker';
import { Directory } from './Directory';
import { ScreenNav, type ScreenLink } from './ScreenNav';
import type { InstallationInfo } from './AboutInstallation';
import { QuickExitButton } from './QuickExitButton';
import type { QuickExitSettingsActions } from './QuickExitSettings';
import type { OpenProblem } from './OpenSiteDialog';
import { LazyTopicsScreen } from './topics/LazyTopicsScreen';
import { SpeechContext, type Speech } from './ReadAloud';
import { lazyScreen } from './lazy';
import { LazyPlanScreen } from './plan/LazyPlanScreen';
import type { PlanActions } from './plan/types';
import { TerminalNotice, TerminalPlanTexts, type TerminalInfo } from './TerminalNotice';

const OpenSiteDialog = lazyScreen(() => import('./OpenSiteDialog').then((m) => m.OpenSiteDialog));
const SettingsScreen = lazyScreen(() => import('./SettingsScreen').then((m) => m.SettingsScreen));
const AboutInstallation = lazyScreen(() => import('./AboutInstallation').then((m) => m.AboutInstallation));

/** The sections of the help hub. Each feature adds its screen here and in `renderScreen`. */
export type ScreenId = 'help' | 'topics' | 'plan' | 'settings' | 'about';
const SCREENS: ReadonlyArray<ScreenLink<ScreenId>> = [
  { id: 'help', labelKey: 'nav.help' },
  { id: 'topics', labelKey: 'nav.topics' },
  { id: 'plan', labelKey: 'nav.plan' },
  { id: 'settings', labelKey: 'nav.settings' },
  { id: 'about', labelKey: 'nav.about' },
];

/** What the popup can do; the entry point wires these to the browser. */
export interface PopupActions extends QuickExitSettingsActions {
  /** Loads and keeps the chosen language; resolves to the language now in use. */
  chooseLanguage: (code: string) => Promise<string>;
  copyText: (text: string) => Promise<boolean>;
  quickExit: () => void;
  openSite: (site: string, mode: 'private' | 'tab') => Promise<{ status: string }>;
  /** Loads the topic texts (their own chunk) for a language and its fallbacks. */
  loadTopics: (language: string) => Promise<void>;
  /** Reading aloud with a local voice (absent in tests that do not need it). */
  speech?: Speech;
  /** Loads the safety plan's actions when the plan is first opened (absent in tests that do not need it). */
  loadPlan?: () => Promise<PlanActions>;
}

export interface AppProps {
  i18n: i18n;
  languages: readonly Language[];
  services: readonly Service[];
  actions: PopupActions;
  installation: InstallationInfo;
  /** Set when the calculator cover is on: the settings then offer to change the code. */
  onChangeCode?: (code: string) => Promise<void>;
  /** Set on a public terminal (ephemeral mode): the hub and the plan say that nothing is kept. */
  terminal?: TerminalInfo | null;
}

export function App({ i18n, languages, services, actions, installation, onChangeCode, terminal = null }: AppProps) {
  const [language, setLanguage] = useState(i18n.language);
  // Bumped when a language's texts arrive (the fallbacks load after the first render).
  const [loaded, setLoaded] = useState(0);
  const translation = useMemo(() => ({ t: i18n.getFixedT(language), language }), [i18n, language, loaded]);
  const dir = languages.find((l) => l.code === language)?.dir ?? 'ltr';
  const [screen, setScreen] = useState<ScreenId>('help');
  const [openProblem, setOpenProblem] = useState<{ site: string; problem: OpenProblem; granted: boolean } | null>(null);

  async function openSite(site: string, mode: 'private' | 'tab' = 'private') {
    const result = await actions.openSite(site, mode);
    if (result.status === 'private-not-allowed' || result.status === 'needs-permissions') {
      setOpenProblem({ site, problem: result.status, granted: await actions.sitePermissionsGranted() });
    } else {
      setOpenProblem(null);
    }
  }

  function renderScreen(id: ScreenId) {
    switch (id) {
      case 'help':
        return (
          <>
            {terminal && <TerminalNotice terminal={terminal} />}
            <Directory services={services} onCopy={actions.copyText} onOpenSite={(site) => void openSite(site)} />
          </>
        );
      case 'topics':
        return <LazyTopicsScreen services={services} onCopy={actions.copyText} loadTopics={actions.loadTopics} />;
      case 'plan':
        if (!actions.loadPlan) return null;
        if (!terminal) return <LazyPlanScreen loadActions={actions.loadPlan} services={services} />;
        return (
          <TerminalPlanTexts>
            <TerminalNotice terminal={terminal} />
            <LazyPlanScreen loadActions={actions.loadPlan} services={services} />
          </TerminalPlanTexts>
        );
      case 'settings':
        return <SettingsScreen actions={actions} onChangeCode={onChangeCode} />;
      case 'about':
        return <AboutInstallation info={installation} />;
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
      <SpeechContext.Provider value={actions.speech ?? null}>
      <div class="popup">
        <header class="popup__header">
          <h1 class="popup__title">{translation.t('appName')}</h1>
          <QuickExitButton onExit={actions.quickExit} />
          <LanguagePicker languages={languages} onChoose={async (code) => setLanguage(await actions.chooseLanguage(code))} />
        </header>
        <ScreenNav screens={SCREENS} current={screen} onSelect={setScreen} />
        <main class="popup__main">
          <EmergencyCall />
          {openProblem ? (
            <OpenSiteDialog
              site={openProblem.site}
              problem={openProblem.problem}
              browserKind={actions.browserKind}
              permissionsGranted={openProblem.granted}
              onAllowPermissions={async () => {
                // Once given, the background opens the site in a tab; this dialog's work is done.
                if (await actions.requestSitePermissions(openProblem.site)) setOpenProblem(null);
              }}
              onOpenInTab={() => void openSite(openProblem.site, 'tab')}
              onClose={() => setOpenProblem(null)}
            />
          ) : (
            renderScreen(screen)
          )}
        </main>
      </div>
      </SpeechContext.Provider>
    </TranslationContext.Provider>
  );
}
