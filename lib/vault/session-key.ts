import { isBase64Of, isSaneIterationCount, isSaneSalt, type KeySpec } from './crypto';

/**
 * 'minutes' lock mode: the raw plan key in storage.session (memory only, gone when the browser
 * closes) until `LOCK_AFTER_MS` after the last use. The background also removes it when that
 * time has passed (lib/vault/key-expiry.ts), so it never waits for the plan's next opening.
 */
export const LOCK_AFTER_MS = 5 * 60_000;

/** The record kept in storage.session. */
export interface SessionKey extends KeySpec {
  /** The AES key, base64 of its 32 raw bytes. */
  raw: string;
  /** ms since the epoch after which the record is void. */
  expiresAt: number;
}

/**
 * The record as read back, or null when it is not one this version wrote: a key of the wrong
 * size, a salt or iteration count out of range (a hand-over would store the plan under a
 * header that no passphrase opens), or an expiry further away than `LOCK_AFTER_MS` from `now`.
 */
export function parseSessionKey(value: unknown, now: number): SessionKey | null {
  if (!value || typeof value !== 'object') return null;
  const s = value as Record<string, unknown>;
  if (!isBase64Of(s.raw, 32, 32) || !isSaneSalt(s.salt) || !isSaneIterationCount(s.iterations)) return null;
  if (typeof s.expiresAt !== 'number' || !Number.isFinite(s.expiresAt) || s.expiresAt > now + LOCK_AFTER_MS) return null;
  return { raw: s.raw, salt: s.salt, iterations: s.iterations, expiresAt: s.expiresAt };
}

/** True when the record may still be used at `now`. */
export const isLive = (key: SessionKey, now: number) => key.expiresAt > now;
