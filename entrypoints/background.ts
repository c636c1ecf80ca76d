import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { NO_TERMINAL_POLICY } from '../lib/calculator/no-policy';
import { FLAVOUR } from '../lib/flavour';
import { keepTerminalPolicy } from '../lib/policy/terminal';
import type { QuickExitBrowser } from '../lib/quick-exit/browser-api';
import { isBackgroundRequest, QUICK_EXIT_COMMAND } from '../lib/quick-exit/messages';
import { openHelpSite } from '../lib/quick-exit/open-site';
import { createPendingSiteOpener, rememberPendingSite } from '../lib/quick-exit/pending-site';
import { clean, quickExit, resumeQuickExit } from '../lib/quick-exit/sequence';
import { watchHelpTabs, type HelpTabEvents } from '../lib/quick-exit/watch-help-tabs';
import { trackedHelp } from '../lib/storage-items';
import { migrateStorageKeys } from '../lib/storage-migration';
import { isHandoff, PLAN_VAULT_LOCAL_KEY, storeHandoff } from '../lib/vault/handoff';

export default defineBackground(() => {
  const api = browser as unknown as QuickExitBrowser;
  // No service ids: the background uses only the terminal settings, and importing the
  // directory for its ids would put every help text in this bundle (the popup checks them).
  const terminal =
    FLAVOUR === 'disguised'
      ? NO_TERMINAL_POLICY
      : keepTerminalPolicy(browser, new Set(), async (reason) => {
          // A new visitor: the last one's traces go, but nothing needs hiding.
          if (reason === 'browser-start') await clean(api, await trackedHelp.getValue());
          else await exit();
        });
  // (The disguised build has no policy; its bundle then names no safe page either.)
  const exit = () => quickExit(api, FLAVOUR === 'disguised' ? null : terminal.current().safePage);
  const openPendingSite = createPendingSiteOpener(api);
  // Exposed for the end-to-end tests and the benchmark: the same function the shortcut calls.
  // Not in the disguised build, where DevTools would show its name.
  if (FLAVOUR === 'open') (globalThis as unknown as { stilleHulpQuickExit: typeof exit }).stilleHulpQuickExit = exit;

  // Earlier versions' storage keys first, so a resumed quick exit keeps the moved code.
  void migrateStorageKeys(browser.storage.local)
    .catch(() => undefined)
    .then(() => resumeQuickExit(api));

  browser.commands.onCommand.addListener((command) => {
    if (command === QUICK_EXIT_COMMAND) void exit();
  });

  browser.runtime.onMessage.addListener((message: unknown, sender) => {
    if (sender.id !== browser.runtime.id) return undefined;
    // Safety plan: the popup's last unsaved change, handed over as the popup closed.
    if (isHandoff(message)) {
      // Ephemeral mode keeps the plan in memory-only session storage (same key, other area).
      const area = terminal.current().ephemeral ? browser.storage.session : browser.storage.local;
      return storeHandoff(message, (envelope) => area.set({ [PLAN_VAULT_LOCAL_KEY]: envelope }));
    }
    if (!isBackgroundRequest(message)) return undefined;
    if (message.type === 'clear') return exit().then(() => undefined);
    if (message.type === 'open-page-when-permitted') return rememberPendingSite(message.site).then(openPendingSite).then(() => undefined);
    return openHelpSite(api, message.site, message.mode);
  });

  watchHelpTabs(browser as unknown as HelpTabEvents, api, () => void openPendingSite());

  // A browser start, or the extension (re)loaded: on a public terminal both begin a new visit.
  // (An extension loaded from the command line gets onInstalled instead of onStartup.)
  browser.runtime.onStartup.addListener(terminal.newVisit);
  browser.runtime.onInstalled.addListener(terminal.newVisit);
});
