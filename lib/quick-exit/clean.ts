import { forgetPlanWrites } from '../vault/write-token';
import { cleaningPending, keepPermissionsOnExit, keepPlanOnExit, removeOnQuickExit, STORAGE_ITEMS } from '../storage-items';
import { isFirefox, sitePermissions, type QuickExitBrowser } from './browser-api';
import { isHelpVisit, visitedHosts, type HelpVisits } from './tracking';

async function granted(api: QuickExitBrowser, permission: string): Promise<boolean> {
  return api.permissions.contains({ permissions: [permission] }).catch(() => false);
}

/**
 * Removes from history every visit to the help sites opened, and every page loaded in help
 * tabs (needs the optional history permission). Other sites reached from a help tab lose
 * only those pages' entries, not the rest of their history.
 */
export async function removeHistoryOf(api: QuickExitBrowser, visits: HelpVisits): Promise<number> {
  if (!(visits.hosts.length || visits.urls.length) || !api.history || !(await granted(api, 'history'))) return 0;
  const found = new Set(visits.urls);
  for (const host of visits.hosts) {
    const entries = await api.history.search({ text: host.split(':')[0]!, startTime: 0, maxResults: 10_000 });
    for (const entry of entries) if (entry.url && isHelpVisit(entry.url, visits)) found.add(entry.url);
  }
  for (const url of found) await api.history.deleteUrl({ url });
  return found.size;
}

/**
 * Forgets closed help tabs under "Recently closed". Firefox: `sessions.forgetClosedTab` (optional
 * sessions permission). Chromium has no such API, but deleting a URL from history also drops
 * closed tabs whose pages are all deleted, and only when the URL's history row still exists;
 * the rows of help pages were removed as they loaded, so each page is added back and deleted
 * again once its tab has closed (optional history permission).
 */
export async function forgetClosedHelpTabs(api: QuickExitBrowser, visits: HelpVisits): Promise<number> {
  if (isFirefox(api)) return forgetInFirefox(api, visits);
  if (!api.history?.addUrl || !visits.urls.length || !(await granted(api, 'history'))) return 0;
  for (const url of visits.urls) {
    await api.history.addUrl({ url }).catch(() => undefined);
    await api.history.deleteUrl({ url });
  }
  return visits.urls.length;
}

async function forgetInFirefox(api: QuickExitBrowser, visits: HelpVisits): Promise<number> {
  if (!api.sessions || !(await granted(api, 'sessions'))) return 0;
  const isHelp = (tab?: { url?: string }) => Boolean(tab?.url && isHelpVisit(tab.url, visits));
  let forgotten = 0;
  for (const entry of await api.sessions.getRecentlyClosed({})) {
    if (isHelp(entry.tab) && entry.tab!.sessionId !== undefined && entry.tab!.windowId !== undefined) {
      await api.sessions.forgetClosedTab(entry.tab!.windowId, entry.tab!.sessionId);
      forgotten++;
    } else if (entry.window?.sessionId !== undefined && entry.window.tabs?.some(isHelp)) {
      await api.sessions.forgetClosedWindow(entry.window.sessionId);
      forgotten++;
    }
  }
  return forgotten;
}

/**
 * Firefox removes cookies only for the exact host names given: `www.veiligthuis.nl` leaves the
 * cookies set for `.veiligthuis.nl`. So every parent domain goes too, down to the registrable
 * domain (two labels; never a bare top-level domain).
 */
export function withParentDomains(hostnames: string[]): string[] {
  const all = new Set<string>();
  for (const name of hostnames) {
    all.add(name);
    if (/^[\d.]+$/.test(name) || !name.includes('.')) continue;
    const labels = name.split('.');
    for (let i = 1; i <= labels.length - 2; i++) all.add(labels.slice(i).join('.'));
  }
  return [...all];
}

/**
 * Removes cookies, cache and site storage of the help sites and of the sites reached in help
 * tabs (needs the optional browsingData permission).
 */
export async function removeSiteDataOf(api: QuickExitBrowser, visits: HelpVisits): Promise<boolean> {
  const hosts = visitedHosts(visits);
  if (!hosts.length || !api.browsingData || !(await granted(api, 'browsingData'))) return false;
  const data = { cookies: true, localStorage: true, indexedDB: true, cache: true, serviceWorkers: true };
  if (isFirefox(api)) {
    await api.browsingData.remove({ hostnames: withParentDomains(hosts.map((h) => h.split(':')[0]!)) }, data);
  } else {
    const origins = hosts.flatMap((h) => [`https://${h}`, `http://${h}`]);
    await api.browsingData.remove({ origins }, { ...data, cacheStorage: true, fileSystems: true });
  }
  return true;
}

/** Puts the toolbar button back to the manifest's title and icon. */
async function resetToolbar(api: QuickExitBrowser): Promise<void> {
  const action = api.action ?? api.browserAction;
  if (!action) return;
  const icons = api.runtime.getManifest().icons;
  const title = api.i18n.getMessage('extActionTitle');
  await Promise.allSettled([action.setTitle({ title }), ...(icons ? [action.setIcon({ path: icons })] : [])]);
}

const areaKey = (key: string) => key.slice(key.indexOf(':') + 1);
const CLEANING_MARK = areaKey(cleaningPending.key);
/** Memory-only marks a quick exit leaves for the next opening (the copied number: lib/popup/clipboard.ts). */
const KEPT_IN_SESSION = new Set(STORAGE_ITEMS.filter((i) => i.keep && i.key.startsWith('session:')).map((i) => areaKey(i.key)));

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

/** The local storage keys a quick exit leaves: the disguise's settings (the calculator code always), and the plan if she chose so. */
export function keptLocalKeys(choices: Pick<ExitChoices, 'keepPlan'>): Set<string> {
  const kept = STORAGE_ITEMS.filter((i) => i.key.startsWith('local:') && (i.keep || (choices.keepPlan && i.keepWithPlan)));
  return new Set(kept.map((i) => areaKey(i.key)));
}

/**
 * Empties the extension's storage back to the disguise's settings by removing only what is not
 * kept: never clear-and-write-back, so an interrupted or overlapping run cannot lose the
 * calculator code. The plan's write token goes first, so no write of the plan already under
 * way can land after it (lib/vault/write-token.ts). The cleaning mark goes last.
 */
export async function resetStorage(api: QuickExitBrowser): Promise<void> {
  await forgetPlanWrites(api.storage);
  const snapshot = await api.storage.local.get(null);
  const kept = keptLocalKeys(exitChoices(snapshot));
  const localGone = Object.keys(snapshot).filter((k) => !kept.has(k));
  if (localGone.length) await api.storage.local.remove(localGone);
  const sessionGone = Object.keys(await api.storage.session.get(null)).filter((k) => k !== CLEANING_MARK && !KEPT_IN_SESSION.has(k));
  if (sessionGone.length) await api.storage.session.remove(sessionGone);
  await api.storage.session.remove(CLEANING_MARK);
}

/** Gives the optional permissions back, so the extension's details list no history access. */
async function returnPermissions(api: QuickExitBrowser): Promise<void> {
  const permissions = sitePermissions(api);
  if (!api.permissions.remove || !permissions.length) return;
  await api.permissions.remove({ permissions }).catch(() => false);
}

export interface CleanOptions {
  /** Give the optional permissions back unless she chose to keep them (not when cleaning at a browser start). */
  returnPermissions?: boolean;
}

/** Cleans after help: history, site data, recently closed, toolbar, storage; then the choices she made. */
export async function clean(api: QuickExitBrowser, visits: HelpVisits, options: CleanOptions = {}): Promise<void> {
  const local = await api.storage.local.get(null).catch(() => ({}) as Record<string, unknown>);
  const choices = exitChoices(local);
  await Promise.allSettled([
    removeHistoryOf(api, visits).then(() => forgetClosedHelpTabs(api, visits)),
    removeSiteDataOf(api, visits),
    resetToolbar(api),
  ]);
  await resetStorage(api);
  if (options.returnPermissions && !choices.keepPermissions) await returnPermissions(api);
  if (choices.removeExtension) await api.management.uninstallSelf({ showConfirmDialog: false }).catch(() => undefined);
}
