import { QUICK_EXIT_COMMAND } from './messages';

/**
 * The quick-exit key. Two commands do the same thing: a browser never assigns a suggested key
 * that it uses itself or that another extension took first, and says nothing; with a second
 * key suggested, one of them is usually still free. See docs/quick-exit.md for why these keys.
 */
export const QUICK_EXIT_SPARE_COMMAND = `${QUICK_EXIT_COMMAND}-2`;
export const QUICK_EXIT_COMMANDS = [QUICK_EXIT_COMMAND, QUICK_EXIT_SPARE_COMMAND] as const;

export type BrowserKind = 'chromium' | 'firefox';

/** The suggested keys, per browser build and command, in the manifest's `suggested_key` shape. */
export function quickExitKeys(browser: string): Record<(typeof QUICK_EXIT_COMMANDS)[number], { default: string; mac: string }> {
  return {
    [QUICK_EXIT_COMMAND]: { default: 'Ctrl+Shift+1', mac: 'Command+Shift+1' },
    [QUICK_EXIT_SPARE_COMMAND]:
      browser === 'firefox' ? { default: 'Alt+Shift+X', mac: 'Alt+Shift+X' } : { default: 'Ctrl+Shift+H', mac: 'Command+Shift+K' },
  };
}

export function isQuickExitCommand(name: string): boolean {
  return (QUICK_EXIT_COMMANDS as readonly string[]).includes(name);
}

interface Command {
  name?: string;
  shortcut?: string;
}
export interface CommandsApi {
  getAll(): Promise<Command[]>;
  /** Firefox only: an extension may set its own key. */
  update?(detail: { name: string; shortcut: string }): Promise<void>;
}

/** The key that triggers a quick exit now ('' when none is set): the first command that has one. */
export async function currentQuickExitKey(commands: CommandsApi): Promise<string> {
  const all = await commands.getAll().catch((): Command[] => []);
  for (const name of QUICK_EXIT_COMMANDS) {
    const key = all.find((c) => c.name === name)?.shortcut;
    if (key) return key;
  }
  return '';
}

/** The key she is told to press on the browser's shortcuts page when none is set. */
export function keyToChoose(isMac: boolean): string {
  return isMac ? 'Command+Shift+1' : 'Ctrl+Shift+1';
}

/** Chromium's page where a person sets extension keys (Edge shows its own under the same address). */
export const CHROMIUM_SHORTCUTS_PAGE = 'chrome://extensions/shortcuts';

export type FixResult = { status: 'set'; key: string } | { status: 'opened-shortcuts-page' } | { status: 'failed' };

/**
 * One step to a working key. Firefox: the extension sets it itself, trying each suggested key
 * until one is accepted. Chromium cannot: its shortcuts page opens, where she sets the key.
 */
export async function fixQuickExitKey(
  api: { commands: CommandsApi; tabs: { create(info: { url: string; active: boolean }): Promise<unknown> } },
  browser: BrowserKind,
  isMac: boolean,
): Promise<FixResult> {
  if (browser === 'firefox' && api.commands.update) {
    const keys = quickExitKeys('firefox');
    for (const key of QUICK_EXIT_COMMANDS.map((name) => (isMac ? keys[name].mac : keys[name].default))) {
      try {
        await api.commands.update({ name: QUICK_EXIT_COMMAND, shortcut: key });
        const now = await currentQuickExitKey(api.commands);
        if (now) return { status: 'set', key: now };
      } catch {
        // Not accepted here: try the next one.
      }
    }
    return { status: 'failed' };
  }
  try {
    await api.tabs.create({ url: CHROMIUM_SHORTCUTS_PAGE, active: true });
    return { status: 'opened-shortcuts-page' };
  } catch {
    return { status: 'failed' };
  }
}
