import { useMemo, useState } from 'preact/hooks';
import { MAX_LOG_ENTRIES, formatLogTime, newLogEntry, removeLogEntry, sortLog, updateLogEntry, type LogEntry } from '../../lib/plan/log';
import { LOG_FACTS } from '../../lib/plan/log-sources';
import { useTranslation } from '../i18n';
import { SourceLabel } from '../decision/SourceLabel';
import { LogEntryForm } from './LogEntryForm';

interface Props {
  entries: readonly LogEntry[];
  onChange: (entries: LogEntry[]) => void;
  onPrint: () => void;
  now?: () => Date;
}

const SUMMARY_LENGTH = 80;

/** The incident log: a list by date; one entry is open for writing at a time (fast with many). */
export function IncidentLog({ entries, onChange, onPrint, now = () => new Date() }: Props) {
  const { t, language } = useTranslation();
  const [openId, setOpenId] = useState<string | null>(null);
  const sorted = useMemo(() => sortLog(entries), [entries]);
  const full = entries.length >= MAX_LOG_ENTRIES;

  function add() {
    const entry = newLogEntry(now());
    onChange([...entries, entry]);
    setOpenId(entry.id);
  }

  return (
    <section class="log" aria-labelledby="log-title" data-testid="log">
      <h3 id="log-title">{t('log:title')}</h3>
      <p>{t('log:intro')}</p>
      <details class="log-facts">
        <summary>{t('log:factsTitle')}</summary>
        <p>{t('log:notEvidence')}</p>
        <ul class="plan-advice">
          {LOG_FACTS.map((f) => (
            <li key={f.id} data-fact={f.id}>
              {t(`log:facts.${f.id}`)} <SourceLabel source={f.source} />
            </li>
          ))}
        </ul>
        <p>{t('log:noFiles')}</p>
      </details>
      <button type="button" data-testid="log-add" disabled={full} onClick={add}>
        {t('log:add')}
      </button>
      {full && <p class="plan-hint">{t('log:full', { max: MAX_LOG_ENTRIES })}</p>}
      {sorted.length === 0 ? (
        <p class="plan-hint">{t('log:empty')}</p>
      ) : (
        <ol class="log-list" data-testid="log-list">
          {sorted.map((entry) => (
            <li key={entry.id} data-entry={entry.id}>
              <button type="button" class="log-summary" aria-expanded={openId === entry.id} onClick={() => setOpenId(openId === entry.id ? null : entry.id)}>
                <strong>{formatLogTime(entry.at, language) || t('log:noDate')}</strong>{' '}
                <span dir="auto">{entry.what.length > SUMMARY_LENGTH ? `${entry.what.slice(0, SUMMARY_LENGTH)}…` : entry.what}</span>
              </button>
              {openId === entry.id && (
                <LogEntryForm
                  entry={entry}
                  onChange={(change) => onChange(updateLogEntry(entries, entry.id, change))}
                  onDone={() => setOpenId(null)}
                  onDelete={() => {
                    setOpenId(null);
                    onChange(removeLogEntry(entries, entry.id));
                  }}
                />
              )}
            </li>
          ))}
        </ol>
      )}
      <button type="button" data-testid="log-print" disabled={entries.length === 0} onClick={onPrint}>
        {t('log:print')}
      </button>
      <p class="plan-hint">{t('plan:print.note')}</p>
    </section>
  );
}
