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

/**
 * Where the moment is kept: a WXT storage item fits. The value is `{ at, tried }`; anything
 * else (nothing, or a plain number an earlier version stored) reads as nothing or as "shown".
 */
export interface StoredMoment {
  getValue(): Promise<unknown>;
  setValue(value: StepsMoment): Promise<void>;
  removeValue(): Promise<void>;
}

/**
 * When she was shown the way (ms since the epoch), and whether she acted on it: opened the
 * browser's page with the button, or asked whether it is on yet and heard "not yet". Only
 * then may the next opening say "not yet": having seen the steps (Settings, the first run)
 * is not trying, and a "not yet" above the helpline would tell her she failed at something
 * she never began. A success may always be told.
 */
export interface StepsMoment {
  at: number;
  tried: boolean;
}

function readMoment(value: unknown): StepsMoment | null {
  if (typeof value === 'number' && Number.isFinite(value)) return { at: value, tried: false };
  if (!value || typeof value !== 'object') return null;
  const { at, tried } = value as Partial<StepsMoment>;
  return typeof at === 'number' && Number.isFinite(at) ? { at, tried: tried === true } : null;
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
  /**
   * Remembers that she was shown the way (the steps are on screen and it is off): the next
   * opening then says so only if it is on by then. `tried`: she is trying (she asked whether
   * it is on, and it is not yet), so the next opening also says "not yet". A plain showing
   * never lowers a "tried" of a moment ago.
   */
  markShown(tried?: boolean): Promise<void>;
  /** Chromium: opens the extension's page in the browser's settings. False where it cannot. */
  openSettings(): Promise<boolean>;
  /**
   * When she was shown the way a moment ago: whether private windows are allowed now (and
   * forgets the moment). Null when there is nothing to report: no moment, an old one, or it
   * is still off while she only saw the steps.
   */
  takeReturn(): Promise<boolean | null>;
}

export function createPrivateAccess(api: PrivateAccessBrowser, kind: BrowserKind, shownAt: StoredMoment, now = () => Date.now()): PrivateAccess {
  const allowed = () => api.extension.isAllowedIncognitoAccess().catch(() => false);
  const fresh = (moment: StepsMoment | null) => moment !== null && moment.at <= now() && now() - moment.at <= RETURN_CHECK_MS;
  // One write at a time: a showing that read the moment before a click wrote "tried" must
  // not write over it.
  let writes = Promise.resolve();
  const write = (change: () => Promise<void>) => (writes = writes.then(change, change));
  return {
    allowed,
    markShown: (tried = false) =>
      write(async () => {
        const before = tried ? null : readMoment(await shownAt.getValue());
        await shownAt.setValue({ at: now(), tried: tried || (fresh(before) && before!.tried) });
      }),
    async openSettings() {
      const url = privateAccessSettingsUrl(kind, api.runtime.id);
      if (!url) return false;
      // Stored first: the popup closes the moment the new tab takes focus (and Chromium
      // reloads the extension when the switch changes), so nothing after this may be needed.
      await write(() => shownAt.setValue({ at: now(), tried: true }));
      try {
        await api.tabs.create({ url, active: true });
        return true;
      } catch {
        return false;
      }
    },
    async takeReturn() {
      const moment = readMoment(await shownAt.getValue());
      if (moment === null) return null;
      await shownAt.removeValue();
      if (!fresh(moment)) return null;
      const on = await allowed();
      return on || moment.tried ? on : null;
    },
  };
}
