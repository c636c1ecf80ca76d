import type { AdviceSource } from '../../lib/plan/steps';
import { useTranslation } from '../i18n';

/** "Source: …" for a fact or a sign (not advice), with the exact reference on hover. */
export function SourceLabel({ source }: { source: AdviceSource }) {
  const { t } = useTranslation();
  const org = source.kind === 'nl-org' ? source.org : t('plan:source.general');
  return (
    <span class="plan-source plan-source--nl" data-source={source.kind} title={source.ref}>
      {t('decision:source', { org })}
    </span>
  );
}
