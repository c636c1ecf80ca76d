import type { AdviceItem, AdviceSource } from '../../lib/plan/steps';
import { SourceLabel } from '../decision/SourceLabel';
import { useTranslation } from '../i18n';

/** Says whose advice it is: a Dutch organisation's, or general advice. */
export function SourceTag({ source }: { source: AdviceSource }) {
  const { t } = useTranslation();
  if (source.kind === 'source') return <SourceLabel source={source} />;
  return source.kind === 'nl-org' ? (
    <span class="plan-source plan-source--nl" data-source="nl-org">
      {t('plan:source.nl', { org: source.org })}
    </span>
  ) : (
    <span class="plan-source plan-source--general" data-source="general">
      {t('plan:source.general')}
    </span>
  );
}

export function AdviceList({ items }: { items: readonly AdviceItem[] }) {
  const { t } = useTranslation();
  if (!items.length) return null;
  return (
    <ul class="plan-advice">
      {items.map((item) => (
        <li key={item.id} data-advice={item.id}>
          {t(`plan:advice.${item.id}`)} <SourceTag source={item.source} />
        </li>
      ))}
    </ul>
  );
}
