/**
 * The "happened at" field: a day, a month, a year and an optional time, typed as numbers in her
 * own language's order of labels. It refuses what cannot be: a year before 1900 (the year 130),
 * a 31st of February, a time of 25:00, and a moment in the future (by the computer's clock).
 */
import { clockOf, formatFullDay } from '../i18n/clock-time';
import { HAPPENED_PATTERN } from './log';

export interface DateInput {
  day: string;
  month: string;
  year: string;
  /** "21:30", "21.30" or "9:05"; may be empty. */
  time: string;
}

export type DateProblem = 'missing' | 'year' | 'impossible' | 'time' | 'future';
export type DateResult = { ok: true; value: string } | { ok: false; problem: DateProblem };

export const EARLIEST_YEAR = 1900;
const pad = (n: number) => String(n).padStart(2, '0');
const number = (s: string) => (/^\d+$/.test(s.trim()) ? Number(s.trim()) : NaN);

export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** Checks what she typed; `now` is the computer's clock. */
export function readDateInput(input: DateInput, now: Date): DateResult {
  const { day, month, year, time } = input;
  if (!day.trim() || !month.trim() || !year.trim()) return { ok: false, problem: 'missing' };
  const y = number(year);
  const m = number(month);
  const d = number(day);
  if (!/^\d{4}$/.test(year.trim()) || y < EARLIEST_YEAR) return { ok: false, problem: 'year' };
  if (!(m >= 1 && m <= 12) || !(d >= 1 && d <= daysInMonth(y, m))) return { ok: false, problem: 'impossible' };
  let clock = '';
  if (time.trim()) {
    const match = /^(\d{1,2})[:.](\d{2})$/.exec(time.trim());
    if (!match || Number(match[1]) > 23 || Number(match[2]) > 59) return { ok: false, problem: 'time' };
    clock = `${pad(Number(match[1]))}:${match[2]}`;
  }
  const date = `${y}-${pad(m)}-${pad(d)}`;
  const today = `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
  const nowClock = `${pad(now.getHours())}:${pad(now.getMinutes())}`;
  if (date > today || (date === today && clock > nowClock)) return { ok: false, problem: 'future' };
  return { ok: true, value: clock ? `${date}T${clock}` : date };
}

/** A stored "happened" value back into the field's four parts (the time as she reads it elsewhere: "9:05"). */
export function dateInputOf(happened: string): DateInput {
  if (!HAPPENED_PATTERN.test(happened)) return { day: '', month: '', year: '', time: '' };
  const [date, time = ''] = happened.split('T') as [string, string?];
  const [y, m, d] = date.split('-');
  return { day: String(Number(d)), month: String(Number(m)), year: y!, time: time && clockOf(time) };
}

/** Today on the computer's clock, as the field's parts (time left empty). */
export function todayInput(now: Date): DateInput {
  return { day: String(now.getDate()), month: String(now.getMonth() + 1), year: String(now.getFullYear()), time: '' };
}

/** "YYYY-MM-DD[THH:MM]" in the screen's language, without converting any time zone; the time as the cards write it ("9:05"). */
export function formatHappened(happened: string, language: string): string {
  if (!HAPPENED_PATTERN.test(happened)) return '';
  const [date, time] = happened.split('T') as [string, string?];
  return time ? `${formatFullDay(date, language)}, ${clockOf(time)}` : formatFullDay(date, language);
}

/** A "written at" stamp ("YYYY-MM-DDTHH:MM:SS+01:00") as the computer's clock showed it ("9:05"). */
export function formatWritten(stamp: string, language: string): string {
  const match = /^(\d{4}-\d{2}-\d{2})T(\d{2}:\d{2}):\d{2}/.exec(stamp);
  return match ? `${formatFullDay(match[1]!, language)}, ${clockOf(match[2]!)}` : '';
}
