import { useEffect, useState } from 'preact/hooks';
import type { Service } from '../../lib/directory/types';
import { useTranslation } from '../i18n';
import { PlanExitNote } from '../QuickExitKeepChoices';
import { DecisionAid } from '../decision/DecisionAid';
import { ConfirmButton } from './ConfirmButton';
import { PassphraseSetup } from './PassphraseSetup';
import { PlanEditor } from './PlanEditor';
import { UnlockForm } from './UnlockForm';
import type { PlanActions, VaultStatus } from './types';

interface Props {
  actions: PlanActions;
  services: readonly Service[];
}

type View = VaultStatus | { state: 'loading' } | { state: 'setup' };

/** The safety plan: set up, unlock, edit; or say plainly that the stored data cannot be read. */
export function PlanScreen({ actions, services }: Props) {
  const { t } = useTranslation();
  const [view, setView] = useState<View>({ state: 'loading' });
  const reload = () => actions.open().then(setView);
  useEffect(() => {
    void reload();
  }, [actions]);

  function body() {
    switch (view.state) {
      case 'loading':
        return <p>{t('plan:busy')}</p>;
      case 'none':
      case 'setup':
        return (
          <PassphraseSetup
            onCreate={async (pass, mode) => {
              const plan = await actions.create(pass, mode);
              setView({ state: 'unlocked', plan, lockMode: mode });
            }}
          />
        );
      case 'locked':
        return (
          <>
            <UnlockForm
              initialWaitMs={view.waitMs}
              onUnlock={async (pass) => {
                const result = await actions.unlock(pass);
                if (result.ok) setView({ state: 'unlocked', plan: result.plan, lockMode: view.lockMode });
                return result;
              }}
            />
            <p class="plan-hint">{t('plan:unlock.forgotten')}</p>
            <ConfirmButton
              label={t('plan:delete.button')}
              question={t('plan:delete.question')}
              confirmLabel={t('plan:delete.confirm')}
              testId="plan-delete"
              onConfirm={async () => { await actions.remove(); await reload(); }}
            />
          </>
        );
      case 'corrupt':
        return (
          <div class="plan-corrupt" data-testid="plan-corrupt">
            <p class="plan-error" role="alert">{t('plan:corrupt.message')}</p>
            <p>{t('plan:corrupt.kept')}</p>
            <ConfirmButton
              label={t('plan:corrupt.startAgain')}
              question={t('plan:corrupt.question')}
              confirmLabel={t('plan:corrupt.confirm')}
              onConfirm={() => setView({ state: 'setup' })}
            />
          </div>
        );
      case 'unlocked':
        return (
          <PlanEditor
            initial={view.plan}
            lockMode={view.lockMode}
            services={services}
            actions={actions}
            onLocked={() => void reload()}
            onDeleted={() => void reload()}
          />
        );
    }
  }

  return (
    <section class="plan" aria-labelledby="plan-title" data-testid="plan-screen" data-plan-state={view.state}>
      <h2 id="plan-title">{t('plan:title')}</h2>
      <PlanExitNote keepsOnExit={actions.keepsOnExit} />
      {body()}
      {(view.state === 'none' || view.state === 'setup' || view.state === 'locked') && (
        // usable without a plan; nothing is kept (inside the open plan it can be saved)
        <details class="decision-open more" data-testid="decision-without-plan">
          <summary>{t('decision:title')}</summary>
          <DecisionAid services={services} />
        </details>
      )}
    </section>
  );
}
