/**
 * Private windows for help websites. A private window is never synced to other devices, keeps
 * no history, and is left out of Windows Recall's snapshots; quick exit can close it when the
 * extension may run there. That is her switch in the browser's own settings (Chromium "Allow in
 * Incognito", Firefox "Run in Private Windows"), which no extension can turn on for her. This
 * module opens the place where she finds it (where the browser lets an extension do that) and
 * checks the switch when she comes back.
 */

export type BrowserKind = 'chromium' | 'firefox';

/** The part of the browser API this module uses: the popup passes `browser`, unit tests a fake. */
export interface PrivateAccessBrowser {
  extension: { isAllowedIncognitoAccess(): Promise<boolean> };
  tabs: { create(info: { url: string; active?: boolean }): Promise<unknown> };
  runtime: { id: string };
}

/** A stored moment (ms since the epoch); a WXT storage item fits. */
export interface StoredMoment {
  getValue(): Promise<number | null>;
  setValue(value: number | null): Promise<void>;
  removeValue(): Promise<void>;
}

/** How long after she was shown the way the next opening still reports what it finds. */
export const RETURN_CHECK_MS = 15 * 60_000;

/**
 * The page with this extension's switch. Chromium's details page opens from the extension
 * (`tabs.create`; a link in the popup is refused) and, like every chrome:// page, enters no
 * history (checked in tests/e2e/private-window.chromium.e2e.ts). Firefox refuses to let an
 * extension open about:addons: null, and she follows the steps instead.
 */
export function privateAccessSettingsUrl(kind: BrowserKind, extensionId: string): string | null {
  return kind === 'chromium' ? `chrome://extensions/?id=${encodeURIComponent(extensionId)}` : null;
}

export interface PrivateAccess {
  allowed(): Promise<boolean>;
  /** Remembers that she was shown the way, so the next opening says whether it worked. */
  markShown(): Promise<void>;
  /** Chromium: opens the extension's page in the browser's settings. False where it cannot. */
  openSettings(): Promise<boolean>;
  /**
   * When she was shown the way a moment ago: whether private windows are allowed now (and
   * forgets the moment). Null when there is nothing to report.
   */
  takeReturn(): Promise<boolean | null>;
}

export function createPrivateAccess(api: PrivateAccessBrowser, kind: BrowserKind, shownAt: StoredMoment, now = () => Date.now()): PrivateAccess {
  const allowed = () => api.extension.isAllowedIncognitoAccess().catch(() => false);
  return {
    allowed,
    markShown: () => shownAt.setValue(now()),
    async openSettings() {
      const url = privateAccessSettingsUrl(kind, api.runtime.id);
      if (!url) return false;
      // Stored first: the popup closes the moment the new tab takes focus (and Chromium
      // reloads the extension when the switch changes), so nothing after this may be needed.
      await shownAt.setValue(now());
      try {
        await api.tabs.create({ url, active: true });
        return true;
      } catch {
        return false;
      }
    },
    async takeReturn() {
      const at = await shownAt.getValue();
      if (at === null) return null;
      await shownAt.removeValue();
      if (now() - at > RETURN_CHECK_MS || at > now()) return null;
      return allowed();
    },
  };
}
