import { useEffect, useState } from 'preact/hooks';
import type { Service } from '../../lib/directory/types';
import { PLAN_STEPS } from '../../lib/plan/steps';
import { DecisionAid } from '../decision/DecisionAid';
import { useTranslation } from '../i18n';
import { IncidentLog } from '../log/IncidentLog';
import { ConfirmButton } from './ConfirmButton';
import { LockModeChoice } from './LockModeChoice';
import { PrintNote } from './MoreInfo';
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

type Part = 'plan' | 'log' | 'choices';
const PARTS: readonly Part[] = ['plan', 'log', 'choices'];

/** The unlocked plan: every step, the incident log and her own priorities, saved as they are typed. */
export function PlanEditor({ initial, lockMode, services, actions, onLocked, onDeleted }: Props) {
  const { t } = useTranslation();
  const [plan, setPlan] = useState(initial);
  const [mode, setMode] = useState(lockMode);
  const [part, setPart] = useState<Part>('plan');
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
      <div class="plan-parts" role="group" aria-label={t('log:partsLabel')}>
        {PARTS.map((p) => (
          <button key={p} type="button" data-part={p} aria-pressed={part === p} onClick={() => setPart(p)}>
            {t(`log:parts.${p}`)}
          </button>
        ))}
      </div>
      {part === 'log' && (
        <IncidentLog entries={plan.log} draft={plan.logDraft ?? null} onChange={(log, logDraft) => update({ ...plan, log, logDraft: logDraft ?? undefined })} onPrint={() => actions.print()} />
      )}
      {part === 'choices' && (
        <DecisionAid services={services} saved={plan.priorities} onSave={(priorities) => update({ ...plan, priorities })} />
      )}
      {part === 'plan' && PLAN_STEPS.map((step, i) => (
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
        {part === 'plan' && (
          <>
            <button type="button" onClick={() => actions.print()}>
              {t('plan:print.button')}
            </button>
            <PrintNote />
          </>
        )}
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
      {/* what the print button prints (lib/popup/print reads .plan-print); the log renders its own timeline */}
      {part !== 'log' && <PrintView plan={plan} />}
    </div>
  );
}
