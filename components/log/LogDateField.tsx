import { useEffect, useRef } from 'preact/hooks';
import type { DateInput, DateProblem } from '../../lib/plan/log-dates';
import { useTranslation } from '../i18n';

interface Props {
  idPrefix: string;
  value: DateInput;
  problem: DateProblem | null;
  onChange: (value: DateInput) => void;
}

const PARTS = [
  { part: 'day', size: 2 },
  { part: 'month', size: 2 },
  { part: 'year', size: 4 },
] as const;

/**
 * "When did it happen": day, month and year as plain numbers (no calendar widget that differs
 * per browser and language), and a time if she knows it. What she typed is kept as typed.
 */
export function LogDateField({ idPrefix, value, problem, onChange }: Props) {
  const { t } = useTranslation();
  const errorId = `${idPrefix}-error`;
  const box = useRef<HTMLFieldSetElement>(null);
  // a refused date takes her to the field to correct (the message is read out as an alert)
  useEffect(() => {
    if (problem) box.current?.querySelector<HTMLInputElement>(`[data-log-date="${problem === 'time' ? 'time' : problem === 'year' ? 'year' : 'day'}"]`)?.focus();
  }, [problem]);
  const described = problem ? errorId : undefined;
  return (
    <fieldset ref={box} class="log-date" data-testid="log-date" aria-describedby={described}>
      <legend>{t('log:date.legend')}</legend>
      {problem && (
        <p id={errorId} class="plan-error" role="alert" data-testid="log-date-error" data-problem={problem}>
          {t(`log:date.problem.${problem}`)}
        </p>
      )}
      <div class="log-date__parts">
        {PARTS.map(({ part, size }) => (
          <div class="log-date__part" key={part}>
            <label for={`${idPrefix}-${part}`}>{t(`log:date.${part}`)}</label>
            <input
              id={`${idPrefix}-${part}`}
              data-log-date={part}
              inputMode="numeric"
              autoComplete="off"
              spellcheck={false}
              autocorrect="off"
              autocapitalize="off"
              size={size}
              maxLength={size}
              aria-invalid={problem && problem !== 'time' ? 'true' : undefined}
              value={value[part]}
              onInput={(e) => onChange({ ...value, [part]: e.currentTarget.value })}
            />
          </div>
        ))}
        <div class="log-date__part">
          <label for={`${idPrefix}-time`}>{t('log:date.time')}</label>
          <input
            id={`${idPrefix}-time`}
            data-log-date="time"
            inputMode="numeric"
            autoComplete="off"
            spellcheck={false}
            autocorrect="off"
            autocapitalize="off"
            size={5}
            maxLength={5}
            placeholder={t('log:date.timeExample')}
            aria-invalid={problem === 'time' ? 'true' : undefined}
            value={value.time}
            onInput={(e) => onChange({ ...value, time: e.currentTarget.value })}
          />
        </div>
      </div>
    </fieldset>
  );
}
