/**
 * Changing the log: saving an entry (new, or a changed one whose earlier version is kept),
 * removing one, and moving an older log without fingerprints into the chain once.
 * Every function returns a new list; the caller saves it into the plan.
 */
import { linkVersion, measureSince } from './log-chain';
import { chainHead, clampContent, clockStamp, contentOf, currentVersion, isChained, isRemoved, newLogId, sameContent, sortLog, type LogContent, type LogEntry } from './log';

/**
 * Saves `content` as a new entry (`id` null) or as the newest version of entry `id`. "Written at"
 * is the computer's clock now. A save that changes nothing adds nothing.
 */
export async function saveLogEntry(entries: readonly LogEntry[], id: string | null, content: LogContent, now: Date): Promise<{ entries: LogEntry[]; id: string }> {
  const start = performance.now();
  const clean = clampContent(content);
  const existing = id === null ? undefined : entries.find((e) => e.id === id && !isRemoved(e));
  if (existing && sameContent(currentVersion(existing), clean)) return { entries: [...entries], id: existing.id };
  const entry: LogEntry = existing ?? { id: newLogId(now), versions: [] };
  const version = await linkVersion(entry, { ...clean, written: clockStamp(now) }, chainHead(entries));
  const next: LogEntry = { id: entry.id, versions: [...entry.versions, version] };
  measureSince('log-save', start);
  return { entries: existing ? entries.map((e) => (e === existing ? next : e)) : [...entries, next], id: entry.id };
}

/**
 * Removes an entry: its texts are wiped, a "removed" version records when. The fingerprints
 * stay, so the chain still verifies and shows that something was removed.
 */
export async function removeLogEntry(entries: readonly LogEntry[], id: string, now: Date): Promise<LogEntry[]> {
  const entry = entries.find((e) => e.id === id && !isRemoved(e));
  if (!entry) return [...entries];
  const wiped = entry.versions.map((v) => ({ ...v, happened: '', what: '', injuries: '', witnesses: '', evidence: '', police: false, doctor: false, wiped: true }));
  const blank: LogContent = { happened: '', what: '', injuries: '', witnesses: '', evidence: '', police: false, doctor: false };
  const removed = await linkVersion(entry, { ...blank, written: clockStamp(now), removed: true }, chainHead(entries));
  return entries.map((e) => (e === entry ? { id, versions: [...wiped, removed] } : e));
}

/**
 * An older log (entries without fingerprints) moves once into the chain, oldest event first.
 * When they were written is not known and is not invented: "written" stays empty, and "moved"
 * records when they were added to the chain.
 */
export async function chainOlderLog(entries: readonly LogEntry[], now: Date): Promise<LogEntry[]> {
  if (entries.every(isChained)) return [...entries];
  const moved = clockStamp(now);
  let result = entries.filter(isChained);
  for (const entry of sortLog(entries.filter((e) => !isChained(e)))) {
    const content = contentOf(currentVersion(entry));
    const version = await linkVersion({ id: entry.id, versions: [] }, { ...content, written: '', moved }, chainHead(result));
    result = [...result, { id: entry.id, versions: [version] }];
  }
  return result;
}
