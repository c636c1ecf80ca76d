/**
 * The storage keys of earlier versions, which named what they held (`planVault`, `coverCode`,
 * …), and the neutral keys that replace them. Only `storage.local` needs moving: session
 * storage is emptied whenever the extension is updated or reloaded.
 */
export const RENAMED_LOCAL_KEYS: Readonly<Record<string, string>> = {
  safePage: 'startPage',
  removeOnExit: 'uninstallOnClear',
  planVault: 'notes',
  planLockout: 'notesTries',
  planLockMode: 'notesLock',
  coverCode: 'keypad',
};

export interface LocalArea {
  get(keys: string[]): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
  remove(keys: string[]): Promise<void>;
}

/**
 * Moves values stored under an earlier key to its neutral key, once: a stored code and plan
 * survive an update. A value already under the new key wins (it is newer). Writes before it
 * removes, so an interrupted move loses nothing and simply runs again next time.
 */
export async function migrateStorageKeys(local: LocalArea): Promise<string[]> {
  const oldKeys = Object.keys(RENAMED_LOCAL_KEYS);
  const newKeys = Object.values(RENAMED_LOCAL_KEYS);
  const stored = await local.get([...oldKeys, ...newKeys]);
  const has = (key: string) => stored[key] !== undefined;
  const found = oldKeys.filter(has);
  if (!found.length) return [];
  const moved: Record<string, unknown> = {};
  for (const key of found) {
    const target = RENAMED_LOCAL_KEYS[key]!;
    if (!has(target)) moved[target] = stored[key];
  }
  if (Object.keys(moved).length) await local.set(moved);
  await local.remove(found);
  return found;
}
