/** "2026-11-22" as the reader's language writes a date ("22 november 2026", "22 Kasım 2026"). */
export function formatDate(isoDay: string, language: string): string {
  const [y, m, d] = isoDay.split('-').map(Number);
  return new Intl.DateTimeFormat(language, { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(
    new Date(Date.UTC(y!, m! - 1, d!)),
  );
}
