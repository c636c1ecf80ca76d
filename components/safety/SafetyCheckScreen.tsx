import { useEffect, useState } from 'preact/hooks';
import type { SafetyCheckState } from '../../lib/safety/check';
import type { SafetyPermission } from '../../lib/safety/permissions';
import type { PrivateAccessActions, QuickExitKeyActions, SafetyCheckActions } from '../../lib/screen-actions';
import { useTranslation } from '../i18n';
import { ExitKeepsLine, PrivateWindowsLine, QuickExitKeyLine } from './BrowserLines';
import { CannotSee } from './CannotSee';
import { MissedTraces } from '../LastExitLine';
import { LastQuickExitLine } from './LastQuickExitLine';
import { OtherExtensionsLine } from './OtherExtensionsLine';
import { TabSyncLine } from './TabSyncLine';

export interface SafetyCheckScreenProps {
  actions: SafetyCheckActions;
  keyActions: QuickExitKeyActions;
  onOpenSettings: () => void;
  /** The way to the browser's private-window switch (the popup's actions). The screen keeps nothing, so it does not note that it showed the way. */
  privateAccess?: PrivateAccessActions;
}

/**
 * The safety check: what someone checking this computer could find, and what to do about each,
 * from what the browser reports now. Read each time the screen opens; nothing is stored.
 */
export function SafetyCheckScreen({ actions, keyActions, onOpenSettings, privateAccess }: SafetyCheckScreenProps) {
  const { t } = useTranslation();
  const [state, setState] = useState<SafetyCheckState | null>(null);
  const [refused, setRefused] = useState(false);

  const load = async () => setState(await actions.read());
  useEffect(() => void load(), [actions]);

  // Straight from the click (browsers ask only for a user gesture); Chromium may close this window while it asks.
  async function allow(permission: SafetyPermission) {
    const given = await actions.allow(permission);
    setRefused(!given);
    await load();
  }
  async function giveBack(permission: SafetyPermission) {
    await actions.giveBack(permission);
    await load();
  }

  return (
    <section class="safety-check" aria-labelledby="safety-check-title" data-testid="safety-check">
      <h2 id="safety-check-title">{t('safety:title')}</h2>
      <p>{t('safety:intro')}</p>
      {refused && (
        <p role="status" data-testid="safety-refused">
          {t('safety:refused')}
        </p>
      )}
      {!state ? (
        <p class="screen-loading" role="status" aria-busy="true">
          {t('safety:reading')}
        </p>
      ) : (
        <ul class="safety-lines" aria-label={t('safety:linesLabel')}>
          <LastQuickExitLine
            report={
              state.lastExit && {
                at: state.lastExit.at,
                complete: state.lastExit.missed.length === 0,
                afterClose: state.lastExit.afterClose,
                detail: state.lastExit.missed.length > 0 && <MissedTraces missed={state.lastExit.missed} />,
              }
            }
          />
          <PrivateWindowsLine state={state.privateWindows} privateAccess={privateAccess && { ...privateAccess, markPrivateStepsShown: undefined }} />
          <QuickExitKeyLine state={state.quickExitKey} keyActions={keyActions} />
          <TabSyncLine state={state.tabSync} browserKind={keyActions.browserKind} onAllow={() => void allow('sessions')} onGiveBack={() => void giveBack('sessions')} />
          <ExitKeepsLine keeps={state.exitKeeps} onOpenSettings={onOpenSettings} />
          <OtherExtensionsLine
            state={state.otherExtensions}
            browserKind={keyActions.browserKind}
            onAllow={() => void allow('management')}
            onGiveBack={() => void giveBack('management')}
          />
        </ul>
      )}
      <CannotSee />
    </section>
  );
}
