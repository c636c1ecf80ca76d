import { pageSources } from '../../lib/topics/citation-sources';
import { useTranslation } from '../i18n';
import { SourceText } from '../sources/SourceText';

/** Where the facts on a page come from, as a reader can look them up (the seed and reference pointers stay in the data). */
export function SourceList({ sources }: { sources: readonly string[] }) {
  const { t } = useTranslation();
  return (
    <details class="topic-page__sources">
      <summary>{t('topics:headings.sources')}</summary>
      <ul>
        {pageSources(sources).map((id) => (
          <li key={id} data-source-id={id}>
            <SourceText id={id} />
          </li>
        ))}
      </ul>
    </details>
  );
}
