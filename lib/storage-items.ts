import { storage } from 'wxt/utils/storage';

/**
 * Every value the extension keeps, in one registry. Quick exit walks this list (and then
 * clears the storage areas as a whole), and a unit test checks that nothing is stored under a
 * key that is not registered here.
 */
export const languagePreference = storage.defineItem<string | null>('local:language', {
  fallback: null,
});

export const STORAGE_ITEMS = [languagePreference] as const;

/** The storage areas the extension writes. `sync` is never used: it would copy data off the device. */
export const STORAGE_AREAS = ['local', 'session'] as const;
