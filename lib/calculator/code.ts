/**
 * The code that opens the help behind the calculator, stored only as a salted PBKDF2-SHA256
 * hash. A code is short (digits typed on the keypad), so the hash mainly keeps it from being
 * read off the screen of DevTools; the salt stops a look-up table.
 */
export interface StoredCode {
  v: 1;
  salt: string;
  iterations: number;
  hash: string;
}

export const CODE_ITERATIONS = 100_000;
export const CODE_MIN = 4;
export const CODE_MAX = 12;

const toBase64 = (bytes: Uint8Array) => btoa(String.fromCharCode(...bytes));
const fromBase64 = (text: string) => Uint8Array.from(atob(text), (c) => c.charCodeAt(0));

export function isValidCode(code: string): boolean {
  return new RegExp(`^\\d{${CODE_MIN},${CODE_MAX}}$`).test(code);
}

async function derive(code: string, salt: Uint8Array, iterations: number): Promise<Uint8Array> {
  const key = await crypto.subtle.importKey('raw', new TextEncoder().encode(code), 'PBKDF2', false, ['deriveBits']);
  const bits = await crypto.subtle.deriveBits({ name: 'PBKDF2', hash: 'SHA-256', salt: salt as BufferSource, iterations }, key, 256);
  return new Uint8Array(bits);
}

export async function hashCode(code: string, iterations = CODE_ITERATIONS): Promise<StoredCode> {
  if (!isValidCode(code)) throw new Error(`a code has ${CODE_MIN} to ${CODE_MAX} digits`);
  const salt = crypto.getRandomValues(new Uint8Array(16));
  return { v: 1, salt: toBase64(salt), iterations, hash: toBase64(await derive(code, salt, iterations)) };
}

/** More would freeze the popup on every "="; fewer than any version ever wrote. */
const ITERATIONS_RANGE = [1_000, 10_000_000] as const;

function decodes(text: unknown, minBytes: number, maxBytes: number): boolean {
  if (typeof text !== 'string') return false;
  try {
    const length = fromBase64(text).length;
    return length >= minBytes && length <= maxBytes;
  } catch {
    return false;
  }
}

/** A stored code this version can check: the right shape, decodable, a sane iteration count. */
export function isStoredCode(value: unknown): value is StoredCode {
  const v = value as StoredCode | null;
  return (
    !!v &&
    typeof v === 'object' &&
    v.v === 1 &&
    decodes(v.salt, 8, 64) &&
    decodes(v.hash, 32, 32) &&
    Number.isInteger(v.iterations) &&
    v.iterations >= ITERATIONS_RANGE[0] &&
    v.iterations <= ITERATIONS_RANGE[1]
  );
}

/**
 * What is stored as the code: nothing, a code to check, or something damaged or of a shape
 * this version does not know (then she sets a new code; the plan has its own passphrase).
 */
export type CodeState = { state: 'none' } | { state: 'set'; code: StoredCode } | { state: 'damaged' };

export function readStoredCode(value: unknown): CodeState {
  if (value === null || value === undefined) return { state: 'none' };
  return isStoredCode(value) ? { state: 'set', code: value } : { state: 'damaged' };
}

/** True when `code` is the stored one; compares every byte, so timing tells nothing. Never throws. */
export async function verifyCode(code: string, stored: StoredCode): Promise<boolean> {
  if (!isValidCode(code) || !isStoredCode(stored)) return false;
  try {
    const actual = await derive(code, fromBase64(stored.salt), stored.iterations);
    const expected = fromBase64(stored.hash);
    let difference = actual.length ^ expected.length;
    for (let i = 0; i < actual.length; i++) difference |= actual[i]! ^ (expected[i] ?? 0);
    return difference === 0;
  } catch {
    return false;
  }
}
