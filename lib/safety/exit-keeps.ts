import { coverCode, keepPermissionsOnExit, keepPlanOnExit, planVault, removeOnQuickExit } from '../storage-items';

/**
 * Line 4 of the safety check: what the next quick exit leaves on this computer, read from the
 * settings she chose (the same stored values quick exit reads; lib/quick-exit/clean.ts).
 */
export interface ExitKeeps {
  /** Her plan (and the incident log inside it): none stored, kept encrypted, or deleted. */
  plan: 'none' | 'kept' | 'deleted';
  /** The website permissions: kept, or given back. */
  permissions: 'kept' | 'returned';
  /** A calculator code is set: it stays (the disguise needs it). */
  code: boolean;
  /** The extension removes itself at the end. */
  removesExtension: boolean;
}

const areaKey = (item: { key: string }) => item.key.replace(/^local:/, '');

export async function readExitKeeps(local: { get(keys: string[]): Promise<Record<string, unknown>> }): Promise<ExitKeeps> {
  const items = [planVault, keepPlanOnExit, keepPermissionsOnExit, coverCode, removeOnQuickExit];
  const stored = await local.get(items.map(areaKey)).catch((): Record<string, unknown> => ({}));
  const value = (item: { key: string }) => stored[areaKey(item)];
  const hasPlan = value(planVault) !== undefined && value(planVault) !== null;
  return {
    plan: !hasPlan ? 'none' : value(keepPlanOnExit) === true ? 'kept' : 'deleted',
    permissions: value(keepPermissionsOnExit) === true ? 'kept' : 'returned',
    code: value(coverCode) !== undefined && value(coverCode) !== null,
    removesExtension: value(removeOnQuickExit) === true,
  };
}
