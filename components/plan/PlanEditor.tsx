import { useEffect, useState } from 'preact/hooks';
import type { Service } from '../../lib/directory/types';
import { PLAN_STEPS } from '../../lib/plan/steps';
import { useTranslation } from '../i18n';
import { ConfirmButton } from './ConfirmButton';
import { LockModeChoice } from './LockModeChoice';
import { PlanStepView } from './PlanStepView';
import { PrintView } from './PrintView';
import type { LockMode, PlanActions, PlanData, SaveState } from './types';

interface Props {
  initial: PlanData;
  lockMode: LockMode;
  services: readonly Service[];
  actions: PlanActions;
  onLocked: () => void;
  onDeleted: () => void;
}

/** The unlocked plan: every step, saved as it is typed. */
export function PlanEditor({ initial, lockMode, services, actions, onLocked, onDeleted }: Props) {
  const { t } = useTranslation();
  const [plan, setPlan] = useState(initial);
  const [mode, setMode] = useState(lockMode);
  const [save, setSave] = useState<{ state: SaveState; full: boolean }>({ state: 'saved', full: false });
  useEffect(() => actions.onSaveState((state, full) => setSave({ state, full })), [actions]);

  function update(next: PlanData) {
    setPlan(next);
    actions.change(next);
  }
  const status =
    save.state === 'failed' ? (save.full ? t('plan:storageFull') : t('plan:saveFailed')) : save.state === 'saved' ? t('plan:saved') : t('plan:saving');

  return (
    <div class="plan-editor">
      <p class={save.state === 'failed' ? 'plan-error plan-status' : 'plan-status'} role="status" data-testid="plan-save-state" data-state={save.state}>
        {status}
      </p>
      {PLAN_STEPS.map((step, i) => (
        <PlanStepView
          key={step.id}
          step={step}
          index={i}
          plan={plan}
          services={services}
          onField={(id, value) => update({ ...plan, fields: { ...plan.fields, [id]: value } })}
          onCheck={(id, checked) => update({ ...plan, checks: { ...plan.checks, [id]: checked } })}
        />
      ))}
      <section class="plan-tools">
        <LockModeChoice value={mode} onChange={(m) => { setMode(m); void actions.setLockMode(m); }} />
        <button type="button" onClick={() => actions.print()}>
          {t('plan:print.button')}
        </button>
        <p class="plan-hint">{t('plan:print.note')}</p>
        <button type="button" onClick={async () => { await actions.lock(); onLocked(); }}>
          {t('plan:lockNow')}
        </button>
        <ConfirmButton
          label={t('plan:delete.button')}
          question={t('plan:delete.question')}
          confirmLabel={t('plan:delete.confirm')}
          testId="plan-delete"
          onConfirm={async () => { await actions.remove(); onDeleted(); }}
        />
      </section>
      <PrintView plan={plan} />
    </div>
  );
}
