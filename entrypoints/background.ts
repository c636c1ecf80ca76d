import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { handleMessage } from '../lib/background/messages';
import { closeOwnWindowsOnLeaving, createOwnWindowWatch } from '../lib/background/own-window';
import { createTerminal, type Terminal } from '../lib/background/terminal';
import { exitVisit, wipeVisit, type VisitorBrowser } from '../lib/background/visitor';
import { onPermissionsRemoved } from '../lib/background/permissions-removed';
import { DISGUISED_SETTINGS, terminalSettings } from '../lib/calculator/no-policy';
import { FLAVOUR } from '../lib/flavour';
import { createPendingSiteOpener } from '../lib/quick-exit/pending-site';
import { finishCrashCleaning, followSafePage, keepCrashList, quickExit, resumeQuickExit } from '../lib/quick-exit/sequence';
import { isQuickExitCommand } from '../lib/quick-exit/shortcut';
import { followOrdinaryWindow } from '../lib/quick-exit/front-window';
import { followBlankTab } from '../lib/quick-exit/blank-tab';
import { followStoredHelp, knownHelp, readHelp, track } from '../lib/quick-exit/tracking';
import { watchHelpTabs, type HelpTabEvents } from '../lib/quick-exit/watch-help-tabs';
import { migrateStorageKeys } from '../lib/storage-migration';
import { isHandoff, storeHandoffInPolicyArea } from '../lib/vault/handoff';
import { acceptHandoffs } from '../lib/vault/handoff-channel';
import { isKeyExpiryAlarm, removeExpiredKey } from '../lib/vault/key-expiry';

// Every listener is added synchronously, in the service worker's first turn: an event that
// wakes a stopped worker reaches only listeners added then. Each handler reads the policy itself.
export default defineBackground(() => {
  const startedAt = Date.now();
  const api = browser as unknown as VisitorBrowser;
  // The disguised flavour reads no policy (lib/calculator/no-policy.ts) and is never a public
  // terminal: decided at build time, so its background.js holds none of that logic. No service
  // ids either: the background uses only the terminal settings, and the directory would put help texts here.
  const terminal: Terminal | null =
    FLAVOUR === 'disguised' ? null : createTerminal(browser, new Set(), async (reason) => wipeVisit(api, await terminal!.policy(), reason));
  // Hides with the policy already in memory when there is one; a worker just woken reads it first.
  const exit = terminal ? async () => exitVisit(api, terminal.known() ?? terminal.policy()) : async () => quickExit(api, null);
  const backgroundSettings = terminal ? terminalSettings(terminal) : DISGUISED_SETTINGS;
  const openPendingSite = createPendingSiteOpener(api);
  // The print window: tracked as a help window once the popup said it opens one.
  const ownWindows = createOwnWindowWatch((window) => track({ window }));
  browser.windows.onCreated.addListener((window) => ownWindows.onWindowCreated(window));
  browser.windows.onFocusChanged.addListener(async (focused) => {
    const windows = (knownHelp() ?? (await readHelp())).windows;
    if (windows.length) await closeOwnWindowsOnLeaving(browser, windows, focused);
  });
  // Exposed for the end-to-end tests and the benchmark: the same function the shortcut calls.
  // Not in the disguised build, where DevTools would show its name.
  if (FLAVOUR === 'open') (globalThis as unknown as { stilleHulpQuickExit: typeof exit }).stilleHulpQuickExit = exit;

  // A key press that woke the worker is handled before any start-up work (below).
  let pressed: Promise<{ hiddenAt: number } | void> = Promise.resolve();
  browser.commands.onCommand.addListener((command) => {
    if (!isQuickExitCommand(command)) return;
    const heard = Date.now();
    pressed = exit();
    // For the benchmark's phases (worker start, key heard, hidden); not in the disguised build.
    if (FLAVOUR === 'open')
      void pressed.then((t) => {
        (globalThis as unknown as { stilleHulpLastKey: object }).stilleHulpLastKey = { origin: performance.timeOrigin, startedAt, heard, hiddenAt: t?.hiddenAt };
      });
  });
  browser.runtime.onMessage.addListener((message: unknown, sender) =>
    handleMessage({ api, ownId: browser.runtime.id, ...backgroundSettings, exit, openPendingSite, expectOwnWindow: ownWindows.expect }, message, sender),
  );
  // Safety plan: the popup's last change, handed over on a port it keeps open (lib/vault/handoff.ts).
  browser.runtime.onConnect.addListener((port) =>
    acceptHandoffs(port, browser.runtime.id, (message) => {
      if (isHandoff(message)) void storeHandoffInPolicyArea(message, browser.storage, backgroundSettings.keepsNothing);
    }),
  );
  // The plan's key in memory-only storage ('minutes' lock mode) goes when its time is up.
  browser.alarms.onAlarm.addListener((alarm) => void (isKeyExpiryAlarm(alarm) && removeExpiredKey(browser.storage.session, browser.alarms, Date.now())));
  if (terminal) {
    browser.idle.onStateChanged.addListener((state) => void terminal.onIdleState(state));
    browser.storage.onChanged.addListener((_changes, area) => {
      if (area === 'managed') void terminal.onPolicyChanged();
    });
  }
  // She took the optional permissions back in the browser's settings: stop relying on them.
  browser.permissions.onRemoved.addListener((removed) => void onPermissionsRemoved(browser, removed).catch(() => false));
  watchHelpTabs(browser as unknown as HelpTabEvents, api, () => void openPendingSite());
  // A browser start, or the extension (re)loaded: on a public terminal both begin a new visit.
  // (An extension loaded from the command line gets onInstalled instead of onStartup.)
  if (terminal) {
    browser.runtime.onStartup.addListener(() => void terminal.onNewVisit());
    browser.runtime.onInstalled.addListener(() => void terminal.onNewVisit());
  }

  // Known in memory before any key press, so a quick exit hides without waiting for storage.
  followStoredHelp();
  keepCrashList(async () => (terminal ? (terminal.known() ?? (await terminal.policy())).ephemeral : false));
  followOrdinaryWindow(browser);
  followBlankTab(browser);
  // Start-up work waits one turn, and for a quick exit whose key press woke this worker: hiding
  // shares the browser with nothing it does not need. Then: earlier versions' storage keys, so the
  // safe page is read and a resumed quick exit keeps the moved code; a quick exit cut short, or a
  // browser closed with a help tab open: finish the cleaning.
  setTimeout(() => {
    void pressed
      .catch(() => undefined)
      .then(() => migrateStorageKeys(browser.storage.local))
      .catch(() => undefined)
      .then(async () => {
        // The policy is read only for a quick exit to finish: a crash's cleaning does not wait for it.
        const options = async () => ({ terminal: terminal ? (await terminal.policy()).ephemeral : false });
        await Promise.all([followSafePage(), resumeQuickExit(api, options).then((resumed) => (resumed ? undefined : finishCrashCleaning(api)))]);
      });
    if (terminal) void terminal.onWorkerStart();
    void removeExpiredKey(browser.storage.session, browser.alarms, Date.now()).catch(() => false);
  }, 0);
});
