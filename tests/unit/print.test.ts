import { describe, expect, it, vi } from 'vitest';
import { CLOSE_AFTER_PRINT_MS, printInOwnWindow } from '../../lib/popup/print';

/** A stand-in for the window that window.open returns: a real (happy-dom) document, print and close spied on. */
function fakeWindow() {
  const doc = document.implementation.createHTMLDocument('');
  const listeners: Record<string, () => void> = {};
  return {
    document: doc,
    print: vi.fn(),
    close: vi.fn(),
    focus: vi.fn(),
    addEventListener: (type: string, listener: () => void) => (listeners[type] = listener),
    fire: (type: string) => listeners[type]?.(),
  };
}

describe('printing from a window of its own', () => {
  it('opens about:blank, puts the page in it without document.write, prints, and closes the window after the dialog', () => {
    vi.useFakeTimers();
    const win = fakeWindow();
    const open = vi.fn(() => win as unknown as Window);
    const write = vi.spyOn(win.document, 'write');
    expect(printInOwnWindow({ open }, { html: '<h2>Mijn plan</h2><p>&lt;img&gt; tekst</p>', lang: 'ar', dir: 'rtl' })).toBe(true);
    expect(open).toHaveBeenCalledWith('', '_blank', expect.stringContaining('popup'));
    expect(write).not.toHaveBeenCalled();
    expect(win.document.title).toBe('');
    expect(win.document.documentElement.dir).toBe('rtl');
    expect(win.document.body.querySelector('h2')?.textContent).toBe('Mijn plan');
    expect(win.document.body.querySelector('img')).toBeNull();
    expect(win.print).toHaveBeenCalledTimes(1);
    // print() waits for the dialog; then the window with the plan goes shortly after.
    expect(win.close).not.toHaveBeenCalled();
    vi.advanceTimersByTime(CLOSE_AFTER_PRINT_MS);
    expect(win.close).toHaveBeenCalled();
    vi.useRealTimers();
  });

  it('says so when the browser opened no window', () => {
    expect(printInOwnWindow({ open: () => null }, { html: '', lang: 'nl', dir: 'ltr' })).toBe(false);
  });
});
