/**
 * Translation records: every translated text remembers which Dutch text it was made from.
 *
 * `docs/translations/made-from/<lang>.json` maps each translated key (`namespace:key`, plural
 * forms folded into their base key) to a short hash of the Dutch text it was translated or last
 * reviewed from, and whether a reviewer who did not write it has checked it. When a Dutch text
 * changes, its hash no longer matches and the key is stale until the translation is redone and a
 * reviewer signs it (`npm run translations -- sign …`). `tests/unit/translation-records.test.ts`
 * fails on stale and unrecorded keys, naming them.
 */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';

export const REFERENCE = 'nl';
export const TRANSLATED = ['en', 'tr', 'ar', 'pl', 'uk'] as const;
const ROOT = resolve(import.meta.dirname, '../..');
export const LOCALES_DIR = resolve(ROOT, 'locales');
export const RECORDS_DIR = resolve(ROOT, 'docs/translations/made-from');

export type ReviewState = 'draft' | 'reviewed';
export interface Made {
  /** First 10 hex characters of SHA-256 over the Dutch text(s) of this key. */
  from: string;
  review: ReviewState;
  /** Where the review is written down, e.g. "review-tr.md (2026-12-07)". */
  by?: string;
}
export type Records = Record<string, Made>;
/** namespace:baseKey → the texts of that key (several for plural forms), in key order. */
export type Texts = Record<string, string[]>;

const PLURAL = /_(zero|one|two|few|many|other)$/;

function flatten(value: unknown, prefix: string, out: [string, string][]): void {
  if (typeof value === 'string') out.push([prefix, value]);
  else if (Array.isArray(value)) value.forEach((v, i) => flatten(v, `${prefix}[${i}]`, out));
  else if (value && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) flatten(v, prefix ? `${prefix}.${k}` : k, out);
  }
}

/** Every text of one language's namespace files, grouped by base key. */
export function textsOf(files: Record<string, unknown>): Texts {
  const texts: Texts = {};
  for (const [namespace, content] of Object.entries(files)) {
    const pairs: [string, string][] = [];
    flatten(content, '', pairs);
    for (const [key, text] of pairs.sort(([a], [b]) => a.localeCompare(b))) {
      (texts[`${namespace}:${key.replace(PLURAL, '')}`] ??= []).push(text);
    }
  }
  return texts;
}

export function readTexts(language: string, dir = LOCALES_DIR): Texts {
  const folder = resolve(dir, language);
  const files = Object.fromEntries(
    readdirSync(folder)
      .filter((f) => f.endsWith('.json'))
      .map((f) => [f.slice(0, -'.json'.length), JSON.parse(readFileSync(resolve(folder, f), 'utf8')) as unknown]),
  );
  return textsOf(files);
}

export function hashOf(texts: readonly string[]): string {
  return createHash('sha256').update(texts.join('\u0000')).digest('hex').slice(0, 10);
}

export function readRecords(language: string, dir = RECORDS_DIR): Records {
  const file = resolve(dir, `${language}.json`);
  return existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as Records) : {};
}

export function writeRecords(language: string, records: Records, dir = RECORDS_DIR): void {
  const sorted = Object.fromEntries(Object.entries(records).sort(([a], [b]) => a.localeCompare(b)));
  writeFileSync(resolve(dir, `${language}.json`), `${JSON.stringify(sorted, null, 1)}\n`);
}

export interface Findings {
  /** The Dutch changed after this translation was made or reviewed. */
  stale: string[];
  /** A translated key with no record of the Dutch it came from. */
  unrecorded: string[];
  /** A record of a key that no longer exists. */
  orphaned: string[];
  /** Recorded, current, but not yet checked by an independent reviewer. */
  drafts: string[];
}

/** Keys whose Dutch is empty need no translation record (there is nothing to translate). */
const needsRecord = (dutch: readonly string[]) => dutch.some((t) => t.trim() !== '');

export function compare(reference: Texts, translation: Texts, records: Records): Findings {
  const findings: Findings = { stale: [], unrecorded: [], orphaned: [], drafts: [] };
  for (const [key, dutch] of Object.entries(reference)) {
    if (!(key in translation) || !needsRecord(dutch)) continue;
    const made = records[key];
    if (!made) findings.unrecorded.push(key);
    else if (made.from !== hashOf(dutch)) findings.stale.push(key);
    else if (made.review !== 'reviewed') findings.drafts.push(key);
  }
  findings.orphaned = Object.keys(records).filter((key) => !(key in reference) || !(key in translation));
  return findings;
}

/** New keys get a draft record of today's Dutch; stale keys are never moved forward here. */
export function recordNew(reference: Texts, translation: Texts, records: Records): { records: Records; added: string[] } {
  const next = { ...records };
  const added: string[] = [];
  for (const [key, dutch] of Object.entries(reference)) {
    if (key in translation && needsRecord(dutch) && !next[key]) {
      next[key] = { from: hashOf(dutch), review: 'draft' };
      added.push(key);
    }
  }
  for (const key of Object.keys(next)) if (!(key in reference) || !(key in translation)) delete next[key];
  return { records: next, added };
}

/**
 * A reviewer's sign-off: the keys now match today's Dutch. `review` says whether the reviewer
 * only brought the record forward after re-translating (draft) or checked it (reviewed).
 */
export function sign(reference: Texts, records: Records, keys: readonly string[], made: Omit<Made, 'from'>): Records {
  const next = { ...records };
  for (const key of keys) {
    const dutch = reference[key];
    if (!dutch) throw new Error(`No Dutch text for ${key}`);
    next[key] = { from: hashOf(dutch), ...made };
  }
  return next;
}
