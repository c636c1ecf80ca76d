import type { Service } from '../../lib/directory/types';
import type { PlanStep } from '../../lib/plan/steps';
import { useCanCall } from '../calling';
import { useTranslation } from '../i18n';
import { AdviceList, SourceTag } from './AdviceList';
import { PlanFieldInput } from './PlanFieldInput';
import type { PlanData } from './types';

interface Props {
  step: PlanStep;
  index: number;
  plan: PlanData;
  services: readonly Service[];
  onField: (id: string, value: string) => void;
  onCheck: (id: string, checked: boolean) => void;
}

/** One guided step: a short explanation, the person's own answers, and advice with its source. */
export function PlanStepView({ step, index, plan, services, onField, onCheck }: Props) {
  const { t } = useTranslation();
  const canCall = useCanCall(); // a computer cannot call: the number is text to dial on a phone
  const numbers = (step.services ?? []).map((id) => services.find((s) => s.id === id)).filter((s): s is Service => !!s?.phones.length);
  return (
    <details class="plan-step" data-step={step.id} open={index === 0}>
      <summary>
        <span class="plan-step__number">{index + 1}</span> {t(`plan:steps.${step.id}.title`)}
      </summary>
      <p>{t(`plan:steps.${step.id}.intro`)}</p>
      {numbers.map((s) => (
        <p key={s.id} class="plan-number">
          {t(`plan:numbers.${s.id}`)}{' '}
          {canCall ? (
            <a href={`tel:${s.phones[0]!.dial}`} dir="ltr">
              {s.phones[0]!.display}
            </a>
          ) : (
            <bdi class="plan-number__digits" dir="ltr">
              {s.phones[0]!.display}
            </bdi>
          )}
        </p>
      ))}
      {step.fields.map((f) => (
        <PlanFieldInput key={f.id} field={f} value={plan.fields[f.id] ?? ''} onInput={(v) => onField(f.id, v)} />
      ))}
      {step.checklist && (
        <fieldset class="plan-checklist">
          <legend>{t('plan:bagLegend')}</legend>
          {step.checklist.map((item) => (
            <label key={item.id} class="plan-check">
              <input type="checkbox" data-check={item.id} checked={!!plan.checks[item.id]} onChange={(e) => onCheck(item.id, e.currentTarget.checked)} />
              {t(`plan:bag.${item.id}`)} <SourceTag source={item.source} />
            </label>
          ))}
        </fieldset>
      )}
      <AdviceList items={step.advice} />
    </details>
  );
}
