import { formatLogTime, sortLog, type LogEntry } from '../../lib/plan/log';
import { useTranslation } from '../i18n';

/** The log as a timeline for paper (a lawyer, the police, a GP, Veilig Thuis); oldest first. */
export function LogPrintView({ entries }: { entries: readonly LogEntry[] }) {
  const { t, language } = useTranslation();
  const yes = t('log:yes');
  const no = t('log:no');
  return (
    <>
      <h2>{t('log:printTitle')}</h2>
      <p>{t('log:printNote')}</p>
      {sortLog(entries).map((e) => (
        <section key={e.id} class="log-print__entry">
          <h3>{formatLogTime(e.at, language) || t('log:noDate')}</h3>
          {(['what', 'injuries', 'witnesses', 'evidence'] as const).map((f) =>
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
      ))}
    </>
  );
}
