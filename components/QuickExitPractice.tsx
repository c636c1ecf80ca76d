import { useTranslation } from './i18n';
import { ltrKey, useQuickExitKey } from './quick-exit-key';
import { QuickExitKeyNotice } from './QuickExitKeyNotice';
import type { QuickExitPracticeActions } from '../lib/screen-actions';
export type { QuickExitPracticeActions };


/** Try it once before she needs it: what happens, what a real one deletes, and the practice button. */
export function QuickExitPractice({ actions, coverOn }: { actions: QuickExitPracticeActions; coverOn: boolean }) {
  const { t } = useTranslation();
  return (
    <div class="exit-practice" data-testid="exit-practice">
      <p>{t('leave:practiceWhat')}</p>
      <p>{t('leave:practiceRealDeletes')}</p>
      <ul>
        <li>{t('leave:deletesWindows')}</li>
        <li>{t('leave:ownPrivateStays')}</li>
        <li>{t('leave:deletesHistory')}</li>
        <li>{t('leave:deletesPlan')}</li>
        <li>{t('leave:deletesPermissions')}</li>
      </ul>
      {/* only where there is a calculator: the open flavour has no code */}
      {coverOn && <p>{t('leave:keepsCode')}</p>}
      <button type="button" data-testid="practice-button" onClick={actions.practiceLeave}>
        {t('leave:practiceButton')}
      </button>
    </div>
  );
}

/** The first-run step's part about Snel weg: its key (or how to get one), and practice. */
export function QuickExitIntro({ actions }: { actions: QuickExitPracticeActions }) {
  const { t } = useTranslation();
  const { key } = useQuickExitKey(actions.leaveKey);
  return (
    <section class="leave-intro" aria-labelledby="leave-intro-title" data-testid="leave-intro">
      <h3 id="leave-intro-title">{t('leave:introTitle')}</h3>
      {key ? <p>{t('leave:shortcutIs', { shortcut: ltrKey(key) })}</p> : <QuickExitKeyNotice actions={actions} />}
      <QuickExitPractice actions={actions} coverOn />
    </section>
  );
}
