import { trackedHelp, type TrackedHelp } from '../storage-items';

/** Remembers a help window or tab the extension opened, and the site opened in it. */
export async function track(entry: { window?: number; tab?: number; host?: string }): Promise<TrackedHelp> {
  const current = await trackedHelp.getValue();
  const next: TrackedHelp = {
    windows: entry.window === undefined ? current.windows : [...new Set([...current.windows, entry.window])],
    tabs: entry.tab === undefined ? current.tabs : [...new Set([...current.tabs, entry.tab])],
    hosts: entry.host === undefined ? current.hosts : [...new Set([...current.hosts, entry.host])],
  };
  await trackedHelp.setValue(next);
  return next;
}

/** Forgets a window or tab the person closed herself (its site stays listed for cleaning). */
export async function untrack(entry: { window?: number; tab?: number }): Promise<void> {
  const current = await trackedHelp.getValue();
  const known = current.windows.includes(entry.window ?? NaN) || current.tabs.includes(entry.tab ?? NaN);
  if (!known) return; // any other window or tab: write nothing
  await trackedHelp.setValue({
    ...current,
    windows: current.windows.filter((w) => w !== entry.window),
    tabs: current.tabs.filter((t) => t !== entry.tab),
  });
}

export function hostOf(url: string): string | null {
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'http:' || parsed.protocol === 'https:' ? parsed.host : null;
  } catch {
    return null;
  }
}

/** True when `url` is on one of the tracked help sites. */
export function isTrackedSite(url: string, hosts: readonly string[]): boolean {
  const host = hostOf(url);
  return host !== null && hosts.includes(host);
}
