import { useMemo, useState } from 'preact/hooks';
import { App, type AppProps } from './App';
import { Calculator } from './cover/Calculator';
import { lazyScreen } from './lazy';
import { TranslationContext } from './i18n';
import { LanguagePicker } from './LanguagePicker';

const FirstRun = lazyScreen(() => import('./cover/FirstRun').then((m) => m.FirstRun));

export interface CoverActions {
  hasCode: boolean;
  verifyCode: (code: string) => Promise<boolean>;
  setCode: (code: string) => Promise<void>;
}

/**
 * The popup: the calculator cover in front when it is on, the first-run step when no code is
 * set yet, the help hub once the code was typed. Unlocking lives only in this page's memory,
 * so every new opening starts on the calculator.
 */
export function Popup(props: AppProps & { cover: CoverActions | null }) {
  const { cover, i18n, actions, languages } = props;
  const [unlocked, setUnlocked] = useState(cover === null);
  const [hasCode, setHasCode] = useState(cover?.hasCode ?? false);
  const [language, setLanguage] = useState(i18n.language);
  const translation = useMemo(() => ({ t: i18n.getFixedT(language), language }), [i18n, language]);

  if (unlocked || !cover) return <App {...props} onChangeCode={cover?.setCode} />;
  if (!hasCode) {
    return (
      <TranslationContext.Provider value={translation}>
        <div class="popup popup--first-run" lang={language}>
          <header class="popup__header">
            <LanguagePicker languages={languages} onChoose={async (code) => setLanguage(await actions.chooseLanguage(code))} />
          </header>
          <main class="popup__main">
            <FirstRun
              quickExit={actions}
              onSetCode={async (code) => {
                await cover.setCode(code);
                setHasCode(true);
                setUnlocked(true);
              }}
            />
          </main>
        </div>
      </TranslationContext.Provider>
    );
  }
  return (
    <div class="popup popup--cover">
      <Calculator onEquals={(candidate) => void cover.verifyCode(candidate).then((ok) => ok && setUnlocked(true))} />
    </div>
  );
}
