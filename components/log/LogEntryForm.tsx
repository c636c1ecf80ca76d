import { LOG_TEXT_FIELDS, MAX_LOG_TEXT } from '../../lib/plan/log';
import type { LogDraft } from '../../lib/plan/log-draft';
import type { DateProblem } from '../../lib/plan/log-dates';
import { useTranslation } from '../i18n';
import { LogDateField } from './LogDateField';

interface Props {
  draft: LogDraft;
  problem: DateProblem | null;
  onChange: (draft: LogDraft) => void;
  onSave: () => void;
  onCancel: () => void;
}

/**
 * Writing an entry. What she types is kept (encrypted, in the plan) as she types; it is added to
 * the log, with the computer's time of writing and a fingerprint, when she saves it.
 */
export function LogEntryForm({ draft, problem, onChange, onSave, onCancel }: Props) {
  const { t } = useTranslation();
  const id = (f: string) => `log-draft-${f}`;
  const content = draft.content;
  const set = (change: Partial<LogDraft['content']>) => onChange({ ...draft, content: { ...content, ...change } });
  return (
    <form
      class="log-entry"
      data-testid="log-entry-form"
      aria-label={draft.id ? t('log:editTitle') : t('log:newTitle')}
      onSubmit={(e) => {
        e.preventDefault();
        onSave();
      }}
    >
      {draft.id && <p class="plan-hint">{t('log:editNote')}</p>}
      <LogDateField idPrefix={id('date')} value={draft.date} problem={problem} onChange={(date) => onChange({ ...draft, date })} />
      {LOG_TEXT_FIELDS.map((f) => {
        const value = content[f];
        const full = value.length >= MAX_LOG_TEXT;
        return (
          <div class="plan-field" key={f}>
            <label for={id(f)}>{t(`log:fields.${f}`)}</label>
            <textarea
              id={id(f)}
              rows={f === 'what' ? 4 : 2}
              dir="auto"
              spellcheck={false} autocorrect="off" autocapitalize="off" autocomplete="off"
              maxLength={MAX_LOG_TEXT}
              data-log-field={f}
              value={value}
              aria-describedby={`${id(f)}-count`}
              onInput={(e) => set({ [f]: e.currentTarget.value })}
            />
            <p id={`${id(f)}-count`} class={full ? 'plan-count plan-count--full' : 'plan-count'}>
              {full ? t('plan:full', { max: MAX_LOG_TEXT }) : t('plan:count', { count: value.length, max: MAX_LOG_TEXT })}
            </p>
          </div>
        );
      })}
      <label class="plan-check">
        <input type="checkbox" data-log-field="police" checked={content.police} onChange={(e) => set({ police: e.currentTarget.checked })} />{' '}
        {t('log:fields.police')}
      </label>
      <label class="plan-check">
        <input type="checkbox" data-log-field="doctor" checked={content.doctor} onChange={(e) => set({ doctor: e.currentTarget.checked })} />{' '}
        {t('log:fields.doctor')}
      </label>
      <p class="plan-hint">{t('log:saveNote')}</p>
      <div class="log-entry__buttons">
        <button type="submit" data-testid="log-entry-save">
          {t('log:save')}
        </button>
        <button type="button" data-testid="log-entry-cancel" onClick={onCancel}>
          {t('log:cancel')}
        </button>
      </div>
    </form>
  );
}
