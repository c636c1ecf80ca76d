import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import type { Page } from 'puppeteer-core';
import { gotoExtensionPage, type FirefoxSession } from './firefox';

/**
 * Firefox's own window code (browser.xhtml), through WebDriver BiDi's `moz:scope: "chrome"`
 * (allowed by --remote-allow-system-access): what the browser shows around pages (the print
 * dialog, doorhangers, its windows). `expression` runs in every browser window; one JSON-able
 * result per window.
 */
export async function inBrowserWindows<T>(session: FirefoxSession, expression: string): Promise<T[]> {
  const connection = (session.browser as unknown as { connection: { send(method: string, params: object): Promise<{ result: any }> } }).connection; // eslint-disable-line @typescript-eslint/no-explicit-any
  const tree = await connection.send('browsingContext.getTree', { 'moz:scope': 'chrome', maxDepth: 0 });
  const windows = (tree.result.contexts as Array<{ context: string; url: string }>).filter((c) => c.url === 'chrome://browser/content/browser.xhtml');
  const results: T[] = [];
  for (const { context } of windows) {
    const answer = await connection
      .send('script.evaluate', { expression: `Promise.resolve(${expression}).then((r) => JSON.stringify(r))`, target: { context }, awaitPromise: true })
      .catch((error: unknown) => {
        if (/no such frame/i.test(String(error))) return null; // the window closed meanwhile
        throw error;
      });
    if (!answer) continue;
    if (answer.result.type !== 'success') throw new Error(`in the browser window: ${JSON.stringify(answer.result.exceptionDetails?.text ?? answer.result)}`);
    results.push(JSON.parse(answer.result.result.value));
  }
  return results;
}

/** The top-level X windows of a headful session's display: what a window manager would manage. */
export async function xWindows(session: FirefoxSession): Promise<Array<{ id: string; name: string; width: number; height: number }>> {
  const env = { ...process.env, DISPLAY: session.display!.name };
  const run = (...args: string[]) => promisify(execFile)('xdotool', args, { env }).then((r) => r.stdout.trim());
  const ids = (await run('search', '--onlyvisible', '--name', '.').catch(() => '')).split('\n').filter(Boolean);
  const found = [];
  for (const id of ids) {
    const geometry = await run('getwindowgeometry', id).catch(() => '');
    const size = /Geometry: (\d+)x(\d+)/.exec(geometry);
    if (size) found.push({ id, name: await run('getwindowname', id).catch(() => ''), width: Number(size[1]), height: Number(size[2]) });
  }
  return found;
}

/**
 * Gives an X window the keyboard focus, as a window manager does for a new window or when she
 * clicks one. The private Xvfb display has no window manager: without this, focus stays where
 * the pointer is, and Firefox's popup never loses focus to a new window.
 */
export async function focusXWindow(session: FirefoxSession, id: string): Promise<void> {
  await promisify(execFile)('xdotool', ['windowfocus', '--sync', id], { env: { ...process.env, DISPLAY: session.display!.name } });
}

/** Types text with real key presses on the session's display (xdotool). */
export async function typeOnDisplay(session: FirefoxSession, text: string): Promise<void> {
  await promisify(execFile)('xdotool', ['type', '--delay', '40', text], { env: { ...process.env, DISPLAY: session.display!.name } });
}

/**
 * Firefox's real toolbar popup (the extension panel), in a headful session launched with
 * `realPopup: true`. Opened with `browserAction.openPopup()` from an extension tab (the test's
 * console); read and driven from that tab through `extension.getViews({ type: 'popup' })` (extension
 * pages of one add-on share a process); keys are real (xdotool). It closes, as for a person, the
 * moment another window takes focus.
 */
export interface RealPopup {
  /** Runs statements in the popup with `w` its window and `d` its document; rejects once it has closed. */
  run<T>(body: string): Promise<T>;
  isOpen(): Promise<boolean>;
  /** Waits until `condition` (an expression over `w` and `d`) holds in the popup. */
  waitFor(condition: string, timeout?: number): Promise<void>;
  /** Moves the keyboard focus to the element, as Tab would; real keys then go to it. */
  focus(selector: string, text?: string): Promise<void>;
  /** The extension tab the popup is driven from (the test's own; its URL ends in ?test-console). */
  console: Page;
}

const consoles = new WeakMap<FirefoxSession, Page>();

export async function openRealPopup(session: FirefoxSession): Promise<RealPopup> {
  let console = consoles.get(session);
  if (!console || console.isClosed()) {
    console = await session.browser.newPage();
    await gotoExtensionPage(console, `${session.origin}/popup.html?test-console`);
    consoles.set(session, console);
  }
  const page = console;
  // The browser window has the focus, as when she clicks its toolbar icon.
  const main = (await xWindows(session)).find((w) => w.name.endsWith('Mozilla Firefox') && w.width > 800);
  if (main) await focusXWindow(session, main.id);
  await page.evaluate('browser.browserAction.openPopup()');
  const run = <T>(body: string) =>
    page.evaluate(`(async () => { const w = browser.extension.getViews({ type: 'popup' })[0]; if (!w) throw new Error('the popup is closed'); const d = w.document; ${body} })()`) as Promise<T>;
  const isOpen = () => page.evaluate("browser.extension.getViews({ type: 'popup' }).length > 0") as Promise<boolean>;
  const waitFor = async (condition: string, timeout = 15_000) => {
    const deadline = Date.now() + timeout;
    while (!(await run<boolean>(`return !!(${condition});`).catch(() => false))) {
      if (Date.now() > deadline) throw new Error(`the popup never showed ${condition}`);
      await new Promise((r) => setTimeout(r, 50));
    }
  };
  await waitFor("d.querySelector('#app > .popup, #app > .popup--cover:not(.boot-shell)')");
  // A click on the toolbar icon puts the keyboard focus in the panel; openPopup() from a page does not.
  await inBrowserWindows(session, "(() => { const b = document.querySelector('.webextension-popup-browser'); b?.focus(); return !!b; })()");
  return {
    run,
    isOpen,
    waitFor,
    console: page,
    async focus(selector, text) {
      const find = `[...d.querySelectorAll(${JSON.stringify(selector)})].find((e) => ${JSON.stringify(text ?? null)} === null || e.textContent.trim() === ${JSON.stringify(text ?? null)})`;
      await waitFor(`(${find})?.checkVisibility()`);
      await run(`const e = ${find}; e.scrollIntoView({ block: 'center' }); e.focus();`);
      await waitFor(`d.activeElement === ${find} && d.hasFocus()`, 5_000);
    },
  };
}

/** A PNG of the whole X display, browser windows, panels and dialogs included (xwd and netpbm). */
export async function screenshotDisplay(session: FirefoxSession, file: string): Promise<void> {
  await promisify(execFile)('sh', ['-c', 'xwd -root -silent | xwdtopnm 2>/dev/null | pnmtopng > "$0"', file], { env: { ...process.env, DISPLAY: session.display!.name } });
}
