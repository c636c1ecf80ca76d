import { useEffect, useState } from 'preact/hooks';
import type { ExitReport } from '../lib/quick-exit/exit-report';
import { useTranslation } from './i18n';

/**
 * One plain line, the first time she opens the help after a quick exit: it removed everything,
 * or what it could not remove and what she can do by hand (lib/quick-exit/check.ts decides).
 */
export function LastExitLine({ take }: { take?: () => Promise<ExitReport | null> }) {
  const { t } = useTranslation();
  const [report, setReport] = useState<ExitReport | null>(null);
  useEffect(() => {
    void take?.().then(setReport, () => undefined);
  }, [take]);
  if (!report) return null;
  if (!report.missed.length) {
    return (
      <p class="last-exit" role="status" data-testid="last-exit">
        {t('leave:lastExit.allRemoved')}
      </p>
    );
  }
  return (
    <div class="last-exit last-exit--missed" role="status" data-testid="last-exit">
      <p>{t(report.afterClose ? 'leave:lastExit.notAllAfterClose' : 'leave:lastExit.notAll')}</p>
      <MissedTraces missed={report.missed} />
    </div>
  );
}

/** What the last quick exit could not remove, each with what she can do by hand. */
export function MissedTraces({ missed }: Pick<ExitReport, 'missed'>) {
  const { t } = useTranslation();
  return (
    <ul>
      {missed.map((category) => (
        <li key={category}>{t(`leave:lastExit.${category}`)}</li>
      ))}
    </ul>
  );
}
