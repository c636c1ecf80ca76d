/**
 * What she is writing and has not saved yet. It is kept inside the (encrypted) plan as she
 * types, so a popup that closes loses nothing; it becomes a link of the chain only when she
 * saves it. The date parts are kept exactly as typed, even when they are not a date yet.
 */
import { dateInputOf, readDateInput, todayInput, type DateResult } from './log-dates';
import { contentOf, currentVersion, emptyContent, type LogContent, type LogDraft, type LogEntry } from './log';

export type { LogDraft };

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
