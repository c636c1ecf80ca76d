import { unfinishedCleaning } from '../storage-items';
import type { QuickExitBrowser } from './browser-api';
import type { HelpVisits } from './visits';

/**
 * The sites of open normal help tabs, kept on disk so that cleaning can finish after the
 * browser closed or crashed with such a tab open (session storage is gone then). Encoded so
 * that a glance at the extension's storage shows no site name; it is not encryption.
 */
export function encodeVisits(visits: HelpVisits): string {
  const json = JSON.stringify({ h: visits.hosts, u: visits.urls });
  return [...btoa(String.fromCharCode(...new TextEncoder().encode(json)))].reverse().join('');
}

export function decodeVisits(stored: unknown): HelpVisits | null {
  if (typeof stored !== 'string' || !stored) return null;
  try {
    const bytes = Uint8Array.from(atob([...stored].reverse().join('')), (c) => c.charCodeAt(0));
    const value = JSON.parse(new TextDecoder().decode(bytes)) as { h?: unknown; u?: unknown };
    const strings = (v: unknown) => (Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : []);
    return { hosts: strings(value.h), urls: strings(value.u) };
  } catch {
    return null;
  }
}

/** Writes the record of sites to clean while a normal help tab is open. */
export async function rememberUnfinished(visits: HelpVisits): Promise<void> {
  if (visits.hosts.length || visits.urls.length) await unfinishedCleaning.setValue(encodeVisits(visits));
}

/** The cleaning of those sites is done: the record goes. */
export function forgetUnfinished(): Promise<void> {
  return unfinishedCleaning.removeValue();
}

/** What finishing the cleaning needs from the rest of quick exit (lib/quick-exit/sequence.ts passes it). */
export interface UnfinishedCleaner {
  /** True while help tabs are still known to be open (then it was only a service worker restart). */
  helpTabsOpen(): Promise<boolean>;
  /** History, "Recently closed", cookies and site data of these sites. */
  cleanSites(visits: HelpVisits): Promise<void>;
}

/**
 * At a start: when the record is there but no help tab is known any more (the browser was
 * closed or crashed with one open), closes restored help tabs and finishes the cleaning of
 * those sites. Then the record goes.
 */
export async function finishUnfinishedCleaning(
  api: QuickExitBrowser & { tabs: { query?(q: object): Promise<Array<{ id?: number; url?: string }>> } },
  cleaner: UnfinishedCleaner,
): Promise<boolean> {
  const visits = decodeVisits(await unfinishedCleaning.getValue().catch(() => null));
  if (!visits) return false;
  if (await cleaner.helpTabsOpen()) return false;
  const restored = (await api.tabs.query?.({}).catch(() => []) ?? []).filter((t) => t.id !== undefined && t.url && visits.urls.includes(t.url));
  if (restored.length) await api.tabs.remove(restored.map((t) => t.id!)).catch(() => undefined);
  await cleaner.cleanSites(visits);
  await unfinishedCleaning.removeValue();
  return true;
}
