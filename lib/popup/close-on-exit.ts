import { cleaningPending } from '../storage-items';

/** The part of `browser.extension` that tells the toolbar popup from the same page in a tab. */
export interface PopupViews {
  getViews(filter: { type: 'popup' }): Window[];
}

interface Mark {
  watch(callback: (value: number | null) => void): () => void;
}

/**
 * The quick-exit key while the toolbar popup is open: Chromium closes its popup when the safe
 * page comes to the front, Firefox leaves it open, still showing what she had open (an
 * unlocked plan). So the popup closes itself when a quick exit marks its cleaning, right after
 * hiding. The same page opened in a tab is left alone.
 */
export function closePopupOnQuickExit(self: Pick<Window, 'close'>, views: PopupViews | undefined, mark: Mark = cleaningPending): () => void {
  return mark.watch((value) => {
    if (value && views?.getViews({ type: 'popup' }).includes(self as Window)) self.close();
  });
}
