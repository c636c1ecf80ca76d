import type { CopyMark } from '../popup/clipboard';
import { copiedText } from '../storage-items';

/**
 * A number she copied leaves the clipboard after a quick exit by *key* too, where the browser
 * lets the background write it without a permission that warns (measured 2026-12-07, headful on
 * Xvfb; docs/quick-exit.md, "Clipboard"):
 * - Firefox (MV2 background page): the quick-exit key gives the background page a user
 *   activation for about 5 s (Firefox's transient activation: a write 4 s after the key worked,
 *   6 s after did not). In that time `execCommand('copy')` with a copy handler that puts '' on
 *   the clipboard empties it; without the key it is refused. No `clipboardWrite` needed.
 * - Chromium (MV3 service worker): no document here. An offscreen document (reason CLIPBOARD)
 *   could write only with `clipboardWrite`, whose install warning ("Modify data you copy and
 *   paste") would give the disguise away; with `offscreen` alone the write is refused, also from
 *   the key. So the mark stays and the next opening of the popup empties the clipboard.
 * Runs after hiding: the screen never waits for it. The mark goes only once the write worked.
 */
export type BackgroundPage = Pick<Document, 'addEventListener' | 'removeEventListener' | 'execCommand'>;

/** Resolves to true when the clipboard was emptied here, false when nothing was copied or the browser refused. */
export async function emptyClipboardAfterExit(page: BackgroundPage | undefined, mark: CopyMark = copiedText): Promise<boolean> {
  if (!page) return false;
  if (!(await mark.getValue().catch(() => false))) return false;
  if (!writeEmptyText(page)) return false;
  await mark.removeValue().catch(() => undefined);
  return true;
}

/** Puts empty text on the clipboard through a copy event: true only when the browser let it happen. */
function writeEmptyText(page: BackgroundPage): boolean {
  let written = false;
  const onCopy = (event: Event) => {
    const data = (event as ClipboardEvent).clipboardData;
    if (!data) return;
    data.setData('text/plain', '');
    event.preventDefault();
    written = true;
  };
  page.addEventListener('copy', onCopy);
  try {
    return page.execCommand('copy') && written;
  } catch {
    return false;
  } finally {
    page.removeEventListener('copy', onCopy);
  }
}

/** The background's own document: Firefox's background page has one, Chromium's service worker none. */
export function backgroundPage(): BackgroundPage | undefined {
  return typeof document === 'undefined' ? undefined : document;
}
