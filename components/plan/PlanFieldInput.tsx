import { MAX_FIELD_LENGTH, type PlanField } from '../../lib/plan/steps';
import { useTranslation } from '../i18n';

interface Props {
  field: PlanField;
  value: string;
  onInput: (value: string) => void;
}

/** One answer of the plan, with a visible count of the room left. */
export function PlanFieldInput({ field, value, onInput }: Props) {
  const { t } = useTranslation();
  const id = `plan-field-${field.id}`;
  const full = value.length >= MAX_FIELD_LENGTH;
  const common = {
    id,
    value,
    maxLength: MAX_FIELD_LENGTH,
    dir: 'auto' as const,
    // Her words stay here: no spell checker (Chrome's enhanced one sends text away, "add to
    // dictionary" writes the word into the profile), no autocorrect, nothing remembered.
    spellcheck: false,
    autocorrect: 'off' as const,
    autocapitalize: 'off' as const,
    autocomplete: 'off' as const,
    'data-field': field.id,
    'aria-describedby': `${id}-count`,
    onInput: (e: Event) => onInput((e.currentTarget as HTMLInputElement | HTMLTextAreaElement).value),
  };
  return (
    <div class="plan-field">
      <label for={id}>{t(`plan:fields.${field.id}`)}</label>
      {field.kind === 'line' ? <input type="text" {...common} /> : <textarea rows={3} {...common} />}
      <p id={`${id}-count`} class={full ? 'plan-count plan-count--full' : 'plan-count'}>
        {full ? t('plan:full', { max: MAX_FIELD_LENGTH }) : t('plan:count', { count: value.length, max: MAX_FIELD_LENGTH })}
      </p>
    </div>
  );
}
