/**
 * Printing the safety plan for real. In Chromium's toolbar popup `window.print()` shows nothing
 * (the popup is not a tab, so there is no print preview), so the plan is printed from a small
 * window of its own, opened on about:blank: browsers keep no history entry for about:blank,
 * nothing is saved unless she saves a PDF, and the page header and footer show "about:blank",
 * never the extension's address. The window closes as soon as the print dialog closes.
 */
const PRINT_STYLE = `
  body { font: 12pt/1.45 system-ui, sans-serif; color: #000; margin: 0; }
  h2 { font-size: 16pt; margin: 0 0 8pt; }
  h3 { font-size: 13pt; margin: 14pt 0 4pt; }
  p { margin: 2pt 0 6pt; }
  .plan-print__text { white-space: pre-wrap; overflow-wrap: anywhere; }
`;

/** Long enough for Firefox to hand the pages to the printer, short enough that the plan does not linger. */
export const CLOSE_AFTER_PRINT_MS = 1000;

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
export function printInOwnWindow(opener: Pick<Window, 'open'>, page: PrintablePage): boolean {
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
  // print() returns once the print dialog is closed (Chromium and Firefox wait for it), but
  // Firefox may still be sending the pages to the printer, and it ignores close() during
  // 'afterprint': close the window with the plan shortly after, whichever comes first.
  const closeSoon = () => setTimeout(() => win.close(), CLOSE_AFTER_PRINT_MS);
  win.addEventListener('afterprint', closeSoon);
  win.focus();
  win.print();
  closeSoon();
  return true;
}

/** The plan's print view (components/plan/PrintView) as it is rendered in the popup now. */
export function printPlanView(doc: Document = document, opener: Pick<Window, 'open'> = window): boolean {
  const view = doc.querySelector('.plan-print');
  if (!view) return false;
  return printInOwnWindow(opener, { html: view.innerHTML, lang: doc.documentElement.lang, dir: doc.documentElement.dir });
}
