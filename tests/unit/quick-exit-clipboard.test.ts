import { beforeEach, describe, expect, it, vi } from 'vitest';
import { backgroundPage, emptyClipboardAfterExit, type BackgroundPage } from '../../lib/quick-exit/clipboard';
import { quickExit } from '../../lib/quick-exit/sequence';
import { track } from '../../lib/quick-exit/tracking';
import { copiedText } from '../../lib/storage-items';
import { fakeApi, resetQuickExitWorld } from './quick-exit-fake';

/**
 * A background page as the browser gives it: `execCommand('copy')` fires a copy event whose
 * data becomes the clipboard, but only while the browser allows it (Firefox: for a few seconds
 * after the quick-exit key; never without it).
 */
function fakePage(clipboard: { text: string | null }, allowed: () => boolean) {
  const listeners = new Set<(event: Event) => void>();
  const page: BackgroundPage = {
    addEventListener: ((type: string, listener: (event: Event) => void) => void (type === 'copy' && listeners.add(listener))) as BackgroundPage['addEventListener'],
    removeEventListener: ((type: string, listener: (event: Event) => void) => void (type === 'copy' && listeners.delete(listener))) as BackgroundPage['removeEventListener'],
    execCommand: vi.fn((command: string) => {
      if (command !== 'copy' || !allowed()) return false;
      let data = '';
      const event = Object.assign(new Event('copy', { cancelable: true }), { clipboardData: { setData: (_type: string, text: string) => void (data = text) } });
      for (const listener of listeners) listener(event);
      if (event.defaultPrevented) clipboard.text = data;
      return true;
    }),
  };
  return { page, listeners };
}

beforeEach(resetQuickExitWorld);

describe('the quick exit empties the clipboard from the background (issue 26)', () => {
  it('puts empty text on the clipboard when a number was copied, and forgets the mark', async () => {
    const clipboard = { text: '0800-2000' as string | null };
    const { page, listeners } = fakePage(clipboard, () => true);
    await copiedText.setValue(true);
    expect(await emptyClipboardAfterExit(page)).toBe(true);
    expect(clipboard.text).toBe('');
    expect(await copiedText.getValue()).toBe(false);
    expect(listeners.size).toBe(0);
  });

  it('leaves the clipboard alone when nothing was copied', async () => {
    const clipboard = { text: 'her own text' as string | null };
    const { page } = fakePage(clipboard, () => true);
    expect(await emptyClipboardAfterExit(page)).toBe(false);
    expect(page.execCommand).not.toHaveBeenCalled();
    expect(clipboard.text).toBe('her own text');
  });

  it('keeps the mark when the browser refuses the write, so the next opening of the popup empties it', async () => {
    const clipboard = { text: '0800-2000' as string | null };
    const { page } = fakePage(clipboard, () => false);
    await copiedText.setValue(true);
    expect(await emptyClipboardAfterExit(page)).toBe(false);
    expect(clipboard.text).toBe('0800-2000');
    expect(await copiedText.getValue()).toBe(true);
  });

  it('keeps the mark where the background has no page (Chromium’s service worker)', async () => {
    await copiedText.setValue(true);
    expect(await emptyClipboardAfterExit(undefined)).toBe(false);
    expect(await copiedText.getValue()).toBe(true);
  });

  it('the background page is the document where there is one', () => {
    expect(backgroundPage()).toBe(document);
  });

  it('a quick exit empties it only after hiding (the safe page in front, help closed)', async () => {
    const { api, calls } = fakeApi();
    const clipboard = { text: '0800-2000' as string | null };
    const { page } = fakePage(clipboard, () => true);
    // happy-dom has no execCommand: the test's page stands in for the background page's own.
    Object.defineProperty(document, 'execCommand', {
      configurable: true,
      value: (command: string) => {
        calls.push('clipboard emptied');
        return page.execCommand(command);
      },
    });
    vi.spyOn(document, 'addEventListener').mockImplementation(page.addEventListener);
    vi.spyOn(document, 'removeEventListener').mockImplementation(page.removeEventListener);
    try {
      await copiedText.setValue(true);
      await track({ window: 7, tab: 8, host: 'help.example' });
      await quickExit(api);
      await vi.waitFor(async () => expect(await copiedText.getValue()).toBe(false));
    } finally {
      delete (document as { execCommand?: unknown }).execCommand;
    }
    expect(clipboard.text).toBe('');
    const emptied = calls.indexOf('clipboard emptied');
    expect(emptied).toBeGreaterThan(calls.indexOf('tabs.create new tab in 1'));
    expect(emptied).toBeGreaterThan(calls.indexOf('windows.remove 7'));
    expect(emptied).toBeGreaterThan(calls.indexOf('tabs.remove 8'));
  });
});
