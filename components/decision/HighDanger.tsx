import type { Service } from '../../lib/directory/types';
import { useTranslation } from '../i18n';

/** Isolated left-to-right, so a number keeps its order inside Arabic text. */
const ltr = (text: string) => `\u2066${text}\u2069`;

/** Said plainly when she recognises a sign of high danger: 112 now, Veilig Thuis day and night. */
export function HighDanger({ services }: { services: readonly Service[] }) {
  const { t } = useTranslation();
  const number = (id: string) => ltr(services.find((s) => s.id === id)?.phones[0]?.display ?? '');
  return (
    <div class="decision-danger" role="alert" data-testid="decision-high-danger">
      <p>
        <strong>{t('decision:high.title')}</strong>
      </p>
      <p>
        <strong>{t('decision:high.call112', { number: number('emergency') })}</strong>
      </p>
      <p>{t('decision:high.veiligThuis', { number: number('veilig-thuis') })}</p>
      <p>{t('decision:high.notAlone')}</p>
    </div>
  );
}
