/**
 * What she is writing and has not saved yet. It is kept inside the (encrypted) plan as she
 * types, so a popup that closes loses nothing; it becomes a link of the chain only when she
 * saves it. The date parts are kept exactly as typed, even when they are not a date yet.
 */
import { dateInputOf, readDateInput, todayInput, type DateInput, type DateResult } from './log-dates';
import { LOG_TEXT_FIELDS, MAX_LOG_TEXT, contentOf, currentVersion, emptyContent, type LogContent, type LogEntry } from './log';

export interface LogDraft {
  /** The entry being changed, or null for a new one. */
  id: string | null;
  date: DateInput;
  content: Omit<LogContent, 'happened'>;
}

export function newDraft(now: Date): LogDraft {
  const { happened: _, ...content } = emptyContent();
  return { id: null, date: todayInput(now), content };
}

export function draftOf(entry: LogEntry): LogDraft {
  const { happened, ...content } = contentOf(currentVersion(entry));
  return { id: entry.id, date: dateInputOf(happened), content };
}

/** The draft as content to save, or what is wrong with its date. */
export function draftContent(draft: LogDraft, now: Date): { ok: true; content: LogContent } | { ok: false; problem: Exclude<DateResult, { ok: true }>['problem'] } {
  const date = readDateInput(draft.date, now);
  if (!date.ok) return date;
  return { ok: true, content: { ...draft.content, happened: date.value } };
}

const str = (v: unknown, max = MAX_LOG_TEXT) => (typeof v === 'string' ? v.slice(0, max) : '');

/** Reads a draft back from decrypted data; null when there is none or it has the wrong shape. */
export function parseDraft(raw: unknown): LogDraft | null {
  if (!raw || typeof raw !== 'object') return null;
  const r = raw as Record<string, unknown>;
  const d = (r.date ?? {}) as Record<string, unknown>;
  const c = (r.content ?? {}) as Record<string, unknown>;
  const content = { ...newDraft(new Date(0)).content };
  for (const f of LOG_TEXT_FIELDS) content[f] = str(c[f]);
  content.police = c.police === true;
  content.doctor = c.doctor === true;
  return {
    id: typeof r.id === 'string' ? r.id : null,
    date: { day: str(d.day, 10), month: str(d.month, 10), year: str(d.year, 10), time: str(d.time, 10) },
    content,
  };
}
