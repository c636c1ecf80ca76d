import { FirstRun } from './cover/FirstRun';
import { QuickExitSettings, type QuickExitSettingsActions } from './QuickExitSettings';

/** Settings: quick exit and websites, and (behind the calculator) the code. */
export function SettingsScreen({ actions, onChangeCode }: { actions: QuickExitSettingsActions; onChangeCode?: (code: string) => Promise<void> }) {
  return (
    <>
      <QuickExitSettings actions={actions} coverOn={Boolean(onChangeCode)} />
      {onChangeCode && <FirstRun compact onSetCode={onChangeCode} />}
    </>
  );
}
