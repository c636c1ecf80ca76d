import type { ComponentChildren } from 'preact';
import { formatDayAndClock } from '../../lib/i18n/clock-time';
import { useTranslation } from '../i18n';
import { SafetyLine } from './SafetyLine';

/**
 * What the safety check shows of the last quick exit. The quick exit keeps one neutral record
 * of its result (another part of the extension writes and reads it); the popup maps that record
 * to this shape and passes it in. Without a report, nothing is shown.
 */
export interface LastQuickExitReport {
  /** When it ran (ms since the epoch). */
  at: number;
  /** True when it removed everything it looked for. */
  complete: boolean;
  /** What could not be removed and what to do by hand, already worded for her. */
  detail?: ComponentChildren;
  /** The cleaning ran at a start, after the browser closed with a help tab open: she pressed nothing. */
  afterClose?: boolean;
}

export function LastQuickExitLine({ report }: { report?: LastQuickExitReport | null }) {
  const { t, language } = useTranslation();
  if (!report) return null;
  const date = formatDayAndClock(new Date(report.at), language);
  return (
    <SafetyLine status={report.complete ? 'ok' : 'attention'} testId="safety-last-exit">
      <p>{t(report.complete ? 'safety:lastExit.complete' : report.afterClose ? 'safety:lastExit.incompleteAfterClose' : 'safety:lastExit.incomplete', { date })}</p>
      {report.detail}
    </SafetyLine>
  );
}
