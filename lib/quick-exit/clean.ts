import { isFirefox, type QuickExitBrowser } from './browser-api';
import { hostOf, isHelpVisit, visitedHosts, type HelpVisits } from './visits';

export async function granted(api: QuickExitBrowser, permission: string): Promise<boolean> {
  return api.permissions.contains({ permissions: [permission] }).catch(() => false);
}

/**
 * Removes from history every visit to the help sites opened, and every page loaded in help
 * tabs (needs the optional history permission). Other sites reached from a help tab lose
 * only those pages' entries, not the rest of their history.
 */
export async function removeHistoryOf(api: QuickExitBrowser, visits: HelpVisits): Promise<number> {
  if (!(visits.hosts.length || visits.urls.length) || !api.history || !(await granted(api, 'history'))) return 0;
  const found = new Set([...visits.urls, ...(await findHistoryOf(api, visits))]);
  // One address that fails does not keep the others: the check afterwards finds what is left.
  const results = await Promise.allSettled([...found].map((url) => api.history!.deleteUrl({ url })));
  return results.filter((r) => r.status === 'fulfilled').length;
}

/**
 * What history still holds of the help sites and the pages loaded in help tabs, as the address
 * bar's suggestions read it (`history.search`, by host name). Needs the history permission.
 */
export async function findHistoryOf(api: QuickExitBrowser, visits: HelpVisits): Promise<string[]> {
  if (!api.history) return [];
  const hosts = new Set([...visits.hosts, ...visits.urls.map(hostOf).filter((h): h is string => h !== null)].map((h) => h.split(':')[0]!));
  const found = new Set<string>();
  for (const host of hosts) {
    const entries = await api.history.search({ text: host, startTime: 0, maxResults: 10_000 });
    for (const entry of entries) if (entry.url && isHelpVisit(entry.url, visits)) found.add(entry.url);
  }
  return [...found];
}

/**
 * Forgets closed help tabs under "Recently closed". Firefox: `sessions.forgetClosedTab` (optional
 * sessions permission). Chromium has no such API, but deleting a URL from history also drops
 * closed tabs whose pages are all deleted, and only when the URL's history row still exists;
 * the rows of help pages were removed as they loaded, so each page is added back and deleted
 * again once its tab has closed (optional history permission).
 */
export async function forgetClosedHelpTabs(api: QuickExitBrowser, visits: HelpVisits): Promise<number> {
  if (isFirefox(api)) return (await forgetInFirefox(api, visits)).length;
  if (!api.history?.addUrl || !visits.urls.length || !(await granted(api, 'history'))) return 0;
  for (const url of visits.urls) {
    await api.history.addUrl({ url }).catch(() => undefined);
    await api.history.deleteUrl({ url });
  }
  return visits.urls.length;
}

/** Forgets the closed help tabs and windows Firefox lists; returns the pages of those forgotten. */
async function forgetInFirefox(api: QuickExitBrowser, visits: HelpVisits): Promise<string[]> {
  if (!api.sessions || !(await granted(api, 'sessions'))) return [];
  const isHelp = (tab?: { url?: string }) => Boolean(tab?.url && isHelpVisit(tab.url, visits));
  const forgotten: string[] = [];
  for (const entry of await api.sessions.getRecentlyClosed({})) {
    if (isHelp(entry.tab) && entry.tab!.sessionId !== undefined && entry.tab!.windowId !== undefined) {
      await api.sessions.forgetClosedTab(entry.tab!.windowId, entry.tab!.sessionId);
      forgotten.push(entry.tab!.url!);
    } else if (entry.window?.sessionId !== undefined && entry.window.tabs?.some(isHelp)) {
      await api.sessions.forgetClosedWindow(entry.window.sessionId);
      forgotten.push(...entry.window.tabs.flatMap((t) => (t.url ? [t.url] : [])));
    }
  }
  return forgotten;
}

/**
 * How long the crash cleaning waits for Firefox to list the restored help tabs it closed: a tab
 * closed while Firefox restores the session is listed a moment later (seen in the crash test under
 * load: after the extension had looked, so "Hulp bij geweld" stayed under "Recently closed").
 */
export const LATE_CLOSED_TAB_MS = 5_000;

/** How many rounds `forgetCrashedHelpTabs` reads "Recently closed" again: each round may show a tab's page before. */
const CRASHED_TAB_ROUNDS = 5;

/**
 * After a crash: the crashed session's tabs are listed under "Recently closed" (Chromium lists
 * the window of the last session), and only the help sites' host names were kept. Firefox:
 * forgotten with `sessions`. Chromium: with the optional sessions permission the pages of those
 * tabs can be read, and each is added back to history and deleted, which drops a closed tab once
 * all its pages are deleted (seen in the crash test: a tab on /chat went in one round). Returns
 * how many closed help tabs are still listed; null when that cannot be read (no sessions permission).
 */
export async function forgetCrashedHelpTabs(api: QuickExitBrowser, visits: HelpVisits, closedPages: string[] = []): Promise<number | null> {
  if (isFirefox(api)) {
    // `closedPages`: the restored help tabs just closed; each is forgotten once Firefox lists it.
    const waiting = new Set(closedPages);
    const deadline = Date.now() + LATE_CLOSED_TAB_MS;
    for (;;) {
      for (const url of await forgetInFirefox(api, visits)) waiting.delete(url);
      if (!waiting.size || Date.now() > deadline || !(await granted(api, 'sessions'))) break;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    return countClosedHelpTabs(api, visits);
  }
  if (!api.sessions || !api.history?.addUrl || !(await granted(api, 'sessions')) || !(await granted(api, 'history'))) return null;
  const closedHelpPages = async () =>
    (await api.sessions!.getRecentlyClosed({}))
      .flatMap((e) => [e.tab, ...(e.window?.tabs ?? [])])
      .map((tab) => tab?.url ?? '')
      .filter((url) => isHelpVisit(url, visits));
  for (let round = 0; round < CRASHED_TAB_ROUNDS; round++) {
    const pages = await closedHelpPages();
    if (!pages.length) return 0;
    await forgetClosedHelpTabs(api, { hosts: visits.hosts, urls: [...new Set(pages)] });
  }
  return (await closedHelpPages()).length;
}

/** How many closed help tabs and windows Firefox still lists under "Recently closed"; null where that cannot be read (Chromium). */
export async function countClosedHelpTabs(api: QuickExitBrowser, visits: HelpVisits): Promise<number | null> {
  if (!isFirefox(api) || !api.sessions || !(await granted(api, 'sessions'))) return null;
  const isHelp = (tab?: { url?: string }) => Boolean(tab?.url && isHelpVisit(tab.url, visits));
  return (await api.sessions.getRecentlyClosed({})).filter((e) => isHelp(e.tab) || e.window?.tabs?.some(isHelp)).length;
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
export async function resetToolbar(api: QuickExitBrowser): Promise<void> {
  const action = api.action ?? api.browserAction;
  if (!action) return;
  const icons = api.runtime.getManifest().icons;
  const title = api.i18n.getMessage('extActionTitle');
  await Promise.allSettled([action.setTitle({ title }), ...(icons ? [action.setIcon({ path: icons })] : [])]);
}
