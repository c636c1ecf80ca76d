/**
 * Printing the safety plan for real. In Chromium's toolbar popup `window.print()` shows nothing
 * (the popup is not a tab, so there is no print preview), so the plan is printed from a small
 * window of its own, opened on about:blank: browsers keep no history entry for about:blank,
 * nothing is saved unless she saves a PDF, and the page header and footer show "about:blank",
 * never the extension's address. The popup only fills the window: printing, closing it after the
 * dialog and telling the background about it are done by a script loaded into the window itself
 * (lib/popup/print-window.ts), because the real popup closes as soon as the window takes focus.
 * Before it opens the window, the popup tells the background, which then knows the new window as
 * a help window: a quick exit (key or button) closes it while the print dialog is open.
 */
import { browser } from 'wxt/browser';
import { OWN_WINDOW_MESSAGE } from '../background/own-window';

const PRINT_STYLE = `
  body { font: 12pt/1.45 system-ui, sans-serif; color: #000; margin: 0; }
  h2 { font-size: 16pt; margin: 0 0 8pt; }
  h3 { font-size: 13pt; margin: 14pt 0 4pt; }
  p { margin: 2pt 0 6pt; }
  .plan-print__text { white-space: pre-wrap; overflow-wrap: anywhere; }
`;

/** The print window's own script (entrypoints/print-window.ts), as built. */
export const PRINT_WINDOW_SCRIPT = '/print-window.js';

export interface PrintablePage {
  html: string;
  lang: string;
  dir: string;
}

/**
 * Prints `page` from a fresh about:blank window; false when the browser opened no window.
 * The page is built with DOM calls, not document.write: document.open() would give the window
 * the popup's own address, which the page footer and the tab list would then show.
 */
export function printInOwnWindow(opener: Pick<Window, 'open'>, page: PrintablePage, scriptUrl: string): boolean {
  const win = opener.open('', '_blank', 'popup,width=720,height=820');
  if (!win) return false;
  const doc = win.document;
  doc.documentElement.lang = page.lang;
  doc.documentElement.dir = page.dir;
  const charset = doc.createElement('meta');
  charset.setAttribute('charset', 'utf-8');
  const style = doc.createElement('style');
  style.textContent = PRINT_STYLE;
  doc.head.append(charset, style);
  // Parsed inert and moved in as nodes: Mozilla's add-ons linter rejects assigning innerHTML.
  const parsed = new DOMParser().parseFromString(page.html, 'text/html');
  doc.body.append(...[...parsed.body.childNodes].map((node) => doc.importNode(node, true)));
  // The window's own script prints it and closes it; nothing here runs once the popup has closed.
  const script = doc.createElement('script');
  script.src = scriptUrl;
  doc.body.append(script);
  return true;
}

const tellBackground = () => browser.runtime.sendMessage(OWN_WINDOW_MESSAGE);

/**
 * The plan's print view (components/plan/PrintView) as it is rendered in the popup now. The
 * background is told first, and the window opened at once, still within the click: Firefox blocks
 * a window opened after waiting for an answer. (The message leaves before the window is opened,
 * even though the popup closes right after; the background also takes a window created just before
 * the message arrives: lib/background/own-window.ts.)
 */
export function printPlanView(
  doc: Document = document,
  opener: Pick<Window, 'open'> = window,
  scriptUrl = browser.runtime.getURL(PRINT_WINDOW_SCRIPT as '/print-window.js'),
  tell: () => Promise<unknown> = tellBackground,
): boolean {
  const view = doc.querySelector('.plan-print');
  if (!view) return false;
  void tell().catch(() => undefined);
  return printInOwnWindow(opener, { html: view.innerHTML, lang: doc.documentElement.lang, dir: doc.documentElement.dir }, scriptUrl);
}
