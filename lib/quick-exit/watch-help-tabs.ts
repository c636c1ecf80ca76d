import type { QuickExitBrowser } from './browser-api';
import { givePermissionsBack } from './choices';
import { forgetClosedHelpTabs, removeHistoryOf, removeSiteDataOf } from './clean';
import { isQuickExitRunning } from './sequence';
import { forgetUnfinished } from './unfinished';
import { knownHelp, readHelp, recordHelpTabPage, trackIfOpenedFromHelp, untrack } from './tracking';
import { isHelpVisit } from './visits';

interface Event<L> {
  addListener(listener: L): void;
  hasListener?(listener: L): boolean;
}

/** The browser events that follow help windows and tabs (a subset of `browser`). */
export interface HelpTabEvents {
  windows: { onRemoved: Event<(windowId: number) => void> };
  tabs: {
    onRemoved: Event<(tabId: number) => void>;
    onCreated: Event<(tab: { id?: number; openerTabId?: number; windowId?: number }) => void>;
    onUpdated: Event<(tabId: number, change: { url?: string }) => void>;
  };
  permissions: { onAdded: Event<() => void> };
  /** Present only once the optional history permission is granted. */
  history?: { onVisited: Event<(item: { url?: string }) => void> };
}

/**
 * Follows the help windows and tabs the extension opened, so that a normal help tab leaves as
 * little as possible even before a quick exit: every page loaded there is recorded and its
 * visit removed from history as it happens (history permission), tabs opened from it are help
 * tabs too; when the person closes the last help tab, the sites' data goes (browsingData
 * permission) and the optional permissions go back (unless she keeps them), and in Firefox the
 * closed tab is forgotten under "Recently closed" (sessions).
 * `onPermissionsAdded` runs after the watch has picked up the newly granted APIs.
 */
export function watchHelpTabs(events: HelpTabEvents, api: QuickExitBrowser, onPermissionsAdded: () => void): void {
  const removeVisit = async (item: { url?: string }) => {
    const tracked = await readHelp();
    if (item.url && isHelpVisit(item.url, tracked)) await removeHistoryOf(api, tracked);
  };
  const listenToHistory = () => {
    if (events.history && !events.history.onVisited.hasListener?.(removeVisit)) events.history.onVisited.addListener(removeVisit);
  };
  listenToHistory();
  events.permissions.onAdded.addListener(() => {
    listenToHistory();
    onPermissionsAdded();
  });

  events.windows.onRemoved.addListener((windowId) => void untrack({ window: windowId }));
  events.tabs.onRemoved.addListener(async (tabId) => {
    // A quick exit closing help tabs cleans after them itself, permissions last.
    if (isQuickExitRunning(api) || !(await untrack({ tab: tabId }))) return;
    const tracked = await readHelp();
    // Site data goes when the last help tab closes: a help tab still open keeps its chat.
    await Promise.allSettled([forgetClosedHelpTabs(api, tracked), ...(tracked.tabs.length ? [] : [removeSiteDataOf(api, tracked)])]);
    if (tracked.tabs.length) return;
    // No help tab left and its sites cleaned: nothing to finish after a crash any more, and
    // the permissions go back unless she chose to keep them.
    await forgetUnfinished();
    await givePermissionsBack(api);
  });
  events.tabs.onCreated.addListener(async (tab) => {
    if (tab.openerTabId === undefined) return;
    // A pop-up or tab opened from a page in a private help window: its opener lives in a help window.
    const inHelpWindow = (knownHelp()?.windows.length ?? 1) > 0;
    const opener = inHelpWindow ? await api.tabs.get?.(tab.openerTabId).catch(() => undefined) : undefined;
    await trackIfOpenedFromHelp(tab, opener?.windowId);
  });
  // `change.url` is only given with the optional tabs permission: without it, nothing to follow.
  events.tabs.onUpdated.addListener(async (tabId, change) => {
    if (change.url && (await recordHelpTabPage(tabId, change.url))) await removeVisit({ url: change.url });
  });
}
