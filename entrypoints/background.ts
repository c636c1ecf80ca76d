import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { SERVICES } from '../lib/directory/services';
import { readPolicy, watchPolicy } from '../lib/policy/read';
import { DEFAULT_POLICY, type Policy } from '../lib/policy/types';
import { startVisitorWipe } from '../lib/policy/visitor-wipe';
import type { QuickExitBrowser } from '../lib/quick-exit/browser-api';
import { isBackgroundRequest, QUICK_EXIT_COMMAND } from '../lib/quick-exit/messages';
import { openHelpSite } from '../lib/quick-exit/open-site';
import { createPendingSiteOpener, rememberPendingSite } from '../lib/quick-exit/pending-site';
import { clean, quickExit, resumeQuickExit } from '../lib/quick-exit/sequence';
import { watchHelpTabs, type HelpTabEvents } from '../lib/quick-exit/watch-help-tabs';
import { trackedHelp } from '../lib/storage-items';
import { isHandoff, PLAN_VAULT_LOCAL_KEY, storeHandoff } from '../lib/vault/handoff';

export default defineBackground(() => {
  const api = browser as unknown as QuickExitBrowser;
  let policy: Policy = DEFAULT_POLICY;
  let stopVisitorWipe = () => undefined as void;

  const exit = () => quickExit(api, policy.safePage);
  const openPendingSite = createPendingSiteOpener(api);
  // Exposed for the end-to-end tests and the benchmark: the same function the shortcut calls.
  (globalThis as unknown as { stilleHulpQuickExit: typeof exit }).stilleHulpQuickExit = exit;

  void resumeQuickExit(api);

  browser.commands.onCommand.addListener((command) => {
    if (command === QUICK_EXIT_COMMAND) void exit();
  });

  browser.runtime.onMessage.addListener((message: unknown, sender) => {
    if (sender.id !== browser.runtime.id) return undefined;
    // Safety plan: the popup's last unsaved change, handed over as the popup closed.
    if (isHandoff(message)) {
      // Ephemeral mode keeps the plan in memory-only session storage (same key, other area).
      const area = policy.ephemeral ? browser.storage.session : browser.storage.local;
      return storeHandoff(message, (envelope) => area.set({ [PLAN_VAULT_LOCAL_KEY]: envelope }));
    }
    if (!isBackgroundRequest(message)) return undefined;
    if (message.type === 'quick-exit') return exit().then(() => undefined);
    if (message.type === 'open-help-site-when-permitted') return rememberPendingSite(message.site).then(openPendingSite).then(() => undefined);
    return openHelpSite(api, message.site, message.mode);
  });

  watchHelpTabs(browser as unknown as HelpTabEvents, api, () => void openPendingSite());

  // The browser-start wipe waits for the policy: Chromium may deliver managed settings only
  // after start-up (a change event), and the wipe must still happen once.
  let startWipePending = false;
  const applyPolicy = async () => {
    policy = (await readPolicy(browser.storage, new Set(SERVICES.map((s) => s.id)))).policy;
    const atBrowserStart = startWipePending && policy.ephemeral;
    if (atBrowserStart) startWipePending = false;
    stopVisitorWipe();
    stopVisitorWipe = startVisitorWipe(
      browser,
      policy,
      async (reason) => {
        if (reason === 'browser-start') await clean(api, await trackedHelp.getValue());
        else await exit();
      },
      { atBrowserStart },
    );
  };
  // A browser start, or the extension (re)loaded: on a public terminal both begin a new visit.
  // (An extension loaded from the command line gets onInstalled instead of onStartup.)
  const newVisit = () => {
    startWipePending = true;
    void applyPolicy();
  };
  browser.runtime.onStartup.addListener(newVisit);
  browser.runtime.onInstalled.addListener(newVisit);
  void applyPolicy();
  watchPolicy(browser.storage, () => void applyPolicy());
});
