/**
 * The incident log: what happened, when, and who saw it. It lives inside the plan (PlanData.log),
 * so it is encrypted in the same vault envelope, handed over on pagehide and kept or wiped by
 * quick exit exactly as the plan is.
 *
 * An entry is a list of versions, oldest first; the last one is what it says now. Saving adds a
 * version (editing never erases the earlier one), and every version is a link in one fingerprint
 * chain (lib/plan/log-chain.ts). Removing an entry adds a "removed" version and wipes the texts
 * of the earlier ones; their fingerprints stay, so the chain still verifies and says that
 * something was removed, and when.
 */
import type { DateInput } from './log-dates';
import { MAX_FIELD_LENGTH } from './steps';

export const LOG_TEXT_FIELDS = ['what', 'injuries', 'witnesses', 'evidence'] as const;
export type LogTextField = (typeof LOG_TEXT_FIELDS)[number];

/** What she writes about one event. */
export interface LogContent {
  /** When it happened: "YYYY-MM-DD" or "YYYY-MM-DDTHH:MM" (she sets it); '' only in an older log. */
  happened: string;
  what: string;
  injuries: string;
  witnesses: string;
  /** Where evidence is kept (not the evidence itself: no photos or files in the extension). */
  evidence: string;
  police: boolean;
  doctor: boolean;
}

/** One saved version of an entry: a link in the chain. */
export interface LogVersion extends LogContent {
  /** The computer's clock when it was saved, "YYYY-MM-DDTHH:MM:SS+01:00"; '' = unknown (older log). */
  written: string;
  /** Only for an entry from the older log without fingerprints: when it was added to the chain. */
  moved?: string;
  /** This version says "the entry was removed" (at `written`). */
  removed?: boolean;
  /** The texts were wiped when the entry was removed; only the digest is left. */
  wiped?: boolean;
  /** Position in the chain (0, 1, 2 … over all versions of all entries). */
  seq: number;
  /** SHA-256 of this version's content and its edit trail (hex). */
  digest: string;
  /** SHA-256 linking this version to the previous link (hex): the fingerprint. */
  fp: string;
}

export interface LogEntry {
  /** Stable id (for editing and keys), never shown. */
  id: string;
  /** Oldest first; never empty. An older log's entry has one version with seq -1 until it is chained. */
  versions: LogVersion[];
}

/** Each text of an entry stops here (same as a plan field). */
export const MAX_LOG_TEXT = MAX_FIELD_LENGTH;
/** A year of daily entries, and then some; the screen says so when it is reached. */
export const MAX_LOG_ENTRIES = 1000;

export const HAPPENED_PATTERN = /^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2})?$/;
const OLD_AT_PATTERN = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/;
const pad = (n: number) => String(n).padStart(2, '0');

/** The computer's own clock as a local time with its offset: what "written at" records. */
export function clockStamp(date: Date): string {
  const offset = -date.getTimezoneOffset();
  const sign = offset < 0 ? '-' : '+';
  const abs = Math.abs(offset);
  return (
    `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}T${pad(date.getHours())}:${pad(date.getMinutes())}:${pad(date.getSeconds())}` +
    `${sign}${pad(Math.floor(abs / 60))}:${pad(abs % 60)}`
  );
}

export function newLogId(now: Date): string {
  return `${now.getTime().toString(36)}-${Math.random().toString(36).slice(2, 8)}`;
}

export const emptyContent = (): LogContent => ({ happened: '', what: '', injuries: '', witnesses: '', evidence: '', police: false, doctor: false });

export const currentVersion = (entry: LogEntry): LogVersion => entry.versions[entry.versions.length - 1]!;
export const isRemoved = (entry: LogEntry) => currentVersion(entry).removed === true;
export const isChained = (entry: LogEntry) => entry.versions.every((v) => v.seq >= 0 && !!v.fp);
/** Entries she can see and change (not removed). */
export const liveEntries = (entries: readonly LogEntry[]) => entries.filter((e) => !isRemoved(e));

const text = (value: unknown) => (typeof value === 'string' ? value.slice(0, MAX_LOG_TEXT) : '');
const hex = (value: unknown) => (typeof value === 'string' && /^[0-9a-f]{64}$/.test(value) ? value : '');

function parseVersion(r: Record<string, unknown>): LogVersion {
  const version: LogVersion = {
    happened: typeof r.happened === 'string' && HAPPENED_PATTERN.test(r.happened) ? r.happened : '',
    what: text(r.what),
    injuries: text(r.injuries),
    witnesses: text(r.witnesses),
    evidence: text(r.evidence),
    police: r.police === true,
    doctor: r.doctor === true,
    written: typeof r.written === 'string' ? r.written : '',
    seq: typeof r.seq === 'number' && Number.isInteger(r.seq) ? r.seq : -1,
    digest: hex(r.digest),
    fp: hex(r.fp),
  };
  if (typeof r.moved === 'string') version.moved = r.moved;
  if (r.removed === true) version.removed = true;
  if (r.wiped === true) version.wiped = true;
  return version;
}

/** An entry of the older log (one version, `at` as datetime-local, no times of writing, no fingerprint). */
function parseOldEntry(r: Record<string, unknown>): LogVersion {
  return {
    ...parseVersion(r),
    happened: typeof r.at === 'string' && OLD_AT_PATTERN.test(r.at) ? r.at : '',
    written: '',
    seq: -1,
    digest: '',
    fp: '',
  };
}

/**
 * Reads decrypted data back into entries; anything of the wrong shape is dropped, never thrown.
 * Nothing is repaired silently: a changed value simply fails the chain's check.
 */
export function parseLog(raw: unknown): LogEntry[] {
  if (!Array.isArray(raw)) return [];
  const entries: LogEntry[] = [];
  const seen = new Set<string>();
  let live = 0;
  for (const item of raw) {
    if (!item || typeof item !== 'object') continue;
    const r = item as Record<string, unknown>;
    let id = typeof r.id === 'string' && r.id ? r.id : `e${entries.length}`;
    while (seen.has(id)) id += '+';
    const versions = Array.isArray(r.versions)
      ? r.versions.filter((v): v is Record<string, unknown> => !!v && typeof v === 'object').map(parseVersion)
      : [parseOldEntry(r)];
    if (!versions.length) continue;
    const entry = { id, versions };
    if (!isRemoved(entry) && ++live > MAX_LOG_ENTRIES) continue;
    seen.add(id);
    entries.push(entry);
  }
  return entries;
}

/** Oldest first by when it happened; entries without a date go last; equal times keep their order. */
export function sortLog(entries: readonly LogEntry[]): LogEntry[] {
  return entries
    .map((entry, index) => ({ entry, index, at: currentVersion(entry).happened }))
    .sort((a, b) => {
      if (!a.at !== !b.at) return a.at ? -1 : 1;
      if (a.at !== b.at) return a.at < b.at ? -1 : 1;
      return a.index - b.index;
    })
    .map((x) => x.entry);
}

/** The newest link of the chain (highest seq), or null for an empty or not yet chained log. */
export function chainHead(entries: readonly LogEntry[]): LogVersion | null {
  let head: LogVersion | null = null;
  for (const e of entries) for (const v of e.versions) if (v.seq >= 0 && (!head || v.seq > head.seq)) head = v;
  return head;
}

/** The content of a version, without its chain fields. */
export function contentOf(v: LogContent): LogContent {
  return { happened: v.happened, what: v.what, injuries: v.injuries, witnesses: v.witnesses, evidence: v.evidence, police: v.police, doctor: v.doctor };
}

export function sameContent(a: LogContent, b: LogContent): boolean {
  const x = contentOf(a);
  const y = contentOf(b);
  return (Object.keys(x) as Array<keyof LogContent>).every((k) => x[k] === y[k]);
}

export function clampContent(c: LogContent): LogContent {
  const next = contentOf(c);
  for (const f of LOG_TEXT_FIELDS) next[f] = next[f].slice(0, MAX_LOG_TEXT);
  return next;
}

/**
 * What she is writing and has not saved yet (lib/plan/log-draft.ts). It is kept inside the
 * (encrypted) plan as she types, so a popup that closes loses nothing; the date parts are kept
 * exactly as typed, even when they are not a date yet.
 */
export interface LogDraft {
  /** The entry being changed, or null for a new one. */
  id: string | null;
  date: DateInput;
  content: Omit<LogContent, 'happened'>;
}

const str = (v: unknown, max = MAX_LOG_TEXT) => (typeof v === 'string' ? v.slice(0, max) : '');

/** Reads a draft back from decrypted data; null when there is none or it has the wrong shape. */
export function parseDraft(raw: unknown): LogDraft | null {
  if (!raw || typeof raw !== 'object') return null;
  const r = raw as Record<string, unknown>;
  const d = (r.date ?? {}) as Record<string, unknown>;
  const c = (r.content ?? {}) as Record<string, unknown>;
  const { happened: _, ...content } = emptyContent();
  for (const f of LOG_TEXT_FIELDS) content[f] = str(c[f]);
  content.police = c.police === true;
  content.doctor = c.doctor === true;
  return {
    id: typeof r.id === 'string' ? r.id : null,
    date: { day: str(d.day, 10), month: str(d.month, 10), year: str(d.year, 10), time: str(d.time, 10) },
    content,
  };
}
