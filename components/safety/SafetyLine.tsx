import type { ComponentChildren } from 'preact';
import { useTranslation } from '../i18n';

export type LineStatus = 'ok' | 'attention' | 'unknown';

const MARK: Record<LineStatus, string> = { ok: '✓', attention: '!', unknown: '?' };

/** One line of the safety check: a status in words (never colour alone), the state, and what to do. */
export function SafetyLine({ status, testId, children }: { status: LineStatus; testId: string; children: ComponentChildren }) {
  const { t } = useTranslation();
  return (
    <li class={`safety-line safety-line--${status}`} data-testid={testId} data-status={status}>
      <span class="safety-line__status">
        <span class="safety-line__mark" aria-hidden="true">
          {MARK[status]}
        </span>{' '}
        {t(`safety:status.${status}`)}
      </span>
      <div class="safety-line__body">{children}</div>
    </li>
  );
}
