import type { Browser, Page } from 'puppeteer-core';
import type { Traces } from './traces';
import type { NetworkLog } from './network-log';

/** One test browser with Stille Hulp loaded; the same shape for Chromium and Firefox. */
export interface BrowserSession {
  kind: 'chromium' | 'firefox';
  browser: Browser;
  /** chrome-extension://<id> or moz-extension://<uuid> */
  origin: string;
  /** Opens the extension's popup: the real one in Chromium, popup.html in a tab in Firefox. */
  openPopup(): Promise<Page>;
  /**
   * Closes the popup as a person would. In Firefox the stand-in tab is closed and its
   * recently-closed entry forgotten, since a real popup leaves none.
   */
  closePopup(popup: Page): Promise<void>;
  /** Runs a function in the extension's background context and returns its result. */
  inBackground<T>(fn: string): Promise<T>;
  /** What a person who checks this computer can find. */
  traces(): Promise<Traces>;
  /** All traffic through the test proxy (the browser's own and anything else). */
  network: NetworkLog;
  /** Requests made by the extension's own pages and background to anything but itself. */
  extensionRequests: string[];
  close(): Promise<void>;
}

/**
 * What the extension's own origin keeps besides storage.local/session (localStorage,
 * IndexedDB), as DevTools on one of its pages would show. Read from the popup.
 */
export async function extensionPageStorage(session: BrowserSession): Promise<{ localStorage: number; indexedDB: string[] }> {
  const page = await session.openPopup();
  try {
    return await page.evaluate(async () => ({
      localStorage: localStorage.length,
      indexedDB: (await indexedDB.databases()).map((d) => d.name ?? ''),
    }));
  } finally {
    await session.closePopup(page);
  }
}
