import { trackedHelp, type TrackedHelp } from '../storage-items';

/** Remembers a help window or tab the extension opened, and the site opened in it. */
export async function track(entry: { window?: number; tab?: number; host?: string }): Promise<TrackedHelp> {
  const current = await trackedHelp.getValue();
  const next: TrackedHelp = {
    windows: entry.window === undefined ? current.windows : [...new Set([...current.windows, entry.window])],
    tabs: entry.tab === undefined ? current.tabs : [...new Set([...current.tabs, entry.tab])],
    hosts: entry.host === undefined ? current.hosts : [...new Set([...current.hosts, entry.host])],
    urls: current.urls,
  };
  await trackedHelp.setValue(next);
  return next;
}

/**
 * Forgets a window or tab the person closed herself (its site stays listed for cleaning).
 * Returns whether it was a help window or tab.
 */
export async function untrack(entry: { window?: number; tab?: number }): Promise<boolean> {
  const current = await trackedHelp.getValue();
  const known = current.windows.includes(entry.window ?? NaN) || current.tabs.includes(entry.tab ?? NaN);
  if (!known) return false; // any other window or tab: write nothing
  await trackedHelp.setValue({
    ...current,
    windows: current.windows.filter((w) => w !== entry.window),
    tabs: current.tabs.filter((t) => t !== entry.tab),
  });
  return true;
}

export function hostOf(url: string): string | null {
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'http:' || parsed.protocol === 'https:' ? parsed.host : null;
  } catch {
    return null;
  }
}

/** The part of the tracking record that says what to clean. */
export type HelpVisits = Pick<TrackedHelp, 'hosts' | 'urls'>;

/** True when `url` is on one of the help sites opened, or a page loaded in a help tab. */
export function isHelpVisit(url: string, visits: HelpVisits): boolean {
  const host = hostOf(url);
  return host !== null && (visits.hosts.includes(host) || visits.urls.includes(url));
}

/** Every host whose site data goes: the help sites opened, and the sites reached in help tabs. */
export function visitedHosts(visits: HelpVisits): string[] {
  return [...new Set([...visits.hosts, ...visits.urls.map(hostOf).filter((h): h is string => h !== null)])];
}

/**
 * Remembers a page loaded in a help tab. Returns true when it is new, so its visit can be
 * removed from history at once. Other tabs: nothing is written.
 */
export async function recordHelpTabPage(tabId: number, url: string): Promise<boolean> {
  const current = await trackedHelp.getValue();
  if (!current.tabs.includes(tabId) || hostOf(url) === null || current.urls.includes(url)) return false;
  await trackedHelp.setValue({ ...current, urls: [...current.urls, url] });
  return true;
}

/** A tab opened from a help tab (a link that opens a new tab) is a help tab too. */
export async function trackIfOpenedFromHelp(tab: { id?: number; openerTabId?: number }): Promise<void> {
  if (tab.id === undefined || tab.openerTabId === undefined) return;
  const current = await trackedHelp.getValue();
  if (current.tabs.includes(tab.openerTabId)) await track({ tab: tab.id });
}
