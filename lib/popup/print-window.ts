/**
 * What runs inside the print window itself (entrypoints/print-window.ts), not in the popup: the
 * real toolbar popup closes the moment the print window takes focus, and with it every timer,
 * listener and promise it had. So the window prints itself and closes itself after the dialog.
 */

/**
 * Firefox may still be handing the pages to the printer when print() returns, and it ignores
 * close() during 'afterprint': the window closes this long after, from its own timer.
 */
export const CLOSE_AFTER_PRINT_MS = 500;

/** The part of the print window's own `window` that is used (a fake one in unit tests). */
export type PrintWindow = Pick<Window, 'print' | 'close' | 'focus' | 'setTimeout' | 'addEventListener'>;

/** Prints, and closes the window after the dialog, on Print or Cancel. */
export function printThisWindow(win: PrintWindow): void {
  let closing = false;
  const closeSoon = () => {
    if (closing) return;
    closing = true;
    win.setTimeout(() => win.close(), CLOSE_AFTER_PRINT_MS);
  };
  win.addEventListener('afterprint', closeSoon);
  win.focus();
  // Both browsers return from print() once the dialog is closed.
  win.print();
  closeSoon();
}
