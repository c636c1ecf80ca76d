import { useCanCall } from './calling';
import { useTranslation } from './i18n';

/**
 * Always at the top of the help screens: the biggest thing on the page. A call link only where
 * the device can call; on a computer it says to dial 112 on a phone.
 */
export function EmergencyCall() {
  const { t } = useTranslation();
  const content = (
    <>
      <span class="emergency-call__question">{t('emergency.question')}</span>
      <span class="emergency-call__action">
        <bdi>{t('emergency.call')}</bdi>
      </span>
    </>
  );
  return useCanCall() ? (
    <a class="emergency-call" href="tel:112" aria-label={t('emergency.callLabel')} data-testid="emergency-call">
      {content}
    </a>
  ) : (
    <div class="emergency-call" data-testid="emergency-call">
      {content}
      <span class="emergency-call__how">{t('emergency.onPhone')}</span>
    </div>
  );
}
