/**
 * The print window (lib/popup/print.ts) as a window of ours that a quick exit closes like any
 * help window. An about:blank window has no extension APIs in Chromium, so it cannot say itself
 * which window it is: the popup tells the background just before it opens the window, and the
 * background takes the next window that is created as that one.
 */

/** The message the popup sends; its name says nothing of what is printed. */
export const OWN_WINDOW_MESSAGE = { type: 'own-window' } as const;

export function isOwnWindowMessage(value: unknown): value is typeof OWN_WINDOW_MESSAGE {
  return typeof value === 'object' && value !== null && (value as { type?: unknown }).type === OWN_WINDOW_MESSAGE.type;
}

/** How long after the message a new window is taken as the print window. */
export const OWN_WINDOW_WAIT_MS = 5000;

export interface OwnWindowWatch {
  /** The popup is about to open a window of ours. */
  expect(): void;
  /** `windows.onCreated`: the first ordinary (not private) window after `expect()` is ours. */
  onWindowCreated(window: { id?: number; incognito: boolean }): void;
}

export function createOwnWindowWatch(track: (windowId: number) => Promise<unknown>, now: () => number = Date.now): OwnWindowWatch {
  let expectedUntil = 0;
  return {
    expect() {
      expectedUntil = now() + OWN_WINDOW_WAIT_MS;
    },
    onWindowCreated(window) {
      if (window.id === undefined || window.incognito || now() > expectedUntil) return;
      expectedUntil = 0;
      void track(window.id).catch(() => undefined);
    },
  };
}
