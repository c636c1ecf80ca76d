import { storage } from 'wxt/utils/storage';

/**
 * Every value the extension keeps, in one registry. Quick exit walks this list (and then
 * clears the storage areas as a whole), and a unit test checks that nothing is stored under a
 * key that is not registered here.
 */
export const languagePreference = storage.defineItem<string | null>('local:language', {
  fallback: null,
});

/** The safety plan, encrypted (a versioned envelope from lib/vault/crypto.ts); never plain text. */
export const planVault = storage.defineItem<unknown>('local:planVault', { fallback: null });
/** Wrong-passphrase counter and the time of the next allowed try. */
export const planLockout = storage.defineItem<unknown>('local:planLockout', { fallback: null });
/** How the plan locks: 'popup' (when the popup closes, the default) or 'minutes'. */
export const planLockMode = storage.defineItem<string | null>('local:planLockMode', { fallback: null });
/** Only in 'minutes' mode: the raw plan key and when it expires (memory-only area). */
export const planSessionKey = storage.defineItem<unknown>('session:planKey', { fallback: null });

export const STORAGE_ITEMS = [languagePreference, planVault, planLockout, planLockMode, planSessionKey] as const;

/** The storage areas the extension writes. `sync` is never used: it would copy data off the device. */
export const STORAGE_AREAS = ['local', 'session'] as const;
