import { useTranslation } from './i18n';
import { ltrKey, useQuickExitKey } from './quick-exit-key';
import { QuickExitKeyNotice, type QuickExitKeyActions } from './QuickExitKeyNotice';

export interface QuickExitPracticeActions extends QuickExitKeyActions {
  /** Does what a quick exit shows (this window closes, the safe page comes to the front), and deletes nothing. */
  practiceQuickExit: () => void;
}

/** Try it once before she needs it: what happens, what a real one deletes, and the practice button. */
export function QuickExitPractice({ actions }: { actions: QuickExitPracticeActions }) {
  const { t } = useTranslation();
  return (
    <div class="exit-practice" data-testid="exit-practice">
      <p>{t('quickexit:practiceWhat')}</p>
      <p>{t('quickexit:practiceRealDeletes')}</p>
      <ul>
        <li>{t('quickexit:deletesWindows')}</li>
        <li>{t('quickexit:deletesHistory')}</li>
        <li>{t('quickexit:deletesPlan')}</li>
        <li>{t('quickexit:deletesPermissions')}</li>
      </ul>
      <p>{t('quickexit:keepsCode')}</p>
      <button type="button" data-testid="practice-button" onClick={actions.practiceQuickExit}>
        {t('quickexit:practiceButton')}
      </button>
    </div>
  );
}

/** The first-run step's part about Snel weg: its key (or how to get one), and practice. */
export function QuickExitIntro({ actions }: { actions: QuickExitPracticeActions }) {
  const { t } = useTranslation();
  const { key } = useQuickExitKey(actions.quickExitShortcut);
  return (
    <section class="quick-exit-intro" aria-labelledby="quick-exit-intro-title" data-testid="quick-exit-intro">
      <h3 id="quick-exit-intro-title">{t('quickexit:introTitle')}</h3>
      {key ? <p>{t('quickexit:shortcutIs', { shortcut: ltrKey(key) })}</p> : <QuickExitKeyNotice actions={actions} />}
      <QuickExitPractice actions={actions} />
    </section>
  );
}
