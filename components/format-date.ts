/** "2026-11-22" as the reader's language writes a date ("22 november 2026", "22 Kasım 2026"). */
export function formatDate(isoDay: string, language: string): string {
  const [y, m, d] = isoDay.split('-').map(Number);
  return new Intl.DateTimeFormat(language, { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(
    new Date(Date.UTC(y!, m! - 1, d!)),
  );
}

/**
 * A source's date in the one way the reader's language writes dates: a day as formatDate
 * does, a month as "juli 2020", a year or a span of years ("2016-2017") as it is.
 */
export function formatSourceDate(date: string, language: string): string {
  if (/^\d{4}-\d{2}-\d{2}$/.test(date)) return formatDate(date, language);
  const month = /^(\d{4})-(\d{2})$/.exec(date);
  if (!month) return date;
  return new Intl.DateTimeFormat(language, { month: 'long', year: 'numeric', timeZone: 'UTC' }).format(new Date(Date.UTC(Number(month[1]), Number(month[2]) - 1, 1)));
}
