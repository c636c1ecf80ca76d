import { useEffect, useState } from 'preact/hooks';
import { useTranslation } from './i18n';
import type { QuickExitKeepActions } from '../lib/screen-actions';
export type { QuickExitKeepActions };


/** What a quick exit deletes, and what she may choose to keep: her plan; the calculator code always stays. */
export function QuickExitKeepChoices({ actions, coverOn }: { actions: QuickExitKeepActions; coverOn: boolean }) {
  const { t } = useTranslation();
  const [choices, setChoices] = useState<{ keepPlan: boolean; removeOnExit: boolean } | null>(null);
  useEffect(() => {
    void Promise.all([actions.getKeepPlan(), actions.getRemoveOnExit()]).then(([keepPlan, removeOnExit]) => setChoices({ keepPlan, removeOnExit }));
  }, []);
  if (!choices) return null;

  async function choosePlan(keepPlan: boolean) {
    await actions.setKeepPlan(keepPlan);
    setChoices({ ...choices!, keepPlan });
  }

  return (
    <>
      <h3>{t('leave:planTitle')}</h3>
      <fieldset class="choice" data-testid="plan-choice">
        <legend>{t('leave:planLegend')}</legend>
        <label class="checkbox">
          <input type="radio" name="plan-on-exit" checked={!choices.keepPlan} onChange={() => void choosePlan(false)} />
          <span>{t('leave:planDelete')}</span>
        </label>
        <label class="checkbox">
          <input type="radio" name="plan-on-exit" checked={choices.keepPlan} onChange={() => void choosePlan(true)} />
          <span>{t('leave:planKeep')}</span>
        </label>
      </fieldset>
      <p class="hint">{choices.keepPlan ? t('leave:planKeepHint') : t('leave:planDeleteHint')}</p>
      {coverOn && <p>{t('leave:keepsCode')}</p>}

      <h3>{t('leave:removeTitle')}</h3>
      <label class="checkbox">
        <input
          type="checkbox"
          checked={choices.removeOnExit}
          onChange={async (e) => {
            const on = (e.currentTarget as HTMLInputElement).checked;
            await actions.setRemoveOnExit(on);
            setChoices({ ...choices, removeOnExit: on });
          }}
        />
        <span>{t('leave:removeLabel')}</span>
      </label>
      <p class="hint">{t('leave:removeHint')}</p>
    </>
  );
}

/**
 * For the plan screen: where the plan is made, say what a quick exit does with it, as she
 * chose in Settings (delete or keep), and that the incident log is part of the plan.
 */
export function PlanExitNote({ keepsOnExit }: { keepsOnExit?: () => Promise<boolean> }) {
  const { t } = useTranslation();
  const [keeps, setKeeps] = useState<boolean | null>(keepsOnExit ? null : false);
  useEffect(() => {
    let current = true;
    void keepsOnExit?.().then((keep) => current && setKeeps(keep), () => current && setKeeps(false));
    return () => {
      current = false;
    };
  }, [keepsOnExit]);
  if (keeps === null) return null;
  return (
    <p class="hint" data-testid="plan-exit-note" data-keeps={keeps ? 'yes' : 'no'}>
      {t(keeps ? 'leave:planNoteKeep' : 'leave:planNote')}
    </p>
  );
}
