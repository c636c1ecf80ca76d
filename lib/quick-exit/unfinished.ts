import { unfinishedCleaning } from '../storage-items';
import type { QuickExitBrowser } from './browser-api';
import { hostOf, type HelpVisits } from './visits';

/**
 * The crash list: while a normal help tab is open, the host names to clean are kept on disk,
 * so that cleaning can finish after the browser closed or crashed (session storage is gone
 * then). Host names only, never a path or query; at most CRASH_LIST_MAX of them; never on a
 * public terminal (the background decides, lib/quick-exit/sequence.ts). Encoded so that a
 * glance at the extension's storage shows no site name; it is not encryption.
 */
export interface CrashList {
  /** Help sites opened: their history and site data go. */
  opened: string[];
  /** Other sites reached from a help tab: only their site data goes (their pages left history as they loaded). */
  reached: string[];
  /**
   * A help tab loaded more than the help sites' front pages (no page is named). Then, in Chromium,
   * "Recently closed" may keep the crashed tab: it goes only when every page of it is named.
   */
  beyondFrontPages: boolean;
}

export const CRASH_LIST_MAX = 50;

/** The crash list of a tracking record: host names only, help sites first, capped. */
export function crashListOf(visits: HelpVisits): CrashList {
  const help = [...new Set(visits.hosts)].slice(0, CRASH_LIST_MAX);
  const others = visits.urls.map(hostOf).filter((h): h is string => h !== null && !help.includes(h));
  const frontPage = (url: string) => {
    try {
      const u = new URL(url);
      return /^https?:$/.test(u.protocol) && help.includes(u.host) && u.pathname === '/' && !u.search && !u.hash;
    } catch {
      return false;
    }
  };
  return { opened: help, reached: [...new Set(others)].slice(0, CRASH_LIST_MAX - help.length), beyondFrontPages: !visits.urls.every(frontPage) };
}

export function encodeCrashList(list: CrashList): string {
  const json = JSON.stringify({ h: list.opened, o: list.reached, d: list.beyondFrontPages ? 1 : 0 });
  return [...btoa(String.fromCharCode(...new TextEncoder().encode(json)))].reverse().join('');
}

const HOST = /^[a-z0-9.-]+(:\d+)?$/i;

/** What can be read of a stored list (a list written by an earlier version, with full addresses, keeps only its hosts). */
export function decodeCrashList(stored: unknown): CrashList | null {
  if (typeof stored !== 'string' || !stored) return null;
  try {
    const bytes = Uint8Array.from(atob([...stored].reverse().join('')), (c) => c.charCodeAt(0));
    const value = JSON.parse(new TextDecoder().decode(bytes)) as { h?: unknown; o?: unknown; u?: unknown; d?: unknown };
    const strings = (v: unknown) => (Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : []);
    const earlierUrls = strings(value.u).map(hostOf).filter((h): h is string => h !== null);
    const list = crashListOf({ hosts: strings(value.h).filter((h) => HOST.test(h)), urls: [] });
    const reached = [...strings(value.o), ...earlierUrls].filter((h) => HOST.test(h) && !list.opened.includes(h));
    // A list without the mark comes from a version that did not write it: assume the worst.
    const beyondFrontPages = value.d !== 0;
    return { opened: list.opened, reached: [...new Set(reached)].slice(0, CRASH_LIST_MAX - list.opened.length), beyondFrontPages };
  } catch {
    return null;
  }
}

/** Writes the crash list while a normal help tab is open. */
export async function rememberUnfinished(visits: HelpVisits): Promise<void> {
  if (visits.hosts.length || visits.urls.length) await unfinishedCleaning.setValue(encodeCrashList(crashListOf(visits)));
}

/** The cleaning of those sites is done: the list goes. */
export function forgetUnfinished(): Promise<void> {
  return unfinishedCleaning.removeValue();
}

/** What finishing the cleaning needs from the rest of quick exit (lib/quick-exit/sequence.ts passes it). */
export interface UnfinishedCleaner {
  /** True while help tabs are still known to be open (then it was only a service worker restart). */
  trackedTabsOpen(): Promise<boolean>;
  /**
   * History, cookies and site data of these sites, then the permissions back unless she keeps
   * them. `restoredPages`: the addresses of the restored help tabs just closed (read from the
   * tabs themselves, never stored), so that their "Recently closed" entries can go too.
   */
  cleanSites(list: CrashList, restoredPages: string[]): Promise<void>;
}

/**
 * At a start: when the list is there but no help tab is known any more (the browser was
 * closed or crashed with one open), closes restored tabs of the help sites and finishes the
 * cleaning of those sites. Then the list goes.
 */
export async function finishUnfinishedCleaning(
  api: QuickExitBrowser & { tabs: { query?(q: object): Promise<Array<{ id?: number; url?: string; pendingUrl?: string }>> } },
  cleaner: UnfinishedCleaner,
): Promise<boolean> {
  const list = decodeCrashList(await unfinishedCleaning.getValue().catch(() => null));
  if (!list) return false;
  if (await cleaner.trackedTabsOpen()) return false;
  const onHelpSite = (url?: string) => Boolean(url && list.opened.includes(hostOf(url) ?? ''));
  const restored = (await api.tabs.query?.({}).catch(() => []) ?? []).filter((t) => t.id !== undefined && (onHelpSite(t.url) || onHelpSite(t.pendingUrl)));
  if (restored.length) await api.tabs.remove(restored.map((t) => t.id!)).catch(() => undefined);
  const restoredPages = restored.flatMap((t) => [t.url, t.pendingUrl]).filter((url): url is string => onHelpSite(url));
  await cleaner.cleanSites(list, [...new Set(restoredPages)]);
  await unfinishedCleaning.removeValue();
  return true;
}
