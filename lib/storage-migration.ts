import { cleaningPending, exitReport, keepPlanOnExit, STORAGE_ITEMS } from './storage-items';

export { keyHash, RENAMED_LOCAL_KEYS } from './storage-renames';
import { keyHash, RENAMED_LOCAL_KEYS } from './storage-renames';

export interface LocalArea {
  get(keys?: null): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
  remove(keys: string[]): Promise<void>;
}

const areaKey = (key: string) => key.slice(key.indexOf(':') + 1);

/** Would a quick exit keep this (new) key, given what is stored now? The plan only when she keeps it. */
function keptByQuickExit(key: string, stored: Record<string, unknown>): boolean {
  const item = STORAGE_ITEMS.find((i) => i.key === `local:${key}`);
  return Boolean(item && (item.keep || (item.keepWithPlan && stored[areaKey(keepPlanOnExit.key)] === true)));
}

/**
 * Moves values stored under an earlier key to its neutral key: a stored code and plan survive
 * an update. A value already under the new key wins (it is newer). Writes before it removes,
 * so an interrupted move loses nothing and simply runs again next time. Returns the old keys.
 *
 * It may run beside a quick exit (the popup and the background each run it once). A quick exit
 * that ran while the keys were being moved (its result record changed), or that is cleaning
 * now (its mark is set), must not find them back under the new keys afterwards: then what was
 * just written goes again, except what a quick exit keeps (the calculator code, the safe page).
 * Another migration running at the same time is no reason to undo anything.
 */
export async function migrateStorageKeys(local: LocalArea, cleaning: () => Promise<boolean> = quickExitCleaning): Promise<string[]> {
  const stored = await local.get(null);
  const found = Object.keys(stored).filter((key) => RENAMED_LOCAL_KEYS[keyHash(key)] !== undefined);
  if (!found.length) return [];
  const moved: Record<string, unknown> = {};
  for (const key of found) {
    const target = RENAMED_LOCAL_KEYS[keyHash(key)]!;
    if (stored[target] === undefined) moved[target] = stored[key];
  }
  if (Object.keys(moved).length) {
    await local.set(moved);
    const now = await local.get(null);
    const lastRun = areaKey(exitReport.key);
    const runAt = (snapshot: Record<string, unknown>) => (snapshot[lastRun] as { at?: unknown } | undefined)?.at;
    const wiped = runAt(stored) !== runAt(now) || (await cleaning());
    const undo = wiped ? Object.keys(moved).filter((key) => !keptByQuickExit(key, now)) : [];
    if (undo.length) await local.remove(undo);
  }
  await local.remove(found);
  return found;
}

/** True while a quick exit is cleaning (its mark in session storage). */
async function quickExitCleaning(): Promise<boolean> {
  return (await cleaningPending.getValue().catch(() => 0)) !== 0;
}
