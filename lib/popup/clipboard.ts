import { copiedText } from '../storage-items';

/**
 * A phone number she copied must not stay on the clipboard after a quick exit. Only a page with
 * focus may write the clipboard: the popup's Snel weg button empties it, from any popup, because
 * the copy is remembered in memory-only session storage (`copiedText`). The shortcut's quick exit
 * runs in the background: Firefox's background page empties it there (lib/quick-exit/clipboard.ts);
 * Chromium's worker cannot without a permission that warns, so the mark stays and the next opening
 * of the popup empties the clipboard. Windows' clipboard history (Win+V) keeps its own copy either
 * way: the copy message says so.
 */
export interface CopyMark {
  getValue(): Promise<boolean>;
  setValue(value: boolean): Promise<void>;
  removeValue(): Promise<void>;
}

/** Copies with the page's clipboard API; false when the browser refuses (no focus, no gesture). */
export async function copyToClipboard(text: string, clipboard: Pick<Clipboard, 'writeText'> | undefined): Promise<boolean> {
  try {
    if (!clipboard) return false;
    await clipboard.writeText(text);
    return true;
  } catch {
    return false;
  }
}

/** Copies and remembers that something is on the clipboard. */
export async function copyAndRemember(text: string, clipboard: Pick<Clipboard, 'writeText'> | undefined, mark: CopyMark = copiedText): Promise<boolean> {
  const copied = await copyToClipboard(text, clipboard);
  if (copied) await mark.setValue(true).catch(() => undefined);
  return copied;
}

/** Empties the clipboard when a copy is remembered; the mark goes only once that worked. Resolves to whether anything is still to empty. */
export async function emptyCopiedClipboard(clipboard: Pick<Clipboard, 'writeText'> | undefined, mark: CopyMark = copiedText): Promise<boolean> {
  if (!(await mark.getValue().catch(() => false))) return false;
  if (!(await copyToClipboard('', clipboard))) return true;
  await mark.removeValue().catch(() => undefined);
  return false;
}
