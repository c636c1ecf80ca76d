import { useTranslation } from './i18n';

/** Always at the top of the help screens: the biggest target on the page. */
export function EmergencyCall() {
  const { t } = useTranslation();
  return (
    <a class="emergency-call" href="tel:112" aria-label={t('emergency.callLabel')} data-testid="emergency-call">
      <span class="emergency-call__question">{t('emergency.question')}</span>
      <span class="emergency-call__action" dir="ltr">
        {t('emergency.call')}
      </span>
    </a>
  );
}
