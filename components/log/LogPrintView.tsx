import { Component } from 'preact';
import { LOG_TEXT_FIELDS, formatLogTime, sortLog, type LogEntry } from '../../lib/plan/log';
import { useTranslation, type Translation } from '../i18n';

interface EntryProps {
  entry: LogEntry;
  translation: Translation;
}

/** One entry on paper; re-drawn only when it changed (the timeline is in the page while she types). */
class PrintedEntry extends Component<EntryProps> {
  override shouldComponentUpdate(next: EntryProps) {
    return next.entry !== this.props.entry || next.translation !== this.props.translation;
  }

  render({ entry: e, translation: { t, language } }: EntryProps) {
    const yes = t('log:yes');
    const no = t('log:no');
    return (
      <section class="log-print__entry">
        <h3>{formatLogTime(e.at, language) || t('log:noDate')}</h3>
        {LOG_TEXT_FIELDS.map((f) =>
          e[f] ? (
            <div key={f}>
              <strong>{t(`log:fields.${f}`)}</strong>
              <p class="plan-print__text">{e[f]}</p>
            </div>
          ) : null,
        )}
        <p>
          {t('log:fields.police')}: {e.police ? yes : no}. {t('log:fields.doctor')}: {e.doctor ? yes : no}.
        </p>
      </section>
    );
  }
}

/** The log as a timeline for paper (a lawyer, the police, a GP, Veilig Thuis); oldest first. */
export function LogPrintView({ entries }: { entries: readonly LogEntry[] }) {
  const translation = useTranslation();
  const { t } = translation;
  return (
    <>
      <h2>{t('log:printTitle')}</h2>
      <p>{t('log:printNote')}</p>
      {sortLog(entries).map((e) => (
        <PrintedEntry key={e.id} entry={e} translation={translation} />
      ))}
    </>
  );
}
