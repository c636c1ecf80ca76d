import { clock } from '../directory/open-now';

/**
 * A moment she reads (the last quick exit, an entry in her log) with its time written the one
 * way the service cards write it (lib/directory/open-now.ts `clock`): the hour without a
 * leading zero, 24 hours, Latin digits ("9:05", "21:30"), in every language. Intl alone writes
 * "09:05" in English and Arabic and "9:05 AM" with a 12-hour clock; the day and month stay in
 * the language's own words and order.
 */

/** The time of day as the cards write it, from a stored "HH:MM" ("09:05" → "9:05"). */
export function clockOf(time: string): string {
  const match = /^(\d{1,2}):(\d{2})$/.exec(time);
  return match ? clock(Number(match[1]) * 60 + Number(match[2])) : time;
}

// Making a format costs about 0.3 ms; a list reuses one per language and kind.
const FORMATS = new Map<string, Intl.DateTimeFormat>();
function format(language: string, kind: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${language} ${kind}`;
  let found = FORMATS.get(key);
  if (!found) FORMATS.set(key, (found = new Intl.DateTimeFormat(language, { ...options, numberingSystem: 'latn' })));
  return found;
}

/** "7 december om 9:05", "December 7 at 9:05", "7 ديسمبر في 9:05": day, month and time on the computer's clock. */
export function formatDayAndClock(moment: Date, language: string): string {
  const parts = format(language, 'day-clock', { day: 'numeric', month: 'long', hour: 'numeric', minute: '2-digit', hourCycle: 'h23' }).formatToParts(moment);
  return parts.map((p) => (p.type === 'hour' ? String(Number(p.value)) : p.value)).join('');
}

/** A whole date in the language's words, Latin digits ("maandag 7 december 2026"); `date` is "YYYY-MM-DD", no time zone converted. */
export function formatFullDay(date: string, language: string): string {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  return format(language, 'full-day', { dateStyle: 'full', timeZone: 'UTC' }).format(new Date(Date.UTC(y, m - 1, d)));
}
