import { blankTab } from '../storage-items';

/**
 * The empty New Tab that a quick exit without a safe page brings to the front. The next quick
 * exit brings the same tab back instead of opening one more (three exits used to leave three).
 * It is reused only while nothing else was loaded in it: Chromium tells an extension without
 * the tabs permission neither the address nor the title, so every load in the tab is counted
 * (`tabs.onUpdated` with status 'loading', until 'complete'), and the New Tab page's own load is the only one allowed.
 */
export interface BlankTab {
  id: number;
  windowId: number;
  loads: number;
  /** A load began and has not completed yet. */
  loading?: boolean;
}

/** Kept in memory, and in session storage for a worker that slept in between. */
let known: BlankTab | null | undefined;

const NEW_TAB = /^(about:(blank|newtab|home)|(chrome|edge):\/\/(newtab|new-tab-page)\/?)$/;

/** The blank tab to bring back, from memory only (hiding waits for no storage). */
export function reusableBlankTab(): BlankTab | null {
  return known && known.loads <= 1 ? known : null;
}

/** In memory at once; stored by `storeBlankTab` once hiding is over (hiding writes no storage). */
export function rememberBlankTab(tab: { id?: number; windowId?: number }): void {
  if (tab.id === undefined || tab.windowId === undefined) return;
  known = { id: tab.id, windowId: tab.windowId, loads: 0 };
}

export async function storeBlankTab(): Promise<void> {
  if (known) await blankTab.setValue(known).catch(() => undefined);
}

async function forget(): Promise<void> {
  known = null;
  await blankTab.removeValue().catch(() => undefined);
}

interface Event<L> {
  addListener(listener: L): void;
}
export interface BlankTabEvents {
  tabs: {
    onUpdated: Event<(tabId: number, change: { status?: string; url?: string }) => void>;
    onRemoved: Event<(tabId: number) => void>;
  };
}

/** Follows the blank tab: forgotten once something else loads in it, or when it closes. Call once in the background. */
export function followBlankTab(events: BlankTabEvents): void {
  void blankTab.getValue().then((stored) => {
    if (known === undefined) known = isBlankTab(stored) ? stored : null;
  }, () => undefined);
  events.tabs.onUpdated.addListener((tabId, change) => {
    if (!known || tabId !== known.id) return;
    if (change.url !== undefined && !NEW_TAB.test(change.url)) return void forget();
    // Firefox reports 'loading' twice for one New Tab (about:blank, then about:newtab): a load
    // is counted once, until it completes.
    if (change.status === 'complete' && known.loading) known = { ...known, loading: false };
    if (change.status !== 'loading' || known.loading) return;
    known = { ...known, loads: known.loads + 1, loading: true };
    void (known.loads > 1 ? forget() : blankTab.setValue(known).catch(() => undefined));
  });
  events.tabs.onRemoved.addListener((tabId) => {
    if (known && tabId === known.id) void forget();
  });
}

function isBlankTab(value: unknown): value is BlankTab {
  const v = value as Partial<BlankTab> | null;
  return Boolean(v && Number.isInteger(v.id) && Number.isInteger(v.windowId) && Number.isInteger(v.loads));
}

/** Between unit tests. */
export function forgetBlankTabMemory(): void {
  known = undefined;
}
