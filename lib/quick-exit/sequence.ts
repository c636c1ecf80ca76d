import { cleaningPending, removeOnQuickExit, safePageSetting, STORAGE_ITEMS, trackedHelp, type TrackedHelp } from '../storage-items';
import { isFirefox, type QuickExitBrowser } from './browser-api';
import { isHelpVisit, visitedHosts, type HelpVisits } from './tracking';

export interface QuickExitTimings {
  /** ms from the call until help windows were closed and the safe page was in front. */
  hidden: number;
  /** ms from the call until cleaning finished. */
  cleaned: number;
}

const now = () => performance.now();

/**
 * The quick exit: hide first, then clean. Safe to run twice, and `resumeQuickExit` finishes an
 * interrupted run after the service worker restarts.
 */
export async function quickExit(api: QuickExitBrowser, policySafePage: string | null = null): Promise<QuickExitTimings> {
  const start = now();
  const [tracked, safePage] = await Promise.all([
    trackedHelp.getValue(),
    policySafePage ?? safePageSetting.getValue(),
    cleaningPending.setValue(1),
  ]);
  await hide(api, tracked, safePage);
  const hidden = now() - start;
  await clean(api, tracked);
  return { hidden, cleaned: now() - start };
}

/** Finishes a quick exit that a stopped service worker left half done. */
export async function resumeQuickExit(api: QuickExitBrowser): Promise<boolean> {
  if ((await cleaningPending.getValue()) === 0) return false;
  const tracked = await trackedHelp.getValue();
  await closeAll(api, tracked);
  await clean(api, tracked);
  return true;
}

async function closeAll(api: QuickExitBrowser, tracked: TrackedHelp): Promise<void> {
  await Promise.allSettled([
    ...tracked.windows.map((id) => api.windows.remove(id)),
    ...(tracked.tabs.length ? [api.tabs.remove(tracked.tabs)] : []),
  ]);
}

/** Closes every help window and tab, and brings the safe page (or a new tab) to the front. */
export async function hide(api: QuickExitBrowser, tracked: TrackedHelp, safePage: string | null): Promise<void> {
  const closing = closeAll(api, tracked);
  const helpWindows = new Set(tracked.windows);
  const windows = await api.windows.getAll({ windowTypes: ['normal'] }).catch(() => []);
  const ordinary = windows.find((w) => w.id !== undefined && !w.incognito && !helpWindows.has(w.id));
  const url = safePage ?? undefined;
  const showSafePage = ordinary?.id
    ? Promise.all([api.tabs.create({ url, active: true, windowId: ordinary.id }), api.windows.update(ordinary.id, { focused: true })])
    : api.windows.create({ url, focused: true });
  await Promise.allSettled([closing, showSafePage]);
}

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

/** Firefox: forgets the help tabs under "Recently closed" (needs the optional sessions permission). */
export async function forgetClosedHelpTabs(api: QuickExitBrowser, visits: HelpVisits): Promise<number> {
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
 * Removes cookies, cache and site storage of the help sites and of the sites reached in help
 * tabs (needs the optional browsingData permission).
 */
export async function removeSiteDataOf(api: QuickExitBrowser, visits: HelpVisits): Promise<boolean> {
  const hosts = visitedHosts(visits);
  if (!hosts.length || !api.browsingData || !(await granted(api, 'browsingData'))) return false;
  const data = { cookies: true, localStorage: true, indexedDB: true, cache: true, serviceWorkers: true };
  if (isFirefox(api)) {
    await api.browsingData.remove({ hostnames: hosts.map((h) => h.split(':')[0]!) }, data);
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

/** Empties the extension's storage back to the disguise's settings. */
export async function resetStorage(api: QuickExitBrowser): Promise<void> {
  const keep = STORAGE_ITEMS.filter((i) => i.keep && i.key.startsWith('local:')).map((i) => i.key.slice('local:'.length));
  const kept = keep.length ? await api.storage.local.get(keep) : {};
  await api.storage.local.clear();
  if (Object.keys(kept).length) await api.storage.local.set(kept);
  // Last: session storage holds the "cleaning pending" mark and the tracked sites.
  await api.storage.session.clear();
}

export async function clean(api: QuickExitBrowser, visits: HelpVisits): Promise<void> {
  const uninstall = await removeOnQuickExit.getValue();
  await Promise.allSettled([removeHistoryOf(api, visits), removeSiteDataOf(api, visits), forgetClosedHelpTabs(api, visits), resetToolbar(api)]);
  await resetStorage(api);
  if (uninstall) await api.management.uninstallSelf({ showConfirmDialog: false }).catch(() => undefined);
}

