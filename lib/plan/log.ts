/**
 * The incident log: what happened, when, and who saw it. It lives inside the plan (PlanData.log),
 * so it is encrypted in the same vault envelope, saved as she types, handed over on pagehide and
 * kept or wiped by quick exit exactly as the plan is.
 */
import { MAX_FIELD_LENGTH } from './steps';

export const LOG_TEXT_FIELDS = ['what', 'injuries', 'witnesses', 'evidence'] as const;
export type LogTextField = (typeof LOG_TEXT_FIELDS)[number];

export interface LogEntry {
  /** Stable id (for editing and keys), never shown. */
  id: string;
  /** Date and time as typed, "YYYY-MM-DDTHH:MM" (the value of a datetime-local field); may be empty. */
  at: string;
  what: string;
  injuries: string;
  witnesses: string;
  /** Where evidence is kept (not the evidence itself: no photos or files in the extension). */
  evidence: string;
  police: boolean;
  doctor: boolean;
}

/** Each text of an entry stops here (same as a plan field). */
export const MAX_LOG_TEXT = MAX_FIELD_LENGTH;
/** A year of daily entries, and then some; the screen says so when it is reached. */
export const MAX_LOG_ENTRIES = 1000;

const AT_PATTERN = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/;
const pad = (n: number) => String(n).padStart(2, '0');

/** The computer's own clock, as a datetime-local value. */
export function localDateTime(date: Date): string {
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}T${pad(date.getHours())}:${pad(date.getMinutes())}`;
}

export function newLogEntry(now: Date, id = `${now.getTime().toString(36)}-${Math.random().toString(36).slice(2, 8)}`): LogEntry {
  return { id, at: localDateTime(now), what: '', injuries: '', witnesses: '', evidence: '', police: false, doctor: false };
}

const clampText = (value: unknown) => (typeof value === 'string' ? value.slice(0, MAX_LOG_TEXT) : '');

/** Reads decrypted data back into entries; anything of the wrong shape is dropped, never thrown. */
export function parseLog(raw: unknown): LogEntry[] {
  if (!Array.isArray(raw)) return [];
  const entries: LogEntry[] = [];
  const seen = new Set<string>();
  for (const item of raw.slice(0, MAX_LOG_ENTRIES)) {
    if (!item || typeof item !== 'object') continue;
    const r = item as Record<string, unknown>;
    let id = typeof r.id === 'string' && r.id ? r.id : `e${entries.length}`;
    while (seen.has(id)) id += '+';
    seen.add(id);
    entries.push({
      id,
      at: typeof r.at === 'string' && AT_PATTERN.test(r.at) ? r.at : '',
      what: clampText(r.what),
      injuries: clampText(r.injuries),
      witnesses: clampText(r.witnesses),
      evidence: clampText(r.evidence),
      police: r.police === true,
      doctor: r.doctor === true,
    });
  }
  return entries;
}

/** Oldest first; entries without a date go last; equal times keep their order of writing. */
export function sortLog(entries: readonly LogEntry[]): LogEntry[] {
  return entries
    .map((entry, index) => ({ entry, index }))
    .sort((a, b) => {
      if (!a.entry.at !== !b.entry.at) return a.entry.at ? -1 : 1;
      if (a.entry.at !== b.entry.at) return a.entry.at < b.entry.at ? -1 : 1;
      return a.index - b.index;
    })
    .map((x) => x.entry);
}

export function updateLogEntry(entries: readonly LogEntry[], id: string, change: Partial<Omit<LogEntry, 'id'>>): LogEntry[] {
  return entries.map((e) => {
    if (e.id !== id) return e;
    const next = { ...e, ...change };
    for (const f of LOG_TEXT_FIELDS) next[f] = next[f].slice(0, MAX_LOG_TEXT);
    if (next.at && !AT_PATTERN.test(next.at)) next.at = e.at;
    return next;
  });
}

export function removeLogEntry(entries: readonly LogEntry[], id: string): LogEntry[] {
  return entries.filter((e) => e.id !== id);
}

// Making a date format costs about 0.3 ms; a list of 500 entries reuses one per language.
const DAY_FORMATS = new Map<string, Intl.DateTimeFormat>();
function dayFormat(language: string): Intl.DateTimeFormat {
  let format = DAY_FORMATS.get(language);
  if (!format) DAY_FORMATS.set(language, (format = new Intl.DateTimeFormat(language, { dateStyle: 'full', timeZone: 'UTC' })));
  return format;
}

/** "YYYY-MM-DDTHH:MM" shown in the screen's language, without converting any time zone. */
export function formatLogTime(at: string, language: string): string {
  if (!AT_PATTERN.test(at)) return '';
  const [date, time] = at.split('T') as [string, string];
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  const day = dayFormat(language).format(new Date(Date.UTC(y, m - 1, d)));
  return `${day}, ${time}`;
}
