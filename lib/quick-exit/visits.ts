import type { TrackedHelp } from '../storage-items';

/** What quick exit cleans after: the help sites opened and the pages loaded in help tabs. */
export type HelpVisits = Pick<TrackedHelp, 'hosts' | 'urls'>;

export function hostOf(url: string): string | null {
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'http:' || parsed.protocol === 'https:' ? parsed.host : null;
  } catch {
    return null;
  }
}

/** True when `url` is on one of the help sites opened, or a page loaded in a help tab. */
export function isHelpVisit(url: string, visits: HelpVisits): boolean {
  const host = hostOf(url);
  return host !== null && (visits.hosts.includes(host) || visits.urls.includes(url));
}

/** Every host whose site data goes: the help sites opened, and the sites reached in help tabs. */
export function visitedHosts(visits: HelpVisits): string[] {
  return [...new Set([...visits.hosts, ...visits.urls.map(hostOf).filter((h): h is string => h !== null)])];
}
