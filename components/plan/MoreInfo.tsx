import type { ComponentChildren } from 'preact';
import { useTranslation } from '../i18n';

/** One short sentence she reads, the detail behind "Meer uitleg" (a disclosure like every other). */
export function MoreInfo({ short, children, testId }: { short: string; children: ComponentChildren; testId?: string }) {
  const { t } = useTranslation();
  return (
    <div class="more-info" data-testid={testId}>
      <p class="plan-hint">{short}</p>
      <details class="more">
        <summary>{t('plan:moreInfo')}</summary>
        <p>{children}</p>
      </details>
    </div>
  );
}

/** What printing leaves, for the plan's and the timeline's print button. */
export function PrintNote() {
  const { t } = useTranslation();
  return (
    <MoreInfo short={t('plan:print.note')} testId="print-note">
      {t('plan:print.more')}
    </MoreInfo>
  );
}
