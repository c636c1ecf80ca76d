/**
 * Encryption at rest for the safety plan: AES-GCM 256 with a key derived from the passphrase
 * by PBKDF2-SHA256. Every envelope carries its version, algorithm, salt and iteration count,
 * so an envelope written with older parameters can still be opened and then re-encrypted.
 * Version 2 binds the ciphertext to its purpose and to that header (AES-GCM additional
 * authenticated data): a changed header, or a ciphertext made for something else, does not open.
 */

/**
 * The product's key-derivation cost: above the 600 000 floor because `npm run bench` measured
 * unlock at about 90 ms for 600 000 in this machine's Chromium; 1 000 000 keeps it well under
 * 1 s also on slower computers. Tests pass a lower count explicitly; never lower this.
 */
export const DEFAULT_ITERATIONS = 1_000_000;
export const ENVELOPE_VERSION = 2;
/**
 * What is read back must be in this range: fewer is nothing this product wrote (unit tests use
 * 1 000); more would keep the popup busy for many seconds on every try (10 000 000 is about 1.5 s
 * here, ten times the default).
 */
export const MIN_ITERATIONS = 1_000;
export const MAX_ITERATIONS = 10_000_000;
/** The bytes of a salt this product writes (16); an older or foreign record outside 16–64 is refused. */
const SALT_BYTES = { min: 16, max: 64 };
/** What the ciphertext is for: a neutral word, bound into every version-2 envelope. */
export const PLAN_PURPOSE = 'notes';
export const KDF = 'PBKDF2-SHA256';
export const CIPHER = 'AES-GCM-256';

export interface VaultParams {
  iterations: number;
}
export const DEFAULT_PARAMS: VaultParams = { iterations: DEFAULT_ITERATIONS };

/** What is stored: everything needed to open it again, except the passphrase. */
export interface Envelope {
  /** 1: earlier versions, no additional data (still read, and re-saved as 2 once opened). */
  v: 1 | 2;
  kdf: typeof KDF;
  iterations: number;
  salt: string;
  alg: typeof CIPHER;
  iv: string;
  ct: string;
}

/** Stored data that is not an envelope this version can read. */
export class CorruptVaultError extends Error {
  constructor(reason: string) {
    super(`The stored plan cannot be read: ${reason}`);
    this.name = 'CorruptVaultError';
  }
}
/** The passphrase does not open the envelope (or the envelope was changed). */
export class WrongPassphraseError extends Error {
  constructor() {
    super('The passphrase does not open the plan');
    this.name = 'WrongPassphraseError';
  }
}

export function toBase64(bytes: Uint8Array): string {
  // in slices: one character at a time is several times slower for a plan with a long log
  const parts: string[] = [];
  for (let i = 0; i < bytes.length; i += 0x8000) parts.push(String.fromCharCode(...bytes.subarray(i, i + 0x8000)));
  return btoa(parts.join(''));
}
export function fromBase64(text: string): Uint8Array<ArrayBuffer> {
  const s = atob(text);
  const out = new Uint8Array(s.length);
  for (let i = 0; i < s.length; i++) out[i] = s.charCodeAt(i);
  return out;
}

export function randomBytes(n: number): Uint8Array<ArrayBuffer> {
  return crypto.getRandomValues(new Uint8Array(n));
}

/** A salt and an iteration count: what a key is derived with, and kept beside the ciphertext. */
export interface KeySpec {
  salt: string;
  iterations: number;
}

export function newKeySpec(params: VaultParams = DEFAULT_PARAMS): KeySpec {
  return { salt: toBase64(randomBytes(16)), iterations: params.iterations };
}

/**
 * Derives the AES key. `extractable` only when the user chose "lock after a few minutes",
 * which keeps the raw key in storage.session.
 */
export async function deriveKey(passphrase: string, spec: KeySpec, extractable = false): Promise<CryptoKey> {
  const material = await crypto.subtle.importKey('raw', new TextEncoder().encode(passphrase.normalize('NFC')), 'PBKDF2', false, ['deriveKey']);
  return crypto.subtle.deriveKey(
    { name: 'PBKDF2', hash: 'SHA-256', salt: fromBase64(spec.salt), iterations: spec.iterations },
    material,
    { name: 'AES-GCM', length: 256 },
    extractable,
    ['encrypt', 'decrypt'],
  );
}

export async function exportRawKey(key: CryptoKey): Promise<string> {
  return toBase64(new Uint8Array(await crypto.subtle.exportKey('raw', key)));
}
export function importRawKey(raw: string, extractable = true): Promise<CryptoKey> {
  return crypto.subtle.importKey('raw', fromBase64(raw), { name: 'AES-GCM', length: 256 }, extractable, ['encrypt', 'decrypt']);
}

/** Version 2's additional authenticated data: the purpose and the header the key was made with. */
function additionalData(envelope: Pick<Envelope, 'v' | 'kdf' | 'iterations' | 'salt' | 'alg'>): Uint8Array<ArrayBuffer> {
  return new TextEncoder().encode(JSON.stringify([PLAN_PURPOSE, envelope.v, envelope.kdf, envelope.iterations, envelope.salt, envelope.alg]));
}
function cipherParams(envelope: Pick<Envelope, 'v' | 'kdf' | 'iterations' | 'salt' | 'alg'>, iv: Uint8Array<ArrayBuffer>): AesGcmParams {
  return envelope.v === 1 ? { name: 'AES-GCM', iv } : { name: 'AES-GCM', iv, additionalData: additionalData(envelope) };
}

/** Encrypts (always in the current version) with a fresh random 96-bit IV every time. */
export async function encryptText(key: CryptoKey, spec: KeySpec, plaintext: string): Promise<Envelope> {
  const iv = randomBytes(12);
  const header = { v: ENVELOPE_VERSION, kdf: KDF, iterations: spec.iterations, salt: spec.salt, alg: CIPHER } as const;
  const ct = await crypto.subtle.encrypt(cipherParams(header, iv), key, new TextEncoder().encode(plaintext));
  return { ...header, iv: toBase64(iv), ct: toBase64(new Uint8Array(ct)) };
}

export async function decryptText(key: CryptoKey, envelope: Envelope): Promise<string> {
  try {
    const plain = await crypto.subtle.decrypt(cipherParams(envelope, fromBase64(envelope.iv)), key, fromBase64(envelope.ct));
    return new TextDecoder('utf-8', { fatal: true }).decode(plain);
  } catch {
    throw new WrongPassphraseError();
  }
}

const B64 = /^[A-Za-z0-9+/]*={0,2}$/;
/** Well-formed base64 of between `min` and `max` bytes. */
export function isBase64Of(value: unknown, min: number, max = Infinity): value is string {
  if (typeof value !== 'string' || !B64.test(value) || value.length % 4 !== 0) return false;
  const bytes = (value.length / 4) * 3 - (value.endsWith('==') ? 2 : value.endsWith('=') ? 1 : 0);
  return bytes >= min && bytes <= max;
}

/** An iteration count this version accepts from storage (or from a hand-over). */
export function isSaneIterationCount(value: unknown): value is number {
  return typeof value === 'number' && Number.isInteger(value) && value >= MIN_ITERATIONS && value <= MAX_ITERATIONS;
}

/** A salt this version accepts from storage (or from a hand-over). */
export const isSaneSalt = (value: unknown): value is string => isBase64Of(value, SALT_BYTES.min, SALT_BYTES.max);

/** Checks that stored data is an envelope this version reads; throws CorruptVaultError if not. */
export function parseEnvelope(value: unknown): Envelope {
  if (!value || typeof value !== 'object') throw new CorruptVaultError('not an object');
  const e = value as Record<string, unknown>;
  if (e.v !== 1 && e.v !== 2) throw new CorruptVaultError(`unknown version ${String(e.v)}`);
  if (e.kdf !== KDF || e.alg !== CIPHER) throw new CorruptVaultError('unknown algorithm');
  if (!isSaneIterationCount(e.iterations)) throw new CorruptVaultError('bad iteration count');
  if (!isSaneSalt(e.salt)) throw new CorruptVaultError('bad salt');
  if (!isBase64Of(e.iv, 12, 12)) throw new CorruptVaultError('bad IV');
  // at least the 16-byte tag
  if (!isBase64Of(e.ct, 16)) throw new CorruptVaultError('bad ciphertext');
  return { v: e.v, kdf: KDF, iterations: e.iterations, salt: e.salt, alg: CIPHER, iv: e.iv, ct: e.ct };
}

export function specOf(envelope: Envelope): KeySpec {
  return { salt: envelope.salt, iterations: envelope.iterations };
}

/** True when the envelope was written with weaker or older parameters than the current ones. */
export function isOutdated(envelope: Envelope, params: VaultParams = DEFAULT_PARAMS): boolean {
  return envelope.v !== ENVELOPE_VERSION || envelope.iterations < params.iterations;
}
