import { SOURCES, type SourceId } from '../../lib/directory/source-names';
import { formatDate } from '../format-date';
import { useTranslation } from '../i18n';

/** A source's date as the reader's language writes it: "november 2018", "22 november 2026", "2016–2017". */
export function sourceDate(date: string, language: string): string {
  if (/^\d{4}-\d{2}-\d{2}$/.test(date)) return formatDate(date, language);
  const month = /^(\d{4})-(\d{2})$/.exec(date);
  if (month) {
    return new Intl.DateTimeFormat(language, { month: 'long', year: 'numeric', timeZone: 'UTC' }).format(
      new Date(Date.UTC(Number(month[1]), Number(month[2]) - 1, 15)),
    );
  }
  return date;
}

/** One source as a reader can look it up: organisation, kind of document, title, web address, date. */
export function SourceText({ id }: { id: SourceId }) {
  const { t, language } = useTranslation();
  const s = SOURCES[id];
  const comma = t('directory:sourceComma');
  return (
    <>
      {s.org && (
        <>
          <bdi>{s.org}</bdi>:{' '}
        </>
      )}
      {t(`directory:sourceKind.${s.kind}`)}
      {s.title && (
        <>
          {' '}
          <bdi>“{s.title}”</bdi>
        </>
      )}
      {s.site && (
        <>
          {' '}
          (<bdi dir="ltr">{s.site}</bdi>)
        </>
      )}
      {s.date ? (
        <>
          {comma}
          <bdi>{sourceDate(s.date, language)}</bdi>
        </>
      ) : (
        s.kind !== 'general' && (
          <>
            {comma}
            {t('directory:sourceUndated')}
          </>
        )
      )}
    </>
  );
}
