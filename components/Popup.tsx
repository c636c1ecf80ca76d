import { useEffect, useMemo, useState } from 'preact/hooks';
import { firstCoverStage, type CoverActions, type CoverStage } from '../lib/calculator/cover-actions';
import { App, type AppProps } from './App';
import { CoverGate } from './cover/CoverGate';
import { lazyScreen } from './lazy';
import { TranslationContext } from './i18n';
import { LanguagePicker } from './LanguagePicker';
import { QuickExitButton } from './QuickExitButton';
import { useFocusBelowHeader } from './useFocusBelowHeader';

const FirstRun = lazyScreen(() => import('./cover/FirstRun').then((m) => m.FirstRun));
const Practice = lazyScreen(() => import('./cover/Practice').then((m) => m.Practice));

export type { CoverActions };

/**
 * The popup: the calculator cover in front when it is on, the setup in the first opening,
 * the help hub once the code was typed. Unlocking lives only in this page's memory, so every
 * new opening starts on the calculator. While no code is set, the keys shown in the setup
 * (lib/calculator/setup-keys.ts) bring the setup back.
 */
export function Popup(props: AppProps & { cover: CoverActions | null; initialStage?: CoverStage }) {
  const { cover, i18n, actions, languages, initialStage } = props;
  const [stage, setStage] = useState<CoverStage>(() => initialStage ?? firstCoverStage(cover));
  const [hasCode, setHasCode] = useState(cover?.code === 'set');
  const [language, setLanguage] = useState(i18n.language);
  const translation = useMemo(() => ({ t: i18n.getFixedT(language), language }), [i18n, language]);
  useFocusBelowHeader();

  const dir = languages.find((l) => l.code === language)?.dir ?? 'ltr';
  useEffect(() => {
    if (stage === 'hub') return; // the hub sets them itself
    document.documentElement.lang = language;
    document.documentElement.dir = stage === 'calculator' ? 'ltr' : dir;
  }, [language, dir, stage]);

  useEffect(() => {
    if (stage === 'setup') void cover?.markIntroSeen();
    // The help opens at its top, not where the setup was scrolled to.
    if (stage === 'hub') window.scrollTo(0, 0);
  }, [stage]);

  if (stage === 'hub' || !cover) return <App {...props} onChangeCode={cover?.setCode} />;

  // A code set just now counts: the cover then opens with it.
  if (stage === 'calculator') return <CoverGate cover={{ ...cover, code: hasCode ? 'set' : cover.code }} onOpen={setStage} />;

  return (
    <TranslationContext.Provider value={translation}>
      <div class="popup popup--first-run" lang={language} dir={dir}>
        <header class="popup__header">
          {/* Snel weg in the same outer corner as on the hub (the end of the line, in both directions). */}
          <LanguagePicker languages={languages} onChoose={async (code) => setLanguage(await actions.chooseLanguage(code))} />
          <QuickExitButton onExit={actions.quickExit} readKey={actions.leaveKey} />
        </header>
        <main class="popup__main">
          {stage === 'setup' ? (
            <FirstRun
              damaged={cover.code === 'damaged' && !hasCode}
              leave={actions}
              privateWindows={actions}
              onSetCode={async (code) => {
                await cover.setCode?.(code);
                setHasCode(true);
                setStage('practice');
              }}
            />
          ) : (
            <Practice verifyCode={cover.verifyCode} onOpened={() => setStage('hub')} onChooseAgain={() => setStage('setup')} />
          )}
        </main>
      </div>
    </TranslationContext.Provider>
  );
}
