import type { Service } from '../../lib/directory/types';
import { useTranslation } from '../i18n';

/** Isolated left-to-right, so a number keeps its order inside Arabic text. */
const ltr = (text: string) => `\u2066${text}\u2069`;

/** 112 works everywhere in the Netherlands, whatever an installation's policy hides. */
const EMERGENCY_NUMBER = '112';

/**
 * Said plainly when she recognises a sign of high danger: 112 now, Veilig Thuis day and night.
 * A policy may hide Veilig Thuis: then its line is left out, and 112 is still shown.
 */
export function HighDanger({ services, signs = [] }: { services: readonly Service[]; signs?: readonly string[] }) {
  const { t } = useTranslation();
  const number = (id: string) => services.find((s) => s.id === id)?.phones[0]?.display;
  const veiligThuis = number('veilig-thuis');
  return (
    <div class="decision-danger" role="alert" data-testid="decision-high-danger">
      <p>
        <strong>{t('decision:high.title')}</strong>
      </p>
      <p>
        <strong>{t('decision:high.call112', { number: ltr(number('emergency') ?? EMERGENCY_NUMBER) })}</strong>
      </p>
      {signs.includes('strangled') && <p data-testid="decision-strangled">{t('decision:high.strangled')}</p>}
      {veiligThuis && <p>{t('decision:high.veiligThuis', { number: ltr(veiligThuis) })}</p>}
      <p>{t('decision:high.notAlone')}</p>
    </div>
  );
}
