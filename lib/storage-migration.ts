/**
 * Earlier versions stored values under keys that named what they held (`planVault`,
 * `coverCode`, …). They are moved to the neutral keys of lib/storage-items.ts once. The old
 * names are known here only by a short hash, so the shipped code does not spell them out for
 * someone who reads it. Only `storage.local` needs moving: session storage is emptied
 * whenever the extension is updated or reloaded.
 */
export const RENAMED_LOCAL_KEYS: Readonly<Record<string, string>> = {
  '1mum8o3': 'startPage',
  '125f4l4': 'uninstallOnClear',
  '3b61r2': 'notes',
  '1iuhrh3': 'notesTries',
  aam4qy: 'notesLock',
  '1jc3oxh': 'keypad',
};

/** FNV-1a (32 bit) in base 36: enough to recognise six known names, not a secret. */
export function keyHash(key: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < key.length; i++) hash = Math.imul(hash ^ key.charCodeAt(i), 0x01000193) >>> 0;
  return hash.toString(36);
}

export interface LocalArea {
  get(keys?: null): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
  remove(keys: string[]): Promise<void>;
}

/**
 * Moves values stored under an earlier key to its neutral key: a stored code and plan survive
 * an update. A value already under the new key wins (it is newer). Writes before it removes,
 * so an interrupted move loses nothing and simply runs again next time. Returns the old keys.
 */
export async function migrateStorageKeys(local: LocalArea): Promise<string[]> {
  const stored = await local.get(null);
  const found = Object.keys(stored).filter((key) => RENAMED_LOCAL_KEYS[keyHash(key)] !== undefined);
  if (!found.length) return [];
  const moved: Record<string, unknown> = {};
  for (const key of found) {
    const target = RENAMED_LOCAL_KEYS[keyHash(key)]!;
    if (stored[target] === undefined) moved[target] = stored[key];
  }
  if (Object.keys(moved).length) await local.set(moved);
  await local.remove(found);
  return found;
}
