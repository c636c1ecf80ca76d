import { LOG_TEXT_FIELDS, type LogEntry, type LogVersion } from '../../lib/plan/log';
import { shortFingerprint } from '../../lib/plan/log-chain';
import { formatHappened, formatWritten } from '../../lib/plan/log-dates';
import type { Translation } from '../i18n';

/** "Written at" as honestly as it is known. */
export function writtenText(v: LogVersion, { t, language }: Translation): string {
  if (v.written) return t('log:written', { time: formatWritten(v.written, language) });
  return t('log:writtenUnknown', { time: formatWritten(v.moved ?? '', language) });
}

/** One entry's two times, fingerprint and edit trail (earlier versions, newest change first). */
export function LogTrail({ entry, translation }: { entry: LogEntry; translation: Translation }) {
  const { t, language } = translation;
  const versions = entry.versions;
  const current = versions[versions.length - 1]!;
  return (
    <div class="log-trail" data-testid="log-trail">
      <p>
        {writtenText(current, translation)} <span class="log-fp">{t('log:fingerprint', { code: shortFingerprint(current.fp) })}</span>
      </p>
      {versions
        .slice(0, -1)
        .map((earlier, i) => ({ earlier, changed: versions[i + 1]! }))
        .reverse()
        .map(({ earlier, changed }) => (
          <div class="log-trail__earlier" key={earlier.seq} data-testid="log-earlier">
            <p>
              <strong>{t('log:changed', { time: formatWritten(changed.written, language) })}</strong>
            </p>
            <p>{t('log:earlierHappened', { time: formatHappened(earlier.happened, language) || t('log:noDate') })}</p>
            {LOG_TEXT_FIELDS.map((f) =>
              earlier[f] ? (
                <div key={f}>
                  <strong>{t(`log:fields.${f}`)}</strong>
                  <p class="plan-print__text" dir="auto">
                    {earlier[f]}
                  </p>
                </div>
              ) : null,
            )}
          </div>
        ))}
    </div>
  );
}
