/**
 * The print window (lib/popup/print.ts) as a window of ours that a quick exit closes like any
 * help window. An about:blank window has no extension APIs in Chromium, so it cannot say itself
 * which window it is: the popup tells the background as it opens the window, and the background
 * takes the window created just before or after that message (they may arrive in either order).
 *
 * In Chromium, while a page's print dialog is open, every page of the extension waits with it
 * (they share one process): the toolbar popup cannot even open, so its Snel weg button cannot be
 * reached. So the print window also goes as soon as she turns to another browser window (as a
 * click on the toolbar icon does): the popup then opens, and nothing of the plan stays behind.
 */

/** The message the popup sends; its name says nothing of what is printed. */
export const OWN_WINDOW_MESSAGE = { type: 'own-window' } as const;

export function isOwnWindowMessage(value: unknown): value is typeof OWN_WINDOW_MESSAGE {
  return typeof value === 'object' && value !== null && (value as { type?: unknown }).type === OWN_WINDOW_MESSAGE.type;
}

/** How long after the message a new window is taken as the print window. */
export const OWN_WINDOW_WAIT_MS = 5000;
/** How long before the message a window may have been created and still be the print window. */
export const OWN_WINDOW_EARLY_MS = 1000;

export interface OwnWindowWatch {
  /** The popup is about to open a window of ours. */
  expect(): void;
  /** `windows.onCreated`: the first ordinary (not private) window after `expect()` is ours. */
  onWindowCreated(window: { id?: number; incognito: boolean }): void;
}

export function createOwnWindowWatch(track: (windowId: number) => Promise<unknown>, now: () => number = Date.now): OwnWindowWatch {
  let expectedUntil = 0;
  /** The last ordinary window created while none was expected, and when. */
  let early: { id: number; at: number } | null = null;
  const take = (id: number) => void track(id).catch(() => undefined);
  return {
    expect() {
      if (early && now() - early.at <= OWN_WINDOW_EARLY_MS) {
        take(early.id);
        early = null;
        return;
      }
      expectedUntil = now() + OWN_WINDOW_WAIT_MS;
    },
    onWindowCreated(window) {
      if (window.id === undefined || window.incognito) return;
      if (now() > expectedUntil) {
        early = { id: window.id, at: now() };
        return;
      }
      expectedUntil = 0;
      take(window.id);
    },
  };
}

interface WindowInfo {
  id?: number;
  incognito: boolean;
  type?: string;
}

/** What `closeOwnWindowsOnLeaving` needs of the browser. */
export interface OwnWindowsApi {
  windows: { get(windowId: number): Promise<WindowInfo>; remove(windowId: number): Promise<void> };
}

/**
 * `windows.onFocusChanged`: another browser window took focus, so the print window (a tracked
 * window that is an ordinary pop-up; private help windows are never closed here) goes. Focus
 * leaving the browser (a system print dialog, another program) closes nothing.
 */
export async function closeOwnWindowsOnLeaving(api: OwnWindowsApi, trackedWindows: number[], focused: number): Promise<void> {
  if (focused < 0) return;
  const own = await Promise.all(
    trackedWindows
      .filter((id) => id !== focused)
      .map((id) => api.windows.get(id).then((w) => (!w.incognito && w.type === 'popup' ? id : null), () => null)),
  );
  await Promise.allSettled(own.filter((id): id is number => id !== null).map((id) => api.windows.remove(id)));
}
