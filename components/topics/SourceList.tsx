import { useTranslation } from '../i18n';

/** Where the facts on a page come from: seed file and lines, or the verified reference. */
export function SourceList({ sources }: { sources: readonly string[] }) {
  const { t } = useTranslation();
  return (
    <details class="topic-page__sources">
      <summary>{t('topics:headings.sources')}</summary>
      <ul>
        {sources.map((s) => (
          <li key={s}>{s}</li>
        ))}
      </ul>
    </details>
  );
}
