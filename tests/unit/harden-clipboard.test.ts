import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { createI18n } from '../../lib/i18n/setup';
import { createPopupActions } from '../../lib/popup/actions';
import { emptyCopiedClipboard } from '../../lib/popup/clipboard';
import { resetStorage } from '../../lib/quick-exit/choices';
import type { QuickExitBrowser } from '../../lib/quick-exit/browser-api';
import { copiedText, STORAGE_ITEMS } from '../../lib/storage-items';

const clipboardOf = () => {
  const writes: string[] = [];
  return { writes, clipboard: { writeText: vi.fn(async (text: string) => void writes.push(text)) } as unknown as Clipboard };
};

describe('a copied number leaves the clipboard on any Snel weg (issue 26)', () => {
  beforeEach(() => {
    fakeBrowser.reset();
    vi.spyOn(window, 'close').mockImplementation(() => undefined);
  });

  it('is remembered in memory-only session storage under a neutral name', async () => {
    const { clipboard } = clipboardOf();
    await createPopupActions(await createI18n('nl'), clipboard).copyText('0800-2000');
    expect(await fakeBrowser.storage.session.get(null)).toEqual({ copied: true });
    expect(await fakeBrowser.storage.local.get(null)).toEqual({});
    expect(STORAGE_ITEMS.find((i) => i.key === copiedText.key)).toMatchObject({ keep: true });
  });

  it("another popup's Snel weg button empties it (the popup that copied was closed)", async () => {
    const first = clipboardOf();
    await createPopupActions(await createI18n('nl'), first.clipboard).copyText('0800-2000');
    const later = clipboardOf();
    await createPopupActions(await createI18n('nl'), later.clipboard).quickExit();
    expect(later.writes).toEqual(['']);
    expect(await copiedText.getValue()).toBe(false);
  });

  it("after the shortcut's quick exit (the background, no clipboard) the mark stays and the next opening empties the clipboard", async () => {
    const { clipboard } = clipboardOf();
    await createPopupActions(await createI18n('nl'), clipboard).copyText('0800-2000');
    await resetStorage(fakeBrowser as unknown as QuickExitBrowser);
    expect(await copiedText.getValue()).toBe(true);
    const opening = clipboardOf();
    expect(await emptyCopiedClipboard(opening.clipboard)).toBe(false);
    expect(opening.writes).toEqual(['']);
    expect(await copiedText.getValue()).toBe(false);
    // nothing copied: the clipboard is left alone
    const next = clipboardOf();
    await emptyCopiedClipboard(next.clipboard);
    expect(next.writes).toEqual([]);
  });

  it('when the browser refuses the write (no focus), the mark stays for the next try', async () => {
    await copiedText.setValue(true);
    expect(await emptyCopiedClipboard({ writeText: async () => Promise.reject(new Error('not focused')) } as unknown as Clipboard)).toBe(true);
    expect(await copiedText.getValue()).toBe(true);
  });
});
