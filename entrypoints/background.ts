import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { SERVICES } from '../lib/directory/services';
import { keepTerminalPolicy } from '../lib/policy/terminal';
import type { QuickExitBrowser } from '../lib/quick-exit/browser-api';
import { isBackgroundRequest } from '../lib/quick-exit/messages';
import { isQuickExitCommand } from '../lib/quick-exit/shortcut';
import { openHelpSite } from '../lib/quick-exit/open-site';
import { createPendingSiteOpener, rememberPendingSite } from '../lib/quick-exit/pending-site';
import { clean, followSafePage, practiceQuickExit, quickExit, resumeQuickExit } from '../lib/quick-exit/sequence';
import { followOrdinaryWindow } from '../lib/quick-exit/front-window';
import { followStoredHelp, readHelp } from '../lib/quick-exit/tracking';
import { finishUnfinishedCleaning } from '../lib/quick-exit/unfinished';
import { watchHelpTabs, type HelpTabEvents } from '../lib/quick-exit/watch-help-tabs';
import { isHandoff, PLAN_VAULT_LOCAL_KEY, storeHandoff } from '../lib/vault/handoff';

export default defineBackground(() => {
  const api = browser as unknown as QuickExitBrowser;
  const terminal = keepTerminalPolicy(browser, new Set(SERVICES.map((s) => s.id)), async (reason) => {
    // A new visitor: the last one's traces go, but nothing needs hiding.
    if (reason === 'browser-start') await clean(api, await readHelp());
    else await exit();
  });
  const exit = () => quickExit(api, terminal.current().safePage);
  const openPendingSite = createPendingSiteOpener(api);
  // Exposed for the end-to-end tests and the benchmark: the same function the shortcut calls.
  (globalThis as unknown as { stilleHulpQuickExit: typeof exit }).stilleHulpQuickExit = exit;

  // Known in memory before any key press, so a quick exit hides without waiting for storage.
  followStoredHelp();
  followOrdinaryWindow(browser);
  void followSafePage();
  // A quick exit cut short, or a browser closed with a help tab open: finish the cleaning.
  void resumeQuickExit(api).then((resumed) => (resumed ? undefined : finishUnfinishedCleaning(api)));

  browser.commands.onCommand.addListener((command) => {
    if (isQuickExitCommand(command)) void exit();
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
    if (message.type === 'quick-exit') return exit().then(() => undefined);
    if (message.type === 'practice-quick-exit') return practiceQuickExit(api, terminal.current().safePage);
    if (message.type === 'open-help-site-when-permitted') return rememberPendingSite(message.site).then(openPendingSite).then(() => undefined);
    return openHelpSite(api, message.site, message.mode);
  });

  watchHelpTabs(browser as unknown as HelpTabEvents, api, () => void openPendingSite());

  // A browser start, or the extension (re)loaded: on a public terminal both begin a new visit.
  // (An extension loaded from the command line gets onInstalled instead of onStartup.)
  browser.runtime.onStartup.addListener(terminal.newVisit);
  browser.runtime.onInstalled.addListener(terminal.newVisit);
});
