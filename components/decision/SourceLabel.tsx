import type { AdviceSource } from '../../lib/plan/steps';
import { useTranslation } from '../i18n';
import { SourceText } from '../sources/SourceText';

/**
 * "Source: …" for a fact or a sign (not advice): the organisation, or the documents as a reader
 * can look them up. The research pointer (`ref`) stays in the data: it is not shown, not even on hover.
 */
export function SourceLabel({ source }: { source: AdviceSource }) {
  const { t } = useTranslation();
  if (source.kind === 'source') {
    return (
      <span class="plan-source plan-source--nl" data-source="source">
        {t('decision:sourcePrefix')}{' '}
        {source.ids.map((id, i) => (
          <span key={id}>
            {i > 0 && '; '}
            <SourceText id={id} />
          </span>
        ))}
      </span>
    );
  }
  const org = source.kind === 'nl-org' ? source.org : t('plan:source.general');
  return (
    <span class="plan-source plan-source--nl" data-source={source.kind}>
      {t('decision:source', { org })}
    </span>
  );
}
