import { factChecks } from '../../lib/directory/fact-checks';
import { sourceIdOf, sourceIdsOf } from '../../lib/directory/source-names';
import type { Service } from '../../lib/directory/types';
import { formatDate } from '../format-date';
import { useTranslation } from '../i18n';
import { SourceText } from './SourceText';

/** A service card's sources: each fact (number, hours, cost) with its own source and check date, then the rest. */
export function ServiceSources({ service }: { service: Service }) {
  const { t, language } = useTranslation();
  if (service.confidence === 'installation') return <ul>{service.source.map((s) => <li key={s}>{s}</li>)}</ul>;
  const checks = factChecks(service.id);
  const factIds = checks.map((c) => sourceIdOf(c.source));
  const others = sourceIdsOf(service.source).filter((id) => !factIds.includes(id));
  return (
    <>
      {checks.length > 0 && (
        <ul data-testid="fact-sources">
          {checks.map((c) => (
            <li key={`${c.fact}${c.source}`} data-fact-source={c.fact}>
              <strong>{t(`directory:fact.${c.fact}`)}</strong> <SourceText id={sourceIdOf(c.source)!} />.{' '}
              {t('directory:checkedOn', { date: formatDate(c.checkedOn, language) })}
            </li>
          ))}
        </ul>
      )}
      {others.length > 0 && (
        <>
          <p>{t('directory:alsoSources')}</p>
          <ul>
            {others.map((id) => (
              <li key={id}>
                <SourceText id={id} />
              </li>
            ))}
          </ul>
        </>
      )}
    </>
  );
}
