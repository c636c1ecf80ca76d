import { forgetPlanWrites } from '../vault/write-token';
import { blankTab, cleaningPending, keepPermissionsOnExit, keepPlanOnExit, removeOnQuickExit, STORAGE_ITEMS, trackedHelp } from '../storage-items';
import { keyHash, RENAMED_LOCAL_KEYS } from '../storage-migration';
import { sitePermissions, type QuickExitBrowser } from './browser-api';

/** What a quick exit keeps of the extension's own storage, and the permissions it gives back. */
const areaKey = (key: string) => key.slice(key.indexOf(':') + 1);
const CLEANING_MARK = areaKey(cleaningPending.key);
/** The record of help windows: the quick exit forgets from it only what it cleaned (tracking.ts, forgetCleaned). */
const HELP_RECORD = areaKey(trackedHelp.key);
/** The empty tab this quick exit showed: the next one brings it back (blank-tab.ts). */
const BLANK_TAB = areaKey(blankTab.key);

/** The person's choices about what a quick exit keeps, read from a snapshot of local storage. */
export interface ExitChoices {
  keepPlan: boolean;
  keepPermissions: boolean;
  removeExtension: boolean;
}
export function exitChoices(local: Record<string, unknown>): ExitChoices {
  const on = (item: { key: string }) => local[areaKey(item.key)] === true;
  return { keepPlan: on(keepPlanOnExit), keepPermissions: on(keepPermissionsOnExit), removeExtension: on(removeOnQuickExit) };
}

/** On a public terminal nothing a visitor chose is kept or obeyed: the next visitor starts clean. */
export const TERMINAL_CHOICES: ExitChoices = { keepPlan: false, keepPermissions: false, removeExtension: false };

/**
 * The local storage keys a quick exit leaves: the disguise's settings (the calculator code always),
 * and the plan if she chose so; none on a public terminal. A key of an earlier version not yet
 * moved (lib/storage-migration.ts) is kept when its new key is.
 */
export function isKeptLocalKey(key: string, choices: Pick<ExitChoices, 'keepPlan'>, terminal = false): boolean {
  if (terminal) return false;
  const name = RENAMED_LOCAL_KEYS[keyHash(key)] ?? key;
  return STORAGE_ITEMS.some((i) => i.key === `local:${name}` && (i.keep || (choices.keepPlan && i.keepWithPlan === true)));
}


/**
 * Empties the extension's storage back to the disguise's settings by removing only what is not
 * kept: never clear-and-write-back, so an interrupted or overlapping run cannot lose the
 * calculator code. The cleaning mark stays: the quick exit removes it last (sequence.ts).
 */
/** Memory-only marks a quick exit leaves for the next opening (the copied number: lib/popup/clipboard.ts). */
const KEPT_IN_SESSION = new Set(STORAGE_ITEMS.filter((i) => i.keep && i.key.startsWith('session:')).map((i) => i.key.slice('session:'.length)));

export async function resetStorage(api: QuickExitBrowser, terminal = false): Promise<void> {
  // The plan's write token goes first, so no write of the plan already under way can land after it (lib/vault/write-token.ts).
  await forgetPlanWrites(api.storage);
  const { local, session } = await leftoverStorage(api, terminal);
  if (local.length) await api.storage.local.remove(local);
  if (session.length) await api.storage.session.remove(session);
}

/** The keys a reset removes: what is stored and not kept (the cleaning mark and the help record have their own end). */
export async function leftoverStorage(api: QuickExitBrowser, terminal = false): Promise<{ local: string[]; session: string[] }> {
  const snapshot = await api.storage.local.get(null);
  const choices = exitChoices(snapshot);
  return {
    local: Object.keys(snapshot).filter((k) => !isKeptLocalKey(k, choices, terminal)),
    session: Object.keys(await api.storage.session.get(null)).filter((k) => k !== CLEANING_MARK && k !== HELP_RECORD && k !== BLANK_TAB && !KEPT_IN_SESSION.has(k)),
  };
}

/** Gives the optional permissions back, so the extension's details list no history access. */
export async function returnPermissions(api: QuickExitBrowser): Promise<boolean> {
  const permissions = sitePermissions(api);
  if (!api.permissions.remove || !permissions.length) return true;
  await api.permissions.remove({ permissions }).catch(() => false);
  // Read back: a browser that refused or failed silently must show in the report.
  return !(await api.permissions.contains({ permissions: permissions.slice(0, 1) }).catch(() => false));
}

/** Gives the optional permissions back unless she chose to keep them (the last help tab closed, a crash cleaned). */
export async function givePermissionsBack(api: QuickExitBrowser): Promise<void> {
  const local = await api.storage.local.get(null).catch(() => ({}) as Record<string, unknown>);
  if (!exitChoices(local).keepPermissions) await returnPermissions(api);
}

