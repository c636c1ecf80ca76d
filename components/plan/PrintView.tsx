import { PLAN_STEPS } from '../../lib/plan/steps';
import { useTranslation } from '../i18n';
import type { PlanData } from './types';

/** The plan as plain text for paper; hidden on screen, shown only when printing. */
export function PrintView({ plan }: { plan: PlanData }) {
  const { t } = useTranslation();
  return (
    <div class="plan-print" aria-hidden="true">
      <h2>{t('plan:title')}</h2>
      {PLAN_STEPS.map((step) => (
        <section key={step.id}>
          <h3>{t(`plan:steps.${step.id}.title`)}</h3>
          {step.fields.map((f) => (
            <div key={f.id}>
              <strong>{t(`plan:fields.${f.id}`)}</strong>
              <p class="plan-print__text">{plan.fields[f.id] ?? ''}</p>
            </div>
          ))}
          {step.checklist?.map((c) => (
            <p key={c.id}>
              {plan.checks[c.id] ? '☑' : '☐'} {t(`plan:bag.${c.id}`)}
            </p>
          ))}
        </section>
      ))}
    </div>
  );
}
