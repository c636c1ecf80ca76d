import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { handleMessage } from '../lib/background/messages';
import { createTerminal } from '../lib/background/terminal';
import { exitVisit, wipeVisit, type VisitorBrowser } from '../lib/background/visitor';
import { SERVICES } from '../lib/directory/services';
import { QUICK_EXIT_COMMAND } from '../lib/quick-exit/messages';
import { createPendingSiteOpener } from '../lib/quick-exit/pending-site';
import { resumeQuickExit } from '../lib/quick-exit/sequence';
import { watchHelpTabs, type HelpTabEvents } from '../lib/quick-exit/watch-help-tabs';
import { isHandoff, storeHandoffInPolicyArea } from '../lib/vault/handoff';
import { acceptHandoffs } from '../lib/vault/handoff-channel';

// Every listener is added synchronously, in the service worker's first turn: an event that
// wakes a stopped worker reaches only listeners added then. Each handler reads the policy itself.
export default defineBackground(() => {
  const api = browser as unknown as VisitorBrowser;
  const terminal = createTerminal(browser, new Set(SERVICES.map((s) => s.id)), async (reason) => wipeVisit(api, await terminal.policy(), reason));
  const exit = async () => exitVisit(api, await terminal.policy());
  const openPendingSite = createPendingSiteOpener(api);
  // Exposed for the end-to-end tests and the benchmark: the same function the shortcut calls.
  (globalThis as unknown as { stilleHulpQuickExit: typeof exit }).stilleHulpQuickExit = exit;

  browser.commands.onCommand.addListener((command) => {
    if (command === QUICK_EXIT_COMMAND) void exit();
  });
  browser.runtime.onMessage.addListener((message: unknown, sender) =>
    handleMessage({ api, ownId: browser.runtime.id, policy: terminal.policy, exit, openPendingSite }, message, sender),
  );
  // Safety plan: the popup's last change, handed over on a port it keeps open (lib/vault/handoff.ts).
  browser.runtime.onConnect.addListener((port) =>
    acceptHandoffs(port, browser.runtime.id, (message) => {
      if (isHandoff(message)) void storeHandoffInPolicyArea(message, browser.storage, async () => (await terminal.policy()).ephemeral);
    }),
  );
  browser.idle.onStateChanged.addListener((state) => void terminal.onIdleState(state));
  browser.storage.onChanged.addListener((_changes, area) => {
    if (area === 'managed') void terminal.onPolicyChanged();
  });
  watchHelpTabs(browser as unknown as HelpTabEvents, api, () => void openPendingSite());
  // A browser start, or the extension (re)loaded: on a public terminal both begin a new visit.
  // (An extension loaded from the command line gets onInstalled instead of onStartup.)
  browser.runtime.onStartup.addListener(() => void terminal.onNewVisit());
  browser.runtime.onInstalled.addListener(() => void terminal.onNewVisit());

  void resumeQuickExit(api);
  void terminal.onWorkerStart();
});
