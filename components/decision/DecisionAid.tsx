import { useState } from 'preact/hooks';
import { DIRECTIONS, PRIORITIES, adviceFor, parseChoices, type Choice, type Direction } from '../../lib/decision/aid';
import { DANGER_SIGNS, isHighDanger } from '../../lib/decision/danger-signs';
import { billNote } from '../../lib/directory/calling';
import type { Service } from '../../lib/directory/types';
import { useTranslation } from '../i18n';
import { SourceTag } from '../plan/AdviceList';
import { HighDanger } from './HighDanger';
import { SourceLabel } from './SourceLabel';

interface Props {
  services: readonly Service[];
  /** Her choices as saved in the plan, if she saved them. */
  saved?: readonly string[];
  /** Saves her choices into the plan; absent when the plan is not open (then nothing is kept). */
  onSave?: (choices: Choice[]) => void;
}

/** A decision aid, not a score: her own priorities, then the advice and services that fit. */
export function DecisionAid({ services, saved, onSave }: Props) {
  const { t } = useTranslation();
  const [choices, setChoices] = useState<Choice[]>(() => parseChoices(saved));
  const [signs, setSigns] = useState<string[]>([]);
  const [savedNow, setSavedNow] = useState(false);
  const result = adviceFor(choices);
  const direction = choices.find((c): c is Direction => (DIRECTIONS as readonly string[]).includes(c));

  function toggle(list: string[], id: string, on: boolean) {
    return on ? [...list.filter((x) => x !== id), id] : list.filter((x) => x !== id);
  }
  function choose(next: Choice[]) {
    setChoices(next);
    setSavedNow(false);
  }

  return (
    <section class="decision" aria-labelledby="decision-title" data-testid="decision-aid">
      <h3 id="decision-title">{t('decision:title')}</h3>
      <p>{t('decision:intro')}</p>
      <fieldset>
        <legend>{t('decision:prioritiesLegend')}</legend>
        {PRIORITIES.map((p) => (
          <label key={p} class="plan-check">
            <input type="checkbox" data-choice={p} checked={choices.includes(p)} onChange={(e) => choose(toggle(choices, p, e.currentTarget.checked) as Choice[])} />
            <span>{t(`decision:priorities.${p}`)}</span>
          </label>
        ))}
      </fieldset>
      <fieldset>
        <legend>{t('decision:directionLegend')}</legend>
        {DIRECTIONS.map((d) => (
          <label key={d} class="plan-check">
            <input
              type="radio"
              name="decision-direction"
              data-choice={d}
              checked={direction === d}
              onChange={() => choose([...choices.filter((c) => !(DIRECTIONS as readonly string[]).includes(c)), d])}
            />
            <span>{t(`decision:directions.${d}`)}</span>
          </label>
        ))}
      </fieldset>
      <fieldset>
        <legend>{t('decision:dangerLegend')}</legend>
        {DANGER_SIGNS.map((s) => (
          <label key={s.id} class="plan-check">
            <input type="checkbox" data-sign={s.id} checked={signs.includes(s.id)} onChange={(e) => setSigns(toggle(signs, s.id, e.currentTarget.checked))} />
            <span>
              {t(`decision:danger.${s.id}`)} <SourceLabel source={s.source} />
            </span>
          </label>
        ))}
        <p class="plan-hint">{t('decision:dangerNotComplete')}</p>
      </fieldset>
      {isHighDanger(signs) && <HighDanger services={services} signs={signs} />}
      {result.advice.length > 0 && (
        <>
          <h4>{t('decision:adviceTitle')}</h4>
          <ul class="plan-advice" data-testid="decision-advice">
            {result.advice.map((a) => (
              <li key={`${a.ns}:${a.id}`} data-advice={a.id}>
                {t(`${a.ns}:advice.${a.id}`)} <SourceTag source={a.source} />
              </li>
            ))}
          </ul>
          <h4>{t('decision:servicesTitle')}</h4>
          <ul class="decision-services">
            {result.services.map((id) => {
              const s = services.find((x) => x.id === id);
              if (!s) return null;
              const name = t(`directory:${id}.name`);
              const phone = s.phones.find((p) => !p.whatsapp) ?? s.phones[0];
              // "112 Alarmnummer" already says its number: not "112 Alarmnummer: 112".
              const showNumber = phone && !name.includes(phone.display);
              return (
                <li key={id} data-service={id}>
                  {name}
                  {showNumber && (
                    <>
                      {': '}
                      <span dir="ltr">{phone.display}</span>
                    </>
                  )}
                  {phone && !phone.whatsapp && <span class="decision-services__bill" data-bill={billNote(phone)}>{t(`bill.${billNote(phone)}`)}</span>}
                </li>
              );
            })}
          </ul>
        </>
      )}
      {onSave ? (
        <>
          <button type="button" data-testid="decision-save" onClick={() => { onSave(choices); setSavedNow(true); }}>
            {t('decision:save')}
          </button>
          {savedNow && <p role="status">{t('decision:savedInPlan')}</p>}
        </>
      ) : (
        <p class="plan-hint">{t('decision:notKept')}</p>
      )}
    </section>
  );
}
