import type { Service } from '../../lib/directory/types';
import { useTranslation } from '../i18n';

/** Said plainly when she recognises a sign of high danger: 112 now, Veilig Thuis day and night. */
export function HighDanger({ services }: { services: readonly Service[] }) {
  const { t } = useTranslation();
  const number = (id: string) => services.find((s) => s.id === id)?.phones[0]?.display ?? '';
  return (
    <div class="decision-danger" role="alert" data-testid="decision-high-danger">
      <p>
        <strong>{t('decision:high.title')}</strong>
      </p>
      <p>
        {t('decision:high.call112')} <strong dir="ltr">{number('emergency')}</strong>
      </p>
      <p>
        {t('decision:high.veiligThuis')} <strong dir="ltr">{number('veilig-thuis')}</strong>
      </p>
      <p>{t('decision:high.notAlone')}</p>
    </div>
  );
}
