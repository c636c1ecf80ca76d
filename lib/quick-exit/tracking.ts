import { trackedHelp, type TrackedHelp } from '../storage-items';
import { hostOf } from './visits';

export const NO_HELP: TrackedHelp = { windows: [], tabs: [], hosts: [], urls: [] };

/** A stored tracking record as read back; `corrupt` when it could not be trusted in full. */
export interface ReadHelp extends TrackedHelp {
  corrupt: boolean;
}

const numbers = (v: unknown) => (Array.isArray(v) ? v.filter((x): x is number => Number.isInteger(x)) : null);
const strings = (v: unknown) => (Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : null);

/** Whatever is stored, a usable record: what can be read of it, and whether anything was wrong. */
export function sanitiseHelp(value: unknown): ReadHelp {
  if (value === null || value === undefined) return { ...NO_HELP, corrupt: false };
  const v = (typeof value === 'object' ? value : {}) as Record<string, unknown>;
  const windows = numbers(v.windows);
  const tabs = numbers(v.tabs);
  const hosts = strings(v.hosts);
  const urls = strings(v.urls);
  const corrupt =
    windows === null || tabs === null || hosts === null || (v.urls !== undefined && urls === null) ||
    windows.length !== (v.windows as unknown[]).length || tabs.length !== (v.tabs as unknown[]).length;
  return { windows: windows ?? [], tabs: tabs ?? [], hosts: hosts ?? [], urls: urls ?? [], corrupt };
}

/**
 * What this background last read or wrote, so that a quick exit can hide at once without
 * waiting for storage. Null until known (a fresh service worker).
 */
let memory: TrackedHelp | null = null;
/** Called after each write that lists normal help tabs; the background sets it (crash list). */
let afterTabsRecorded: (record: TrackedHelp) => Promise<void> = async () => undefined;
export function whenHelpTabsRecorded(listener: (record: TrackedHelp) => Promise<void>): void {
  afterTabsRecorded = listener;
}

/** Every change to the record runs after the previous one: concurrent events lose nothing. */
let queue: Promise<unknown> = Promise.resolve();

/** The help windows and tabs as last known in memory, or null when not known yet. */
export function knownHelp(): TrackedHelp | null {
  return memory;
}

/** Reads the stored record (and remembers it). */
export async function readHelp(): Promise<ReadHelp> {
  const read = sanitiseHelp(await trackedHelp.getValue().catch(() => ({ corrupt: true })));
  memory = { windows: read.windows, tabs: read.tabs, hosts: read.hosts, urls: read.urls };
  return read;
}

/** Keeps the memory in step with writes made elsewhere (another page of the extension, a test). */
export function followStoredHelp(): void {
  trackedHelp.watch((value) => {
    const read = sanitiseHelp(value);
    memory = { windows: read.windows, tabs: read.tabs, hosts: read.hosts, urls: read.urls };
  });
}

/** Forgets the memory: after a quick exit emptied storage, and between unit tests. */
export function forgetHelpMemory(value: TrackedHelp | null = null): void {
  memory = value;
}

/**
 * Changes the record one change at a time. `change` returns the new record, or null to write
 * nothing; the result is what `change` returned.
 */
function update<R>(change: (current: TrackedHelp) => { next: TrackedHelp | 'remove' | null; result: R }): Promise<R> {
  const run = async () => {
    const { corrupt: _corrupt, ...current } = await readHelp();
    const { next, result } = change(current);
    if (next === 'remove') {
      memory = { ...NO_HELP };
      await trackedHelp.removeValue();
    } else if (next) {
      memory = next;
      await trackedHelp.setValue(next);
      // Normal help tabs: their sites must survive a browser crash (lib/quick-exit/unfinished.ts).
      if (next.tabs.length) await afterTabsRecorded(next);
    }
    return result;
  };
  const done = queue.then(run, run);
  queue = done.catch(() => undefined);
  return done;
}

const added = <T>(list: T[], item: T | undefined) => (item === undefined || list.includes(item) ? list : [...list, item]);

/** Remembers a help window or tab the extension opened, and the site opened in it. */
export function track(entry: { window?: number; tab?: number; host?: string; url?: string }): Promise<TrackedHelp> {
  return update((current) => {
    const next = {
      windows: added(current.windows, entry.window),
      tabs: added(current.tabs, entry.tab),
      hosts: added(current.hosts, entry.host),
      urls: added(current.urls, entry.url),
    };
    return { next, result: next };
  });
}

/**
 * After a quick exit: forgets what it closed and cleaned, and nothing else. A help window
 * opened while it was cleaning stays known, so the next quick exit closes it.
 */
export function forgetCleaned(cleaned: TrackedHelp): Promise<void> {
  return update((current) => {
    const next = {
      windows: current.windows.filter((w) => !cleaned.windows.includes(w)),
      tabs: current.tabs.filter((t) => !cleaned.tabs.includes(t)),
      hosts: current.hosts.filter((h) => !cleaned.hosts.includes(h)),
      urls: current.urls.filter((u) => !cleaned.urls.includes(u)),
    };
    const empty = !next.windows.length && !next.tabs.length && !next.hosts.length && !next.urls.length;
    return { next: empty ? 'remove' : next, result: undefined };
  });
}

/**
 * Forgets a window or tab the person closed herself (its site stays listed for cleaning).
 * Returns whether it was a help window or tab; for any other, nothing is written.
 */
export function untrack(entry: { window?: number; tab?: number }): Promise<boolean> {
  return update((current) => {
    const known = current.windows.includes(entry.window ?? NaN) || current.tabs.includes(entry.tab ?? NaN);
    if (!known) return { next: null, result: false };
    const next = { ...current, windows: current.windows.filter((w) => w !== entry.window), tabs: current.tabs.filter((t) => t !== entry.tab) };
    return { next, result: true };
  });
}

/**
 * Remembers a page loaded in a help tab. Returns true when it is new, so its visit can be
 * removed from history at once. Other tabs: nothing is written.
 */
export function recordHelpTabPage(tabId: number, url: string): Promise<boolean> {
  return update((current) => {
    if (!current.tabs.includes(tabId) || hostOf(url) === null || current.urls.includes(url)) return { next: null, result: false };
    return { next: { ...current, urls: [...current.urls, url] }, result: true };
  });
}

/**
 * A tab or window opened from a help tab or a private help window (a link that opens a new
 * tab, a pop-up) is help too.
 */
export function trackIfOpenedFromHelp(tab: { id?: number; openerTabId?: number; windowId?: number }, openerWindow?: number): Promise<boolean> {
  return update((current) => {
    if (tab.id === undefined || current.tabs.includes(tab.id)) return { next: null, result: false };
    const fromHelpTab = tab.openerTabId !== undefined && current.tabs.includes(tab.openerTabId);
    const fromHelpWindow = openerWindow !== undefined && current.windows.includes(openerWindow);
    if (!fromHelpTab && !fromHelpWindow) return { next: null, result: false };
    if (fromHelpTab) return { next: { ...current, tabs: [...current.tabs, tab.id] }, result: true };
    // From a private help window: a tab there closes with that window; a pop-up window is
    // closed as a whole (and no private tab is written down).
    const popupWindow = tab.windowId !== undefined && tab.windowId !== openerWindow ? tab.windowId : undefined;
    if (popupWindow === undefined || current.windows.includes(popupWindow)) return { next: null, result: true };
    return { next: { ...current, windows: [...current.windows, popupWindow] }, result: true };
  });
}
