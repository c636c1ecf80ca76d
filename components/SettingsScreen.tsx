import { FirstRun } from './cover/FirstRun';
import { QuickExitSettings, type QuickExitSettingsActions } from './QuickExitSettings';
import { useTranslation } from './i18n';

/** Settings: quick exit and websites, and (behind the calculator) the code. */
export function SettingsScreen({ actions, onChangeCode, onOpenSafetyCheck }: { actions: QuickExitSettingsActions; onChangeCode?: (code: string) => Promise<void>; onOpenSafetyCheck?: () => void }) {
  const { t } = useTranslation();
  return (
    <>
      {onOpenSafetyCheck && (
        <p class="settings__safety-check">
          {t('safety:fromSettings')}{' '}
          <button type="button" onClick={onOpenSafetyCheck} data-testid="open-safety-check">
            {t('safety:open')}
          </button>
        </p>
      )}
      <QuickExitSettings actions={actions} coverOn={Boolean(onChangeCode)} />
      {onChangeCode && <FirstRun compact onSetCode={onChangeCode} />}
    </>
  );
}
