/**
 * "Open now" for the few services whose fixed hours the verified reference
 * (docs/sources/helplines.md) gives. Everything else keeps the calm "check the website" wording.
 * The time is Dutch time (Europe/Amsterdam), whatever zone the computer is set to, because the
 * services keep Dutch hours. Public holidays are not guessed: the card always adds, once, "usual
 * hours; on public holidays, check the website".
 */

/** 1 = Monday … 7 = Sunday (ISO). */
export type Weekday = 1 | 2 | 3 | 4 | 5 | 6 | 7;

export interface WeeklyHours {
  days: readonly Weekday[];
  /** Minutes after midnight, Dutch time. */
  from: number;
  to: number;
}

export interface ServiceSchedule {
  /** What these hours are for: the phone line, or the chat (the phone may be open day and night). */
  channel: 'phone' | 'chat';
  hours: WeeklyHours;
  /** The reference says "usually" (the card's "usual hours" line covers it). */
  usually: boolean;
  source: string;
}

const WEEKDAYS: readonly Weekday[] = [1, 2, 3, 4, 5];
const at = (h: number, m = 0) => h * 60 + m;

/** Only hours the reference verifies (V or V-old); conflicting hours (C) are left out on purpose. */
export const SCHEDULES: Readonly<Record<string, readonly ServiceSchedule[]>> = {
  'veilig-thuis': [
    {
      channel: 'chat',
      hours: { days: WEEKDAYS, from: at(9), to: at(17) },
      usually: true,
      source: 'docs/sources/helplines.md, veilig-thuis: chat usually Mon–Fri 09:00–17:00 (veiligthuisgv.nl FAQ)',
    },
  ],
  'juridisch-loket': [
    {
      channel: 'phone',
      hours: { days: WEEKDAYS, from: at(9), to: at(18) },
      usually: false,
      source: 'docs/sources/helplines.md, juridisch-loket: Mon–Fri 09:00–18:00 (juridischloket.nl, undated)',
    },
  ],
};

export interface DayAndNightChannel {
  /** Only the phone so far: each channel has its own words (opennow:dayAndNight.<channel>). */
  channel: 'phone';
  source: string;
}

/**
 * Services whose day-and-night hours the reference gives for one channel only: the card names
 * that channel ("Dag en nacht (24/7) per telefoon"), so the other channel's "nu dicht" below
 * it does not read as a contradiction.
 */
export const DAY_AND_NIGHT_CHANNEL: Readonly<Record<string, DayAndNightChannel>> = {
  'veilig-thuis': { channel: 'phone', source: 'docs/sources/helplines.md, veilig-thuis: hours "24/7 (phone)"; chat "not 24/7"' },
};

export interface DutchTime {
  weekday: Weekday;
  /** Minutes after midnight. */
  minutes: number;
}

const DAY_INDEX: Record<string, Weekday> = { Mon: 1, Tue: 2, Wed: 3, Thu: 4, Fri: 5, Sat: 6, Sun: 7 };
const FORMAT = new Intl.DateTimeFormat('en-GB', {
  timeZone: 'Europe/Amsterdam',
  weekday: 'short',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
});

/** The weekday and time in the Netherlands at `date` (summer and winter time included). */
export function dutchTime(date: Date): DutchTime {
  const parts = Object.fromEntries(FORMAT.formatToParts(date).map((p) => [p.type, p.value]));
  const weekday = DAY_INDEX[parts.weekday ?? ''] ?? 1;
  return { weekday, minutes: Number(parts.hour) * 60 + Number(parts.minute) };
}

export type OpenStatus =
  | { open: true; closesAt: number }
  /** `inDays`: 0 = later today, 1 = tomorrow, … */
  | { open: false; opensDay: Weekday; opensAt: number; inDays: number };

export function openStatus(hours: WeeklyHours, now: DutchTime): OpenStatus {
  const today = hours.days.includes(now.weekday);
  if (today && now.minutes >= hours.from && now.minutes < hours.to) return { open: true, closesAt: hours.to };
  for (let inDays = 0; inDays <= 7; inDays++) {
    const day = (((now.weekday - 1 + inDays) % 7) + 1) as Weekday;
    if (!hours.days.includes(day)) continue;
    if (inDays === 0 && now.minutes >= hours.from) continue;
    return { open: false, opensDay: day, opensAt: hours.from, inDays };
  }
  throw new Error('hours without any day');
}

/**
 * "9:00", "17:30": the one way a time is written on screen, in every language. The hours texts
 * (locales/<lang>/directory.json) write it so too; tests/unit/time-format.test.tsx checks both.
 */
export function clock(minutes: number): string {
  return `${Math.floor(minutes / 60)}:${String(minutes % 60).padStart(2, '0')}`;
}

/** The weekday's name in the screen's language (2024-01-01 was a Monday). */
export function weekdayName(day: Weekday, language: string): string {
  return new Intl.DateTimeFormat(language, { weekday: 'long', timeZone: 'UTC' }).format(new Date(Date.UTC(2024, 0, day)));
}
