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
import { QuickExitKeyNotice } from './QuickExitKeyNotice';
import type { OpenProblem } from './OpenSiteDialog';
import { LazyTopicsScreen } from './topics/LazyTopicsScreen';
import { SpeechContext } from './ReadAloud';
import { lazyScreen } from './lazy';
import { LazyPlanScreen } from './plan/LazyPlanScreen';
import { CanCallContext } from './calling';
import { FIRST_SERVICE_ID } from './Directory';
import { TerminalNotice, TerminalPlanTexts, type TerminalInfo } from './TerminalNotice';
import type { PopupActions } from '../lib/screen-actions';
import { useFocusBelowHeader } from './useFocusBelowHeader';
import { PrivateAccessReturn } from './PrivateAccessReturn';
import type { TabSyncState } from '../lib/safety/tab-sync';
import { TabSyncNotice } from './safety/TabSyncNotice';
import { LastExitLine } from './LastExitLine';
export type { PopupActions };

const OpenSiteDialog = lazyScreen(() => import('./OpenSiteDialog').then((m) => m.OpenSiteDialog));
const SettingsScreen = lazyScreen(() => import('./SettingsScreen').then((m) => m.SettingsScreen));
const AboutInstallation = lazyScreen(() => import('./AboutInstallation').then((m) => m.AboutInstallation));
const SafetyCheckScreen = lazyScreen(() => import('./safety/SafetyCheckScreen').then((m) => m.SafetyCheckScreen));

/** The sections of the help hub. Each feature adds its screen here and in `renderScreen`. */
export type ScreenId = 'help' | 'topics' | 'plan' | 'settings' | 'about' | 'safety';
const SCREENS: ReadonlyArray<ScreenLink<ScreenId>> = [
  { id: 'help', labelKey: 'nav.help', icon: 'phone' },
  { id: 'topics', labelKey: 'nav.topics', icon: 'book' },
  { id: 'plan', labelKey: 'nav.plan', icon: 'checklist' },
  { id: 'settings', labelKey: 'nav.settings', icon: 'gear' },
  { id: 'about', labelKey: 'nav.about', icon: 'info' },
];
/** Offered where the popup can read the browser's state (lib/safety). */
const SAFETY_SCREEN: ScreenLink<ScreenId> = { id: 'safety', labelKey: 'safety:nav', icon: 'shield-check' };


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
  useFocusBelowHeader();
  const [openProblem, setOpenProblem] = useState<{ site: string; problem: OpenProblem; granted: boolean; refused: boolean } | null>(null);
  const [tabSync, setTabSync] = useState<TabSyncState | null>(null);
  const screens = actions.safety ? [...SCREENS, SAFETY_SCREEN] : SCREENS;

  async function openSite(site: string, mode: 'private' | 'tab' = 'private') {
    const result = await actions.openSite(site, mode);
    if (result.status === 'private-not-allowed' || result.status === 'needs-permissions') {
      setOpenProblem({ site, problem: result.status, granted: await actions.sitePermissionsGranted(), refused: false });
    } else {
      setOpenProblem(null);
    }
  }

  /** The safer choice shown with the website dialog: the service's own number, else Veilig Thuis. */
  function callFor(site: string) {
    const service = services.find((s) => s.website === site);
    const own = service?.phones.find((p) => !p.whatsapp);
    const fallback = services.find((s) => s.id === (service?.via ?? FIRST_SERVICE_ID));
    const caller = own ? service : fallback;
    const phone = own ?? fallback?.phones[0];
    return caller && phone ? { phone, name: translation.t(`directory:${caller.id}.name`) } : undefined;
  }

  function selectScreen(id: ScreenId) {
    setOpenProblem(null); // another section leaves the website dialog
    setScreen(id);
  }

  useEffect(() => {
    // Chromium closes the popup while the browser asks for permission: say so when it reopens.
    void actions.takeUnansweredSite?.().then(async (site) => {
      if (site) setOpenProblem({ site, problem: 'needs-permissions', granted: await actions.sitePermissionsGranted(), refused: true });
    });
  }, [actions]);

  function renderScreen(id: ScreenId) {
    switch (id) {
      case 'help':
        return (
          <>
            {terminal && <TerminalNotice terminal={terminal} />}
            <LastExitLine take={actions.takeExitReport} />
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
        return <SettingsScreen actions={actions} onChangeCode={onChangeCode} onOpenSafetyCheck={actions.safety && (() => selectScreen('safety'))} />;
      case 'about':
        return <AboutInstallation info={installation} />;
      case 'safety':
        return actions.safety ? <SafetyCheckScreen actions={actions.safety} keyActions={actions} privateAccess={actions} onOpenSettings={() => selectScreen('settings')} /> : null;
    }
  }

  // Before a normal tab is offered: does this browser share its open tabs with other devices?
  useEffect(() => {
    if (openProblem && actions.safety) void actions.safety.readTabSync().then(setTabSync, () => setTabSync(null));
  }, [openProblem?.site, actions]);

  useEffect(() => {
    const onAdded = () => setLoaded((n) => n + 1);
    i18n.store.on('added', onAdded);
    return () => i18n.store.off('added', onAdded);
  }, [i18n]);

  // Esc closes the website dialog, as every dialog; the focus goes back to the site's button (issue 25).
  useEffect(() => {
    if (!openProblem) return;
    const site = openProblem.site;
    const onKey = (event: KeyboardEvent) => {
      if (event.key !== 'Escape') return;
      event.preventDefault();
      setOpenProblem(null);
      requestAnimationFrame(() => document.querySelector<HTMLElement>(`[data-site="${CSS.escape(site)}"]`)?.focus());
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [openProblem]);

  useEffect(() => {
    document.documentElement.lang = language;
    document.documentElement.dir = dir;
  }, [language, dir]);

  return (
    <TranslationContext.Provider value={translation}>
      <SpeechContext.Provider value={actions.speech ?? null}>
      <CanCallContext.Provider value={actions.canCall ?? false}>
      <div class="popup">
        <header class="popup__header">
          <h1 class="popup__title">{translation.t('appName')}</h1>
          <QuickExitButton onExit={actions.quickExit} readKey={actions.leaveKey} />
        </header>
        <LanguagePicker languages={languages} onChoose={async (code) => setLanguage(await actions.chooseLanguage(code))} />
        <ScreenNav screens={screens} current={screen} onSelect={selectScreen} />
        <main class="popup__main">
          {/* The safety check carries this notice in its own key line. */}
          {screen !== 'safety' && <QuickExitKeyNotice actions={actions} />}
          <EmergencyCall />
          <PrivateAccessReturn actions={actions} />
          {openProblem ? (
            <OpenSiteDialog
              site={openProblem.site}
              call={callFor(openProblem.site)}
              refused={openProblem.refused}
              onCopy={actions.copyText}
              problem={openProblem.problem}
              browserKind={actions.browserKind}
              permissionsGranted={openProblem.granted}
              privateAccess={actions}
              onOpenPrivate={() => void openSite(openProblem.site, 'private')}
              onAllowPermissions={async () => {
                // Once given, the background opens the site in a tab; this dialog's work is done.
                if (await actions.requestSitePermissions(openProblem.site)) setOpenProblem(null);
                else setOpenProblem({ ...openProblem, refused: true });
              }}
              onOpenInTab={() => void openSite(openProblem.site, 'tab')}
              onClose={() => setOpenProblem(null)}
              syncNotice={<TabSyncNotice state={tabSync} />}
            />
          ) : (
            renderScreen(screen)
          )}
        </main>
      </div>
      </CanCallContext.Provider>
      </SpeechContext.Provider>
    </TranslationContext.Provider>
  );
}
