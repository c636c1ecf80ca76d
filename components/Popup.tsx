import { useEffect, useMemo, useState } from 'preact/hooks';
import type { CoverActions } from '../lib/calculator/cover-actions';
import { watchKeys } from '../lib/calculator/setup-keys';
import { App, type AppProps } from './App';
import { Calculator } from './cover/Calculator';
import { lazyScreen } from './lazy';
import { TranslationContext } from './i18n';
import { LanguagePicker } from './LanguagePicker';
import { QuickExitButton } from './QuickExitButton';

const FirstRun = lazyScreen(() => import('./cover/FirstRun').then((m) => m.FirstRun));
const Practice = lazyScreen(() => import('./cover/Practice').then((m) => m.Practice));

export type { CoverActions };

/**
 * 'calculator': the cover, and nothing else; 'setup': the explanation and the code form;
 * 'practice': she types her new code on the calculator once; 'help': the hub.
 */
type Stage = 'calculator' | 'setup' | 'practice' | 'help';

function firstStage(cover: CoverActions | null): Stage {
  if (!cover) return 'help';
  // The setup shows help words: only in the opening where it starts, never again by itself.
  if (cover.code !== 'set' && !cover.introSeen) return 'setup';
  return 'calculator';
}

/**
 * The popup: the calculator cover in front when it is on, the setup in the first opening,
 * the help hub once the code was typed. Unlocking lives only in this page's memory, so every
 * new opening starts on the calculator. While no code is set, the keys shown in the setup
 * (lib/calculator/setup-keys.ts) bring the setup back.
 */
export function Popup(props: AppProps & { cover: CoverActions | null }) {
  const { cover, i18n, actions, languages } = props;
  const [stage, setStage] = useState<Stage>(() => firstStage(cover));
  const [hasCode, setHasCode] = useState(cover?.code === 'set');
  const [language, setLanguage] = useState(i18n.language);
  const translation = useMemo(() => ({ t: i18n.getFixedT(language), language }), [i18n, language]);
  const setupKeys = useMemo(() => watchKeys(), []);

  const dir = languages.find((l) => l.code === language)?.dir ?? 'ltr';
  useEffect(() => {
    if (stage === 'help') return; // the hub sets them itself
    document.documentElement.lang = language;
    document.documentElement.dir = stage === 'calculator' ? 'ltr' : dir;
  }, [language, dir, stage]);

  useEffect(() => {
    if (stage === 'setup') void cover?.markIntroSeen();
    // The help opens at its top, not where the setup was scrolled to.
    if (stage === 'help') window.scrollTo(0, 0);
  }, [stage]);

  if (stage === 'help' || !cover) return <App {...props} onChangeCode={cover?.setCode} />;

  if (stage === 'calculator') {
    return (
      <div class="popup popup--cover">
        <Calculator
          onKey={(key) => {
            if (setupKeys(key) && !hasCode) setStage('setup');
          }}
          onEquals={(candidate) => {
            if (hasCode) void cover.verifyCode(candidate).then((ok) => ok && setStage('help'));
          }}
        />
      </div>
    );
  }

  return (
    <TranslationContext.Provider value={translation}>
      <div class="popup popup--first-run" lang={language} dir={dir}>
        <header class="popup__header">
          <QuickExitButton onExit={actions.quickExit} />
          <LanguagePicker languages={languages} onChoose={async (code) => setLanguage(await actions.chooseLanguage(code))} />
        </header>
        <main class="popup__main">
          {stage === 'setup' ? (
            <FirstRun
              damaged={cover.code === 'damaged' && !hasCode}
              quickExit={actions}
              onSetCode={async (code) => {
                await cover.setCode?.(code);
                setHasCode(true);
                setStage('practice');
              }}
            />
          ) : (
            <Practice verifyCode={cover.verifyCode} onOpened={() => setStage('help')} onChooseAgain={() => setStage('setup')} />
          )}
        </main>
      </div>
    </TranslationContext.Provider>
  );
}
