import { LOG_TEXT_FIELDS, MAX_LOG_TEXT, type LogEntry } from '../../lib/plan/log';
import { useTranslation } from '../i18n';
import { ConfirmButton } from '../plan/ConfirmButton';

interface Props {
  entry: LogEntry;
  onChange: (change: Partial<Omit<LogEntry, 'id'>>) => void;
  onDone: () => void;
  onDelete: () => void;
}

/** One entry of the log, every field saved as it is typed. */
export function LogEntryForm({ entry, onChange, onDone, onDelete }: Props) {
  const { t } = useTranslation();
  const id = (f: string) => `log-${entry.id}-${f}`;
  return (
    <div class="log-entry" data-testid="log-entry-form">
      <div class="plan-field">
        <label for={id('at')}>{t('log:fields.at')}</label>
        <input type="datetime-local" id={id('at')} data-log-field="at" value={entry.at} onInput={(e) => onChange({ at: e.currentTarget.value })} />
      </div>
      {LOG_TEXT_FIELDS.map((f) => {
        const value = entry[f];
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
              onInput={(e) => onChange({ [f]: e.currentTarget.value })}
            />
            <p id={`${id(f)}-count`} class={full ? 'plan-count plan-count--full' : 'plan-count'}>
              {full ? t('plan:full', { max: MAX_LOG_TEXT }) : t('plan:count', { count: value.length, max: MAX_LOG_TEXT })}
            </p>
          </div>
        );
      })}
      <label class="plan-check">
        <input type="checkbox" data-log-field="police" checked={entry.police} onChange={(e) => onChange({ police: e.currentTarget.checked })} />{' '}
        {t('log:fields.police')}
      </label>
      <label class="plan-check">
        <input type="checkbox" data-log-field="doctor" checked={entry.doctor} onChange={(e) => onChange({ doctor: e.currentTarget.checked })} />{' '}
        {t('log:fields.doctor')}
      </label>
      <button type="button" data-testid="log-entry-done" onClick={onDone}>
        {t('log:done')}
      </button>
      <ConfirmButton label={t('log:delete.button')} question={t('log:delete.question')} confirmLabel={t('log:delete.confirm')} onConfirm={onDelete} />
    </div>
  );
}
