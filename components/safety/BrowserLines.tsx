import type { PrivateAccessActions } from '../../lib/screen-actions';
import { PrivateWindowsSteps } from '../PrivateWindowsSteps';
import type { ExitKeeps } from '../../lib/safety/exit-keeps';
import type { PrivateWindowsState } from '../../lib/safety/private-windows';
import type { QuickExitKeyState } from '../../lib/safety/quick-exit-key';
import type { QuickExitKeyActions } from '../../lib/screen-actions';
import { useTranslation } from '../i18n';
import { ltrKey } from '../quick-exit-key';
import { QuickExitKeyNotice } from '../QuickExitKeyNotice';
import { SafetyLine } from './SafetyLine';


/** Whether help opens in a private window (no history, never synced, left out of Recall). */
export function PrivateWindowsLine({ state, privateAccess }: { state: PrivateWindowsState; privateAccess?: PrivateAccessActions }) {
  const { t } = useTranslation();
  if (state === 'allowed') {
    return (
      <SafetyLine status="ok" testId="safety-private">
        <p>{t('safety:private.allowed')}</p>
      </SafetyLine>
    );
  }
  return (
    <SafetyLine status={state === 'unknown' ? 'unknown' : 'attention'} testId="safety-private">
      <p>{t(state === 'unknown' ? 'safety:private.unknown' : 'safety:private.notAllowed')}</p>
      {privateAccess && <PrivateWindowsSteps actions={privateAccess} />}
    </SafetyLine>
  );
}

/** The quick-exit key as the browser has it now; when none, the existing one-step fix. */
export function QuickExitKeyLine({ state, keyActions }: { state: QuickExitKeyState; keyActions: QuickExitKeyActions }) {
  const { t } = useTranslation();
  if (state.kind === 'set') {
    return (
      <SafetyLine status="ok" testId="safety-key">
        <p>{t('safety:key.set', { shortcut: ltrKey(state.key) })}</p>
        <p>{t('safety:key.setAction')}</p>
      </SafetyLine>
    );
  }
  return (
    <SafetyLine status="attention" testId="safety-key">
      <QuickExitKeyNotice actions={keyActions} always />
    </SafetyLine>
  );
}

/** What the next quick exit leaves on this computer, from the choices she made in Settings. */
export function ExitKeepsLine({ keeps, onOpenSettings }: { keeps: ExitKeeps; onOpenSettings: () => void }) {
  const { t } = useTranslation();
  const leavesSomething = keeps.plan === 'kept' || keeps.permissions === 'kept';
  return (
    <SafetyLine status={leavesSomething ? 'attention' : 'ok'} testId="safety-exit-keeps">
      <p>{t('safety:exit.intro')}</p>
      <ul class="safety-line__facts">
        <li data-testid="safety-exit-plan">{t(`safety:exit.plan.${keeps.plan}`)}</li>
        <li data-testid="safety-exit-permissions">{t(`safety:exit.permissions.${keeps.permissions}`)}</li>
        {keeps.code && <li>{t('leave:keepsCode')}</li>}
        {keeps.removesExtension && <li>{t('safety:exit.removesExtension')}</li>}
      </ul>
      <button type="button" onClick={onOpenSettings} data-testid="safety-to-settings">
        {t('safety:exit.change')}
      </button>
    </SafetyLine>
  );
}
