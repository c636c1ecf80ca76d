import { safePageSetting, type TrackedHelp } from '../storage-items';
import type { QuickExitBrowser } from './browser-api';
import { knownOrdinaryWindow } from './front-window';
import { rememberBlankTab, reusableBlankTab, storeBlankTab } from './blank-tab';
import { knownHelp } from './tracking';

/** The safe page as last known in memory (undefined: not known yet), so hiding need not wait for storage. */
let knownSafePage: string | null | undefined;

/** Keeps the safe page in memory; call once in the background. */
export async function followSafePage(): Promise<void> {
  safePageSetting.watch((value) => (knownSafePage = value ?? null));
  const stored = await safePageSetting.getValue().catch(() => null);
  if (knownSafePage === undefined) knownSafePage = stored;
}

/** Between unit tests. */
export function forgetSafePageMemory(): void {
  knownSafePage = undefined;
}

/** The safe page: the policy's, else hers (from memory when known), else null (a new tab). */
export async function currentSafePage(policySafePage: string | null): Promise<string | null> {
  return policySafePage ?? (knownSafePage !== undefined ? knownSafePage : await safePageSetting.getValue().catch(() => null));
}

export type BrowserWindows = Awaited<ReturnType<QuickExitBrowser['windows']['getAll']>>;
type BrowserWindow = BrowserWindows[number];

/**
 * Closes every help window and tab. When the record of them was damaged, every private window
 * the extension can see is closed: a private help window must never stay open.
 */
export async function closeAll(api: QuickExitBrowser, tracked: Pick<TrackedHelp, 'windows' | 'tabs'>, everyPrivateWindow: boolean, seen?: BrowserWindow[]): Promise<void> {
  const windows = new Set(tracked.windows);
  if (everyPrivateWindow) {
    const all = seen ?? (await api.windows.getAll().catch(() => []));
    for (const w of all) if (w.incognito && w.id !== undefined) windows.add(w.id);
  }
  await Promise.allSettled([...[...windows].map((id) => api.windows.remove(id)), ...(tracked.tabs.length ? [api.tabs.remove(tracked.tabs)] : [])]);
}

/**
 * Brings the safe page (or a new tab) to the front in an ordinary window, and only then closes
 * every help window and tab: closing first would show whatever lay behind, and closing the
 * only window would end the browser before it could clean. The calls are made in that order
 * without waiting for each answer: the browser carries out an extension's calls in the order
 * they arrive, so the safe page is in front first and hiding costs one round trip, not three.
 */
export async function hide(
  api: QuickExitBrowser,
  tracked: Pick<TrackedHelp, 'windows' | 'tabs'>,
  safePage: string | null,
  recordDamaged = false,
  asked?: Promise<BrowserWindows>,
): Promise<void> {
  const known = recordDamaged ? undefined : knownOrdinaryWindow();
  // Known in memory: no need to ask the browser which windows there are (unless already asked).
  const windows = known !== undefined ? [] : await (asked ?? api.windows.getAll().catch((): BrowserWindow[] => []));
  const ordinary = known !== undefined ? { id: known, incognito: false } : ordinaryWindow(windows, tracked.windows);
  const url = safePage ?? undefined;
  const shown = showSafePage(api, ordinary, url);
  const closed = closeAll(api, tracked, recordDamaged, windows);
  // The ordinary window closed a moment ago: a new window still shows the safe page.
  if (!(await shown)) await api.windows.create({ url, focused: true }).catch(() => undefined);
  await closed;
}

/** The window the safe page goes to: an ordinary one, not private, not help; the focused one first. */
function ordinaryWindow(windows: BrowserWindow[], helpWindows: number[]): BrowserWindow | undefined {
  return windows
    .filter((w) => w.id !== undefined && !w.incognito && !helpWindows.includes(w.id) && (w.type ?? 'normal') === 'normal')
    .sort((a, b) => Number(Boolean(b.focused)) - Number(Boolean(a.focused)))[0];
}

/**
 * Practice: what a quick exit shows, and nothing else. The popup closes itself; the safe page
 * comes to the front; help windows stay open behind it, and nothing is deleted or written.
 */
export async function practiceLeave(api: QuickExitBrowser, policySafePage: string | null = null): Promise<void> {
  const safePage = await currentSafePage(policySafePage);
  const windows = await api.windows.getAll().catch((): BrowserWindow[] => []);
  const url = safePage ?? undefined;
  if (!(await showSafePage(api, ordinaryWindow(windows, knownHelp()?.windows ?? []), url))) await api.windows.create({ url, focused: true }).catch(() => undefined);
  await storeBlankTab();
}

async function showSafePage(api: QuickExitBrowser, ordinary: BrowserWindow | undefined, url: string | undefined): Promise<boolean> {
  // No safe page: the empty tab an earlier quick exit showed, when nothing else was loaded in it.
  const blank = url === undefined ? reusableBlankTab() : null;
  if (blank && api.tabs.update) {
    const shown = await Promise.all([api.tabs.update(blank.id, { active: true }), api.windows.update(blank.windowId, { focused: true })]).then(
      () => true,
      () => false,
    );
    if (shown) return true;
  }
  // No ordinary window (the only one was a help window): a new one.
  if (ordinary?.id === undefined) return api.windows.create({ url, focused: true }).then(() => true, () => true);
  const id = ordinary.id;
  return Promise.all([
    api.tabs.create({ url, active: true, windowId: id }),
    api.windows.update(id, ordinary.state === 'minimized' ? { focused: true, state: 'normal' } : { focused: true }),
  ]).then(
    ([tab]) => {
      if (url === undefined) rememberBlankTab({ id: tab.id, windowId: tab.windowId ?? id });
      return true;
    },
    () => false,
  );
}
