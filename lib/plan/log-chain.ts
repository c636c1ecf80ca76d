/**
 * The incident log's fingerprint chain. Every saved version of every entry is one link; the
 * links are numbered in the order they were saved (seq 0, 1, 2 …).
 *
 * Canonical encoding (version "stille-hulp-log/1"), each value UTF-8 encoded JSON (JSON.stringify
 * of an array of strings and integers, which ECMAScript defines exactly), hashed with SHA-256 and
 * written as 64 lower-case hex characters:
 *
 *   digest = SHA-256( ["stille-hulp-log/1", "version", happened, written, moved, removed,
 *                      what, injuries, witnesses, evidence, police, doctor, [earlier digests…]] )
 *     happened  "YYYY-MM-DD" or "YYYY-MM-DDTHH:MM" ('' when unknown)
 *     written   the computer's clock at saving, "YYYY-MM-DDTHH:MM:SS+HH:MM" ('' when unknown)
 *     moved     when an entry of the older log was added to the chain ('' otherwise)
 *     removed, police, doctor   1 or 0
 *     earlier digests           the digests of the entry's earlier versions, oldest first (its edit trail)
 *
 *   fp = SHA-256( ["stille-hulp-log/1", "link", seq, entry id, digest, previous link's fp ('' for seq 0)] )
 *
 * A removed entry keeps the digests and fingerprints of its versions but not their texts.
 * Example (tests/unit/log-chain.test.ts has it as a known-answer vector, computed with node:crypto).
 */
import { currentVersion, isChained, type LogContent, type LogEntry, type LogVersion } from './log';

export const CHAIN_FORMAT = 'stille-hulp-log/1';

/** A performance measure from `start` to now (read by `npm run bench -- log`; kept only in the page's memory). */
export function measureSince(name: string, start: number) {
  globalThis.performance?.measure?.(name, { start, end: performance.now() });
}

const encoder = new TextEncoder();

export async function sha256Hex(text: string, subtle: SubtleCrypto = crypto.subtle): Promise<string> {
  const bytes = new Uint8Array(await subtle.digest('SHA-256', encoder.encode(text)));
  let out = '';
  for (const b of bytes) out += b.toString(16).padStart(2, '0');
  return out;
}

type VersionFields = LogContent & Pick<LogVersion, 'written' | 'moved' | 'removed'>;

export function versionEncoding(v: VersionFields, earlierDigests: readonly string[]): string {
  return JSON.stringify([
    CHAIN_FORMAT,
    'version',
    v.happened,
    v.written,
    v.moved ?? '',
    v.removed ? 1 : 0,
    v.what,
    v.injuries,
    v.witnesses,
    v.evidence,
    v.police ? 1 : 0,
    v.doctor ? 1 : 0,
    [...earlierDigests],
  ]);
}

export function linkEncoding(seq: number, entryId: string, digest: string, previous: string): string {
  return JSON.stringify([CHAIN_FORMAT, 'link', seq, entryId, digest, previous]);
}

/** Makes `fields` the next link after `head`, as the newest version of entry `entry`. */
export async function linkVersion(entry: Pick<LogEntry, 'id' | 'versions'>, fields: VersionFields, head: LogVersion | null): Promise<LogVersion> {
  const digest = await sha256Hex(versionEncoding(fields, entry.versions.map((v) => v.digest)));
  const seq = head ? head.seq + 1 : 0;
  const fp = await sha256Hex(linkEncoding(seq, entry.id, digest, head?.fp ?? ''));
  return { ...fields, seq, digest, fp };
}

export type ChainCheck =
  | { state: 'empty' }
  | { state: 'intact'; links: number; head: LogVersion }
  /** The first link that does not match: its entry, and why. */
  | { state: 'broken'; seq: number; entryId: string | null; reason: 'changed' | 'missing' | 'order' }
  /** An older log's entries are waiting to be added to the chain. */
  | { state: 'unchained' };

/**
 * Recomputes every digest and fingerprint. Detects a changed byte in any text or time, a removed
 * link (a gap in the numbers) and links put in another order (the fingerprints no longer follow).
 * A removal of the newest links leaves no gap: the receipt she sent shows that.
 */
export async function verifyChain(entries: readonly LogEntry[]): Promise<ChainCheck> {
  const start = performance.now();
  const result = await checkLinks(entries);
  measureSince('log-verify', start);
  return result;
}

async function checkLinks(entries: readonly LogEntry[]): Promise<ChainCheck> {
  if (!entries.length) return { state: 'empty' };
  if (!entries.every(isChained)) return { state: 'unchained' };
  const links: Array<{ entry: LogEntry; index: number; v: LogVersion }> = [];
  for (const entry of entries) entry.versions.forEach((v, index) => links.push({ entry, index, v }));
  links.sort((a, b) => a.v.seq - b.v.seq);
  let previous = '';
  for (let i = 0; i < links.length; i++) {
    const { entry, index, v } = links[i]!;
    if (v.seq !== i) return { state: 'broken', seq: i, entryId: v.seq > i ? null : entry.id, reason: 'missing' };
    // versions of one entry are in the order they were saved
    if (index > 0 && entry.versions[index - 1]!.seq > v.seq) return { state: 'broken', seq: i, entryId: entry.id, reason: 'order' };
    if (!v.wiped) {
      const digest = await sha256Hex(versionEncoding(v, entry.versions.slice(0, index).map((e) => e.digest)));
      if (digest !== v.digest) return { state: 'broken', seq: i, entryId: entry.id, reason: 'changed' };
    } else if (!currentVersion(entry).removed) {
      // texts may only be wiped when the entry was removed
      return { state: 'broken', seq: i, entryId: entry.id, reason: 'changed' };
    }
    if ((await sha256Hex(linkEncoding(v.seq, entry.id, v.digest, previous))) !== v.fp) return { state: 'broken', seq: i, entryId: entry.id, reason: 'changed' };
    previous = v.fp;
  }
  return { state: 'intact', links: links.length, head: links[links.length - 1]!.v };
}

/** The receipt: the first 12 hex characters of a fingerprint, in groups of four for reading aloud. */
export function receiptCode(fp: string): string {
  return (fp.slice(0, 12).match(/.{1,4}/g) ?? []).join(' ');
}

/** A short fingerprint for each printed entry (8 characters). */
export const shortFingerprint = (fp: string) => receiptCode(fp).slice(0, 9);
