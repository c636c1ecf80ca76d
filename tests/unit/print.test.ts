import { describe, expect, it, vi } from 'vitest';
import { printInOwnWindow, printPlanView } from '../../lib/popup/print';
import { CLOSE_AFTER_PRINT_MS, printThisWindow } from '../../lib/popup/print-window';
import { closeOwnWindowsOnLeaving, createOwnWindowWatch, isOwnWindowMessage, OWN_WINDOW_EARLY_MS, OWN_WINDOW_MESSAGE, OWN_WINDOW_WAIT_MS } from '../../lib/background/own-window';

const SCRIPT = 'chrome-extension://id/print-window.js';

/** A stand-in for the window that window.open returns: a real (happy-dom) document, print and close spied on. */
function fakeWindow() {
  const doc = document.implementation.createHTMLDocument('');
  const listeners: Record<string, () => void> = {};
  return {
    document: doc,
    print: vi.fn(),
    close: vi.fn(),
    focus: vi.fn(),
    setTimeout: (f: () => void, ms: number) => setTimeout(f, ms),
    addEventListener: (type: string, listener: () => void) => (listeners[type] = listener),
    fire: (type: string) => listeners[type]?.(),
  };
}

describe('the popup fills a window of its own', () => {
  it('opens about:blank, puts the page in it without document.write, and loads the window\'s own script; the popup itself neither prints nor closes it', () => {
    const win = fakeWindow();
    const open = vi.fn(() => win as unknown as Window);
    const write = vi.spyOn(win.document, 'write');
    expect(printInOwnWindow({ open }, { html: '<h2>Mijn plan</h2><p>&lt;img&gt; tekst</p>', lang: 'ar', dir: 'rtl' }, SCRIPT)).toBe(true);
    expect(open).toHaveBeenCalledWith('', '_blank', expect.stringContaining('popup'));
    expect(write).not.toHaveBeenCalled();
    expect(win.document.title).toBe('');
    expect(win.document.documentElement.dir).toBe('rtl');
    expect(win.document.body.querySelector('h2')?.textContent).toBe('Mijn plan');
    expect(win.document.body.querySelector('img')).toBeNull();
    expect(win.document.body.querySelector('script')?.getAttribute('src')).toBe(SCRIPT);
    // Nothing the popup would have to do later: it closes as soon as the window takes focus.
    expect(win.print).not.toHaveBeenCalled();
    expect(win.close).not.toHaveBeenCalled();
  });

  it('says so when the browser opened no window', () => {
    expect(printInOwnWindow({ open: () => null }, { html: '', lang: 'nl', dir: 'ltr' }, SCRIPT)).toBe(false);
  });

  it('tells the background as it opens the window, within the click (Firefox blocks a window opened later)', () => {
    document.body.innerHTML = '<div class="plan-print"><h2>Mijn plan</h2></div>';
    const order: string[] = [];
    const win = fakeWindow();
    const tell = vi.fn(async () => void order.push('told'));
    const open = vi.fn(() => (order.push('opened'), win as unknown as Window));
    expect(printPlanView(document, { open }, SCRIPT, tell)).toBe(true);
    expect(order).toEqual(['told', 'opened']);
    expect(win.document.body.textContent).toContain('Mijn plan');
  });

  it('prints also when the background does not answer', () => {
    document.body.innerHTML = '<div class="plan-print"><h2>Mijn plan</h2></div>';
    const open = vi.fn(() => fakeWindow() as unknown as Window);
    expect(printPlanView(document, { open }, SCRIPT, () => Promise.reject(new Error('no background')))).toBe(true);
    expect(open).toHaveBeenCalled();
  });
});

describe('the print window prints and closes itself', () => {
  it('prints, then closes from its own timer after the dialog (Cancel or Print)', () => {
    vi.useFakeTimers();
    const win = fakeWindow();
    printThisWindow(win as unknown as Window);
    expect(win.print).toHaveBeenCalledTimes(1);
    expect(win.close).not.toHaveBeenCalled();
    // Firefox ignores close() during 'afterprint': never at once.
    win.fire('afterprint');
    expect(win.close).not.toHaveBeenCalled();
    vi.advanceTimersByTime(CLOSE_AFTER_PRINT_MS);
    expect(win.close).toHaveBeenCalledTimes(1);
    vi.useRealTimers();
  });
});

describe('the background knows the print window', () => {
  it('the message has a neutral name', () => {
    expect(isOwnWindowMessage(OWN_WINDOW_MESSAGE)).toBe(true);
    expect(isOwnWindowMessage({ type: 'clear' })).toBe(false);
    expect(isOwnWindowMessage(null)).toBe(false);
  });

  it('takes the first ordinary window created after the popup said one is coming, and only that one', () => {
    let now = 1000;
    const track = vi.fn(async () => undefined);
    const watch = createOwnWindowWatch(track, () => now);
    watch.onWindowCreated({ id: 1, incognito: false }); // nothing expected
    now += OWN_WINDOW_EARLY_MS + 1;
    watch.expect();
    watch.onWindowCreated({ id: 2, incognito: true }); // a private window is never ours
    watch.onWindowCreated({ id: 3, incognito: false });
    watch.onWindowCreated({ id: 4, incognito: false }); // the next one is not
    expect(track.mock.calls).toEqual([[3]]);
    now += OWN_WINDOW_EARLY_MS + 1;
    watch.expect();
    now += OWN_WINDOW_WAIT_MS + 1;
    watch.onWindowCreated({ id: 5, incognito: false }); // too late
    expect(track.mock.calls).toEqual([[3]]);
  });

  it('takes a window created just before the message arrived (the two may arrive in either order)', () => {
    let now = 1000;
    const track = vi.fn(async () => undefined);
    const watch = createOwnWindowWatch(track, () => now);
    watch.onWindowCreated({ id: 7, incognito: false });
    now += 200;
    watch.expect();
    watch.onWindowCreated({ id: 8, incognito: false }); // not this one as well
    expect(track.mock.calls).toEqual([[7]]);
  });
});

describe('the print window goes when she turns to another browser window', () => {
  const api = (windows: Record<number, { incognito: boolean; type: string }>) => ({
    windows: {
      get: vi.fn(async (id: number) => (windows[id] ? { id, ...windows[id] } : Promise.reject(new Error('gone')))),
      remove: vi.fn(async () => undefined),
    },
  });

  it('closes a tracked ordinary pop-up window when another window takes focus; never a private help window', async () => {
    const browser = api({ 1: { incognito: false, type: 'popup' }, 2: { incognito: true, type: 'normal' }, 3: { incognito: true, type: 'popup' } });
    await closeOwnWindowsOnLeaving(browser, [1, 2, 3], 9);
    expect(browser.windows.remove.mock.calls).toEqual([[1]]);
  });

  it('keeps it while it has the focus, and when focus leaves the browser (a system print dialog)', async () => {
    const browser = api({ 1: { incognito: false, type: 'popup' } });
    await closeOwnWindowsOnLeaving(browser, [1], 1);
    await closeOwnWindowsOnLeaving(browser, [1], -1);
    expect(browser.windows.remove).not.toHaveBeenCalled();
  });
});
