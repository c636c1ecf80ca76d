import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { MAX_LOG_ENTRIES, isChained, liveEntries, sortLog, type LogEntry } from '../../lib/plan/log';
import { verifyChain, type ChainCheck } from '../../lib/plan/log-chain';
import { draftContent, draftOf, newDraft, type LogDraft } from '../../lib/plan/log-draft';
import type { DateProblem } from '../../lib/plan/log-dates';
import { chainOlderLog, removeLogEntry, saveLogEntry } from '../../lib/plan/log-edit';
import { LOG_FACTS } from '../../lib/plan/log-sources';
import { useTranslation } from '../i18n';
import { SourceLabel } from '../decision/SourceLabel';
import { PrintNote } from '../plan/MoreInfo';
import { LogChainStatus } from './LogChainStatus';
import { LogEntryForm } from './LogEntryForm';
import { LogPrintView } from './LogPrintView';
import { LogRow } from './LogRow';

const NO_LOG: LogEntry[] = [];

interface Props {
  /** The same array until the log changes (typing in a draft does not re-check the chain). */
  entries: LogEntry[] | undefined;
  /** What she is writing and has not saved (kept in the plan as she types). */
  draft: LogDraft | null;
  onChange: (entries: LogEntry[], draft: LogDraft | null) => void;
  onPrint: () => void;
  now?: () => Date;
}

/** The incident log: a list by date, one entry written at a time, a fingerprint chain checked on opening. */
export function IncidentLog({ entries: given, draft, onChange, onPrint, now = () => new Date() }: Props) {
  const entries = given ?? NO_LOG;
  const translation = useTranslation();
  const { t } = translation;
  const [openId, setOpenId] = useState<string | null>(null);
  const [problem, setProblem] = useState<DateProblem | null>(null);
  const [check, setCheck] = useState<ChainCheck | null>(null);
  // the printed timeline is built only when she prints: at 1,000 long entries it takes seconds
  const [printedFor, setPrintedFor] = useState<LogEntry[] | null>(null);
  const printing = printedFor === entries;
  // callbacks read the newest list here (rows that did not change are not redrawn)
  const latest = useRef({ entries, draft, onChange, now, onPrint });
  latest.current = { entries, draft, onChange, now, onPrint };

  // an older log moves once into the chain; then the chain is checked whenever the log changes
  useEffect(() => {
    let current = true;
    if (!entries.every(isChained)) {
      void chainOlderLog(entries, now()).then((next) => current && latest.current.onChange(next, latest.current.draft));
      setCheck({ state: 'unchained' });
    } else {
      void verifyChain(entries).then((result) => current && setCheck(result));
    }
    return () => {
      current = false;
    };
  }, [entries]);
  // print once the timeline is in the page (the popup still has focus: nothing waits after the print window opens)
  useEffect(() => {
    if (printedFor) latest.current.onPrint();
  }, [printedFor]);

  const rowActions = useMemo(
    () => ({
      onToggle: (id: string) => setOpenId((open) => (open === id ? null : id)),
      onEdit: (id: string) => {
        const entry = latest.current.entries.find((e) => e.id === id);
        if (entry) latest.current.onChange(latest.current.entries, draftOf(entry));
      },
      onDelete: async (id: string) => {
        setOpenId(null);
        const { entries: list, draft: d, onChange: change, now: clock } = latest.current;
        change(await removeLogEntry(list, id, clock()), d);
      },
    }),
    [],
  );
  const live = useMemo(() => liveEntries(entries), [entries]);
  const sorted = useMemo(() => sortLog(live), [live]);
  const removed = entries.length - live.length;
  const full = live.length >= MAX_LOG_ENTRIES;

  async function save() {
    if (!draft) return;
    const result = draftContent(draft, now());
    if (!result.ok) {
      setProblem(result.problem);
      return;
    }
    setProblem(null);
    const saved = await saveLogEntry(entries, draft.id, result.content, now());
    onChange(saved.entries, null);
    setOpenId(saved.id);
  }

  const form = draft && (
    <LogEntryForm
      draft={draft}
      problem={problem}
      onChange={(d) => onChange(entries, d)}
      onSave={() => void save()}
      onCancel={() => {
        setProblem(null);
        onChange(entries, null);
      }}
    />
  );

  return (
    <section class="log" aria-labelledby="log-title" data-testid="log">
      <h3 id="log-title">{t('log:title')}</h3>
      <p>{t('log:intro')}</p>
      <details class="log-facts more" data-testid="log-facts">
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
      <LogChainStatus check={check} />
      <button type="button" data-testid="log-add" disabled={full || !!draft} onClick={() => onChange(entries, newDraft(now()))}>
        {t('log:add')}
      </button>
      {full && <p class="plan-hint">{t('log:full', { max: MAX_LOG_ENTRIES })}</p>}
      {draft && draft.id === null && form}
      {sorted.length === 0 ? (
        <p class="plan-hint">{t('log:empty')}</p>
      ) : (
        <ol class="log-list" data-testid="log-list">
          {sorted.map((entry) => (
            <LogRow
              key={entry.id}
              entry={entry}
              open={openId === entry.id}
              editor={draft?.id === entry.id ? form : null}
              busy={!!draft}
              translation={translation}
              {...rowActions}
            />
          ))}
        </ol>
      )}
      {removed > 0 && <p class="plan-hint" data-testid="log-removed">{t('log:removedCount', { count: removed })}</p>}
      <button
        type="button"
        data-testid="log-print"
        disabled={live.length === 0}
        aria-describedby={live.length === 0 ? 'log-print-why' : undefined}
        onClick={() => (printing ? onPrint() : setPrintedFor(entries))}
      >
        {t('log:print')}
      </button>
      {live.length === 0 && (
        <p class="plan-hint" id="log-print-why" data-testid="log-print-why">
          {t('log:printUnavailable')}
        </p>
      )}
      <PrintNote />
      {/* what the print button prints (lib/popup/print reads .plan-print) */}
      {printing && (
        <div class="plan-print" aria-hidden="true" data-testid="log-print-view">
          <LogPrintView entries={entries} />
        </div>
      )}
    </section>
  );
}
