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

export function isStoredCode(value: unknown): value is StoredCode {
  const v = value as StoredCode | null;
  return !!v && v.v === 1 && typeof v.salt === 'string' && typeof v.hash === 'string' && Number.isInteger(v.iterations) && v.iterations > 0;
}

/** True when `code` is the stored one; compares every byte, so timing tells nothing. */
export async function verifyCode(code: string, stored: StoredCode): Promise<boolean> {
  if (!isValidCode(code)) return false;
  const actual = await derive(code, fromBase64(stored.salt), stored.iterations);
  const expected = fromBase64(stored.hash);
  let difference = actual.length ^ expected.length;
  for (let i = 0; i < actual.length; i++) difference |= actual[i]! ^ (expected[i] ?? 0);
  return difference === 0;
}
