import { useMemo, useRef, useState } from 'preact/hooks';
import { MAX_LOG_ENTRIES, newLogEntry, removeLogEntry, sortLog, updateLogEntry, type LogEntry } from '../../lib/plan/log';
import { LOG_FACTS } from '../../lib/plan/log-sources';
import { useTranslation } from '../i18n';
import { SourceLabel } from '../decision/SourceLabel';
import { PrintNote } from '../plan/MoreInfo';
import { LogRow } from './LogRow';

interface Props {
  entries: readonly LogEntry[];
  onChange: (entries: LogEntry[]) => void;
  onPrint: () => void;
  now?: () => Date;
}

/** The incident log: a list by date; one entry is open for writing at a time (fast with many). */
export function IncidentLog({ entries, onChange, onPrint, now = () => new Date() }: Props) {
  const translation = useTranslation();
  const { t } = translation;
  const [openId, setOpenId] = useState<string | null>(null);
  // the rows' callbacks read the newest list here (rows that did not change are not redrawn)
  const latest = useRef({ entries, onChange });
  latest.current = { entries, onChange };
  const rowActions = useMemo(
    () => ({
      onToggle: (id: string) => setOpenId((open) => (open === id ? null : id)),
      onChange: (id: string, change: Partial<Omit<LogEntry, 'id'>>) => latest.current.onChange(updateLogEntry(latest.current.entries, id, change)),
      onDelete: (id: string) => {
        setOpenId(null);
        latest.current.onChange(removeLogEntry(latest.current.entries, id));
      },
    }),
    [],
  );
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
      <details class="log-facts more">
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
            <LogRow key={entry.id} entry={entry} open={openId === entry.id} translation={translation} {...rowActions} />
          ))}
        </ol>
      )}
      {/* disabled says why (issue 25): nothing to print yet */}
      <button type="button" data-testid="log-print" disabled={entries.length === 0} aria-describedby={entries.length === 0 ? 'log-print-why' : undefined} onClick={onPrint}>
        {t('log:print')}
      </button>
      {entries.length === 0 && (
        <p class="plan-hint" id="log-print-why" data-testid="log-print-why">
          {t('log:printUnavailable')}
        </p>
      )}
      <PrintNote />
    </section>
  );
}
